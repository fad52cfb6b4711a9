#include "Testbed.h"

#include "plan/PlanBuilder.h"
#include "run/TestRun.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using Model::Category;
using Model::Problem;

/// The engine (PlanBuilder -> TestRun -> DnsProbe -> SmtpSession -> verdict) against the
/// real servers of the test bed: dnsmasq, Postfix and smtp-sink faults. Every scenario
/// asserts the outcome, the stage and the code.
class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void bodyArrivesByteExact_data();
    void bodyArrivesByteExact();
    void timeoutEndsOnTime();
    void failoverToSecondMx();
    void nullMxConnectsNowhere();
    void selfSignedCertificate();
    void dsnOnlyWhenAdvertised();
    void twoRecipientsOneRefused();
    void cancelWhileWaiting();

private:
    PlanRequest baseRequest() const;
    TestResult run(const PlanRequest &request, int timeoutMs = 20000);
    QString server(QStringView portName) const;
    QString sink(QStringView fault) const;
};

void TestEngine::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
}

PlanRequest TestEngine::baseRequest() const
{
    PlanRequest request;
    request.dnsServer = Testbed::value(u"DNS");
    request.mailFrom = QStringLiteral("sender@wizard.test");
    request.rcptTo = {QStringLiteral("alice@wizard.test")};
    request.subject = QStringLiteral("SMTP Wizard engine test");
    request.body = QStringLiteral("Hello from the engine test.\n");
    request.ehloName = QStringLiteral("client.wizard.test");
    request.timeouts = Timeouts::uniform(std::chrono::seconds(8));
    request.shuffleSeed = 7;
    return request;
}

QString TestEngine::server(QStringView portName) const
{
    return Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(portName);
}

QString TestEngine::sink(QStringView fault) const
{
    return Testbed::value(u"SINK_ADDR") + u':' + QString::number(Testbed::sinkPort(fault));
}

TestResult TestEngine::run(const PlanRequest &request, int timeoutMs)
{
    const PlanBuilder::Result built = PlanBuilder::build(request);
    if (!built.ok()) {
        QStringList messages;
        for (const auto &error : built.errors)
            messages.append(error.message);
        qWarning() << "plan refused:" << messages;
        return {};
    }
    TestRun run(*built.plan);
    QSignalSpy finished(&run, &TestRun::finished);
    run.start();
    if (!finished.wait(timeoutMs))
        qWarning() << "run did not finish in" << timeoutMs << "ms";
    return run.result();
}

