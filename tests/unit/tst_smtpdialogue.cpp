#include "protocol/smtp/SessionRecorder.h"
#include "protocol/smtp/SmtpDialogue.h"
#include "protocol/smtp/SmtpTransport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Model::Problem;
using Model::Stage;

namespace {

/// The connection as a list of what the dialogue asked for, no socket anywhere.
class ScriptedTransport : public SmtpTransport
{
public:
    QStringList calls;
    bool encrypted = false;
    bool connected = true;
    bool closed = false;

    void sendLine(const QByteArray &line, const QString &, std::chrono::milliseconds) override
    {
        calls << QString::fromUtf8(line);
    }
    void sendMessage(const QByteArray &wire, std::chrono::milliseconds, std::chrono::milliseconds) override
    {
        calls << u"<message %1 bytes>"_s.arg(wire.size());
    }
    void startTls(std::chrono::milliseconds) override { calls << u"<starttls>"_s; }
    void expectGreeting(std::chrono::milliseconds) override {}
    void wait(std::chrono::milliseconds) override {}
    bool isEncrypted() const override { return encrypted; }
    bool isConnected() const override { return connected; }
    void close() override { closed = true; }
};

SmtpReply reply(int code, const QString &text = u"ok"_s, const QString &enhanced = {})
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines = text.split(u'\n');
    return r;
}

TestPlan plan()
{
    TestPlan p;
    p.host = u"mx.example"_s;
    p.security = TestPlan::Security::None;
    p.ehloName = u"client.test"_s;
    p.mailFrom = u"a@example.org"_s;
    p.rcptTo = {u"b@example.com"_s};
    p.body = u"hi"_s;
    return p;
}

/// One dialogue with its recorder and transport; replies go through the recorder as the
/// session does (the record first, then the dialogue).
struct Harness
{
    explicit Harness(const TestPlan &p)
        : recorder(clock, {}), dialogue(p, recorder, transport)
    {
        clock.start();
        recorder.begin();
        dialogue.start(u"mx.example"_s, u"192.0.2.1:25"_s);
        dialogue.connected(u"client.test"_s);
    }
    void answer(const SmtpReply &r)
    {
        recorder.serverLine(QString::number(r.code), r);
        dialogue.reply(r);
    }
    const Attempt &attempt() const { return recorder.attempt(); }

    QElapsedTimer clock;
    ScriptedTransport transport;
    SessionRecorder recorder;
    SmtpDialogue dialogue;
};

const SmtpReply ehlo = reply(250, u"mx.example\nSIZE 1000\n8BITMIME\nSTARTTLS\nAUTH PLAIN LOGIN\nENHANCEDSTATUSCODES"_s);

} // namespace

class TestSmtpDialogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delivery();
    void startTlsThenEhloAgain();
    void refusedRecipientEndsWithRsetAndQuit();
    void stopsAfterRcpt();
    void greeting421WaitsForTheClose();
    void noGreetingIsATimeout();
    void authLoginHidesTheSecret();
    void authOverAskedIsAProtocolError();
    void authAutomaticTakesWhatIsOffered();
    void plaintextAuthRefusedThenQuit();
    void replyWhenNoneExpected();
    void unsolicitedAfterTheOutcomeIsAFinding();
    void resetAfterQuitKeepsTheOutcome();
    void helloFallback();
    void lostConnection_data();
    void lostConnection();
    void lostDuringTlsHandshake_data();
    void lostDuringTlsHandshake();
    void tlsHandshakeTimeout();
    void cancelOnce();
};

