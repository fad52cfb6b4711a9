#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>

class TranscriptModel;

/// How the transcript explains the open-relay check's replies, for the Run page and for a
/// test reopened from the history: as the check's findings, not as a delivery's.
class RelayReading {
    Q_DECLARE_TR_FUNCTIONS(RelayReading)
public:
    /// Rewrites the explanation of each trial's deciding reply once the catalogue's is set;
    /// does nothing for a result that is not an open-relay verdict.
    static void apply(TranscriptModel &model, const TestResult &result);
};
