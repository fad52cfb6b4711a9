#include "report/ReportFacts.h"

#include "model/TestPlan.h"

#include "run/RecipientReasons.h"

using namespace Qt::StringLiterals;

QString ReportFacts::title()
{
    return tr("SMTP test report");
}

QString ReportFacts::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 3));
}

QString ReportFacts::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("unknown");
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString ReportFacts::lineTime(const QDateTime &start, qint64 ms)
{
    if (!start.isValid())
        return u"+"_s + QString::number(double(ms) / 1000.0, 'f', 3) + u"s"_s;
    return start.toUTC().addMSecs(ms).toString(u"HH:mm:ss.zzz"_s);
}

ReportFacts::Rows ReportFacts::planRows(const TestPlan &plan)
{
    Rows rows;
    rows << qMakePair(plan.usesMxLookup() ? tr("Mail domain") : tr("Server"), plan.destination());
    rows << qMakePair(tr("Port"), QString::number(plan.port));
    rows << qMakePair(tr("Security"), Model::label(plan.security));
    if (plan.tlsInsecure)
        rows << qMakePair(tr("Certificate errors"), tr("ignored on request (--tls-insecure)"));
    if (!plan.caFile.isEmpty())
        rows << qMakePair(tr("Extra CA file"), plan.caFile);
    rows << qMakePair(tr("EHLO name"), plan.ehloName);
    QString signIn = tr("none");
    if (plan.auth != TestPlan::Auth::None) {
        signIn = tr("AUTH %1 as %2").arg(Model::key(plan.auth).toUpper(), plan.user);
        if (plan.allowPlaintextAuth)
            signIn += tr(" (allowed without TLS)");
    }
    rows << qMakePair(tr("Sign-in"), signIn);
    rows << qMakePair(tr("Sender (MAIL FROM)"), u"<"_s + plan.mailFrom + u">"_s);
    rows << qMakePair(tr("Recipients (RCPT TO)"), plan.rcptTo.join(u", "_s));
    QStringList dsn;
    if (const QStringList notify = Model::notifyKeys(plan.notify); !notify.isEmpty())
        dsn << u"NOTIFY="_s + notify.join(u',').toUpper();
    if (plan.ret != TestPlan::Ret::Default)
        dsn << u"RET="_s + Model::key(plan.ret).toUpper();
    if (!plan.envid.isEmpty())
        dsn << u"ENVID="_s + plan.envid;
    if (plan.orcpt)
        dsn << u"ORCPT"_s;
    rows << qMakePair(tr("Delivery status notification"), dsn.isEmpty() ? tr("not asked for") : dsn.join(u' '));
    rows << qMakePair(tr("What to do"), Model::label(plan.stopAfter));
    if (plan.stopAfter == TestPlan::StopAfter::Send)
        rows << qMakePair(tr("Subject"), plan.subject);
    rows << qMakePair(tr("DNS server"), plan.dnsServer.isNull() ? tr("this computer's resolver")
                                                                 : plan.dnsServer.toString());
    if (plan.ipFamily != TestPlan::IpFamily::Any)
        rows << qMakePair(tr("IP version"), plan.ipFamily == TestPlan::IpFamily::V4 ? tr("IPv4 only") : tr("IPv6 only"));
    if (plan.routing == TestPlan::Routing::EveryMx)
        rows << qMakePair(tr("Mail servers"), plan.parallel > 1 ? tr("every MX, up to %1 at once").arg(plan.parallel)
                                                                 : tr("every MX, one after the other"));
    return rows;
}

QString ReportFacts::attemptHeading(const TestResult &result, int index)
{
    const Attempt &attempt = result.attempts.at(index);
    QString heading = tr("Attempt %1 of %2: %3 [%4] port %5")
                          .arg(index + 1)
                          .arg(result.attempts.size())
                          .arg(attempt.route.host, attempt.route.address.toString())
                          .arg(attempt.route.port);
    if (attempt.route.preference >= 0)
        heading += u' ' + tr("(MX %1)").arg(attempt.route.preference);
    return heading;
}

QString ReportFacts::verdictHeadline(const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    QString headline = tr("%1 at %2").arg(Model::label(verdict.outcome), Model::label(verdict.stage));
    if (const auto code = result.decidingCode()) {
        headline += u": "_s + QString::number(*code);
        if (!result.decidingEnhancedCode().isEmpty())
            headline += u' ' + result.decidingEnhancedCode();
    }
    return headline;
}

