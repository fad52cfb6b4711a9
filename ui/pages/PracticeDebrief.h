#pragma once

#include "model/DnsFindings.h"
#include "model/TestResult.h"
#include "model/Verdict.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct PracticeExercise;

/// What a practice run showed, set against what its exercise expects: the run's own
/// outcome, reason (category), step and deciding reply, and each way it differs. Made
/// from the run's result (or, for an exercise the lookup ends, the lookup's findings),
/// never from the exercise alone, so the debrief says what the trainee actually saw.
struct PracticeDebrief
{
    Q_DECLARE_TR_FUNCTIONS(PracticeDebrief)

public:
    bool matched = false;
    Verdict::Outcome outcome = Verdict::Outcome::Cancelled;
    Model::Category category = Model::Category::Other;
    Model::Stage stage = Model::Stage::Dns;
    QString sentence;     // the run's verdict, or the lookup's explanation, in words
    QString reply;        // the deciding reply or failure, as the server or system said it
    QString enhancedCode; // of the deciding reply, if any
    QStringList differences; // why it did not match, one sentence each (empty when it did)

    static PracticeDebrief ofRun(const PracticeExercise &exercise, const TestResult &result);
    /// For exercises that end at the MX lookup; a lookup that found servers to talk to
    /// does not end the exercise (the caller waits for the run).
    static PracticeDebrief ofLookup(const PracticeExercise &exercise, const DnsFindings &findings);
    /// Whether findings end the exercise (a null MX or a failed lookup: no run follows).
    static bool lookupEnds(const DnsFindings &findings);

private:
    void compareWith(const PracticeExercise &exercise);
};
