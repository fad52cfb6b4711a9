// ResultJsonReader: JSON back into a TestResult. What ResultJson wrote comes back exactly
// (the fixtures, a real run against the scripted server, the golden file); missing fields
// take defaults; foreign documents and newer formats are refused with a reason.
#include "FakeRunFixture.h"
#include "ReportFixture.h"

#include "report/ResultJson.h"
#include "report/ResultJsonReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Problem;
using Model::Stage;

namespace {

TestResult dnsFailed()
{
    TestResult r;
    r.plan.domain = u"nx.wizard.test"_s;
    r.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    r.dns.domain = u"nx.wizard.test"_s;
    r.dns.lookedUp = true;
    r.dns.problem = Problem::DnsNxDomain;
    r.dns.errorText = u"Non existent domain"_s;
    r.verdict.outcome = Verdict::Outcome::DnsFailed;
    r.verdict.stage = Stage::Dns;
    r.verdict.problem = Problem::DnsNxDomain;
    r.verdict.category = Model::Category::DomainNotFound;
    r.verdict.summary = u"The domain does not exist."_s;
    return r;
}

TestResult tlsHandshakeFailed()
{
    TestResult r;
    r.plan.host = u"mail.wizard.test"_s;
    r.plan.port = 465;
    r.plan.security = TestPlan::Security::Tls;
    r.plan.ipFamily = TestPlan::IpFamily::V6;
    r.plan.routing = TestPlan::Routing::EveryMx;
    r.plan.notify = TestPlan::NotifyNever;
    r.plan.ret = TestPlan::Ret::Full;
    r.plan.orcpt = true;
    r.plan.stopAfter = TestPlan::StopAfter::Rcpt;
    r.plan.timeouts = Timeouts::rfc5321();
    r.plan.dnsServer = QHostAddress(u"2001:db8::53"_s);
    r.plan.headers = {{u"X-A"_s, u"1"_s}, {u"X-B"_s, u"zw\u00f6lf"_s}};
    r.plan.subject = u"Gr\u00fc\u00dfe \u2013 test"_s;
    r.plan.mailFrom = QString(); // the null sender
    MxHost host;
    host.preference = -1;
    host.exchange = u"mail.wizard.test"_s;
    host.addresses = {{QHostAddress(u"2001:db8::25"_s), u"mail.wizard.test"_s, true, true}};
    host.problem = Problem::DanglingMx;
    r.dns.mx = {host};
    Attempt a;
    a.route = {u"mail.wizard.test"_s, QHostAddress(u"2001:db8::25"_s), 465, -1, {}};
    a.outcome = Attempt::Outcome::Failed;
    a.stage = Stage::Tls;
    a.fatalProblem = Problem::TlsHandshakeFailed;
    a.errorText = u"The certificate is self-signed, and untrusted"_s;
    TlsInfo tls; // the handshake did not complete: no protocol, no cipher
    tls.implicit = true;
    CertificateInfo cert;
    cert.subject = u"mail.wizard.test"_s;
    cert.selfSigned = true;
    cert.notAfter = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    tls.peerCertificates = {cert};
    tls.errors = {{QSslError::SelfSignedCertificate, u"self-signed"_s, 0, {}},
                  {QSslError::CertificateExpired, u"expired"_s, 0, {}}};
    a.tls = tls;
    a.findings = {{Problem::TlsHandshakeFailed, Stage::Tls, u"self-signed"_s, true, {}}};
    r.attempts = {a};
    r.verdict.outcome = Verdict::Outcome::TlsFailed;
    r.verdict.stage = Stage::Tls;
    r.verdict.problem = Problem::TlsHandshakeFailed;
    r.verdict.attemptIndex = 0;
    r.verdict.nextSteps = {u"One"_s, u"Two"_s};
    return r;
}

TestResult refusedGreeting()
{
    TestResult r;
    r.plan.host = u"192.0.2.25"_s;
    Attempt a;
    a.route = {QString(), QHostAddress(u"192.0.2.25"_s), 25, -1, {}};
    a.outcome = Attempt::Outcome::Rejected;
    a.stage = Stage::Greeting;
    SmtpReply reply{554, u"5.7.1"_s, {u"Go away"_s, u"you are listed"_s}, true};
    a.replies = {ReplyRecord{reply, Stage::Greeting, {}}};
    a.finalReply = reply;
    a.finalReplyIndex = 0;
    a.capabilities.size = 0;
    a.transcript = {ReportFixture::line(5, TranscriptEntry::Direction::Server, u"554-5.7.1 Go away"_s, Stage::Greeting, 0),
                    ReportFixture::line(5, TranscriptEntry::Direction::Server, u"554 5.7.1 you are listed"_s,
                                        Stage::Greeting, 0, true, Model::Severity::Permanent, Model::Category::ClientBlocked)};
    r.attempts = {a};
    r.verdict.outcome = Verdict::Outcome::Rejected;
    r.verdict.stage = Stage::Greeting;
    r.verdict.attemptIndex = 0;
    r.verdict.replyIndex = 0;
    return r;
}

TestResult oneEmptyAttempt()
{
    TestResult r;
    r.verdict.outcome = Verdict::Outcome::Unreachable;
    r.verdict.stage = Stage::Connect;
    r.verdict.problem = Problem::ConnectTimeout;
    r.attempts.append(Attempt{});
    return r;
}

QByteArray golden()
{
    QFile file(QStringLiteral(SMTPWIZARD_TEST_DATA "/golden/result.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestResultJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void everyGoldenFileRoundTrips();
    void linksRecords();
    void refuses_data();
    void refuses();
    void toleratesMissingFields();
    void toleratesUnknownValues();
};

void TestResultJsonReader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("failover fixture") << ResultJson::toJsonBytes(ReportFixture::failoverResult());
    QTest::newRow("golden file") << golden();
    QTest::newRow("default result") << ResultJson::toJsonBytes(TestResult{});
    QTest::newRow("one empty attempt") << ResultJson::toJsonBytes(oneEmptyAttempt());
    QTest::newRow("dns failed") << ResultJson::toJsonBytes(dnsFailed());
    QTest::newRow("tls handshake failed, every plan choice") << ResultJson::toJsonBytes(tlsHandshakeFailed());
    QTest::newRow("refused greeting, multi-line") << ResultJson::toJsonBytes(refusedGreeting());
    QTest::newRow("compact") << ResultJson::toJsonBytes(ReportFixture::failoverResult(), false);
    const TestResult delivered = FakeRunFixture::run(FakeRunFixture::signInPlan(), FakeRunFixture::deliveringScript());
    QCOMPARE(delivered.verdict.outcome, Verdict::Outcome::Delivered);
    QTest::newRow("real run, delivered after sign-in") << ResultJson::toJsonBytes(delivered);
    const TestResult refused = FakeRunFixture::mixedRecipientsRun();
    QCOMPARE(refused.verdict.outcome, Verdict::Outcome::Rejected);
    QTest::newRow("real run, one recipient refused") << ResultJson::toJsonBytes(refused);
}

void TestResultJsonReader::roundTrip()
{
    QFETCH(QByteArray, json);
    QVERIFY(!json.isEmpty());
    QString error = u"not cleared"_s;
    const std::optional<TestResult> result = ResultJsonReader::fromJsonBytes(json, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(ResultJson::toJson(*result), object(json));
    const bool compact = !json.contains('\n');
    QCOMPARE(ResultJson::toJsonBytes(*result, !compact), json);
}

void TestResultJsonReader::everyGoldenFileRoundTrips()
{
    const QDir dir(QStringLiteral(SMTPWIZARD_TEST_DATA "/golden"));
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QString error;
        const auto result = ResultJsonReader::fromJsonBytes(json, &error);
        QVERIFY2(result, qPrintable(name + u": "_s + error));
        QVERIFY2(ResultJson::toJsonBytes(*result) == json, qPrintable(name));
    }
}

void TestResultJsonReader::linksRecords()
{
    // Indices are not in the document; the reader finds the records by their words.
    const auto result = ResultJsonReader::fromJson(ResultJson::toJson(ReportFixture::failoverResult()));
    QVERIFY(result);
    QCOMPARE(result->verdict.attemptIndex, 1);
    QCOMPARE(result->verdict.replyIndex, 7);
    QCOMPARE(result->decidingCode(), 550);
    const Attempt &second = result->attempts.at(1);
    QCOMPARE(second.recipients.at(0).replyIndex, 6);
    QCOMPARE(second.recipients.at(1).replyIndex, 7);
    QVERIFY(second.tls);
    QVERIFY(second.tls->established); // a cipher was agreed, though not verified
    QVERIFY(!second.tls->verified());
    QCOMPARE(second.route.ptr, u"mail.wizard.test"_s);
    QCOMPARE(result->startedAt, QDateTime(QDate(2026, 11, 29), QTime(14, 32, 5, 123), Qt::UTC));
    QVERIFY(result->plan.password.isEmpty());

    const auto greeting = ResultJsonReader::fromJson(ResultJson::toJson(refusedGreeting()));
    QVERIFY(greeting);
    QCOMPARE(greeting->attempts.at(0).finalReplyIndex, 0);
    QCOMPARE(greeting->verdict.replyIndex, 0);
    const auto handshake = ResultJsonReader::fromJson(ResultJson::toJson(tlsHandshakeFailed()));
    QVERIFY(handshake);
    QVERIFY(!handshake->attempts.at(0).tls->established);
    QCOMPARE(handshake->attempts.at(0).tls->errors.at(1).error, QSslError::CertificateExpired);
}

void TestResultJsonReader::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason"); // a word the error text must hold
    QJsonObject newer = ResultJson::toJson(ReportFixture::failoverResult());
    newer.insert(u"formatVersion"_s, ResultJson::formatVersion + 1);
    QJsonObject foreign = ResultJson::toJson(ReportFixture::failoverResult());
    foreign.insert(u"format"_s, u"someone-elses-result"_s);
    QJsonObject unnamed = ResultJson::toJson(ReportFixture::failoverResult());
    unnamed.remove(u"format"_s);
    QTest::newRow("newer format") << QJsonDocument(newer).toJson() << u"newer"_s;
    QTest::newRow("other format") << QJsonDocument(foreign).toJson() << u"not an SMTP Wizard"_s;
    QTest::newRow("no format") << QJsonDocument(unnamed).toJson() << u"not an SMTP Wizard"_s;
    QTest::newRow("package.json") << QByteArray(R"({"name": "x", "version": "1.0.0"})") << u"not an SMTP Wizard"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"not an SMTP Wizard"_s;
    QTest::newRow("truncated") << golden().left(500) << u"not readable"_s;
    QTest::newRow("empty") << QByteArray() << u"not readable"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << u"not readable"_s;
}

void TestResultJsonReader::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!ResultJsonReader::fromJsonBytes(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!ResultJsonReader::fromJsonBytes(json)); // no error pointer: no crash
}

