#include "FakeSmtpServer.h"

#include "run/RunExplainer.h"
#include "run/VerdictRules.h"
#include "protocol/smtp/SmtpSession.h"
#include "report/ResultJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Step = FakeSmtpServer::Step;
using Action = FakeSmtpServer::Action;

/// SmtpSession against a scripted in-process server, for the edge cases real servers do
/// not produce on demand. The real-server scenarios are in tests/integration.
class TestSmtpSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversations_data();
    void conversations();
    void secretsNeverInTranscript();
    void earlyReplyIsNotExplainedAsAnAnswer();
    void plaintextAuthNotSent();
    void timeoutEndsOnTime();
    void cancelIsImmediate();
    void failedTlsHandshakeVerifiesNothing();

private:
    struct Run
    {
        Attempt attempt;
        QList<QByteArray> received;
    };
    static TestPlan basePlan();
    static Run run(const TestPlan &plan, const QList<Step> &script, std::chrono::milliseconds limit = 5s);
};

namespace {
const QByteArray ehloOk = "250-fake.test\r\n250-SIZE 1000\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n";
}

TestPlan TestSmtpSession::basePlan()
{
    TestPlan plan;
    plan.host = QStringLiteral("127.0.0.1");
    plan.security = TestPlan::Security::None;
    plan.ehloName = QStringLiteral("client.test");
    plan.mailFrom = QStringLiteral("a@fake.test");
    plan.rcptTo = {QStringLiteral("b@fake.test")};
    plan.body = QStringLiteral("hi");
    plan.timeouts = Timeouts::uniform(3s);
    return plan;
}

TestSmtpSession::Run TestSmtpSession::run(const TestPlan &plan, const QList<Step> &script, std::chrono::milliseconds limit)
{
    FakeSmtpServer server(script);
    if (!server.listen())
        return {};
    QElapsedTimer clock;
    clock.start();
    SmtpSession session(plan, Route{QStringLiteral("127.0.0.1"), QHostAddress::LocalHost, server.port(), -1, {}}, clock);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    if (!finished.wait(int(limit.count())))
        return {};
    return {session.attempt(), server.received()};
}