void TestSmtpDialogue::delivery()
{
    Harness h(plan());
    h.answer(reply(220, u"mx.example ESMTP"_s));
    h.answer(ehlo);
    h.answer(reply(250, u"sender ok"_s, u"2.1.0"_s));
    h.answer(reply(250, u"recipient ok"_s, u"2.1.5"_s));
    h.answer(reply(354, u"go ahead"_s));
    h.answer(reply(250, u"queued as X"_s, u"2.0.0"_s));
    h.answer(reply(221, u"bye"_s));
    QCOMPARE(h.transport.calls.size(), 6);
    QCOMPARE(h.transport.calls.at(0), u"EHLO client.test"_s);
    QVERIFY(h.transport.calls.at(1).startsWith(u"MAIL FROM:<a@example.org>"_s));
    QCOMPARE(h.transport.calls.at(2), u"RCPT TO:<b@example.com>"_s);
    QCOMPARE(h.transport.calls.at(3), u"DATA"_s);
    QVERIFY(h.transport.calls.at(4).startsWith(u"<message "_s));
    QCOMPARE(h.transport.calls.at(5), u"QUIT"_s);
    QVERIFY(h.transport.closed);
    QVERIFY(h.dialogue.isFinished());
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Completed);
    QVERIFY(h.attempt().messageSent);
    QCOMPARE(h.attempt().stage, Stage::Message); // QUIT does not move the decided stage
    QCOMPARE(h.attempt().replies.size(), 7);
    QCOMPARE(h.attempt().replies.at(3).stage, Stage::Rcpt);
    QCOMPARE(h.attempt().recipients.at(0).replyIndex, 3);
}

void TestSmtpDialogue::startTlsThenEhloAgain()
{
    TestPlan p = plan();
    p.security = TestPlan::Security::StartTlsRequired;
    p.stopAfter = TestPlan::StopAfter::Tls;
    Harness h(p);
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(220, u"ready for TLS"_s));
    QCOMPARE(h.transport.calls, (QStringList{u"EHLO client.test"_s, u"STARTTLS"_s, u"<starttls>"_s}));
    h.transport.encrypted = true;
    h.dialogue.encrypted(TlsInfo());
    QCOMPARE(h.transport.calls.constLast(), u"EHLO client.test"_s);
    h.answer(ehlo);
    QCOMPARE(h.transport.calls.constLast(), u"QUIT"_s);
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Completed);
}

void TestSmtpDialogue::refusedRecipientEndsWithRsetAndQuit()
{
    Harness h(plan());
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(250));
    h.answer(reply(550, u"User unknown"_s, u"5.1.1"_s));
    QCOMPARE(h.transport.calls.constLast(), u"RSET"_s);
    h.answer(reply(250));
    QCOMPARE(h.transport.calls.constLast(), u"QUIT"_s);
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Rejected);
    QCOMPARE(h.attempt().stage, Stage::Rcpt);
    QCOMPARE(h.attempt().finalReplyIndex, 3);
    QCOMPARE(h.attempt().finalReply->code, 550);
}

void TestSmtpDialogue::stopsAfterRcpt()
{
    TestPlan p = plan();
    p.stopAfter = TestPlan::StopAfter::Rcpt;
    Harness h(p);
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(250));
    h.answer(reply(250));
    QCOMPARE(h.transport.calls.constLast(), u"RSET"_s);
    QVERIFY(!h.transport.calls.contains(u"DATA"_s));
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Completed);
}

void TestSmtpDialogue::greeting421WaitsForTheClose()
{
    Harness h(plan());
    h.answer(reply(421, u"too busy"_s, u"4.3.2"_s));
    QVERIFY(h.transport.calls.isEmpty()); // RFC 5321 §3.8: nothing is sent after a 421
    QVERIFY(!h.transport.closed);
    h.dialogue.lost(SmtpDialogue::Loss::ClosedByServer, u"closed"_s, false);
    QVERIFY(h.transport.closed);
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Deferred);
    QCOMPARE(h.attempt().stage, Stage::Greeting);
}

void TestSmtpDialogue::noGreetingIsATimeout()
{
    Harness h(plan());
    h.dialogue.timedOut();
    QVERIFY(h.transport.closed);
    QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::NoGreeting));
    QCOMPARE(h.attempt().findings.size(), 1);
    QVERIFY(h.attempt().findings.at(0).fatal);
}