void TestEngine::scenarios_data()
{
    QTest::addColumn<PlanRequest>("request");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("category");

    const QString password = Testbed::value(u"PASSWORD");
    const QString user = Testbed::value(u"USER");
    const QString ca = Testbed::value(u"CA_FILE");

    PlanRequest r = baseRequest();
    r.server = server(u"SMTP_PORT");
    r.security = TestPlan::Security::None;
    QTest::newRow("delivered over plain") << r << QStringLiteral("delivered") << QStringLiteral("message") << 250 << QStringLiteral("2.0.0") << int(Category::Accepted);

    r = baseRequest();
    r.server = server(u"SUBMISSION_PORT");
    r.security = TestPlan::Security::StartTlsRequired;
    r.caFile = ca;
    r.auth = TestPlan::Auth::Plain;
    r.user = user;
    r.password = password;
    QTest::newRow("starttls + auth plain") << r << QStringLiteral("delivered") << QStringLiteral("message") << 250 << QStringLiteral("2.0.0") << int(Category::Accepted);

    r.server = server(u"SMTPS_PORT");
    r.security = TestPlan::Security::Tls;
    r.auth = TestPlan::Auth::Login;
    QTest::newRow("implicit tls + auth login") << r << QStringLiteral("delivered") << QStringLiteral("message") << 250 << QStringLiteral("2.0.0") << int(Category::Accepted);

    r.password = QStringLiteral("wrong-") + password;
    QTest::newRow("wrong password") << r << QStringLiteral("auth-failed") << QStringLiteral("auth") << 535 << QStringLiteral("5.7.8") << int(Category::AuthFailed);

    r = baseRequest();
    r.server = server(u"SUBMISSION_PORT");
    r.security = TestPlan::Security::None;
    QTest::newRow("submission without tls") << r << QStringLiteral("rejected") << QStringLiteral("mail") << 530 << QStringLiteral("5.7.0") << int(Category::TlsRequired);

    r = baseRequest();
    r.domain = QStringLiteral("wizard.test");
    r.port = Testbed::value(u"SMTP_PORT").toInt();
    r.rcptTo = {QStringLiteral("nobody@wizard.test")};
    QTest::newRow("unknown recipient") << r << QStringLiteral("rejected") << QStringLiteral("rcpt") << 550 << QStringLiteral("5.1.1") << int(Category::RecipientUnknown);

    r.rcptTo = {QStringLiteral("grey@wizard.test")};
    QTest::newRow("greylisted") << r << QStringLiteral("deferred") << QStringLiteral("rcpt") << 450 << QStringLiteral("4.7.1") << int(Category::Greylisted);

    r.rcptTo = {QStringLiteral("full@wizard.test")};
    QTest::newRow("mailbox full") << r << QStringLiteral("rejected") << QStringLiteral("rcpt") << 552 << QStringLiteral("5.2.2") << int(Category::MailboxFull);

    r.rcptTo = {QStringLiteral("someone@elsewhere.example")};
    QTest::newRow("relay denied") << r << QStringLiteral("rejected") << QStringLiteral("rcpt") << 554 << QStringLiteral("5.7.1") << int(Category::RelayDenied);

    r = baseRequest();
    r.domain = QStringLiteral("implicit.wizard.test");
    r.port = Testbed::value(u"SMTP_PORT").toInt();
    QTest::newRow("implicit mx") << r << QStringLiteral("delivered") << QStringLiteral("message") << 250 << QStringLiteral("2.0.0") << int(Category::Accepted);

    r.domain = QStringLiteral("no-such-domain.wizard.test");
    QTest::newRow("nxdomain") << r << QStringLiteral("dns-failed") << QStringLiteral("dns") << 0 << QString() << int(Category::DomainNotFound);

    r.domain = QStringLiteral("dangling.wizard.test");
    QTest::newRow("dangling mx") << r << QStringLiteral("dns-failed") << QStringLiteral("dns") << 0 << QString() << int(Category::DomainNotFound);

    r = baseRequest();
    r.server = sink(u"GREETING421");
    QTest::newRow("421 at greeting") << r << QStringLiteral("deferred") << QStringLiteral("greeting") << 421 << QString() << int(Category::ServerUnavailable);

    r.server = sink(u"DISCONNECTDATA");
    QTest::newRow("disconnect after data") << r << QStringLiteral("protocol-error") << QStringLiteral("message") << 0 << QString() << int(Category::ServerUnavailable);

    r.server = sink(u"NOESMTP");
    QTest::newRow("helo fallback") << r << QStringLiteral("delivered") << QStringLiteral("message") << 250 << QString() << int(Category::Accepted);

    r.server = sink(u"MAIL550");
    QTest::newRow("sender refused") << r << QStringLiteral("rejected") << QStringLiteral("mail") << 550 << QString() << int(Category::SenderRejected);

    r.server = sink(u"DATA451");
    QTest::newRow("451 at data") << r << QStringLiteral("deferred") << QStringLiteral("data") << 451 << QString() << int(Category::ServerUnavailable);

    r = baseRequest();
    r.server = Testbed::value(u"DEAD_ADDR") + u":25";
    QTest::newRow("connection refused") << r << QStringLiteral("unreachable") << QStringLiteral("connect") << 0 << QString() << int(Category::Network);

    r = baseRequest();
    r.domain = QStringLiteral("wizard.test");
    r.port = Testbed::value(u"SMTP_PORT").toInt();
    r.ipFamily = TestPlan::IpFamily::V6;
    QTest::newRow("delivered over ipv6") << r << QStringLiteral("delivered") << QStringLiteral("message") << 250
                                         << QStringLiteral("2.0.0") << int(Category::Accepted);

    r.domain = QStringLiteral("v6only.wizard.test");
    r.ipFamily = TestPlan::IpFamily::V4;
    QTest::newRow("ipv6-only server asked over ipv4") << r << QStringLiteral("dns-failed") << QStringLiteral("dns") << 0
                                                      << QString() << int(Category::Network);

    r = baseRequest();
    r.domain = QStringLiteral("silent.slow.test");
    r.timeouts.dns = std::chrono::seconds(3);
    QTest::newRow("dns server does not answer") << r << QStringLiteral("dns-failed") << QStringLiteral("dns") << 0
                                                << QString() << int(Category::Timeout);

    r = baseRequest();
    r.server = server(u"SMTP_PORT");
    r.stopAfter = TestPlan::StopAfter::Rcpt;
    QTest::newRow("stop after rcpt") << r << QStringLiteral("accepted") << QStringLiteral("rcpt") << 250 << QStringLiteral("2.1.5") << int(Category::Accepted);
}