void TestSmtpSession::conversations_data()
{
    QTest::addColumn<QList<Step>>("script");
    QTest::addColumn<int>("stopAfter");
    QTest::addColumn<QString>("outcome"); // Verdict outcome key
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArrayList>("mustSend");
    QTest::addColumn<QByteArrayList>("mustNotSend");

    const int send = int(TestPlan::StopAfter::Send);
    QTest::newRow("delivered")
        << QList<Step>{{"", "220 fake ESMTP\r\n"}, {"EHLO", ehloOk}, {"MAIL", "250 2.1.0 ok\r\n"},
                       {"RCPT", "250 2.1.5 ok\r\n"}, {"DATA", "354 go\r\n"}, {".", "250 2.0.0 queued\r\n"},
                       {"QUIT", "221 bye\r\n", Action::Close}}
        << send << QStringLiteral("delivered") << int(Model::Stage::Message) << 250
        << QByteArrayList{"EHLO client.test", "MAIL FROM:<a@fake.test> SIZE=", "RCPT TO:<b@fake.test>", "DATA", ".", "QUIT"}
        << QByteArrayList{"NOTIFY"};
    QTest::newRow("replies trickle byte by byte")
        << QList<Step>{{"", "220 fake ESMTP\r\n", Action::Trickle}, {"EHLO", ehloOk, Action::Trickle},
                       {"QUIT", "221 bye\r\n", Action::Close}}
        << int(TestPlan::StopAfter::Ehlo) << QStringLiteral("accepted") << int(Model::Stage::Ehlo) << 250
        << QByteArrayList{"EHLO", "QUIT"} << QByteArrayList{"MAIL"};
    QTest::newRow("helo fallback")
        << QList<Step>{{"", "220 old\r\n"}, {"EHLO", "502 5.5.2 what?\r\n"}, {"HELO", "250 old\r\n"},
                       {"MAIL", "250 ok\r\n"}, {"RCPT", "250 ok\r\n"}, {"RSET", "250 ok\r\n"}, {"QUIT", "221 bye\r\n"}}
        << int(TestPlan::StopAfter::Rcpt) << QStringLiteral("accepted") << int(Model::Stage::Rcpt) << 250
        << QByteArrayList{"HELO client.test", "RSET", "QUIT"} << QByteArrayList{"DATA"};
    QTest::newRow("garbage greeting")
        << QList<Step>{{"", "SSH-2.0-OpenSSH_9.2\r\n"}}
        << send << QStringLiteral("protocol-error") << int(Model::Stage::Greeting) << 0 << QByteArrayList{} << QByteArrayList{"EHLO"};
    QByteArray flood = "220-hello\r\n";
    for (int i = 0; i < 2000; ++i)
        flood += "220-flood flood flood\r\n";
    QTest::newRow("flood") << QList<Step>{{"", flood}} << send << QStringLiteral("protocol-error") << int(Model::Stage::Greeting) << 0
                           << QByteArrayList{} << QByteArrayList{"EHLO"};
    QTest::newRow("421 at rcpt, no quit")
        << QList<Step>{{"", "220 x\r\n"}, {"EHLO", ehloOk}, {"MAIL", "250 ok\r\n"},
                       {"RCPT", "421 4.3.2 shutting down\r\n", Action::Close}}
        << send << QStringLiteral("deferred") << int(Model::Stage::Rcpt) << 421 << QByteArrayList{"RCPT"}
        << QByteArrayList{"QUIT", "RSET"};
    QTest::newRow("554 greeting")
        << QList<Step>{{"", "554 5.7.1 no service for you\r\n"}, {"QUIT", "221 bye\r\n", Action::Close}}
        << send << QStringLiteral("rejected") << int(Model::Stage::Greeting) << 554 << QByteArrayList{"QUIT"} << QByteArrayList{"EHLO"};
    QTest::newRow("hang up after data")
        << QList<Step>{{"", "220 x\r\n"}, {"EHLO", ehloOk}, {"MAIL", "250 ok\r\n"}, {"RCPT", "250 ok\r\n"},
                       {"DATA", "354 go\r\n"}, {".", "", Action::Close}}
        << send << QStringLiteral("protocol-error") << int(Model::Stage::Message) << 0 << QByteArrayList{"."} << QByteArrayList{};
    QTest::newRow("too large for SIZE")
        << QList<Step>{{"", "220 x\r\n"}, {"EHLO", "250-x\r\n250 SIZE 10\r\n"}, {"QUIT", "221 bye\r\n"}}
        << send << QStringLiteral("rejected") << int(Model::Stage::Mail) << 0 << QByteArrayList{"QUIT"} << QByteArrayList{"MAIL"};
    QTest::newRow("one of two recipients refused")
        << QList<Step>{{"", "220 x\r\n"}, {"EHLO", ehloOk}, {"MAIL", "250 ok\r\n"}, {"RCPT", "250 ok\r\n"},
                       {"RCPT", "550 5.1.1 unknown\r\n"}, {"DATA", "354 go\r\n"}, {".", "250 queued\r\n"},
                       {"QUIT", "221 bye\r\n"}}
        << send << QStringLiteral("rejected") << int(Model::Stage::Rcpt) << 550 << QByteArrayList{"DATA"} << QByteArrayList{};
    // Replies nobody asked for must not shift the dialogue by one (issue 11, finding 2).
    QTest::newRow("two replies to EHLO")
        << QList<Step>{{"", "220 x\r\n"}, {"EHLO", ehloOk + "250 2.0.0 and another thing\r\n"},
                       {"MAIL", "250 2.1.0 ok\r\n"}, {"RCPT", "250 2.1.5 ok\r\n"}, {"DATA", "354 go\r\n"},
                       {"QUIT", "221 bye\r\n"}}
        << send << QStringLiteral("protocol-error") << int(Model::Stage::Mail) << 0 << QByteArrayList{"EHLO"}
        << QByteArrayList{"RCPT", "DATA", "RSET"};
    QTest::newRow("early talker before EHLO")
        << QList<Step>{{"", "220 x\r\n250 premature\r\n"}, {"EHLO", ehloOk}, {"QUIT", "221 bye\r\n"}}
        << send << QStringLiteral("protocol-error") << int(Model::Stage::Ehlo) << 0 << QByteArrayList{}
        << QByteArrayList{"MAIL"};
    QTest::newRow("starttls required but not offered")
        << QList<Step>{{"", "220 x\r\n"}, {"EHLO", ehloOk}, {"QUIT", "221 bye\r\n"}}
        << -1 << QStringLiteral("tls-failed") << int(Model::Stage::Ehlo) << 0 << QByteArrayList{"QUIT"}
        << QByteArrayList{"STARTTLS", "MAIL"};
}