void TestSmtpDialogue::authLoginHidesTheSecret()
{
    TestPlan p = plan();
    p.auth = TestPlan::Auth::Login;
    p.user = u"bob"_s;
    p.password = u"s3cr\u00e9t"_s;
    p.stopAfter = TestPlan::StopAfter::Auth;
    Harness h(p);
    h.transport.encrypted = true;
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(334, u"VXNlcm5hbWU6"_s));
    h.answer(reply(334, u"UGFzc3dvcmQ6"_s));
    h.answer(reply(235, u"ok"_s, u"2.7.0"_s));
    const QByteArray password64 = p.password.toUtf8().toBase64();
    QCOMPARE(h.transport.calls.at(1), u"AUTH LOGIN"_s);
    QCOMPARE(h.transport.calls.at(3), QString::fromLatin1(password64)); // on the wire, of course
    for (const TranscriptEntry &entry : h.attempt().transcript) {
        QVERIFY2(!entry.text.contains(QString::fromLatin1(password64)), qPrintable(entry.text));
        QVERIFY2(!entry.text.contains(p.password), qPrintable(entry.text));
    }
    QVERIFY(h.attempt().authenticated);
    QCOMPARE(h.transport.calls.constLast(), u"QUIT"_s);
}

void TestSmtpDialogue::authAutomaticTakesWhatIsOffered()
{
    TestPlan p = plan();
    p.auth = TestPlan::Auth::Auto;
    p.user = u"bob"_s;
    p.password = u"pw"_s;
    p.stopAfter = TestPlan::StopAfter::Auth;
    {
        // Both offered: PLAIN, one step.
        Harness h(p);
        h.transport.encrypted = true;
        h.answer(reply(220));
        h.answer(ehlo);
        QVERIFY2(h.transport.calls.at(1).startsWith(u"AUTH PLAIN "_s), qPrintable(h.transport.calls.at(1)));
    }
    {
        // Only LOGIN offered (as older Exchange servers do): LOGIN, not a refusal.
        Harness h(p);
        h.transport.encrypted = true;
        h.answer(reply(220));
        h.answer(reply(250, u"mx.example\nAUTH LOGIN\nENHANCEDSTATUSCODES"_s));
        QCOMPARE(h.transport.calls.at(1), u"AUTH LOGIN"_s);
        h.answer(reply(334, u"VXNlcm5hbWU6"_s));
        h.answer(reply(334, u"UGFzc3dvcmQ6"_s));
        h.answer(reply(235, u"ok"_s, u"2.7.0"_s));
        QVERIFY(h.attempt().authenticated);
    }
    {
        // None of PLAIN, LOGIN, CRAM-MD5: the refusal names what the server offers.
        Harness h(p);
        h.transport.encrypted = true;
        h.answer(reply(220));
        h.answer(reply(250, u"mx.example\nAUTH GSSAPI NTLM"_s));
        QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::AuthMechanismNotSupported));
    }
}

void TestSmtpDialogue::authOverAskedIsAProtocolError()
{
    TestPlan p = plan();
    p.auth = TestPlan::Auth::Plain;
    p.user = u"bob"_s;
    p.password = u"pw"_s;
    Harness h(p);
    h.transport.encrypted = true;
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(334, QString()));
    h.answer(reply(334, QString()));
    QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::MalformedReply));
    QVERIFY(h.transport.closed);
}

void TestSmtpDialogue::plaintextAuthRefusedThenQuit()
{
    TestPlan p = plan();
    p.auth = TestPlan::Auth::Plain;
    p.user = u"bob"_s;
    p.password = u"pw"_s;
    Harness h(p);
    h.answer(reply(220));
    h.answer(ehlo);
    QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::PlaintextAuthRefused));
    QCOMPARE(h.transport.calls.constLast(), u"QUIT"_s); // a missing capability is worth a polite QUIT
    QVERIFY(!h.transport.calls.join(u' ').contains(u"AUTH"_s));
}

