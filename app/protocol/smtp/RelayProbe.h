#pragma once

#include "model/SmtpReply.h"
#include "model/TestPlan.h"

#include <QByteArray>

#include <optional>

class SessionRecorder;

/// The open-relay check's part of the conversation, after EHLO: for each form of
/// RelayForms a MAIL FROM and an RCPT TO, RSET between forms, never DATA. It records each
/// trial's replies in the attempt (Attempt::relayTrials) and sets the step each command
/// belongs to; SmtpDialogue sends what it returns and ends the attempt when it is done.
class RelayProbe
{
public:
    RelayProbe(const TestPlan &plan, SessionRecorder &recorder);

    /// The first MAIL FROM.
    QByteArray first();
    /// The reply to the last command (its record is the attempt's latest): the next
    /// command, or nothing when every form was tried.
    std::optional<QByteArray> next(const SmtpReply &reply);
    /// MAIL was accepted and no RSET followed yet: the dialogue resets before QUIT.
    bool transactionOpen() const { return m_sent == Sent::Rcpt; }

private:
    enum class Sent { Mail, Rcpt, Rset };

    QByteArray mail();

    SessionRecorder &m_recorder;
    int m_trial = 0;
    Sent m_sent = Sent::Mail;
};
