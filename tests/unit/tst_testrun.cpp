#include "HeldSmtpServer.h"

#include "run/TestRun.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Verdict::Outcome;

/// TestRun::cancel against a scripted server that holds one reply: a Stop cuts the test
/// short (cancelled) unless the outcome was already decided and no other server was
/// left to try, as when the Stop lands while a delivered message's QUIT waits.
class TestTestRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopWhileHeld_data();
    void stopWhileHeld();

private:
    static TestPlan plan(quint16 port, TestPlan::Routing routing);
    static DnsFindings servers(int count);
};

TestPlan TestTestRun::plan(quint16 port, TestPlan::Routing routing)
{
    TestPlan p;
    p.host = u"127.0.0.1"_s;
    p.port = port;
    p.security = TestPlan::Security::None;
    p.ehloName = u"client.test"_s;
    p.mailFrom = u"a@held.test"_s;
    p.rcptTo = {u"b@held.test"_s};
    p.subject = u"Held run"_s;
    p.body = u"hi"_s;
    p.routing = routing;
    // One server after another, so "another MX to try" has not started yet (side by side:
    // tests/integration/tst_allmx.cpp).
    p.parallel = 1;
    p.timeouts = Timeouts::uniform(std::chrono::seconds(10));
    return p;
}

DnsFindings TestTestRun::servers(int count)
{
    // Every exchanger on the one scripted server: each route is a conversation of its own.
    DnsFindings findings;
    findings.domain = u"held.test"_s;
    for (int i = 0; i < count; ++i) {
        MxHost host;
        host.preference = 10 * (i + 1);
        host.exchange = u"mx%1.held.test"_s.arg(i + 1);
        host.addresses = {{QHostAddress::LocalHost, QString(), false, false}};
        findings.mx.append(host);
    }
    return findings;
}

void TestTestRun::stopWhileHeld_data()
{
    QTest::addColumn<QByteArray>("held");
    QTest::addColumn<QByteArray>("rcptReply");
    QTest::addColumn<TestPlan::Routing>("routing");
    QTest::addColumn<int>("exchangers");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("attemptCancelled");

    const QByteArray ok = "250 2.1.5 ok\r\n";
    const QByteArray unknown = "550 5.1.1 no such user\r\n";
    const auto first = TestPlan::Routing::FirstReachable;
    const auto every = TestPlan::Routing::EveryMx;
    QTest::newRow("greeting") << QByteArray("CONNECT") << ok << first << 1 << Outcome::Cancelled << true;
    QTest::newRow("rcpt") << QByteArray("RCPT") << ok << first << 1 << Outcome::Cancelled << true;
    QTest::newRow("final dot") << QByteArray(".") << ok << first << 1 << Outcome::Cancelled << true;
    QTest::newRow("quit after delivery") << QByteArray("QUIT") << ok << first << 1 << Outcome::Delivered << false;
    QTest::newRow("quit after a refusal") << QByteArray("QUIT") << unknown << first << 1 << Outcome::Rejected << false;
    QTest::newRow("rset after a refusal") << QByteArray("RSET") << unknown << first << 1 << Outcome::Rejected << false;
    // Every MX was asked for and one is left: the test did not finish.
    QTest::newRow("quit, another MX to try") << QByteArray("QUIT") << ok << every << 2 << Outcome::Cancelled << false;
    QTest::newRow("quit at the last MX") << QByteArray("QUIT") << ok << every << 1 << Outcome::Delivered << false;
}

void TestTestRun::stopWhileHeld()
{
    QFETCH(QByteArray, held);
    QFETCH(QByteArray, rcptReply);
    QFETCH(TestPlan::Routing, routing);
    QFETCH(int, exchangers);
    QFETCH(Outcome, outcome);
    QFETCH(bool, attemptCancelled);

    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.setReply("RCPT", rcptReply);
    server.hold(held);
    TestRun run(plan(server.port(), routing));
    run.useDnsFindings(servers(exchangers));
    QSignalSpy finished(&run, &TestRun::finished);
    run.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding(held), 10000);
    run.cancel();
    QCOMPARE(finished.count(), 1); // at once, not when the server answers
    const TestResult &result = run.result();
    QCOMPARE(result.verdict.outcome, outcome);
    QCOMPARE(result.attempts.size(), 1);
    QCOMPARE(result.attempts.constFirst().outcome == Attempt::Outcome::Cancelled, attemptCancelled);
    if (outcome == Outcome::Rejected)
        QCOMPARE(result.verdict.stage, Model::Stage::Rcpt); // where it was refused, not QUIT
    QTRY_VERIFY(server.connection(0).closedByClient);
    QCOMPARE(server.connectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestTestRun)
#include "tst_testrun.moc"
