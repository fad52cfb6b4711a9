#include "run/RelaySummary.h"

using namespace Qt::StringLiterals;
using Outcome = Verdict::Outcome;

QStringList RelaySummary::acceptedForms(const Attempt &attempt)
{
    QStringList forms;
    for (const RelayTrial &trial : attempt.relayTrials) {
        if (trial.accepted)
            forms << Model::label(trial.form);
    }
    return forms;
}

void RelaySummary::describe(TestResult &result)
{
    Verdict &v = result.verdict;
    const Attempt *attempt = v.attemptIndex >= 0 && v.attemptIndex < result.attempts.size()
        ? &result.attempts.at(v.attemptIndex) : nullptr;
    if (!attempt)
        return;
    const QString server = attempt->route.name();
    const int tried = int(attempt->relayTrials.size());
    QStringList steps;
    if (v.outcome == Outcome::OpenRelay) {
        const QStringList forms = acceptedForms(*attempt);
        v.category = Model::Category::Policy;
        v.summary = tr("Open relay: this server accepts mail for other domains from anyone. %1 accepted an "
                       "outside recipient without sign-in in %n of %2 forms: %3.", nullptr, int(forms.size()))
                        .arg(server).arg(tried).arg(forms.join(u"; "_s));
        steps << tr("Allow relaying only for signed-in users and your own networks (Postfix: smtpd_relay_restrictions "
                    "= permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exchange: no "
                    "anonymous relay on the Internet-facing receive connector).")
              << tr("Check that the trusted networks (Postfix mynetworks, a relay IP list) do not include the "
                    "address this test came from, unless that is meant.")
              << tr("Fix it soon: open relays are found and abused by spammers within hours, and the server's "
                    "address then lands on blocklists.");
    } else {
        int deferred = 0;
        for (const RelayTrial &trial : attempt->relayTrials) {
            const int index = trial.decidingReplyIndex();
            if (index >= 0 && index < attempt->replies.size() && attempt->replies.at(index).reply.isTransient())
                ++deferred;
        }
        v.category = Model::Category::RelayDenied;
        v.summary = tr("Refuses to relay: %1 refused every outside recipient from a session without sign-in "
                       "(%n forms tried).", nullptr, tried).arg(server);
        if (deferred > 0)
            steps << tr("%n of the tries were only deferred (4xx), not refused for good: run the check again "
                        "later to be sure they stay refused.", nullptr, deferred);
        steps << tr("Nothing to fix: the server does not relay for strangers.");
    }
    v.nextSteps = steps;
}
