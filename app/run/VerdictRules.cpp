#include "run/VerdictRules.h"

#include <algorithm>

using Model::Problem;
using Outcome = Verdict::Outcome;
using Model::Stage;

namespace VerdictRules {

namespace {
Outcome outcomeOfProblem(Problem problem)
{
    switch (problem) {
    case Problem::DnsNxDomain:
    case Problem::DnsNoAnswer:
    case Problem::DnsServerFailure:
    case Problem::DnsNoAddress:
    case Problem::NullMx:
    case Problem::DanglingMx:
    case Problem::NoUsableAddress: return Outcome::DnsFailed;
    case Problem::ConnectionRefused:
    case Problem::HostUnreachable:
    case Problem::NetworkUnreachable: return Outcome::Unreachable;
    case Problem::ConnectTimeout:
    case Problem::NoGreeting:
    case Problem::ReplyTimeout: return Outcome::Timeout;
    case Problem::ConnectionReset:
    case Problem::ConnectionClosed:
    case Problem::MalformedReply:
    case Problem::UnsolicitedReply:
    case Problem::ReplyTooLong: return Outcome::ProtocolError;
    case Problem::TlsHandshakeFailed:
    case Problem::TlsCertificateInvalid:
    case Problem::StartTlsNotOffered:
    case Problem::StartTlsRejected: return Outcome::TlsFailed;
    case Problem::AuthNotOffered:
    case Problem::AuthMechanismNotSupported:
    case Problem::PlaintextAuthRefused:
    case Problem::TokenRejected:
    case Problem::TokenScopeInsufficient: return Outcome::AuthFailed;
    case Problem::MessageTooLarge:
    case Problem::SmtpUtf8NotAdvertised: return Outcome::Rejected;
    case Problem::DsnNotAdvertised:
    case Problem::EightBitNotAdvertised: return Outcome::ProtocolError; // never fatal
    case Problem::Cancelled: return Outcome::Cancelled;
    }
    return Outcome::ProtocolError;
}

// The first recipient refused, permanent refusals first: what the verdict reports
// when some recipients were accepted and others not.
const RecipientResult *firstRefused(const Attempt &attempt)
{
    const RecipientResult *transient = nullptr;
    for (const RecipientResult &r : attempt.recipients) {
        if (r.reply && r.reply->isPermanent())
            return &r;
        if (r.reply && r.reply->isTransient() && !transient)
            transient = &r;
    }
    return transient;
}

bool relays(const Attempt &attempt)
{
    return std::any_of(attempt.relayTrials.cbegin(), attempt.relayTrials.cend(),
                       [](const RelayTrial &t) { return t.accepted; });
}

// The open-relay check: one accepted outside recipient is the finding, whatever came
// after it; a check that tried every form and saw each refused says so. Anything else
// (no connection, a 554 greeting, a hang-up) keeps the outcome of the attempt.
void decideRelay(const Attempt &attempt, Verdict &verdict)
{
    const QList<RelayTrial> &trials = attempt.relayTrials;
    const auto open = std::find_if(trials.cbegin(), trials.cend(), [](const RelayTrial &t) { return t.accepted; });
    if (open != trials.cend()) {
        verdict.outcome = Outcome::OpenRelay;
        verdict.stage = Stage::Rcpt;
        verdict.replyIndex = open->rcptReplyIndex;
        verdict.problem.reset();
        return;
    }
    const bool allAnswered = !trials.isEmpty()
        && std::all_of(trials.cbegin(), trials.cend(), [](const RelayTrial &t) { return t.answered(); });
    if (attempt.outcome != Attempt::Outcome::Completed || !allAnswered)
        return;
    verdict.outcome = Outcome::RelayRefused;
    verdict.replyIndex = trials.constFirst().decidingReplyIndex();
    verdict.stage = attempt.replies.value(verdict.replyIndex).stage;
    verdict.problem.reset();
}
} // namespace

Outcome outcomeOf(const Attempt &attempt, bool sendsMessage)
{
    switch (attempt.outcome) {
    case Attempt::Outcome::Completed: {
        if (const RecipientResult *refused = firstRefused(attempt))
            return refused->reply->isPermanent() ? Outcome::Rejected : Outcome::Deferred;
        return sendsMessage && attempt.messageSent ? Outcome::Delivered : Outcome::Accepted;
    }
    case Attempt::Outcome::Rejected:
        return attempt.stage == Stage::Auth ? Outcome::AuthFailed : Outcome::Rejected;
    case Attempt::Outcome::Deferred:
        return Outcome::Deferred;
    case Attempt::Outcome::Cancelled:
        return Outcome::Cancelled;
    case Attempt::Outcome::Failed:
        return attempt.fatalProblem ? outcomeOfProblem(*attempt.fatalProblem) : Outcome::ProtocolError;
    }
    return Outcome::ProtocolError;
}

bool triesNextMx(const Attempt &attempt)
{
    switch (attempt.outcome) {
    case Attempt::Outcome::Deferred:
        return true;
    case Attempt::Outcome::Failed: {
        const Outcome outcome = outcomeOf(attempt, false);
        return outcome == Outcome::Unreachable || outcome == Outcome::Timeout
            || outcome == Outcome::ProtocolError || outcome == Outcome::TlsFailed;
    }
    case Attempt::Outcome::Completed:
    case Attempt::Outcome::Rejected:
    case Attempt::Outcome::Cancelled:
        return false;
    }
    return false;
}

void decide(TestResult &result)
{
    Verdict &verdict = result.verdict;
    const bool sendsMessage = result.plan.stopAfter == TestPlan::StopAfter::Send;
    verdict = Verdict();
    if (result.attempts.isEmpty()) {
        verdict.stage = Stage::Dns;
        verdict.problem = result.dns.problem.value_or(Problem::DnsNoAddress);
        verdict.outcome = verdict.problem == Problem::Cancelled ? Outcome::Cancelled
                                                                : outcomeOfProblem(*verdict.problem);
        return;
    }
    // First reachable: the last attempt decides. Every MX: the first that did not
    // succeed decides, since one bad MX is enough to bounce some mail.
    int deciding = int(result.attempts.size()) - 1;
    if (result.plan.routing == TestPlan::Routing::EveryMx) {
        for (int i = 0; i < result.attempts.size(); ++i) {
            const Outcome o = outcomeOf(result.attempts.at(i), sendsMessage);
            if (o != Outcome::Delivered && o != Outcome::Accepted) {
                deciding = i;
                break;
            }
        }
    }
    if (result.plan.relayTest) { // any server that relays makes the domain an open relay
        const auto open = std::find_if(result.attempts.cbegin(), result.attempts.cend(), relays);
        if (open != result.attempts.cend())
            deciding = int(open - result.attempts.cbegin());
    }
    const Attempt &attempt = result.attempts.at(deciding);
    verdict.attemptIndex = deciding;
    verdict.outcome = outcomeOf(attempt, sendsMessage);
    verdict.stage = attempt.stage;
    verdict.replyIndex = attempt.finalReply ? attempt.finalReplyIndex : -1;
    if (attempt.outcome == Attempt::Outcome::Completed) {
        if (const RecipientResult *refused = firstRefused(attempt)) {
            verdict.replyIndex = refused->replyIndex;
            verdict.stage = Stage::Rcpt;
        } else if (!attempt.replies.isEmpty()) {
            // The reply that proved success: the last one before RSET/QUIT.
            for (qsizetype i = attempt.replies.size() - 1; i >= 0; --i) {
                if (attempt.replies.at(i).stage != Stage::Quit) {
                    verdict.replyIndex = int(i);
                    verdict.stage = attempt.replies.at(i).stage;
                    break;
                }
            }
        }
    }
    if (verdict.replyIndex < 0)
        verdict.problem = attempt.fatalProblem;
    if (result.plan.relayTest)
        decideRelay(attempt, verdict);
}

} // namespace VerdictRules
