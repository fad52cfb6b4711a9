#include "protocol/smtp/SessionRecorder.h"

SessionRecorder::SessionRecorder(const QElapsedTimer &clock, std::function<void(int)> entryAdded,
                                 std::function<void(Model::Stage)> stageChanged)
    : m_clock(clock), m_entryAdded(std::move(entryAdded)), m_stageChanged(std::move(stageChanged))
{
}

void SessionRecorder::begin()
{
    m_attempt.startMs = now();
}

bool SessionRecorder::setStage(Model::Stage stage)
{
    if (!m_attempt.timings.isEmpty() && m_attempt.timings.constLast().stage == stage)
        return false;
    const qint64 t = now();
    if (!m_attempt.timings.isEmpty())
        m_attempt.timings.last().durationMs = t - m_attempt.timings.constLast().startMs;
    m_attempt.timings.append(StageTiming{stage, t, 0});
    m_stage = stage;
    if (!m_frozen)
        m_attempt.stage = stage;
    if (m_stageChanged)
        m_stageChanged(stage);
    return true;
}

void SessionRecorder::record(const TranscriptEntry &entry)
{
    m_attempt.transcript.append(entry);
    if (m_entryAdded)
        m_entryAdded(int(m_attempt.transcript.size()) - 1);
}

void SessionRecorder::client(const QString &shown, Model::Stage stage)
{
    TranscriptEntry entry;
    entry.ms = now();
    entry.direction = TranscriptEntry::Direction::Client;
    entry.text = shown;
    entry.stage = stage;
    record(entry);
}

void SessionRecorder::message(const QByteArray &wire)
{
    const QList<QByteArray> lines = wire.split('\n');
    constexpr int shownLines = 200;
    int shown = 0;
    for (const QByteArray &raw : lines) {
        if (raw.isEmpty())
            continue;
        if (shown == shownLines) {
            event(tr("… %n more lines of the message not shown", nullptr, int(lines.size()) - shownLines - 1));
            break;
        }
        client(QString::fromUtf8(raw.endsWith('\r') ? raw.chopped(1) : raw), Model::Stage::Message);
        ++shown;
    }
}

void SessionRecorder::serverLine(const QString &text, const std::optional<SmtpReply> &reply, bool unsolicited)
{
    TranscriptEntry entry;
    entry.ms = now();
    entry.direction = TranscriptEntry::Direction::Server;
    entry.text = text;
    entry.stage = m_stage;
    entry.replyIndex = int(m_attempt.replies.size());
    if (reply) {
        // The record exists before anyone hears of its last line.
        entry.lastLineOfReply = true;
        entry.unsolicited = unsolicited;
        m_attempt.replies.append(ReplyRecord{*reply, m_stage, {}});
    }
    record(entry);
}

void SessionRecorder::event(const QString &text, std::optional<Model::Problem> problem, int findingIndex)
{
    TranscriptEntry entry;
    entry.ms = now();
    entry.direction = TranscriptEntry::Direction::Event;
    entry.text = text;
    entry.stage = m_stage;
    entry.problem = problem;
    entry.findingIndex = findingIndex;
    record(entry);
}

void SessionRecorder::finding(Model::Problem problem, const QString &detail)
{
    m_attempt.findings.append(Finding{problem, m_stage, detail, false, {}});
    event(detail, problem, int(m_attempt.findings.size()) - 1);
}

void SessionRecorder::fatal(Model::Problem problem, const QString &errorText)
{
    m_frozen = true;
    m_attempt.outcome = Attempt::Outcome::Failed;
    m_attempt.fatalProblem = problem;
    m_attempt.errorText = errorText;
    m_attempt.findings.append(Finding{problem, m_stage, errorText, true, {}});
    event(errorText, problem, int(m_attempt.findings.size()) - 1);
}

void SessionRecorder::expectRecipients(const QStringList &addresses)
{
    for (const QString &address : addresses)
        m_attempt.recipients.append(RecipientResult{address, std::nullopt, -1});
}

void SessionRecorder::recipientAnswered(int index, const SmtpReply &reply)
{
    RecipientResult &recipient = m_attempt.recipients[index];
    recipient.reply = reply;
    recipient.replyIndex = int(m_attempt.replies.size()) - 1;
}

void SessionRecorder::cancelled(const QString &text)
{
    // A Stop after the outcome was decided (during RSET or QUIT, or while a 421 hangs up)
    // only ends the goodbye: a message the server took stays delivered.
    if (m_frozen) {
        event(text);
        return;
    }
    event(text, Model::Problem::Cancelled);
    m_attempt.outcome = Attempt::Outcome::Cancelled;
    m_attempt.fatalProblem = Model::Problem::Cancelled;
}

void SessionRecorder::finalReply(const SmtpReply &reply, int replyIndex)
{
    m_frozen = true;
    m_attempt.finalReply = reply;
    m_attempt.finalReplyIndex = replyIndex >= 0 ? replyIndex : int(m_attempt.replies.size()) - 1;
    m_attempt.outcome = reply.isTransient() ? Attempt::Outcome::Deferred : Attempt::Outcome::Rejected;
}

void SessionRecorder::finish()
{
    const qint64 t = now();
    if (!m_attempt.timings.isEmpty())
        m_attempt.timings.last().durationMs = t - m_attempt.timings.constLast().startMs;
    m_attempt.durationMs = t - m_attempt.startMs;
}