void TestSmtpSession::conversations()
{
    QFETCH(QList<Step>, script);
    QFETCH(int, stopAfter);
    QFETCH(QString, outcome);
    QFETCH(int, stage);
    QFETCH(int, code);
    QFETCH(QByteArrayList, mustSend);
    QFETCH(QByteArrayList, mustNotSend);

    TestPlan plan = basePlan();
    if (QByteArray(QTest::currentDataTag()) == "one of two recipients refused")
        plan.rcptTo.append(QStringLiteral("nobody@fake.test"));
    if (stopAfter < 0)
        plan.security = TestPlan::Security::StartTlsRequired;
    else
        plan.stopAfter = TestPlan::StopAfter(stopAfter);
    const Run result = run(plan, script);
    QVERIFY2(!result.attempt.transcript.isEmpty(), "the session did not finish");
    QCOMPARE(Model::key(VerdictRules::outcomeOf(result.attempt, plan.stopAfter == TestPlan::StopAfter::Send)),
             outcome);
    TestResult testResult;
    testResult.plan = plan;
    testResult.attempts = {result.attempt};
    VerdictRules::decide(testResult);
    QCOMPARE(int(testResult.verdict.stage), stage);
    QCOMPARE(testResult.decidingCode().value_or(0), code);
    for (const QByteArray &prefix : mustSend) {
        QVERIFY2(std::any_of(result.received.cbegin(), result.received.cend(),
                             [&](const QByteArray &line) { return line.startsWith(prefix); }),
                 prefix.constData());
    }
    for (const QByteArray &prefix : mustNotSend) {
        QVERIFY2(std::none_of(result.received.cbegin(), result.received.cend(),
                              [&](const QByteArray &line) { return line.startsWith(prefix); }),
                 prefix.constData());
    }
}

// Issue 11, finding 5: an early talker's premature "250" was explained as "Completed"
// just before the protocol error it causes.
void TestSmtpSession::earlyReplyIsNotExplainedAsAnAnswer()
{
    TestPlan plan = basePlan();
    Run result = run(plan, {{"", "220 x\r\n250 premature\r\n"}, {"EHLO", ehloOk}, {"QUIT", "221 bye\r\n"}});
    RunExplainer::explainAttempt(result.attempt);
    bool seen = false;
    for (const TranscriptEntry &entry : std::as_const(result.attempt.transcript)) {
        if (entry.direction != TranscriptEntry::Direction::Server || !entry.lastLineOfReply)
            continue;
        const ReplyRecord &record = result.attempt.replies.at(entry.replyIndex);
        if (record.reply.code == 250 && record.reply.lines.value(0) == QStringLiteral("premature")) {
            seen = true;
            QVERIFY(entry.unsolicited);
            QCOMPARE(record.explanation.ruleId, QStringLiteral("problem-unsolicited-reply"));
            QCOMPARE(record.explanation.severity, Model::Severity::Permanent);
        } else {
            QVERIFY2(!entry.unsolicited, qPrintable(record.reply.summaryLine()));
        }
    }
    QVERIFY(seen);
}

void TestSmtpSession::secretsNeverInTranscript()
{
    TestPlan plan = basePlan();
    plan.auth = TestPlan::Auth::Login;
    plan.user = QStringLiteral("alice");
    plan.password = QStringLiteral("Sup3r-Secret!");
    plan.allowPlaintextAuth = true;
    plan.stopAfter = TestPlan::StopAfter::Auth;
    const Run result = run(plan, {{"", "220 x\r\n"},
                                  {"EHLO", "250-x\r\n250 AUTH PLAIN LOGIN\r\n"},
                                  {"AUTH LOGIN", "334 VXNlcm5hbWU6\r\n"},
                                  {"YWxpY2U=", "334 UGFzc3dvcmQ6\r\n"},
                                  {"U3VwM3ItU2VjcmV0IQ==", "235 2.7.0 ok\r\n"},
                                  {"QUIT", "221 bye\r\n"}});
    QVERIFY(result.attempt.authenticated);
    QVERIFY(result.received.contains("U3VwM3ItU2VjcmV0IQ==")); // it did go to the server
    for (const TranscriptEntry &entry : result.attempt.transcript) {
        QVERIFY(!entry.text.contains(u"Sup3r-Secret!"));
        QVERIFY(!entry.text.contains(u"U3VwM3ItU2VjcmV0IQ"));
    }
    plan.auth = TestPlan::Auth::Plain;
    const QByteArray plain = QByteArray("\0alice\0Sup3r-Secret!", 20).toBase64();
    const Run plainRun = run(plan, {{"", "220 x\r\n"},
                                    {"EHLO", "250-x\r\n250 AUTH PLAIN LOGIN\r\n"},
                                    {"AUTH PLAIN", "235 2.7.0 ok\r\n"},
                                    {"QUIT", "221 bye\r\n"}});
    QVERIFY(plainRun.attempt.authenticated);
    QVERIFY(plainRun.received.contains("AUTH PLAIN " + plain));
    for (const TranscriptEntry &entry : plainRun.attempt.transcript) {
        QVERIFY(!entry.text.contains(QString::fromLatin1(plain)));
        QVERIFY(!entry.text.contains(u"Sup3r-Secret!"));
    }
}

