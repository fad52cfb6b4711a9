// RunComparison: what changed between two tests, row by row, in plain words; nothing
// for two equal runs, nothing for noise (a few milliseconds, an EHLO keyword).
#include "ReportFixture.h"

#include "report/ReportFacts.h"
#include "report/ResultJson.h"
#include "report/ResultJsonReader.h"
#include "report/RunComparison.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Topic = RunComparison::Topic;
Q_DECLARE_METATYPE(RunComparison::Topic)

namespace {

using Change = std::function<void(TestResult &)>;

/// Each row's change to the second run; the failover fixture is the first.
const QHash<QString, Change> &changes()
{
    static const QHash<QString, Change> all{
        {u"verdict"_s, [](TestResult &r) {
             r.verdict.outcome = Verdict::Outcome::Delivered;
             r.verdict.summary = u"It worked."_s;
         }},
        {u"mx added"_s, [](TestResult &r) {
             MxHost backup;
             backup.preference = 30;
             backup.exchange = u"backup.wizard.test"_s;
             backup.addresses = {{QHostAddress(u"127.0.25.7"_s), {}, false, false}};
             r.dns.mx.append(backup);
         }},
        {u"mx removed"_s, [](TestResult &r) { r.dns.mx.removeFirst(); }},
        {u"mx preference"_s, [](TestResult &r) { r.dns.mx[1].preference = 5; }},
        {u"mx address"_s, [](TestResult &r) { r.dns.mx[1].addresses.removeLast(); }},
        {u"mx exchange case"_s, [](TestResult &r) { r.dns.mx[1].exchange = u"MAIL.wizard.test"_s; }},
        {u"dns failed"_s, [](TestResult &r) {
             r.dns.problem = Model::Problem::DnsNxDomain;
             r.dns.explanation.title = u"The domain does not exist"_s;
         }},
        {u"tls version"_s, [](TestResult &r) { r.attempts[1].tls->protocol = u"TLSv1.2"_s; }},
        {u"tls cipher"_s, [](TestResult &r) { r.attempts[1].tls->cipher = u"ECDHE-RSA-AES128-GCM-SHA256"_s; }},
        {u"tls verified"_s, [](TestResult &r) { r.attempts[1].tls->errors.clear(); }},
        {u"tls subject"_s, [](TestResult &r) { r.attempts[1].tls->peerCertificates[0].subject = u"*.wizard.test"_s; }},
        {u"tls expiry"_s, [](TestResult &r) {
             r.attempts[1].tls->peerCertificates[0].notAfter = QDateTime(QDate(2028, 2, 1), QTime(0, 0), Qt::UTC);
         }},
        {u"tls gone"_s, [](TestResult &r) { r.attempts[1].tls.reset(); }},
        {u"tls failed"_s, [](TestResult &r) { r.attempts[1].tls->established = false; }},
        {u"greeting"_s, [](TestResult &r) {
             r.attempts[1].replies[0].reply.lines = {u"mail.wizard.test ESMTP Exim 4.96"_s};
         }},
        {u"second ehlo code"_s, [](TestResult &r) { r.attempts[1].replies[3].reply.code = 421; }},
        {u"ehlo keyword"_s, [](TestResult &r) { r.attempts[1].replies[1].reply.lines.append(u"CHUNKING"_s); }},
        {u"enhanced code"_s, [](TestResult &r) { r.attempts[1].replies[5].reply.enhancedCode = u"2.1.9"_s; }},
        {u"reply missing"_s, [](TestResult &r) { r.attempts[1].replies.removeLast(); }},
        {u"recipient accepted"_s, [](TestResult &r) {
             r.attempts[1].recipients[1].reply = ReportFixture::reply(250, u"2.1.5"_s, {u"Ok"_s});
         }},
        {u"recipient deferred"_s, [](TestResult &r) {
             r.attempts[1].recipients[0].reply = ReportFixture::reply(450, u"4.2.0"_s, {u"Greylisted"_s});
         }},
        {u"recipient added"_s, [](TestResult &r) { r.plan.rcptTo.append(u"carol@wizard.test"_s); }},
        {u"attempt outcome"_s, [](TestResult &r) {
             r.attempts[0].outcome = Attempt::Outcome::Completed;
         }},
        {u"attempt new"_s, [](TestResult &r) {
             Attempt extra;
             extra.route = {u"mail.wizard.test"_s, QHostAddress(u"::1"_s), 25, 20, {}};
             extra.outcome = Attempt::Outcome::Failed;
             extra.stage = Model::Stage::Connect;
             r.attempts.append(extra);
         }},
        {u"duration long"_s, [](TestResult &r) { r.durationMs = 31375; }},
        {u"duration noise"_s, [](TestResult &r) { r.durationMs += 120; }},
        {u"destination"_s, [](TestResult &r) { r.plan.domain = u"other.test"_s; }},
    };
    return all;
}

} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalRunsNoDifference();
    void differences_data();
    void differences();
    void directionMatters();
    void sameMxNameTwice();
};

