#pragma once

#include "model/DnsFindings.h"
#include "model/TestPlan.h"
#include "model/Attempt.h"
#include "model/Verdict.h"
#include "model/TranscriptEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
};