void TestEngine::scenarios()
{
    QFETCH(PlanRequest, request);
    QFETCH(QString, outcome);
    QFETCH(QString, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(int, category);

    const TestResult result = run(request);
    const Verdict &verdict = result.verdict;
    QCOMPARE(Model::key(verdict.outcome), outcome);
    QCOMPARE(Model::key(verdict.stage), stage);
    QCOMPARE(result.decidingCode().value_or(0), code);
    if (!enhanced.isEmpty())
        QCOMPARE(result.decidingEnhancedCode(), enhanced);
    QCOMPARE(Model::key(verdict.category), Model::key(Category(category)));
    QVERIFY(!verdict.summary.isEmpty());
    QVERIFY(!verdict.nextSteps.isEmpty());
    // The run never keeps the password, whatever happened.
    QVERIFY(result.plan.password.isEmpty());
}

void TestEngine::bodyArrivesByteExact_data()
{
    QTest::addColumn<QString>("portName");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("auth");
    QTest::newRow("plain") << QStringLiteral("SMTP_PORT") << int(TestPlan::Security::None) << int(TestPlan::Auth::None);
    QTest::newRow("starttls + plain") << QStringLiteral("SUBMISSION_PORT") << int(TestPlan::Security::StartTlsRequired)
                                      << int(TestPlan::Auth::Plain);
    QTest::newRow("tls + login") << QStringLiteral("SMTPS_PORT") << int(TestPlan::Security::Tls) << int(TestPlan::Auth::Login);
}

void TestEngine::bodyArrivesByteExact()
{
    QFETCH(QString, portName);
    QFETCH(int, security);
    QFETCH(int, auth);
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    PlanRequest r = baseRequest();
    r.server = server(portName);
    r.security = TestPlan::Security(security);
    r.caFile = Testbed::value(u"CA_FILE");
    r.auth = TestPlan::Auth(auth);
    r.user = Testbed::value(u"USER");
    r.password = Testbed::value(u"PASSWORD");
    r.rcptTo = {QStringLiteral("bob@wizard.test")};
    r.subject = QStringLiteral("byte exact ") + token;
    // Lines starting with "." must survive dot-stuffing; "." alone must not end the message.
    r.body = QStringLiteral(".leading dot\n..two dots\n.\nmiddle . dot\n\n trailing space \nGrüße\nlast line");
    const TestResult result = run(r);
    QCOMPARE(Model::key(result.verdict.outcome), QStringLiteral("delivered"));

    const QString path = Testbed::waitForMessage(u"bob@wizard.test", token.toUtf8());
    QVERIFY2(!path.isEmpty(), qPrintable(Testbed::lastError()));
    const QByteArray stored = Testbed::body(Testbed::readMessage(path));
    // Postfix stores LF line ends; the body is 8bit UTF-8 since Postfix offers 8BITMIME.
    QCOMPARE(stored, QByteArray(".leading dot\n..two dots\n.\nmiddle . dot\n\n trailing space \nGr\xc3\xbc\xc3\x9f" "e\nlast line\n"));
}

void TestEngine::timeoutEndsOnTime()
{
    PlanRequest r = baseRequest();
    r.server = sink(u"SLOWGREETING");
    r.timeouts = Timeouts::uniform(std::chrono::seconds(2));
    QElapsedTimer elapsed;
    elapsed.start();
    const TestResult result = run(r);
    const qint64 ms = elapsed.elapsed();
    QCOMPARE(Model::key(result.verdict.outcome), QStringLiteral("timeout"));
    QCOMPARE(result.verdict.stage, Model::Stage::Greeting);
    QCOMPARE(result.verdict.problem, std::optional(Problem::NoGreeting));
    QCOMPARE(result.verdict.category, Category::Timeout);
    QVERIFY2(ms >= 1000 && ms <= 3000, qPrintable(QString::number(ms)));
    QVERIFY2(result.durationMs >= 1000 && result.durationMs <= 3000, qPrintable(QString::number(result.durationMs)));
}

void TestEngine::failoverToSecondMx()
{
    PlanRequest r = baseRequest();
    r.domain = QStringLiteral("failover.wizard.test");
    r.port = Testbed::value(u"SMTP_PORT").toInt();
    r.ipFamily = TestPlan::IpFamily::V4;
    const TestResult result = run(r);
    QCOMPARE(Model::key(result.verdict.outcome), QStringLiteral("delivered"));
    QCOMPARE(result.dns.mx.size(), 2);
    QCOMPARE(result.dns.mx.at(0).exchange, QStringLiteral("dead.wizard.test"));
    QCOMPARE(result.attempts.size(), 2);
    QCOMPARE(result.attempts.at(0).route.host, QStringLiteral("dead.wizard.test"));
    QCOMPARE(result.attempts.at(0).fatalProblem, std::optional(Problem::ConnectionRefused));
    QCOMPARE(result.attempts.at(1).route.host, QStringLiteral("mail.wizard.test"));
    QVERIFY(result.attempts.at(1).messageSent);
    QCOMPARE(result.verdict.attemptIndex, 1);

    // Every MX: both are tried and the dead one decides the verdict.
    r.routing = TestPlan::Routing::EveryMx;
    const TestResult every = run(r);
    QCOMPARE(every.attempts.size(), 2);
    QCOMPARE(Model::key(every.verdict.outcome), QStringLiteral("unreachable"));
    QCOMPARE(every.verdict.attemptIndex, 0);
}

void TestEngine::nullMxConnectsNowhere()
{
    PlanRequest r = baseRequest();
    r.domain = QStringLiteral("nullmx.wizard.test");
    const TestResult result = run(r);
    QVERIFY(result.dns.nullMx);
    QVERIFY(result.attempts.isEmpty());
    QCOMPARE(Model::key(result.verdict.outcome), QStringLiteral("dns-failed"));
    QCOMPARE(result.verdict.problem, std::optional(Problem::NullMx));
    QCOMPARE(result.verdict.category, Category::DomainAcceptsNoMail);
}

void TestEngine::selfSignedCertificate()
{
    PlanRequest r = baseRequest();
    r.server = server(u"SMTPS_PORT");
    r.security = TestPlan::Security::Tls;
    r.stopAfter = TestPlan::StopAfter::Tls;

    // No trust anchor: fails, with the reason recorded.
    const TestResult failed = run(r);
    QCOMPARE(Model::key(failed.verdict.outcome), QStringLiteral("tls-failed"));
    QCOMPARE(failed.verdict.problem, std::optional(Problem::TlsCertificateInvalid));
    QCOMPARE(failed.verdict.category, Category::TlsFailed);
    QVERIFY(failed.attempts.at(0).tls.has_value());
    QVERIFY(!failed.attempts.at(0).tls->errors.isEmpty());
    QVERIFY(!failed.attempts.at(0).tls->peerCertificates.isEmpty());

    // With the bed's CA: verified.
    r.caFile = Testbed::value(u"CA_FILE");
    const TestResult trusted = run(r);
    QCOMPARE(Model::key(trusted.verdict.outcome), QStringLiteral("accepted"));
    QVERIFY(trusted.attempts.at(0).tls->verified());
    QCOMPARE(trusted.attempts.at(0).tls->protocol.left(4), QStringLiteral("TLSv"));

    // Insecure: goes on, and says so.
    r.caFile.clear();
    r.tlsInsecure = true;
    const TestResult insecure = run(r);
    QCOMPARE(Model::key(insecure.verdict.outcome), QStringLiteral("accepted"));
    QVERIFY(insecure.attempts.at(0).tls->continuedDespiteErrors);
    const auto &findings = insecure.attempts.at(0).findings;
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.problem == Problem::TlsCertificateInvalid && !f.fatal;
    }));
}