void TestRunComparison::equalRunsNoDifference()
{
    const TestResult run = ReportFixture::failoverResult();
    QVERIFY(RunComparison::compare(run, run).isEmpty());
    // A run reopened from the history compares equal to itself as it was.
    const auto reopened = ResultJsonReader::fromJson(ResultJson::toJson(run));
    QVERIFY(reopened);
    const auto differences = RunComparison::compare(run, *reopened);
    QVERIFY2(differences.isEmpty(), differences.isEmpty() ? "" : qPrintable(differences.first().aspect));
    QVERIFY(RunComparison::compare(TestResult{}, TestResult{}).isEmpty());
}

void TestRunComparison::differences_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("count"); // how many rows it makes
    QTest::addColumn<Topic>("topic");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    const QString mail = u"mail.wizard.test (127.0.25.1)"_s;
    const auto row = [](const char *change, int count, Topic topic, const QString &aspect, const QString &before,
                        const QString &after) {
        QTest::newRow(change) << QString::fromLatin1(change) << count << topic << aspect << before << after;
    };
    row("verdict", 2, Topic::Verdict, u"Result"_s, u"Rejected"_s, u"Delivered"_s);
    row("destination", 1, Topic::Verdict, u"What was tested"_s, u"wizard.test"_s, u"other.test"_s);
    row("mx added", 2, Topic::MailServers, u"Mail server backup.wizard.test"_s, u"not listed"_s,
        u"priority 30 (lower is tried first)"_s);
    row("mx removed", 2, Topic::MailServers, u"Mail server dead.wizard.test"_s, u"priority 10 (lower is tried first)"_s,
        u"not listed"_s);
    row("mx preference", 1, Topic::MailServers, u"Mail server mail.wizard.test"_s,
        u"priority 20 (lower is tried first)"_s, u"priority 5 (lower is tried first)"_s);
    row("mx address", 1, Topic::MailServers, u"Addresses of mail.wizard.test"_s, u"127.0.25.1, ::1"_s, u"127.0.25.1"_s);
    row("mx exchange case", 0, Topic::MailServers, {}, {}, {});
    row("dns failed", 1, Topic::MailServers, u"Looking up the mail servers"_s, u"worked"_s,
        u"The domain does not exist"_s);
    row("tls version", 1, Topic::Encryption, u"Encryption version with "_s + mail, u"TLSv1.3"_s, u"TLSv1.2"_s);
    row("tls cipher", 1, Topic::Encryption, u"Encryption method (cipher) with "_s + mail, u"TLS_AES_256_GCM_SHA384"_s,
        u"ECDHE-RSA-AES128-GCM-SHA256"_s);
    row("tls verified", 1, Topic::Encryption, u"Certificate of "_s + mail + u" trusted"_s, u"no"_s, u"yes"_s);
    row("tls subject", 1, Topic::Encryption, u"Certificate of "_s + mail + u" issued to"_s, u"mail.wizard.test"_s,
        u"*.wizard.test"_s);
    row("tls expiry", 1, Topic::Encryption, u"Certificate of "_s + mail + u" valid until"_s,
        ReportFacts::dateTime(QDateTime(QDate(2027, 11, 1), QTime(0, 0), Qt::UTC)),
        ReportFacts::dateTime(QDateTime(QDate(2028, 2, 1), QTime(0, 0), Qt::UTC)));
    row("tls gone", 1, Topic::Encryption, u"Encryption with "_s + mail, u"in use"_s, u"not used"_s);
    row("tls failed", 1, Topic::Encryption, u"Encryption with "_s + mail, u"in use"_s, u"could not be set up"_s);
    row("greeting", 1, Topic::Replies, u"Answer of "_s + mail + u" to Greeting"_s,
        u"220 mail.wizard.test ESMTP Postfix (Debian/GNU)"_s, u"220 mail.wizard.test ESMTP Exim 4.96"_s);
    row("second ehlo code", 1, Topic::Replies, u"Answer of "_s + mail + u" to EHLO (no. 2)"_s,
        u"250 mail.wizard.test"_s, u"421 mail.wizard.test"_s);
    row("ehlo keyword", 0, Topic::Replies, {}, {}, {});
    row("enhanced code", 1, Topic::Replies, u"Answer of "_s + mail + u" to MAIL FROM"_s, u"250 2.1.0 Ok"_s,
        u"250 2.1.9 Ok"_s);
    row("reply missing", 1, Topic::Replies, u"Answer of "_s + mail + u" to QUIT"_s, u"221 2.0.0 Bye"_s,
        u"no answer (the test did not get this far)"_s);
    row("recipient accepted", 1, Topic::Recipients, u"Recipient nobody@wizard.test"_s,
        u"refused: 550 5.1.1 <nobody@wizard.test>: Recipient address rejected: User unknown in virtual mailbox table"_s,
        u"accepted"_s);
    row("recipient deferred", 1, Topic::Recipients, u"Recipient alice@wizard.test"_s, u"accepted"_s,
        u"put off for now: 450 4.2.0 Greylisted"_s);
    row("recipient added", 1, Topic::Recipients, u"Recipient carol@wizard.test"_s, u"not in this test"_s,
        u"not asked"_s);
    row("attempt outcome", 1, Topic::Connection, u"Conversation with dead.wizard.test (127.0.25.99)"_s,
        u"failed at Connect"_s, u"everything asked for worked"_s);
    row("attempt new", 1, Topic::Connection, u"Conversation with mail.wizard.test (::1)"_s, u"not tried"_s,
        u"failed at Connect"_s);
    row("duration long", 1, Topic::Duration, u"Time the whole test took"_s, ReportFacts::duration(1375),
        ReportFacts::duration(31375));
    row("duration noise", 0, Topic::Duration, {}, {}, {});
}

