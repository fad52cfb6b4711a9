#pragma once

#include "model/Explanation.h"
#include "model/TestResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

/// The words every report format shares: labels for the plan's choices, stages and
/// outcomes, headings for attempts, durations, and the explanation of each reply.
class ReportFacts
{
    Q_DECLARE_TR_FUNCTIONS(ReportFacts)
public:
    using Rows = QList<QPair<QString, QString>>;

    static QString title();
    /// "1.375 s" or "12 ms".
    static QString duration(qint64 ms);
    /// "2026-11-29 14:32:05 UTC".
    static QString dateTime(const QDateTime &time);
    /// "14:32:05.154" (UTC, the start time plus ms), or "+1.234 s" without a start time.
    static QString lineTime(const QDateTime &start, qint64 ms);

    /// The plan's settings as label/value rows; never the password.
    static Rows planRows(const TestPlan &plan);
    /// "Attempt 2 of 2: mail.wizard.test [127.0.25.1] port 25 (MX 20)".
    static QString attemptHeading(const TestResult &result, int index);
    /// "Rejected at RCPT TO: 550 5.1.1".
    static QString verdictHeadline(const TestResult &result);
    /// The verdict in plain words: its sentence, else the headline.
    static QString verdictSentence(const TestResult &result);
    /// The codes and keys behind the verdict, and when, where and by what it was made:
    /// for those who want them, after the plain words.
    static Rows technicalRows(const TestResult &result);

    /// One recipient's outcome in plain words, for the table near the top of a report.
    struct RecipientLine
    {
        QString address;
        QString outcome;  // "Accepted", "Refused", ...
        QString reason;   // the explanation's title
        QString server;   // the server asked, when several were
        std::optional<Model::Severity> severity;
    };
    /// Every recipient of every attempt that asked for one (RecipientReasons::rows).
    static QList<RecipientLine> recipientLines(const TestResult &result);
    /// "TLSv1.3, TLS_AES_256_GCM_SHA384 (256 bits)".
    static QString tlsSummary(const TlsInfo &tls);
    /// "127.0.25.1 (mail.wizard.test)", "127.0.25.99 (no reverse DNS)".
    static QString reverseDns(const ResolvedAddress &address);

    /// The run's explanation of reply replyIndex of the attempt (empty if there is none).
    static Explanation explainReply(const Attempt &attempt, int replyIndex);
    /// The severity each reply of the attempt was shown with, by reply index: the first
    /// line of that reply that carries one. Worked out once per transcript, so that
    /// colouring a reply's continuation lines costs a lookup, not a scan.
    static QHash<int, Model::Severity> replySeverities(const Attempt &attempt);
    /// The severity that colours a transcript line (client lines have none); shown maps
    /// reply indexes to severities, as replySeverities gives them for the attempt.
    static std::optional<Model::Severity> lineSeverity(const Attempt *attempt, const TranscriptEntry &entry,
                                                       const QHash<int, Model::Severity> &shown);
};
