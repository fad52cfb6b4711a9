#include "report/RunComparison.h"

#include "report/ReportFacts.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;
using Topic = RunComparison::Topic;

namespace {

class Differences
{
public:
    void add(Topic topic, const QString &aspect, const QString &before, const QString &after)
    {
        if (before != after)
            list.append({topic, aspect, before, after});
    }
    QList<RunComparison::Difference> list;
};

QString yesNo(bool value)
{
    return value ? RunComparison::tr("yes") : RunComparison::tr("no");
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? RunComparison::tr("none") : text;
}

/// "550 5.1.1 User unknown": the code, the enhanced code and the first line; later lines
/// (an EHLO's keywords, a long bounce) change too often to be worth a row.
QString firstLine(const SmtpReply &reply)
{
    SmtpReply first = reply;
    first.lines = reply.lines.mid(0, 1);
    return first.summaryLine();
}

QString lookupText(const DnsFindings &dns)
{
    if (dns.problem) {
        return dns.explanation.isValid() ? dns.explanation.title
                                         : RunComparison::tr("failed (%1)").arg(Model::key(*dns.problem));
    }
    if (dns.nullMx)
        return RunComparison::tr("the domain says it accepts no mail");
    if (dns.implicitMx)
        return RunComparison::tr("no mail server listed; the domain's own address is used");
    return RunComparison::tr("worked");
}

QString priorityText(int preference)
{
    return preference < 0 ? RunComparison::tr("used directly (no MX record)")
                          : RunComparison::tr("priority %1 (lower is tried first)").arg(preference);
}

QString addressList(const MxHost &host)
{
    QStringList addresses;
    for (const ResolvedAddress &address : host.addresses)
        addresses.append(address.address.toString());
    addresses.sort();
    return orNone(addresses.join(u", "_s));
}

/// For each MX entry of a, the index of its entry in b, or -1. A name may be listed more
/// than once (MX 10 and MX 20 mx.example.com), so entries pair one to one: first those
/// with the same name and priority, then the rest by name in order.
QList<qsizetype> pairMx(const DnsFindings &a, const DnsFindings &b)
{
    QList<qsizetype> partner(a.mx.size(), -1);
    QList<bool> taken(b.mx.size(), false);
    for (const bool samePriority : {true, false}) {
        for (qsizetype i = 0; i < a.mx.size(); ++i) {
            for (qsizetype j = 0; partner[i] < 0 && j < b.mx.size(); ++j) {
                if (!taken[j] && a.mx[i].exchange.compare(b.mx[j].exchange, Qt::CaseInsensitive) == 0
                    && (!samePriority || a.mx[i].preference == b.mx[j].preference)) {
                    partner[i] = j;
                    taken[j] = true;
                }
            }
        }
    }
    return partner;
}

void compareMailServers(Differences &out, const DnsFindings &a, const DnsFindings &b)
{
    out.add(Topic::MailServers, RunComparison::tr("Looking up the mail servers"), lookupText(a), lookupText(b));
    const QList<qsizetype> partner = pairMx(a, b);
    QList<bool> paired(b.mx.size(), false);
    for (qsizetype i = 0; i < a.mx.size(); ++i) {
        const MxHost &was = a.mx.at(i);
        const QString aspect = RunComparison::tr("Mail server %1").arg(was.exchange);
        if (partner.at(i) >= 0) {
            const MxHost &now = b.mx.at(partner.at(i));
            paired[partner.at(i)] = true;
            out.add(Topic::MailServers, aspect, priorityText(was.preference), priorityText(now.preference));
            out.add(Topic::MailServers, RunComparison::tr("Addresses of %1").arg(was.exchange), addressList(was),
                    addressList(now));
        } else {
            out.add(Topic::MailServers, aspect, priorityText(was.preference), RunComparison::tr("not listed"));
            out.add(Topic::MailServers, RunComparison::tr("Addresses of %1").arg(was.exchange), addressList(was),
                    RunComparison::tr("not listed"));
        }
    }
    for (qsizetype j = 0; j < b.mx.size(); ++j) {
        if (paired.at(j))
            continue;
        const MxHost &now = b.mx.at(j);
        out.add(Topic::MailServers, RunComparison::tr("Mail server %1").arg(now.exchange),
                RunComparison::tr("not listed"), priorityText(now.preference));
        out.add(Topic::MailServers, RunComparison::tr("Addresses of %1").arg(now.exchange),
                RunComparison::tr("not listed"), addressList(now));
    }
}

QString routeName(const Attempt &attempt)
{
    const QString address = attempt.route.address.toString();
    if (attempt.route.host.isEmpty() || attempt.route.host == address)
        return orNone(address);
    return address.isEmpty() ? attempt.route.host : u"%1 (%2)"_s.arg(attempt.route.host, address);
}

QString routeKey(const Attempt &attempt)
{
    return attempt.route.host.toLower() + u'|' + attempt.route.address.toString() + u'|'
        + QString::number(attempt.route.port);
}

QString endText(const Attempt &attempt)
{
    if (attempt.outcome == Attempt::Outcome::Completed)
        return RunComparison::tr("everything asked for worked");
    //: %1 how the conversation ended ("rejected", "failed"), %2 the step ("RCPT TO")
    return RunComparison::tr("%1 at %2").arg(Model::label(attempt.outcome), Model::label(attempt.stage));
}

QString encryptionText(const std::optional<TlsInfo> &tls)
{
    if (!tls)
        return RunComparison::tr("not used");
    return tls->established ? RunComparison::tr("in use") : RunComparison::tr("could not be set up");
}

void compareEncryption(Differences &out, const QString &name, const Attempt &a, const Attempt &b)
{
    out.add(Topic::Encryption, RunComparison::tr("Encryption with %1").arg(name), encryptionText(a.tls),
            encryptionText(b.tls));
    if (!a.tls || !b.tls)
        return;
    const TlsInfo &x = *a.tls;
    const TlsInfo &y = *b.tls;
    if (x.established && y.established) {
        out.add(Topic::Encryption, RunComparison::tr("Encryption version with %1").arg(name), orNone(x.protocol),
                orNone(y.protocol));
        out.add(Topic::Encryption, RunComparison::tr("Encryption method (cipher) with %1").arg(name), orNone(x.cipher),
                orNone(y.cipher));
    }
    out.add(Topic::Encryption, RunComparison::tr("Certificate of %1 trusted").arg(name), yesNo(x.verified()),
            yesNo(y.verified()));
    const CertificateInfo none;
    const CertificateInfo &cx = x.peerCertificates.isEmpty() ? none : x.peerCertificates.first();
    const CertificateInfo &cy = y.peerCertificates.isEmpty() ? none : y.peerCertificates.first();
    out.add(Topic::Encryption, RunComparison::tr("Certificate of %1 issued to").arg(name), orNone(cx.subject),
            orNone(cy.subject));
    const auto until = [](const CertificateInfo &c) {
        return c.notAfter.isValid() ? ReportFacts::dateTime(c.notAfter) : RunComparison::tr("unknown");
    };
    out.add(Topic::Encryption, RunComparison::tr("Certificate of %1 valid until").arg(name), until(cx), until(cy));
}

/// Replies keyed by their step and how often that step came before ("ehlo", 1 is the EHLO
/// after STARTTLS), so one missing reply does not shift every later one. The recipients'
/// replies are compared per address instead.
QList<QPair<QPair<Model::Stage, int>, const SmtpReply *>> stepReplies(const Attempt &attempt)
{
    QList<QPair<QPair<Model::Stage, int>, const SmtpReply *>> replies;
    QHash<Model::Stage, int> seen;
    for (const ReplyRecord &record : attempt.replies) {
        if (record.stage != Model::Stage::Rcpt)
            replies.append({{record.stage, seen[record.stage]++}, &record.reply});
    }
    return replies;
}

void compareReplies(Differences &out, const QString &name, const Attempt &a, const Attempt &b)
{
    const auto x = stepReplies(a);
    const auto y = stepReplies(b);
    const auto find = [](const auto &list, const QPair<Model::Stage, int> &key) -> const SmtpReply * {
        for (const auto &entry : list) {
            if (entry.first == key)
                return entry.second;
        }
        return nullptr;
    };
    QList<QPair<Model::Stage, int>> keys;
    for (const auto &entry : x)
        keys.append(entry.first);
    for (const auto &entry : y) {
        if (!keys.contains(entry.first))
            keys.append(entry.first);
    }
    for (const auto &key : keys) {
        const SmtpReply *was = find(x, key);
        const SmtpReply *now = find(y, key);
        const QString aspect = key.second == 0
            ? RunComparison::tr("Answer of %1 to %2").arg(name, Model::label(key.first))
            //: %3 counts the answers to the same step: 2 is the EHLO after STARTTLS
            : RunComparison::tr("Answer of %1 to %2 (no. %3)").arg(name, Model::label(key.first)).arg(key.second + 1);
        const QString notReached = RunComparison::tr("no answer (the test did not get this far)");
        out.add(Topic::Replies, aspect, was ? firstLine(*was) : notReached, now ? firstLine(*now) : notReached);
    }
}

void compareAttempts(Differences &out, const TestResult &before, const TestResult &after)
{
    QHash<QString, const Attempt *> earlier;
    for (const Attempt &attempt : before.attempts)
        earlier.insert(routeKey(attempt), &attempt); // the last try of a route is what it came to
    QHash<QString, const Attempt *> later;
    for (const Attempt &attempt : after.attempts)
        later.insert(routeKey(attempt), &attempt);

    const QString notTried = RunComparison::tr("not tried");
    QStringList done;
    for (const Attempt &attempt : before.attempts) {
        const QString key = routeKey(attempt);
        if (done.contains(key))
            continue;
        done.append(key);
        const Attempt *was = earlier.value(key);
        const Attempt *now = later.value(key);
        const QString name = routeName(*was);
        const QString aspect = RunComparison::tr("Conversation with %1").arg(name);
        if (!now) {
            out.add(Topic::Connection, aspect, endText(*was), notTried);
            continue;
        }
        out.add(Topic::Connection, aspect, endText(*was), endText(*now));
        compareEncryption(out, name, *was, *now);
        compareReplies(out, name, *was, *now);
    }
    for (const Attempt &attempt : after.attempts) {
        const QString key = routeKey(attempt);
        if (!done.contains(key) && !earlier.contains(key)) {
            done.append(key);
            out.add(Topic::Connection, RunComparison::tr("Conversation with %1").arg(routeName(attempt)), notTried,
                    endText(*later.value(key)));
        }
    }
}

/// Each address's outcome from the last conversation that asked the server about it.
QList<QPair<QString, QString>> recipientOutcomes(const TestResult &result)
{
    QList<QPair<QString, QString>> outcomes;
    const auto set = [&outcomes](const QString &address, const QString &outcome) {
        for (auto &entry : outcomes) {
            if (entry.first.compare(address, Qt::CaseInsensitive) == 0) {
                entry.second = outcome;
                return;
            }
        }
        outcomes.append({address, outcome});
    };
    for (const QString &address : result.plan.rcptTo)
        set(address, RunComparison::tr("not asked"));
    for (const Attempt &attempt : result.attempts) {
        for (const RecipientResult &recipient : attempt.recipients) {
            if (!recipient.reply)
                continue;
            if (recipient.accepted())
                set(recipient.address, RunComparison::tr("accepted"));
            else if (recipient.reply->isTransient())
                set(recipient.address, RunComparison::tr("put off for now: %1").arg(firstLine(*recipient.reply)));
            else
                set(recipient.address, RunComparison::tr("refused: %1").arg(firstLine(*recipient.reply)));
        }
    }
    return outcomes;
}

void compareRecipients(Differences &out, const TestResult &before, const TestResult &after)
{
    const auto x = recipientOutcomes(before);
    const auto y = recipientOutcomes(after);
    const QString notInTest = RunComparison::tr("not in this test");
    const auto find = [&notInTest](const QList<QPair<QString, QString>> &list, const QString &address) {
        for (const auto &entry : list) {
            if (entry.first.compare(address, Qt::CaseInsensitive) == 0)
                return entry.second;
        }
        return notInTest;
    };
    for (const auto &entry : x)
        out.add(Topic::Recipients, RunComparison::tr("Recipient %1").arg(entry.first), entry.second, find(y, entry.first));
    for (const auto &entry : y) {
        if (find(x, entry.first) == notInTest)
            out.add(Topic::Recipients, RunComparison::tr("Recipient %1").arg(entry.first), notInTest, entry.second);
    }
}

/// Only a change a person would notice: a second or more, or twice as long or half.
bool noticeablyDifferent(qint64 a, qint64 b)
{
    const qint64 delta = std::abs(a - b);
    return delta >= 1000 || (delta >= 200 && std::max(a, b) >= 2 * std::min(a, b));
}

} // namespace

QList<RunComparison::Difference> RunComparison::compare(const TestResult &before, const TestResult &after)
{
    Differences out;
    out.add(Topic::Verdict, tr("What was tested"), before.plan.destination(), after.plan.destination());
    out.add(Topic::Verdict, tr("Result"), Model::label(before.verdict.outcome), Model::label(after.verdict.outcome));
    out.add(Topic::Verdict, tr("In one sentence"), orNone(before.verdict.summary), orNone(after.verdict.summary));
    compareMailServers(out, before.dns, after.dns);
    compareAttempts(out, before, after);
    compareRecipients(out, before, after);
    if (noticeablyDifferent(before.durationMs, after.durationMs))
        out.add(Topic::Duration, tr("Time the whole test took"), ReportFacts::duration(before.durationMs),
                ReportFacts::duration(after.durationMs));
    return out.list;
}