void TestSmtpDialogue::replyWhenNoneExpected()
{
    TestPlan p = plan();
    p.security = TestPlan::Security::Tls;
    Harness h(p); // waiting for the implicit TLS handshake
    h.answer(reply(220));
    QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::UnsolicitedReply));
}

// A second reply behind the 250 to the message (issue 11): the message was queued, so the
// attempt stays completed; the extra reply is noted and the session ends without trusting
// another reply.
void TestSmtpDialogue::unsolicitedAfterTheOutcomeIsAFinding()
{
    Harness h(plan());
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(250));
    h.answer(reply(250));
    h.answer(reply(354));
    h.answer(reply(250, u"queued"_s));
    QCOMPARE(h.transport.calls.constLast(), u"QUIT"_s);
    h.dialogue.unsolicited(reply(250, u"queued once more"_s));
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Completed);
    QVERIFY(h.attempt().messageSent);
    QVERIFY(!h.attempt().fatalProblem);
    QCOMPARE(h.attempt().findings.size(), 1);
    QCOMPARE(h.attempt().findings.constFirst().problem, Problem::UnsolicitedReply);
    QVERIFY(!h.attempt().findings.constFirst().fatal);
    QVERIFY(h.transport.closed);
}

void TestSmtpDialogue::resetAfterQuitKeepsTheOutcome()
{
    Harness h(plan());
    h.answer(reply(220));
    h.answer(reply(554, u"no service"_s));
    QCOMPARE(h.transport.calls.constLast(), u"QUIT"_s);
    h.dialogue.lost(SmtpDialogue::Loss::ResetByServer, u"reset"_s, false);
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Rejected);
    QVERIFY(!h.attempt().fatalProblem);
    QVERIFY(h.transport.closed);
}

void TestSmtpDialogue::helloFallback()
{
    Harness h(plan());
    h.answer(reply(220));
    h.answer(reply(502, u"command not implemented"_s));
    QCOMPARE(h.transport.calls.constLast(), u"HELO client.test"_s);
    h.answer(reply(250, u"mx.example"_s));
    QVERIFY(h.transport.calls.constLast().startsWith(u"MAIL FROM:"_s));
    QCOMPARE(h.attempt().capabilities.greetingName, u"mx.example"_s);
}

void TestSmtpDialogue::lostConnection_data()
{
    QTest::addColumn<SmtpDialogue::Loss>("loss");
    QTest::addColumn<bool>("afterGreeting");
    QTest::addColumn<bool>("certificateErrors");
    QTest::addColumn<Problem>("problem");
    using L = SmtpDialogue::Loss;
    QTest::newRow("refused") << L::Refused << false << false << Problem::ConnectionRefused;
    QTest::newRow("host not found") << L::HostNotFound << false << false << Problem::DnsNoAddress;
    QTest::newRow("network unreachable") << L::NetworkUnreachable << false << false << Problem::NetworkUnreachable;
    QTest::newRow("unreachable while connecting") << L::NetworkError << false << false << Problem::HostUnreachable;
    QTest::newRow("reset while talking") << L::NetworkError << true << false << Problem::ConnectionReset;
    QTest::newRow("closed mid-dialogue") << L::ClosedByServer << true << false << Problem::ConnectionClosed;
    QTest::newRow("reset mid-dialogue") << L::ResetByServer << true << false << Problem::ConnectionReset;
    QTest::newRow("tls handshake") << L::TlsHandshake << true << false << Problem::TlsHandshakeFailed;
    QTest::newRow("tls certificate") << L::TlsHandshake << true << true << Problem::TlsCertificateInvalid;
}

