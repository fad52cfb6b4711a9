#include "run/VerdictWriter.h"

#include "run/VerdictRules.h"

using namespace Qt::StringLiterals;
using Model::Category;
using Outcome = Verdict::Outcome;

namespace {

const Attempt *decidingAttempt(const TestResult &result)
{
    const int index = result.verdict.attemptIndex;
    if (index >= 0 && index < result.attempts.size())
        return &result.attempts.at(index);
    return result.attempts.isEmpty() ? nullptr : &result.attempts.last();
}

QString serverName(const TestResult &result)
{
    if (const Attempt *attempt = decidingAttempt(result)) {
        if (!attempt->route.host.isEmpty())
            return attempt->route.host;
        if (!attempt->route.address.isNull())
            return attempt->route.address.toString();
    }
    const QString destination = result.plan.destination();
    return destination.isEmpty() ? result.dns.domain : destination;
}

QString destinationName(const TestResult &result)
{
    const QString destination = result.plan.destination();
    if (!destination.isEmpty())
        return destination;
    return result.dns.domain.isEmpty() ? serverName(result) : result.dns.domain;
}

// The run's explanation of what decided the verdict: the deciding reply's record, the
// fatal finding, or the DNS step's problem. Nothing is explained again here.
Explanation explanationOf(const TestResult &result)
{
    const Verdict &v = result.verdict;
    if (const Attempt *attempt = decidingAttempt(result)) {
        if (v.replyIndex >= 0 && v.replyIndex < attempt->replies.size())
            return attempt->replies.at(v.replyIndex).explanation;
        for (const Finding &finding : attempt->findings) {
            if (finding.fatal)
                return finding.explanation;
        }
        return {};
    }
    if (v.problem && result.dns.problem == v.problem)
        return result.dns.explanation;
    return {};
}

// Findings worth a next step even when the run succeeded (certificate errors ignored,
// no STARTTLS, recipients refused while others were accepted).
QStringList findingSteps(const TestResult &result)
{
    QStringList steps;
    for (const Attempt &attempt : result.attempts) {
        if (attempt.tls && !attempt.tls->errors.isEmpty() && attempt.tls->continuedDespiteErrors) {
            steps << VerdictWriter::tr("The certificate of %1 could not be verified (%2); fix it "
                                       "before relying on TLS.")
                         .arg(attempt.route.name(),
                              attempt.tls->errors.first().title.toLower());
        }
        for (const Finding &finding : attempt.findings) {
            if (finding.fatal || finding.problem == Model::Problem::TlsCertificateInvalid)
                continue;
            const Explanation &e = finding.explanation;
            if (finding.problem == Model::Problem::StartTlsNotOffered && !e.nextSteps.isEmpty())
                steps << e.nextSteps.first();
        }
    }
    steps.removeDuplicates();
    return steps;
}

QStringList refusedRecipients(const TestResult &result)
{
    QStringList refused;
    if (const Attempt *attempt = decidingAttempt(result)) {
        for (const RecipientResult &r : attempt->recipients) {
            if (r.reply && !r.accepted())
                refused << r.address;
        }
    }
    return refused;
}

QStringList acceptedRecipients(const TestResult &result)
{
    QStringList accepted;
    if (const Attempt *attempt = decidingAttempt(result)) {
        for (const RecipientResult &r : attempt->recipients) {
            if (r.accepted())
                accepted << r.address;
        }
    }
    return accepted;
}

// Whether an attempt took what the plan asked for, by the rules that decided the verdict.
bool tookTheMail(const TestResult &result, const Attempt &attempt)
{
    const Outcome o = VerdictRules::outcomeOf(attempt, result.plan.stopAfter == TestPlan::StopAfter::Send);
    return o == Outcome::Delivered || o == Outcome::Accepted;
}

int succeededAttempts(const TestResult &result)
{
    return int(std::count_if(result.attempts.cbegin(), result.attempts.cend(),
                             [&result](const Attempt &a) { return tookTheMail(result, a); }));
}

QString hostOf(const Attempt &attempt)
{
    return attempt.route.name();
}

} // namespace

