#pragma once

#include "model/Capabilities.h"
#include "model/Explanation.h"
#include "model/RelayTrial.h"
#include "model/ReplyRecord.h"
#include "model/Route.h"
#include "model/SmtpReply.h"
#include "model/Vocabulary.h"
#include "model/TlsInfo.h"
#include "model/TranscriptEntry.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

/// A problem met during an attempt: fatal (it ended the attempt) or a finding.
struct Finding
{
    Model::Problem problem;
    Model::Stage stage;
    QString detail;    // specifics: the certificate error, the missing keyword, ...
    bool fatal = false;
    Explanation explanation; // the run's, made once when the finding was recorded
};

/// How long one step took.
struct StageTiming
{
    Model::Stage stage;
    qint64 startMs = 0;   // since the run started
    qint64 durationMs = 0;
};

/// The answer to one RCPT TO.
struct RecipientResult
{
    QString address;
    std::optional<SmtpReply> reply; // none when the session ended before it
    int replyIndex = -1;            // its record in Attempt::replies
    bool accepted() const { return reply && reply->codeClass() == 2; }
};

/// One SMTP conversation with one address of one mail exchanger.
struct Attempt
{
    enum class Outcome {
        Completed,     // everything asked for succeeded
        Rejected,      // a 5xx ended it
        Deferred,      // a 4xx ended it
        Failed,        // a problem without reply ended it (see fatalProblem)
        Cancelled,
    };

    Route route;           // where this conversation went

    Outcome outcome = Outcome::Failed;
    Model::Stage stage = Model::Stage::Connect; // where it ended
    std::optional<SmtpReply> finalReply;      // the reply that ended it, if one did
    int finalReplyIndex = -1;                 // its record in replies
    std::optional<Model::Problem> fatalProblem;
    QString errorText;                        // the socket's or TLS library's words

    QList<TranscriptEntry> transcript;
    QList<ReplyRecord> replies;               // every reply, indexed by replyIndex
    Capabilities capabilities;
    std::optional<TlsInfo> tls;
    QList<RecipientResult> recipients;
    QList<Finding> findings;
    QList<StageTiming> timings;
    QList<RelayTrial> relayTrials;            // the open-relay check's tries, in order
    bool authenticated = false;
    bool messageSent = false;                 // the final "." was accepted
    qint64 startMs = 0;
    qint64 durationMs = 0;
};

namespace Model {
template <>
struct EnumTable<Attempt::Outcome>
{
    static constexpr const char *context = "Model::AttemptOutcome";
    static constexpr EnumRow<Attempt::Outcome> rows[] = {
        {Attempt::Outcome::Completed, "completed", QT_TRANSLATE_NOOP("Model::AttemptOutcome", "completed")},
        {Attempt::Outcome::Rejected, "rejected", QT_TRANSLATE_NOOP("Model::AttemptOutcome", "rejected")},
        {Attempt::Outcome::Deferred, "deferred", QT_TRANSLATE_NOOP("Model::AttemptOutcome", "deferred")},
        {Attempt::Outcome::Failed, "failed", QT_TRANSLATE_NOOP("Model::AttemptOutcome", "failed")},
        {Attempt::Outcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Model::AttemptOutcome", "cancelled")},
    };
};
} // namespace Model