void TestRunComparison::differences()
{
    QFETCH(QString, change);
    QFETCH(int, count);
    QFETCH(Topic, topic);
    QFETCH(QString, aspect);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const TestResult first = ReportFixture::failoverResult();
    TestResult second = first;
    QVERIFY(changes().contains(change));
    changes().value(change)(second);

    const QList<RunComparison::Difference> differences = RunComparison::compare(first, second);
    QString all;
    for (const auto &d : differences)
        all += u"\n  %1: %2 -> %3"_s.arg(d.aspect, d.before, d.after);
    QVERIFY2(differences.size() == count, qPrintable(all));
    if (count == 0)
        return;
    const auto found = std::find_if(differences.cbegin(), differences.cend(),
                                    [&aspect](const auto &d) { return d.aspect == aspect; });
    QVERIFY2(found != differences.cend(), qPrintable(all));
    QCOMPARE(found->topic, topic);
    QCOMPARE(found->before, before);
    QCOMPARE(found->after, after);
    for (const auto &d : differences)
        QVERIFY(!d.before.isEmpty() && !d.after.isEmpty() && !d.aspect.isEmpty());
}

void TestRunComparison::directionMatters()
{
    const TestResult first = ReportFixture::failoverResult();
    TestResult second = first;
    second.dns.mx.removeFirst();
    second.attempts.removeFirst();
    second.verdict.attemptIndex = 0;
    const auto forward = RunComparison::compare(first, second);
    const auto backward = RunComparison::compare(second, first);
    QCOMPARE(forward.size(), backward.size());
    QVERIFY(!forward.isEmpty());
    for (qsizetype i = 0; i < forward.size(); ++i) {
        const auto match = std::find_if(backward.cbegin(), backward.cend(),
                                        [&](const auto &d) { return d.aspect == forward.at(i).aspect; });
        QVERIFY2(match != backward.cend(), qPrintable(forward.at(i).aspect));
        QCOMPARE(match->before, forward.at(i).after);
        QCOMPARE(match->after, forward.at(i).before);
    }
}

void TestRunComparison::sameMxNameTwice()
{
    // Found by fuzz_resultjson (tests/fuzz): a domain may list one name twice with two
    // priorities (legal DNS). Each entry was compared with the first of that name in the
    // other run, so a run compared with itself showed "priority 30 -> priority 20".
    TestResult first = ReportFixture::failoverResult();
    MxHost again = first.dns.mx.at(1);
    again.preference = 30;
    first.dns.mx.append(again);
    QVERIFY(RunComparison::compare(first, first).isEmpty());
    TestResult swapped = first;
    std::swap(swapped.dns.mx[1], swapped.dns.mx[2]);
    QVERIFY(RunComparison::compare(first, swapped).isEmpty());

    TestResult changed = first;
    changed.dns.mx[2].preference = 40;
    const auto differences = RunComparison::compare(first, changed);
    QCOMPARE(differences.size(), 1);
    QCOMPARE(differences.first().aspect, u"Mail server "_s + again.exchange);
    QCOMPARE(differences.first().before, u"priority 30 (lower is tried first)"_s);
    QCOMPARE(differences.first().after, u"priority 40 (lower is tried first)"_s);
}

QTEST_GUILESS_MAIN(TestRunComparison)
#include "tst_runcomparison.moc"
