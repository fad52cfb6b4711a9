#pragma once

#include "model/SmtpReply.h"
#include "model/TestPlan.h"

#include <QByteArray>

#include <optional>

class SessionRecorder;

/// The batch check's part of one conversation, after EHLO: MAIL FROM, then RCPT TO for the
/// plan's recipients, at most PerTransaction in one transaction with RSET and a new MAIL
/// FROM between transactions, never DATA. Each answer goes into the attempt's recipient
/// rows. It stops early once RefusalBudget recipients were refused, because servers slow
/// down or hang up on clients that collect errors (Postfix: a second's delay per reply after
/// 10, a hang-up after 20); the recipients left unasked are for a new connection.
/// SmtpDialogue sends what it returns, like RelayProbe's.
class RecipientProbe
{
public:
    /// RFC 5321 §4.5.3.1.8: a server must take at least 100 recipients per transaction.
    static constexpr int PerTransaction = 50;
    /// Refusals (4xx or 5xx) per connection before the rest is left for a new one.
    static constexpr int RefusalBudget = 8;

    RecipientProbe(const TestPlan &plan, SessionRecorder &recorder);

    /// The first MAIL FROM.
    QByteArray first();
    /// The reply to the last command: the next command, or nothing when the conversation
    /// should end (every recipient asked, the budget spent, or MAIL refused).
    std::optional<QByteArray> next(const SmtpReply &reply);
    /// MAIL was refused: that reply ends the attempt.
    bool mailRefused() const { return m_mailRefused; }
    /// MAIL was accepted and no RSET followed yet: the dialogue resets before QUIT.
    bool transactionOpen() const { return m_sent == Sent::Rcpt; }

private:
    enum class Sent { Mail, Rcpt, Rset };

    QByteArray mail();
    QByteArray rcpt();

    const TestPlan &m_plan; // the dialogue's, which owns this probe
    SessionRecorder &m_recorder;
    Sent m_sent = Sent::Mail;
    int m_next = 0;          // the next recipient to name
    int m_inTransaction = 0; // recipients named since the last MAIL FROM
    int m_refusals = 0;
    bool m_mailRefused = false;
};