void TestSmtpSession::plaintextAuthNotSent()
{
    TestPlan plan = basePlan();
    plan.auth = TestPlan::Auth::Plain;
    plan.user = QStringLiteral("alice");
    plan.password = QStringLiteral("pw");
    const Run result = run(plan, {{"", "220 x\r\n"}, {"EHLO", "250-x\r\n250 AUTH PLAIN\r\n"}, {"QUIT", "221 bye\r\n"}});
    QCOMPARE(result.attempt.fatalProblem, std::optional(Model::Problem::PlaintextAuthRefused));
    QVERIFY(std::none_of(result.received.cbegin(), result.received.cend(),
                         [](const QByteArray &line) { return line.startsWith("AUTH"); }));
}

void TestSmtpSession::timeoutEndsOnTime()
{
    TestPlan plan = basePlan();
    plan.timeouts = Timeouts::uniform(1500ms);
    QElapsedTimer elapsed;
    elapsed.start();
    const Run result = run(plan, {{"", "220 x\r\n"}}); // never answers EHLO
    QCOMPARE(result.attempt.fatalProblem, std::optional(Model::Problem::ReplyTimeout));
    QCOMPARE(result.attempt.stage, Model::Stage::Ehlo);
    QVERIFY2(elapsed.elapsed() >= 1400 && elapsed.elapsed() < 2500, qPrintable(QString::number(elapsed.elapsed())));
}

void TestSmtpSession::cancelIsImmediate()
{
    FakeSmtpServer server({}); // accepts, never greets
    QVERIFY(server.listen());
    QElapsedTimer clock;
    clock.start();
    SmtpSession session(basePlan(), Route{QStringLiteral("127.0.0.1"), QHostAddress::LocalHost, server.port(), -1, {}}, clock);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.start();
    QTest::qWait(200);
    session.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(session.attempt().outcome, Attempt::Outcome::Cancelled);
    session.cancel(); // twice is harmless
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpSession)
void TestSmtpSession::failedTlsHandshakeVerifiesNothing()
{
    // Implicit TLS against a server that answers in plain text: the handshake fails, so
    // nothing was verified, and the step is TLS, not STARTTLS (issue 11, finding 3).
    TestPlan plan = basePlan();
    plan.security = TestPlan::Security::Tls;
    const Run result = run(plan, {{"", "220 plain text where TLS should be\r\n"}});
    const Attempt &attempt = result.attempt;
    QCOMPARE(attempt.outcome, Attempt::Outcome::Failed);
    QCOMPARE(attempt.stage, Model::Stage::Tls);
    QVERIFY(attempt.fatalProblem == Model::Problem::TlsHandshakeFailed);
    QVERIFY(attempt.tls.has_value());
    QVERIFY(!attempt.tls->established);
    QVERIFY(!attempt.tls->verified());
    TestResult testResult;
    testResult.plan = plan;
    testResult.attempts = {attempt};
    VerdictRules::decide(testResult);
    const QJsonObject json = ResultJson::toJson(testResult);
    const QJsonObject tls = json.value(u"attempts").toArray().at(0).toObject().value(u"tls").toObject();
    QCOMPARE(tls.value(u"verified").toBool(true), false);
    QCOMPARE(json.value(u"verdict").toObject().value(u"stage").toString(), QStringLiteral("tls"));
}

#include "tst_smtpsession.moc"