void TestResultJsonReader::toleratesMissingFields()
{
    const auto bare = ResultJsonReader::fromJson(QJsonObject{{u"format"_s, u"smtp-wizard-result"_s}});
    QVERIFY(bare);
    QVERIFY(bare->attempts.isEmpty());
    QVERIFY(!bare->startedAt.isValid());
    QCOMPARE(bare->plan.port, quint16(25));
    QCOMPARE(bare->plan.timeouts, Timeouts::helpDesk());

    // An attempt and a verdict with only a few of their fields.
    const QJsonObject sparse{
        {u"format"_s, u"smtp-wizard-result"_s},
        {u"formatVersion"_s, 1},
        {u"plan"_s, QJsonObject{{u"destination"_s, u"wizard.test"_s}, {u"timeoutsMs"_s, QJsonObject{{u"dns"_s, 5}}}}},
        {u"attempts"_s, QJsonArray{QJsonObject{{u"host"_s, u"mx.wizard.test"_s},
                                               {u"replies"_s, QJsonArray{QJsonObject{{u"code"_s, 421}, {u"text"_s, u"busy"_s}}}},
                                               {u"tls"_s, QJsonObject{}}}}},
        {u"verdict"_s, QJsonObject{{u"outcome"_s, u"deferred"_s}, {u"attemptIndex"_s, 0}, {u"code"_s, 421},
                                   {u"text"_s, u"busy"_s}, {u"enhancedCode"_s, QJsonValue::Null}}},
    };
    const auto result = ResultJsonReader::fromJson(sparse);
    QVERIFY(result);
    QCOMPARE(result->plan.destination(), u"wizard.test"_s);
    QCOMPARE(result->plan.timeouts.dns.count(), 5);
    QCOMPARE(result->plan.timeouts.connect, Timeouts::helpDesk().connect);
    QCOMPARE(result->attempts.at(0).route.host, u"mx.wizard.test"_s);
    QCOMPARE(result->attempts.at(0).replies.at(0).reply.text(), u"busy"_s);
    QVERIFY(result->attempts.at(0).tls);
    QVERIFY(!result->attempts.at(0).tls->established);
    QCOMPARE(result->verdict.outcome, Verdict::Outcome::Deferred);
    QCOMPARE(result->decidingCode(), 421);
}