void TestSmtpDialogue::lostConnection()
{
    QFETCH(SmtpDialogue::Loss, loss);
    QFETCH(bool, afterGreeting);
    QFETCH(bool, certificateErrors);
    QFETCH(Problem, problem);
    QElapsedTimer clock;
    clock.start();
    ScriptedTransport transport;
    SessionRecorder recorder(clock, {});
    SmtpDialogue dialogue(plan(), recorder, transport);
    dialogue.start(u"mx.example"_s, u"192.0.2.1:25"_s);
    if (afterGreeting) {
        dialogue.connected(u"client.test"_s);
        recorder.serverLine(u"220 hi"_s, reply(220));
        dialogue.reply(reply(220));
    }
    transport.connected = false;
    dialogue.lost(loss, u"words"_s, certificateErrors);
    QCOMPARE(recorder.attempt().fatalProblem, std::optional<Problem>(problem));
    QCOMPARE(recorder.attempt().errorText, u"words"_s);
    QVERIFY(transport.closed);
}

// A hang-up or reset in answer to our ClientHello is a TLS failure, not a broken SMTP
// conversation (fault matrix rows "starttls/hangup after 220" and "tls/hangup").
void TestSmtpDialogue::lostDuringTlsHandshake_data()
{
    QTest::addColumn<TestPlan::Security>("security");
    QTest::addColumn<SmtpDialogue::Loss>("loss");
    QTest::addColumn<Stage>("stage");
    using L = SmtpDialogue::Loss;
    QTest::newRow("closed after the 220 to STARTTLS") << TestPlan::Security::StartTlsRequired << L::ClosedByServer << Stage::StartTls;
    QTest::newRow("reset after the 220 to STARTTLS") << TestPlan::Security::StartTls << L::ResetByServer << Stage::StartTls;
    QTest::newRow("closed in implicit TLS") << TestPlan::Security::Tls << L::ClosedByServer << Stage::Tls;
    QTest::newRow("reset in implicit TLS") << TestPlan::Security::Tls << L::ResetByServer << Stage::Tls;
}

void TestSmtpDialogue::lostDuringTlsHandshake()
{
    QFETCH(TestPlan::Security, security);
    QFETCH(SmtpDialogue::Loss, loss);
    QFETCH(Stage, stage);
    TestPlan p = plan();
    p.security = security;
    Harness h(p);
    if (security != TestPlan::Security::Tls) {
        h.answer(reply(220));
        h.answer(ehlo);
        h.answer(reply(220, u"ready for TLS"_s));
        QCOMPARE(h.transport.calls.constLast(), u"<starttls>"_s);
    }
    const qsizetype sent = h.transport.calls.size();
    h.transport.connected = false;
    h.dialogue.lost(loss, u"The remote host closed the connection"_s, false);
    QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::TlsHandshakeFailed));
    QCOMPARE(h.attempt().stage, stage);
    QVERIFY2(h.attempt().errorText.contains(u"TLS handshake"_s), qPrintable(h.attempt().errorText));
    QCOMPARE(h.transport.calls.size(), sent);
    QVERIFY(h.transport.closed);
}

void TestSmtpDialogue::tlsHandshakeTimeout()
{
    TestPlan p = plan();
    p.security = TestPlan::Security::StartTlsRequired;
    Harness h(p);
    h.answer(reply(220));
    h.answer(ehlo);
    h.answer(reply(220, u"ready for TLS"_s));
    h.dialogue.timedOut();
    QCOMPARE(h.attempt().fatalProblem, std::optional<Problem>(Problem::ReplyTimeout));
    QCOMPARE(h.attempt().stage, Stage::StartTls);
    QVERIFY2(h.attempt().errorText.startsWith(u"The TLS handshake did not finish within"_s), qPrintable(h.attempt().errorText));
    QVERIFY(h.transport.closed);
}

void TestSmtpDialogue::cancelOnce()
{
    Harness h(plan());
    h.dialogue.cancel();
    h.dialogue.cancel();
    h.dialogue.timedOut();
    QCOMPARE(h.attempt().outcome, Attempt::Outcome::Cancelled);
    int cancelled = 0;
    for (const TranscriptEntry &entry : h.attempt().transcript)
        cancelled += entry.problem == Problem::Cancelled;
    QCOMPARE(cancelled, 1);
}

QTEST_GUILESS_MAIN(TestSmtpDialogue)
#include "tst_smtpdialogue.moc"
