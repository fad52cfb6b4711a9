#include "pages/PracticeDebrief.h"

#include "model/SafeText.h"
#include "pages/PracticeExercise.h"

#include <QCoreApplication>

PracticeDebrief PracticeDebrief::ofRun(const PracticeExercise &exercise, const TestResult &result)
{
    PracticeDebrief d;
    d.outcome = result.verdict.outcome;
    d.category = result.verdict.category;
    d.stage = result.verdict.stage;
    d.sentence = result.verdict.summary;
    // The reply as the server sent it ("550 5.1.1 ..."), else the failure's own words.
    const ReplyRecord *deciding = result.decidingReply();
    d.reply = SafeText::visible(deciding ? deciding->reply.summaryLine() : result.decidingText());
    d.enhancedCode = result.decidingEnhancedCode();
    d.compareWith(exercise);
    // A backup MX took over only when an earlier server failed before the deciding one.
    if (exercise.needsBackupMx) {
        const int decider = result.verdict.attemptIndex;
        const bool earlierFailed = decider > 0 && result.attempts.value(0).fatalProblem.has_value();
        if (!earlierFailed)
            d.differences.append(tr("The first mail server did not fail in this run, so no backup had to take over."));
    }
    d.matched = d.differences.isEmpty();
    return d;
}

bool PracticeDebrief::lookupEnds(const DnsFindings &findings)
{
    return findings.nullMx || findings.problem.has_value();
}

PracticeDebrief PracticeDebrief::ofLookup(const PracticeExercise &exercise, const DnsFindings &findings)
{
    PracticeDebrief d;
    d.outcome = Verdict::Outcome::DnsFailed;
    d.category = findings.explanation.category;
    d.stage = Model::Stage::Dns;
    d.sentence = findings.explanation.title;
    d.reply = SafeText::visible(findings.errorText);
    d.compareWith(exercise);
    d.matched = d.differences.isEmpty();
    return d;
}

void PracticeDebrief::compareWith(const PracticeExercise &exercise)
{
    if (outcome != exercise.outcome) {
        differences.append(tr("The exercise ends in \"%1\", your run in \"%2\".")
                               .arg(Model::label(exercise.outcome), Model::label(outcome)));
    }
    if (category != exercise.category) {
        differences.append(tr("The exercise's reason is that %1; your run's is that %2.")
                               .arg(Model::categoryClause(exercise.category), Model::categoryClause(category)));
    }
    if (!exercise.enhancedCode.isEmpty() && enhancedCode != exercise.enhancedCode) {
        differences.append(tr("The exercise's deciding reply has the code %1; your run's has %2.")
                               .arg(exercise.enhancedCode, enhancedCode.isEmpty() ? tr("none") : enhancedCode));
    }
}