void TestEngine::dsnOnlyWhenAdvertised()
{
    auto clientLines = [](const Attempt &attempt) {
        QStringList lines;
        for (const TranscriptEntry &e : attempt.transcript) {
            if (e.direction == TranscriptEntry::Direction::Client)
                lines.append(e.text);
        }
        return lines;
    };
    PlanRequest r = baseRequest();
    r.notify = TestPlan::NotifySuccess | TestPlan::NotifyFailure;
    r.ret = TestPlan::Ret::Headers;
    r.envid = QStringLiteral("ticket+4711");
    r.server = server(u"SMTP_PORT");
    const TestResult postfix = run(r);
    QCOMPARE(Model::key(postfix.verdict.outcome), QStringLiteral("delivered"));
    const QStringList sent = clientLines(postfix.attempts.at(0));
    QVERIFY(sent.contains(QStringLiteral("RCPT TO:<alice@wizard.test> NOTIFY=SUCCESS,FAILURE")));
    QVERIFY(std::any_of(sent.cbegin(), sent.cend(),
                        [](const QString &l) { return l.startsWith(u"MAIL FROM:") && l.contains(u"RET=HDRS ENVID=ticket+2B4711"); }));

    r.server = sink(u"NODSN");
    const TestResult sinkResult = run(r);
    QCOMPARE(Model::key(sinkResult.verdict.outcome), QStringLiteral("delivered"));
    const QStringList sinkSent = clientLines(sinkResult.attempts.at(0));
    QVERIFY(std::none_of(sinkSent.cbegin(), sinkSent.cend(), [](const QString &l) {
        return l.contains(u"NOTIFY=") || l.contains(u"RET=") || l.contains(u"ENVID=");
    }));
    const auto &findings = sinkResult.attempts.at(0).findings;
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(),
                        [](const Finding &f) { return f.problem == Problem::DsnNotAdvertised; }));
}

