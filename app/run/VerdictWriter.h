#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>

/// Turns the deciding facts of a run (outcome, stage, reply or problem) into the one
/// sentence and the few next steps a help-desk user reads first.
class VerdictWriter
{
    Q_DECLARE_TR_FUNCTIONS(VerdictWriter)
public:
    /// Fills verdict.category, verdict.summary and verdict.nextSteps of result.
    static void describe(TestResult &result);
};
