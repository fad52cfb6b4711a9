#include "run/ConsoleState.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SmtpReply reply(int code, const QStringList &lines = {u"ok"_s})
{
    SmtpReply r;
    r.code = code;
    r.lines = lines;
    return r;
}
} // namespace

/// What the expert console warns about: commands the state of the session makes
/// pointless (they are sent anyway), learnt from the replies.
class TestConsoleState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshSession();
    void transaction();
    void startTlsTwice();
    void afterTlsGreetAgain();
    void authWarnings();
    void secretRefusal();
};

void TestConsoleState::freshSession()
{
    ConsoleState state;
    state.replied({}, reply(220));
    QVERIFY(state.greeted());
    QVERIFY(state.warningFor(u"MAIL"_s)->contains(u"before EHLO"_s));
    QVERIFY(!state.warningFor(u"EHLO"_s));
    QVERIFY(!state.warningFor(u"QUIT"_s));
    QVERIFY(!state.warningFor(u"NOOP"_s));
}

void TestConsoleState::transaction()
{
    ConsoleState state;
    state.replied({}, reply(220));
    state.replied(u"EHLO"_s, reply(250, {u"mx.example"_s, u"STARTTLS"_s, u"SIZE 1000"_s}));
    QVERIFY(state.capabilities().startTls);
    QVERIFY(state.warningFor(u"RCPT"_s)->contains(u"MAIL FROM"_s));
    QVERIFY(state.warningFor(u"DATA"_s));
    QVERIFY(!state.warningFor(u"MAIL"_s));
    state.replied(u"MAIL"_s, reply(250));
    QVERIFY(state.transactionOpen());
    QVERIFY(state.warningFor(u"MAIL"_s)->contains(u"RSET"_s));
    QVERIFY(!state.warningFor(u"RCPT"_s));
    QVERIFY(state.warningFor(u"DATA"_s)->contains(u"recipient"_s));
    state.replied(u"RCPT"_s, reply(550));
    QCOMPARE(state.acceptedRecipients(), 0);
    state.replied(u"RCPT"_s, reply(250));
    QCOMPARE(state.acceptedRecipients(), 1);
    QVERIFY(!state.warningFor(u"DATA"_s));
    state.messageAnswered(reply(250));
    QVERIFY(!state.transactionOpen());
    state.replied(u"MAIL"_s, reply(250));
    state.replied(u"RSET"_s, reply(250));
    QVERIFY(!state.transactionOpen());
}

void TestConsoleState::startTlsTwice()
{
    ConsoleState state;
    state.replied({}, reply(220));
    state.replied(u"EHLO"_s, reply(250, {u"mx.example"_s}));
    QVERIFY(state.warningFor(u"STARTTLS"_s)->contains(u"did not offer"_s));
    state.tlsEstablished();
    QVERIFY(state.warningFor(u"STARTTLS"_s)->contains(u"already"_s));
}

void TestConsoleState::afterTlsGreetAgain()
{
    ConsoleState state;
    state.replied({}, reply(220));
    state.replied(u"EHLO"_s, reply(250, {u"mx.example"_s, u"STARTTLS"_s}));
    state.tlsEstablished();
    QVERIFY(!state.hasGreetedServer());
    QVERIFY(state.warningFor(u"MAIL"_s)->contains(u"RFC 3207"_s));
    state.replied(u"EHLO"_s, reply(250, {u"mx.example"_s, u"AUTH PLAIN LOGIN"_s}));
    QVERIFY(!state.warningFor(u"MAIL"_s));
    QVERIFY(!state.warningFor(u"AUTH"_s));
}

void TestConsoleState::authWarnings()
{
    ConsoleState state;
    state.replied({}, reply(220));
    state.replied(u"EHLO"_s, reply(250, {u"mx.example"_s, u"STARTTLS"_s}));
    QVERIFY(state.warningFor(u"AUTH"_s)->contains(u"STARTTLS"_s));
    state.replied(u"EHLO"_s, reply(250, {u"mx.example"_s, u"AUTH PLAIN"_s}));
    QVERIFY(!state.warningFor(u"AUTH"_s));
    state.replied(u"AUTH"_s, reply(235));
    QVERIFY(state.isSignedIn());
    QVERIFY(state.warningFor(u"AUTH"_s)->contains(u"Already signed in"_s));
}

void TestConsoleState::secretRefusal()
{
    TestPlan plan;
    const auto plain = TestPlan::Auth::Plain;
    QVERIFY(ConsoleState::secretRefusal(plan, plain, false, false)->contains(u"unencrypted"_s));
    QVERIFY(ConsoleState::secretRefusal(plan, TestPlan::Auth::XOAuth2, false, false)->contains(u"access token"_s));
    QVERIFY(ConsoleState::secretRefusal(plan, plain, true, false)->contains(u"did not verify"_s));
    QVERIFY(!ConsoleState::secretRefusal(plan, plain, true, true));
    plan.allowPlaintextAuth = true;
    QVERIFY(!ConsoleState::secretRefusal(plan, plain, false, false));
    plan.tlsInsecure = true;
    QVERIFY(!ConsoleState::secretRefusal(plan, plain, true, false));
}

QTEST_GUILESS_MAIN(TestConsoleState)
#include "tst_consolestate.moc"