void TestResultJsonReader::toleratesUnknownValues()
{
    // A newer version of the same format may add values; they fall back, nothing breaks.
    QJsonObject json = ResultJson::toJson(ReportFixture::failoverResult());
    QJsonObject verdict = json.value(u"verdict").toObject();
    verdict.insert(u"outcome"_s, u"teleported"_s);
    verdict.insert(u"category"_s, u"from-the-future"_s);
    json.insert(u"verdict"_s, verdict);
    QJsonArray attempts = json.value(u"attempts").toArray();
    QJsonObject second = attempts.at(1).toObject();
    QJsonArray findings = second.value(u"findings").toArray();
    findings.append(QJsonObject{{u"problem"_s, u"quantum-interference"_s}, {u"stage"_s, u"warp"_s}});
    second.insert(u"findings"_s, findings);
    second.insert(u"replies"_s, u"not an array"_s);
    attempts.replace(1, second);
    json.insert(u"attempts"_s, attempts);
    json.insert(u"newTopLevelThing"_s, QJsonObject{{u"x"_s, 1}});
    const auto result = ResultJsonReader::fromJson(json);
    QVERIFY(result);
    QCOMPARE(result->verdict.category, Model::Category::Other);
    QCOMPARE(result->attempts.at(1).findings.size(), 1); // the unknown problem left out
    QVERIFY(result->attempts.at(1).replies.isEmpty());
    QCOMPARE(result->verdict.replyIndex, -1);
}

QTEST_GUILESS_MAIN(TestResultJsonReader)
#include "tst_resultjsonreader.moc"
