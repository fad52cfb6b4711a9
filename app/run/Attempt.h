#pragma once

#include "diagnosis/Classification.h"
#include "smtp/Capabilities.h"
#include "smtp/SmtpReply.h"
#include "smtp/Stage.h"
#include "smtp/TlsInfo.h"
#include "transcript/TranscriptEntry.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

/// A problem met during an attempt: fatal (it ended the attempt) or a finding.
struct Finding
{
    Diagnosis::Problem problem;
    Smtp::Stage stage;
    QString detail;    // specifics: the certificate error, the missing keyword, ...
    bool fatal = false;
};

/// How long one step took.
struct StageTiming
{
    Smtp::Stage stage;
    qint64 startMs = 0;   // since the run started
    qint64 durationMs = 0;
};

/// The answer to one RCPT TO.
struct RecipientResult
{
    QString address;
    std::optional<SmtpReply> reply; // none when the session ended before it
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

    QString host;          // the exchange or server name
    QHostAddress address;
    quint16 port = 0;
    int mxPreference = -1;

    Outcome outcome = Outcome::Failed;
    Smtp::Stage stage = Smtp::Stage::Connect; // where it ended
    std::optional<SmtpReply> finalReply;      // the reply that ended it, if one did
    std::optional<Diagnosis::Problem> fatalProblem;
    QString errorText;                        // the socket's or TLS library's words

    QList<TranscriptEntry> transcript;
    QList<SmtpReply> replies;                 // every reply, indexed by replyIndex
    QList<Smtp::Stage> replyStages;           // the stage of each reply
    Capabilities capabilities;
    std::optional<TlsInfo> tls;
    QList<RecipientResult> recipients;
    QList<Finding> findings;
    QList<StageTiming> timings;
    bool authenticated = false;
    bool messageSent = false;                 // the final "." was accepted
    qint64 startMs = 0;
    qint64 durationMs = 0;
};
