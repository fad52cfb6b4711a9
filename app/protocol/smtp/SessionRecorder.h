#pragma once

#include "model/Attempt.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <optional>

/// The record of one SMTP conversation while it happens: owns the Attempt, adds its
/// transcript lines (client, server, events), reply records, findings and per-step
/// timings, and freezes the attempt's stage once its outcome is decided (RSET and QUIT
/// afterwards do not move it). It never explains: the run does, when it hears of an entry.
class SessionRecorder
{
    Q_DECLARE_TR_FUNCTIONS(SessionRecorder)
public:
    /// clock: the run's clock, so every time counts from the start of the run.
    /// entryAdded: called with the index of every new transcript entry; stageChanged
    /// with every new step.
    SessionRecorder(const QElapsedTimer &clock, std::function<void(int)> entryAdded,
                    std::function<void(Model::Stage)> stageChanged = {});

    Attempt &attempt() { return m_attempt; }
    const Attempt &attempt() const { return m_attempt; }

    qint64 now() const { return m_clock.elapsed(); }
    void begin();
    /// Returns true when the stage changed (a new timing row started).
    bool setStage(Model::Stage stage);
    Model::Stage stage() const { return m_stage; }
    /// The outcome is decided: the attempt's stage stays where it is.
    void freeze() { m_frozen = true; }

    void client(const QString &shown, Model::Stage stage);
    /// The message as a person would read it: its lines without CRLF, the first 200 only.
    void message(const QByteArray &wire);
    /// A server line; with reply, the line completes it and its record is stored first.
    /// unsolicited: the reply came before its command, so it answers nothing.
    void serverLine(const QString &text, const std::optional<SmtpReply> &reply, bool unsolicited = false);
    void event(const QString &text, std::optional<Model::Problem> problem = std::nullopt, int findingIndex = -1);
    /// A problem worth noting while the conversation goes on.
    void finding(Model::Problem problem, const QString &detail);
    /// The problem that ends the attempt.
    void fatal(Model::Problem problem, const QString &errorText);
    /// One result row per recipient, in the order RCPT TO will name them.
    void expectRecipients(const QStringList &addresses);
    /// RCPT TO for recipient index got reply, the latest record.
    void recipientAnswered(int index, const SmtpReply &reply);
    /// The user stopped it: an event, and the attempt's outcome unless it was decided.
    void cancelled(const QString &text);
    /// The reply that ended the attempt: replyIndex is its record (-1: the latest).
    void finalReply(const SmtpReply &reply, int replyIndex = -1);
    /// Closes the last timing row and the attempt's duration.
    void finish();

private:
    void record(const TranscriptEntry &entry);

    const QElapsedTimer &m_clock;
    std::function<void(int)> m_entryAdded;
    std::function<void(Model::Stage)> m_stageChanged;
    Attempt m_attempt;
    Model::Stage m_stage = Model::Stage::Connect;
    bool m_frozen = false;
};
