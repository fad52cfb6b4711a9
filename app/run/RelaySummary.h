#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>
#include <QStringList>

/// The words of the open-relay check's verdict: "Open relay: ..." with the forms the
/// server accepted, or "Refuses to relay" with how many forms it refused. VerdictWriter
/// hands these two outcomes here; nothing else of its wording applies to them.
class RelaySummary
{
    Q_DECLARE_TR_FUNCTIONS(RelaySummary)
public:
    /// Fills result.verdict's category, summary and next steps (outcome OpenRelay or RelayRefused).
    static void describe(TestResult &result);
    /// The labels of the forms a server accepted ("plain address, sender outside", ...).
    static QStringList acceptedForms(const Attempt &attempt);
};