void TestEngine::twoRecipientsOneRefused()
{
    PlanRequest r = baseRequest();
    r.server = server(u"SMTP_PORT");
    r.rcptTo = {QStringLiteral("alice@wizard.test"), QStringLiteral("nobody@wizard.test")};
    const TestResult result = run(r);
    QCOMPARE(result.attempts.size(), 1);
    const Attempt &attempt = result.attempts.at(0);
    QCOMPARE(attempt.recipients.size(), 2);
    QVERIFY(attempt.recipients.at(0).accepted());
    QCOMPARE(attempt.recipients.at(1).reply->code, 550);
    QVERIFY(attempt.messageSent); // delivered to the one that was accepted
    QCOMPARE(Model::key(result.verdict.outcome), QStringLiteral("rejected"));
    QCOMPARE(result.verdict.stage, Model::Stage::Rcpt);
    QCOMPARE(result.decidingCode(), std::optional(550));
}

void TestEngine::cancelWhileWaiting()
{
    PlanRequest r = baseRequest();
    r.server = sink(u"SLOWGREETING");
    const PlanBuilder::Result built = PlanBuilder::build(r);
    QVERIFY(built.ok());
    TestRun run(*built.plan);
    QSignalSpy finished(&run, &TestRun::finished);
    run.start();
    QTRY_COMPARE(run.state(), TestRun::State::Talking);
    QTest::qWait(300);
    QElapsedTimer elapsed;
    elapsed.start();
    run.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(elapsed.elapsed() < 500);
    QCOMPARE(Model::key(run.result().verdict.outcome), QStringLiteral("cancelled"));
    run.cancel();
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