void VerdictWriter::describe(TestResult &result)
{
    Verdict &v = result.verdict;
    const Explanation e = explanationOf(result);
    const QString server = serverName(result);
    const QString clause = e.isValid() ? Model::categoryClause(e.category) : QString();
    QStringList steps;
    QString partialStep; // recipients refused another way than the deciding one

    switch (v.outcome) {
    case Outcome::Delivered:
    case Outcome::Accepted: {
        v.category = Category::Accepted;
        const QStringList refused = refusedRecipients(result);
        if (v.outcome == Outcome::Delivered && refused.isEmpty())
            v.summary = tr("The server at %1 accepted the message for delivery.").arg(server);
        else if (v.outcome == Outcome::Delivered)
            v.summary = tr("The server at %1 accepted the message, but refused %n recipient(s): %2.", nullptr,
                           int(refused.size()))
                            .arg(server, refused.join(u", "_s));
        else
            v.summary = tr("The server at %1 accepted everything the test asked for; no message "
                           "was sent.").arg(server);
        if (v.outcome == Outcome::Delivered)
            steps << tr("Check that the message arrived in the recipient's mailbox, and not in "
                        "the spam folder.");
        if (!refused.isEmpty())
            steps << tr("Check the refused addresses in the transcript.");
        break;
    }
    case Outcome::Rejected:
    case Outcome::Deferred: {
        const bool rejected = v.outcome == Outcome::Rejected;
        v.category = e.isValid() ? e.category : rejected ? Category::Other : Category::ServerUnavailable;
        const QStringList accepted = v.stage == Model::Stage::Rcpt ? acceptedRecipients(result) : QStringList();
        if (accepted.isEmpty()) {
            v.summary = rejected ? tr("The server at %1 refused %2: %3.").arg(server, Model::stagePhrase(v.stage), clause)
                                 : tr("The server at %1 asked to try %2 again later: %3.")
                                       .arg(server, Model::stagePhrase(v.stage), clause);
            break;
        }
        // Some recipients were taken: say who was refused like the deciding reply and who
        // got the message; recipients refused another way become a next step.
        QStringList sameKind, otherKind;
        if (const Attempt *deciding = decidingAttempt(result)) {
            for (const RecipientResult &r : deciding->recipients) {
                if (!r.reply || r.accepted())
                    continue;
                (r.reply->isPermanent() == rejected ? sameKind : otherKind) << r.address;
            }
        }
        if (!otherKind.isEmpty())
            partialStep = (rejected ? tr("%1 was only deferred (try again later); see its reply in the transcript.")
                               : tr("%1 was refused for good; see its reply in the transcript."))
                         .arg(otherKind.join(u", "_s));
        const QString refused = sameKind.join(u", "_s);
        const QString taken = accepted.join(u", "_s);
        const Attempt *attempt = decidingAttempt(result);
        const bool sent = attempt && attempt->messageSent;
        if (rejected)
            v.summary = sent ? tr("The server at %1 refused %2: %3; the message went to %4 only.")
                                   .arg(server, refused, clause, taken)
                             : tr("The server at %1 refused %2: %3; it accepted %4.").arg(server, refused, clause, taken);
        else
            v.summary = sent ? tr("The server at %1 asked to try %2 again later: %3; the message went to %4.")
                                   .arg(server, refused, clause, taken)
                             : tr("The server at %1 asked to try %2 again later: %3; it accepted %4.")
                                   .arg(server, refused, clause, taken);
        break;
    }
    case Outcome::Unreachable:
        v.category = e.isValid() ? e.category : Category::Network;
        v.summary = succeededAttempts(result) > 0
            ? tr("The server at %1 could not be reached: %2.")
                  .arg(server, e.isValid() ? e.title.toLower() : Model::categoryClause(v.category))
            : tr("No mail server for %1 could be reached: %2.")
                  .arg(destinationName(result), e.isValid() ? e.title.toLower() : Model::categoryClause(v.category));
        break;
    case Outcome::Timeout:
        v.category = e.isValid() ? e.category : Category::Timeout;
        v.summary = tr("The server at %1 stopped answering at the %2 step.")
                        .arg(server, Model::key(v.stage).toUpper());
        break;
    case Outcome::DnsFailed:
        v.category = e.isValid() ? e.category : Category::DomainNotFound;
        v.summary = tr("The DNS lookup for %1 failed: %2.")
                        .arg(destinationName(result), e.isValid() ? e.title.toLower() : Model::categoryClause(v.category));
        break;
    case Outcome::TlsFailed:
        v.category = e.isValid() ? e.category : Category::TlsFailed;
        v.summary = tr("The encrypted connection (TLS) with %1 failed: %2.")
                        .arg(server, e.isValid() ? e.title.toLower() : Model::categoryClause(v.category));
        break;
    case Outcome::AuthFailed:
        v.category = e.isValid() ? e.category : Category::AuthFailed;
        v.summary = tr("Signing in to %1 failed: %2.")
                        .arg(server, e.isValid() ? e.title.toLower() : Model::categoryClause(v.category));
        break;
    case Outcome::ProtocolError:
        v.category = e.isValid() ? e.category : Category::Other;
        // A hang-up or a reset is not a server speaking bad SMTP: say what happened.
        if (v.problem == Model::Problem::ConnectionClosed)
            v.summary = tr("The server at %1 closed the connection during %2 without finishing its reply.")
                            .arg(server, Model::stagePhrase(v.stage));
        else if (v.problem == Model::Problem::ConnectionReset)
            v.summary = tr("The connection to %1 was broken off (reset) during %2.")
                            .arg(server, Model::stagePhrase(v.stage));
        else
            v.summary = tr("The server at %1 answered with something that is not valid SMTP during %2.")
                            .arg(server, Model::stagePhrase(v.stage));
        break;
    case Outcome::Cancelled:
        v.category = Category::Other;
        v.summary = tr("The test was cancelled before it finished.");
        steps << tr("Run the test again when ready.");
        break;
    }

    if (e.isValid() && !v.succeeded() && v.outcome != Outcome::Cancelled) {
        for (const QString &step : e.nextSteps)
            steps << step;
    }
    if (!partialStep.isEmpty())
        steps.insert(std::min<qsizetype>(1, steps.size()), partialStep);
    const int worked = succeededAttempts(result);
    if (!v.succeeded() && worked > 0) {
        // Probing every MX: the others took the mail, so the problem is this server's.
        v.summary.chop(1);
        v.summary += tr("; %n other mail server(s) took it.", nullptr, worked);
    } else if (v.succeeded() && result.attempts.size() > 1) {
        // Delivered after a fail-over: senders try the broken server first every time.
        QStringList failed;
        for (const Attempt &attempt : std::as_const(result.attempts)) {
            if (!tookTheMail(result, attempt))
                failed << hostOf(attempt);
        }
        failed.removeDuplicates();
        if (!failed.isEmpty())
            steps.prepend(tr("%1 did not take the mail, so it went to the next server; senders try %1 first "
                             "every time, which delays mail: repair it or remove its MX record.")
                              .arg(failed.join(u", "_s)));
    }
    steps << findingSteps(result);
    steps.removeDuplicates();
    if (steps.isEmpty())
        steps << tr("Nothing to fix: the server behaved as expected.");
    v.nextSteps = steps.mid(0, 3);
}
