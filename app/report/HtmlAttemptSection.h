#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>
#include <QString>

/// The HTML of one attempt in the report: its transcript with each reply's explanation,
/// TLS details and certificate chain, capabilities, recipients, findings and timings.
class HtmlAttemptSection
{
    Q_DECLARE_TR_FUNCTIONS(HtmlAttemptSection)
public:
    static QString render(const TestResult &result, int attemptIndex);
    /// A colour-coded transcript table; attempt is null for run-level events.
    static QString transcriptTable(const TestResult &result, const Attempt *attempt,
                                   const QList<TranscriptEntry> &entries);
};