QString ReportFacts::verdictSentence(const TestResult &result)
{
    return result.verdict.summary.isEmpty() ? verdictHeadline(result) : result.verdict.summary;
}

ReportFacts::Rows ReportFacts::technicalRows(const TestResult &result)
{
    Rows rows;
    rows << qMakePair(tr("Result"), verdictHeadline(result));
    rows << qMakePair(tr("Outcome"), Model::key(result.verdict.outcome));
    rows << qMakePair(tr("Category"), Model::key(result.verdict.category));
    if (const QString details = result.decidingText(); !details.isEmpty())
        rows << qMakePair(tr("Server's words"), details);
    rows << qMakePair(tr("Started"), dateTime(result.startedAt));
    rows << qMakePair(tr("Duration"), duration(result.durationMs));
    rows << qMakePair(tr("Computer"), result.machineName);
    rows << qMakePair(tr("SMTP Wizard"), result.appVersion);
    return rows;
}

QList<ReportFacts::RecipientLine> ReportFacts::recipientLines(const TestResult &result)
{
    int asking = 0;
    for (const Attempt &attempt : result.attempts)
        asking += attempt.recipients.isEmpty() ? 0 : 1;
    QList<RecipientLine> lines;
    for (const Attempt &attempt : result.attempts) {
        for (const RecipientReasons::Row &row : RecipientReasons::rows(attempt)) {
            RecipientLine line{row.address, row.outcomeText, row.reason,
                               asking > 1 ? attempt.route.host : QString(), std::nullopt};
            switch (row.outcome) {
            case RecipientReasons::Row::Outcome::Accepted: line.severity = Model::Severity::Success; break;
            case RecipientReasons::Row::Outcome::Refused: line.severity = Model::Severity::Permanent; break;
            case RecipientReasons::Row::Outcome::Deferred: line.severity = Model::Severity::Transient; break;
            case RecipientReasons::Row::Outcome::NotAsked: break;
            }
            lines.append(line);
        }
    }
    return lines;
}

QString ReportFacts::tlsSummary(const TlsInfo &tls)
{
    QString summary = tls.protocol + u", "_s + tls.cipher;
    if (tls.cipherBits > 0)
        summary += u' ' + tr("(%1 bits)").arg(tls.cipherBits);
    if (tls.implicit)
        summary += u", "_s + tr("implicit TLS");
    return summary;
}

QString ReportFacts::reverseDns(const ResolvedAddress &address)
{
    if (!address.ptrLookedUp)
        return tr("not looked up");
    if (address.ptr.isEmpty())
        return tr("no reverse DNS");
    return address.ptrMatches ? address.ptr : tr("%1 (does not match the name)").arg(address.ptr);
}

Explanation ReportFacts::explainReply(const Attempt &attempt, int replyIndex)
{
    if (replyIndex < 0 || replyIndex >= attempt.replies.size())
        return {};
    return attempt.replies.at(replyIndex).explanation;
}

QHash<int, Model::Severity> ReportFacts::replySeverities(const Attempt &attempt)
{
    QHash<int, Model::Severity> shown;
    for (const TranscriptEntry &entry : attempt.transcript) {
        if (entry.severity && !shown.contains(entry.replyIndex))
            shown.insert(entry.replyIndex, *entry.severity);
    }
    return shown;
}

std::optional<Model::Severity> ReportFacts::lineSeverity(const Attempt *attempt, const TranscriptEntry &entry,
                                                         const QHash<int, Model::Severity> &shown)
{
    if (entry.severity)
        return entry.severity;
    if (entry.direction != TranscriptEntry::Direction::Server)
        return std::nullopt;
    // Continuation lines take the colour of the reply they belong to.
    if (attempt) {
        if (const auto it = shown.constFind(entry.replyIndex); it != shown.constEnd())
            return *it;
        if (entry.replyIndex >= 0 && entry.replyIndex < attempt->replies.size()) {
            const SmtpReply &reply = attempt->replies.at(entry.replyIndex).reply;
            if (reply.codeClass() == 2)
                return Model::Severity::Success;
            if (reply.codeClass() == 3)
                return Model::Severity::Intermediate;
            if (reply.codeClass() == 4)
                return Model::Severity::Transient;
            if (reply.codeClass() == 5)
                return Model::Severity::Permanent;
        }
    }
    return std::nullopt;
}
