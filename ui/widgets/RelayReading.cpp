#include "widgets/RelayReading.h"

#include "widgets/TranscriptModel.h"

void RelayReading::apply(TranscriptModel &model, const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    if (verdict.outcome != Verdict::Outcome::OpenRelay && verdict.outcome != Verdict::Outcome::RelayRefused)
        return;
    // The catalogue reads a 250 to RCPT as "Recipient accepted ... Nothing to do", right for
    // a delivery and wrong here: for an outside recipient without sign-in, that acceptance
    // is the open relay. The line keeps its code and colour (it is a 2xx); its words say so.
    // A refusal keeps the catalogue's reading ("Relaying denied"), but its delivery advice
    // ("Sign in (AUTH) ...") gives way to the check's own next steps.
    for (int a = 0; a < result.attempts.size(); ++a) {
        for (const RelayTrial &trial : result.attempts.at(a).relayTrials) {
            const int reply = trial.accepted ? trial.rcptReplyIndex : trial.decidingReplyIndex();
            const int row = reply >= 0 ? model.rowOfReply(a, reply) : -1;
            std::optional<Explanation> explanation = row >= 0 ? model.explanationFor(row) : std::nullopt;
            if (!explanation)
                continue;
            if (trial.accepted) {
                explanation->severity = Model::Severity::Success;
                explanation->title = tr("Accepted an outside recipient: open relay");
                explanation->meaning = tr("The server took <%1> from a session without sign-in, so it would pass this "
                                          "mail on to another domain for anyone. That is what makes it an open relay.")
                                           .arg(trial.rcptTo);
                explanation->causes = { tr("The relay restrictions let strangers relay, or the trusted networks "
                                           "include the address this test came from.") };
            }
            explanation->nextSteps = verdict.nextSteps;
            model.setReplyExplanation(a, reply, *explanation);
        }
    }
}
