#include "run/VerdictWriter.h"

#include "run/RecipientReasons.h"
#include "run/RelaySummary.h"
#include "run/VerdictRules.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Model::Category;
using Outcome = Verdict::Outcome;

namespace {

// A title inside a sentence: "STARTTLS not offered" keeps its acronym, "Mailbox full"
// reads "mailbox full". Only the first word changes, and only when it is not an acronym.
QString inSentence(const QString &title)
{
    // A title starts with a capital only because it is a title, except in a language
    // that capitalises every noun: "Postfach existiert nicht" stays as it is.
    if (QLocale().language() == QLocale::German || QLocale().language() == QLocale::Luxembourgish)
        return title;
    if (title.size() < 2 || !title.at(0).isUpper() || title.at(1).isUpper())
        return title;
    return title.at(0).toLower() + title.mid(1);
}

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
                              inSentence(attempt.tls->errors.first().title));
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

// The decoded OAuth error document of the deciding attempt: it says more about a refused
// token than the server's final 535, which providers word for passwords.
const Finding *tokenRefusal(const TestResult &result)
{
    const Attempt *attempt = decidingAttempt(result);
    if (!attempt)
        return nullptr;
    for (const Finding &finding : attempt->findings) {
        if (finding.problem == Model::Problem::TokenRejected || finding.problem == Model::Problem::TokenScopeInsufficient)
            return &finding;
    }
    return nullptr;
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

// The servers (by name, not by address) other than the deciding one that took what
// the plan asked for; one server reached on two addresses is one server.
QStringList otherServersThatWorked(const TestResult &result)
{
    const Attempt *deciding = decidingAttempt(result);
    QStringList hosts;
    for (const Attempt &attempt : result.attempts) {
        if (tookTheMail(result, attempt) && (!deciding || attempt.route.name() != deciding->route.name()))
            hosts << attempt.route.name();
    }
    hosts.removeDuplicates();
    return hosts;
}

// Addresses of the deciding server itself that worked where the deciding one failed.
QStringList otherAddressesThatWorked(const TestResult &result)
{
    const Attempt *deciding = decidingAttempt(result);
    QStringList addresses;
    for (const Attempt &attempt : result.attempts) {
        if (deciding && &attempt != deciding && tookTheMail(result, attempt)
            && attempt.route.name() == deciding->route.name())
            addresses << attempt.route.address.toString();
    }
    addresses.removeDuplicates();
    return addresses;
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

// "nobody@x (the mailbox does not exist), full@x (the mailbox is full)"
QString reasonList(const QList<RecipientReasons::Group> &groups)
{
    QStringList parts;
    for (const RecipientReasons::Group &g : groups)
        parts << VerdictWriter::tr("%1 (%2)").arg(g.addresses.join(u", "_s), g.clause);
    return parts.join(u", "_s);
}

// One step per way recipients were refused, named: "For full@x: ask the recipient ...".
QStringList reasonSteps(const QList<RecipientReasons::Group> &groups)
{
    QStringList steps;
    for (const RecipientReasons::Group &g : groups) {
        if (!g.firstStep.isEmpty())
            steps << VerdictWriter::tr("For %1: %2").arg(g.addresses.join(u", "_s), g.firstStep);
    }
    return steps;
}

QList<RecipientReasons::Group> reasonGroups(const TestResult &result, bool permanent)
{
    if (const Attempt *attempt = decidingAttempt(result))
        return RecipientReasons::groups(*attempt, permanent, result.verdict.replyIndex);
    return {};
}

// The summary of a refusal at RCPT when recipients were taken or refused for different
// reasons: each refused recipient with its own reason; other refusals become steps.
QString describeRecipients(const TestResult &result, bool rejected, const QString &clause,
                           const QStringList &accepted, QStringList *steps, bool *perRecipient)
{
    const QString server = serverName(result);
    const QList<RecipientReasons::Group> same = reasonGroups(result, rejected);
    const QList<RecipientReasons::Group> other = reasonGroups(result, !rejected);
    QStringList otherKind;
    for (const RecipientReasons::Group &g : other)
        otherKind << g.addresses;
    *perRecipient = same.size() > 1;
    if (*perRecipient)
        *steps << reasonSteps(same);
    if (!otherKind.isEmpty())
        *steps << (rejected ? VerdictWriter::tr("%1 was only deferred (try again later); see its reply in the transcript.")
                            : VerdictWriter::tr("%1 was refused for good; see its reply in the transcript."))
                      .arg(otherKind.join(u", "_s));
    QStringList sameKind;
    for (const RecipientReasons::Group &g : same)
        sameKind << g.addresses;
    // With one reason the clause follows the addresses; with several each has its own.
    const QString refused = *perRecipient ? reasonList(same) : sameKind.join(u", "_s) + u": "_s + clause;
    const QString taken = accepted.join(u", "_s);
    const Attempt *attempt = decidingAttempt(result);
    const bool sent = attempt && attempt->messageSent;
    if (accepted.isEmpty())
        return rejected ? VerdictWriter::tr("The server at %1 refused %2.").arg(server, refused)
                        : VerdictWriter::tr("The server at %1 asked to try %2 again later.").arg(server, refused);
    if (rejected)
        return sent ? VerdictWriter::tr("The server at %1 refused %2; the message went to %3 only.").arg(server, refused, taken)
                    : VerdictWriter::tr("The server at %1 refused %2; it accepted %3.").arg(server, refused, taken);
    return sent ? VerdictWriter::tr("The server at %1 asked to try %2 again later; the message went to %3.")
                      .arg(server, refused, taken)
                : VerdictWriter::tr("The server at %1 asked to try %2 again later; it accepted %3.")
                      .arg(server, refused, taken);
}

} // namespace

void VerdictWriter::describe(TestResult &result)
{
    Verdict &v = result.verdict;
    const Explanation e = explanationOf(result);
    const QString server = serverName(result);
    const QString clause = e.isValid() ? Model::categoryClause(e.category) : QString();
    QStringList steps;
    QStringList partialSteps; // recipients refused another way than the deciding one
    bool perRecipient = false; // recipients refused for several reasons, each with its step

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
                            .arg(server, reasonList(reasonGroups(result, true) + reasonGroups(result, false)));
        else
            v.summary = tr("The server at %1 accepted everything the test asked for; no message "
                           "was sent.").arg(server);
        if (v.outcome == Outcome::Delivered)
            steps << tr("Check that the message arrived in the recipient's mailbox, and not in "
                        "the spam folder.");
        if (!refused.isEmpty()) {
            const QStringList named = reasonSteps(reasonGroups(result, true) + reasonGroups(result, false));
            if (named.isEmpty())
                steps << tr("Check the refused addresses in the transcript.");
            else
                partialSteps << named;
        }
        break;
    }
    case Outcome::Rejected:
    case Outcome::Deferred: {
        const bool rejected = v.outcome == Outcome::Rejected;
        v.category = e.isValid() ? e.category : rejected ? Category::Other : Category::ServerUnavailable;
        const QStringList accepted = v.stage == Model::Stage::Rcpt ? acceptedRecipients(result) : QStringList();
        const bool oneReason = v.stage != Model::Stage::Rcpt
            || (reasonGroups(result, rejected).size() < 2 && reasonGroups(result, !rejected).isEmpty());
        if (accepted.isEmpty() && oneReason) {
            v.summary = rejected ? tr("The server at %1 refused %2: %3.").arg(server, Model::stagePhrase(v.stage), clause)
                                 : tr("The server at %1 asked to try %2 again later: %3.")
                                       .arg(server, Model::stagePhrase(v.stage), clause);
            break;
        }
        // Some recipients were taken: say who was refused like the deciding reply and who
        // got the message; recipients refused another way become a next step.
        v.summary = describeRecipients(result, rejected, clause, accepted, &partialSteps, &perRecipient);
        break;
    }
    case Outcome::Unreachable:
        v.category = e.isValid() ? e.category : Category::Network;
        v.summary = succeededAttempts(result) > 0
            ? tr("The server at %1 could not be reached: %2.")
                  .arg(server, e.isValid() ? inSentence(e.title) : Model::categoryClause(v.category))
            : tr("No mail server for %1 could be reached: %2.")
                  .arg(destinationName(result), e.isValid() ? inSentence(e.title) : Model::categoryClause(v.category));
        break;
    case Outcome::Timeout:
        v.category = e.isValid() ? e.category : Category::Timeout;
        // A server that never greeted did not "stop" answering; say what it did.
        if (v.stage == Model::Stage::Greeting)
            v.summary = tr("The server at %1 took the connection but never sent its greeting (waited %2).")
                            .arg(server, Model::durationText(result.plan.timeouts.forStage(v.stage).count()));
        else
            v.summary = tr("The server at %1 stopped answering during %2 (waited %3).")
                            .arg(server, Model::stagePhrase(v.stage),
                                 Model::durationText(result.plan.timeouts.forStage(v.stage).count()));
        break;
    case Outcome::DnsFailed:
        v.category = e.isValid() ? e.category : Category::DomainNotFound;
        v.summary = tr("The DNS lookup for %1 failed: %2.")
                        .arg(destinationName(result), e.isValid() ? inSentence(e.title) : Model::categoryClause(v.category));
        break;
    case Outcome::TlsFailed:
        v.category = e.isValid() ? e.category : Category::TlsFailed;
        v.summary = tr("The encrypted connection (TLS) with %1 failed: %2.")
                        .arg(server, e.isValid() ? inSentence(e.title) : Model::categoryClause(v.category));
        break;
    case Outcome::AuthFailed:
        v.category = e.isValid() ? e.category : Category::AuthFailed;
        // A refused password names whose, says what the server meant and where to fix it;
        // "sign-in failed: sign-in failed" told nobody anything.
        if (const Finding *refusal = tokenRefusal(result)) {
            v.summary = tr("The server at %1 refused the access token of %2: %3.")
                            .arg(server, result.plan.user, inSentence(refusal->explanation.title));
            steps << refusal->explanation.nextSteps;
        } else if (v.replyIndex >= 0 && v.category == Category::AuthFailed && result.plan.usesToken()) {
            v.summary = tr("The server at %1 did not accept the access token of %2: %3")
                            .arg(server, result.plan.user, e.meaning.isEmpty() ? Model::categoryClause(v.category) + u'.'
                                                                                : e.meaning);
            steps << tr("Get a fresh access token for %1 (they expire, usually after an hour) and paste it again.")
                         .arg(result.plan.user);
        } else if (v.replyIndex >= 0 && v.category == Category::AuthFailed && !result.plan.user.isEmpty()) {
            v.summary = tr("The server at %1 did not accept the sign-in of %2: %3")
                            .arg(server, result.plan.user, e.meaning.isEmpty() ? Model::categoryClause(v.category) + u'.'
                                                                                : e.meaning);
            steps << tr("Type the password of %1 again on the Sign-in page (a password kept in the keychain may be "
                        "out of date) and check the user name.").arg(result.plan.user);
        } else {
            v.summary = tr("Signing in to %1 failed: %2.")
                            .arg(server, e.isValid() ? inSentence(e.title) : Model::categoryClause(v.category));
        }
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
        else if (v.problem == Model::Problem::UnsolicitedReply)
            v.summary = tr("The server at %1 sent a reply nobody asked for during %2: it does not wait for its turn.")
                            .arg(server, Model::stagePhrase(v.stage));
        else
            v.summary = tr("The server at %1 answered with something that is not valid SMTP during %2.")
                            .arg(server, Model::stagePhrase(v.stage));
        break;
    case Outcome::OpenRelay:
    case Outcome::RelayRefused:
        RelaySummary::describe(result); // its own words and steps: nothing below applies
        return;
    case Outcome::Cancelled:
        v.category = Category::Other;
        v.summary = tr("The test was cancelled before it finished.");
        steps << tr("Run the test again when ready.");
        break;
    }

    if (e.isValid() && !v.succeeded() && v.outcome != Outcome::Cancelled && !perRecipient) {
        for (const QString &step : e.nextSteps)
            steps << step;
    }
    for (qsizetype i = 0; i < partialSteps.size(); ++i)
        steps.insert(std::min<qsizetype>(1 + i, steps.size()), partialSteps.at(i));
    const int worked = succeededAttempts(result);
    if (!v.succeeded() && worked > 0) {
        // Probing every MX: the others worked, so the problem is this server's (or this
        // address's). A probe that stops before DATA "accepted the test"; nothing was taken.
        const bool sending = result.plan.stopAfter == TestPlan::StopAfter::Send;
        const QStringList servers = otherServersThatWorked(result);
        const QStringList addresses = otherAddressesThatWorked(result);
        v.summary.chop(1);
        if (!servers.isEmpty())
            v.summary += sending ? tr("; %n other mail server(s) took it.", nullptr, int(servers.size()))
                                 : tr("; %n other mail server(s) accepted the test.", nullptr, int(servers.size()));
        else
            v.summary += tr("; the same server worked on its other address (%1).").arg(addresses.join(u", "_s));
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
    // One step per way a recipient was refused, or the three that matter most.
    v.nextSteps = steps.mid(0, std::max<qsizetype>(3, partialSteps.size() + 1));
}
