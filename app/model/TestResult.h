#pragma once

#include "model/DnsFindings.h"
#include "model/DomainHealth.h"
#include "model/TestPlan.h"
#include "model/Attempt.h"
#include "model/Verdict.h"
#include "model/TranscriptEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// Everything one run found: the plan it ran (its password is never kept here), the
/// DNS findings, one attempt per address tried, and the verdict.
struct TestResult
{
    TestPlan plan;               // with password cleared
    QDateTime startedAt;         // UTC
    qint64 durationMs = 0;
    QString appVersion;
    QString machineName;
    DnsFindings dns;
    QList<TranscriptEntry> events; // run-level events: the DNS answers, route choices
    QList<Attempt> attempts;
    Verdict verdict;
    /// The domain health checks, when asked for (`--health`, the Mail servers page).
    std::optional<DomainHealth> health;

    /// The reply record that decided the verdict, or null when none did (a failure without
    /// a reply, DNS). The verdict points at it; nothing copies its code or text.
    const ReplyRecord *decidingReply() const;
    std::optional<int> decidingCode() const;
    QString decidingEnhancedCode() const;
    /// The deciding reply's text, or the failure's own words (the socket's, the TLS
    /// library's or the resolver's) when no reply decided.
    QString decidingText() const;
};
