#include "protocol/smtp/RecipientProbe.h"
#include "protocol/smtp/SessionRecorder.h"
#include "protocol/smtp/SmtpDialogue.h"
#include "protocol/smtp/SmtpTransport.h"
#include "run/RecipientChecker.h"
#include "run/RunExplainer.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Outcome = BatchRow::Outcome;

namespace {

SmtpReply reply(int code, const QString &text, const QString &enhanced = {})
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines = {text};
    return r;
}

/// A server as a rule: the reply to each command line; the dialogue runs the batch
/// check's conversation against it with no socket, each reply recorded first as the
/// session does.
class ScriptedServer : public SmtpTransport
{
public:
    std::function<SmtpReply(const QString &)> rule;
    QStringList calls;
    QList<SmtpReply> pending;
    bool closed = false;

    void sendLine(const QByteArray &line, const QString &, std::chrono::milliseconds) override
    {
        calls << QString::fromUtf8(line);
        pending.append(rule(calls.constLast()));
    }
    void sendMessage(const QByteArray &, std::chrono::milliseconds, std::chrono::milliseconds) override
    {
        calls << u"<message>"_s;
    }
    void startTls(std::chrono::milliseconds) override { calls << u"<starttls>"_s; }
    void expectGreeting(std::chrono::milliseconds) override {}
    void wait(std::chrono::milliseconds) override {}
    bool isEncrypted() const override { return false; }
    bool isConnected() const override { return !closed; }
    void close() override { closed = true; }
};

// u1..u9 exist, busy is 450, everybody else 550; mail decides MAIL FROM.
SmtpReply postfixLike(const QString &command, int mailCode = 250)
{
    if (command.startsWith(u"EHLO"_s))
        return reply(250, u"mx.example\nENHANCEDSTATUSCODES"_s);
    if (command.startsWith(u"MAIL"_s))
        return mailCode == 250 ? reply(250, u"Ok"_s, u"2.1.0"_s) : reply(mailCode, u"Sender refused"_s, u"5.7.1"_s);
    if (command.startsWith(u"RCPT"_s)) {
        if (command.contains(u"<busy@"_s))
            return reply(450, u"Mailbox busy"_s, u"4.2.1"_s);
        if (command.contains(u"<u"_s))
            return reply(250, u"Ok"_s, u"2.1.5"_s);
        return reply(550, u"User unknown in virtual mailbox table"_s, u"5.1.1"_s);
    }
    if (command == u"RSET"_s)
        return reply(250, u"Ok"_s, u"2.0.0"_s);
    if (command == u"QUIT"_s)
        return reply(221, u"Bye"_s, u"2.0.0"_s);
    return reply(502, u"not expected"_s, u"5.5.1"_s);
}

struct Conversation
{
    QStringList calls;
    Attempt attempt;
};

Conversation converse(const QStringList &recipients, int mailCode = 250)
{
    TestPlan plan;
    plan.host = u"192.0.2.25"_s;
    plan.security = TestPlan::Security::None;
    plan.ehloName = u"client.test"_s;
    plan.mailFrom = u"check@example.org"_s;
    plan.rcptTo = recipients;
    plan.recipientCheck = true;
    plan.stopAfter = TestPlan::StopAfter::Rcpt;

    QElapsedTimer clock;
    clock.start();
    SessionRecorder recorder(clock, {});
    ScriptedServer server;
    server.rule = [mailCode](const QString &command) { return postfixLike(command, mailCode); };
    SmtpDialogue dialogue(plan, recorder, server);
    recorder.begin();
    dialogue.start(u"mx.example"_s, u"192.0.2.25:25"_s);
    dialogue.connected(u"client.test"_s);
    server.pending.append(reply(220, u"mx.example ESMTP"_s));
    for (int guard = 0; !server.pending.isEmpty() && !dialogue.isFinished() && guard < 1000; ++guard) {
        const SmtpReply next = server.pending.takeFirst();
        recorder.serverLine(QString::number(next.code), next);
        dialogue.reply(next);
    }
    recorder.finish();
    Attempt attempt = recorder.attempt();
    attempt.route.host = u"mx.example"_s;
    RunExplainer::explainAttempt(attempt);
    return {server.calls, attempt};
}

QStringList addresses(const QString &prefix, int count)
{
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list << u"%1%2@example.com"_s.arg(prefix).arg(i);
    return list;
}

} // namespace

/// The batch check's conversation (RecipientProbe inside SmtpDialogue) and its reading
/// (RecipientChecker::read), against a scripted server: RCPT only, never DATA, RSET between
/// transactions, an early QUIT when the refusal budget is spent, the MAIL refusal.
class TestRecipientProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRecipientAskedNeverData()
    {
        const Conversation c = converse({u"u1@example.com"_s, u"busy@example.com"_s, u"nobody@example.com"_s});
        QCOMPARE(c.calls, (QStringList{u"EHLO client.test"_s, u"MAIL FROM:<check@example.org>"_s,
                                       u"RCPT TO:<u1@example.com>"_s, u"RCPT TO:<busy@example.com>"_s,
                                       u"RCPT TO:<nobody@example.com>"_s, u"RSET"_s, u"QUIT"_s}));
        const RecipientChecker::Reading reading = RecipientChecker::read(c.attempt);
        QCOMPARE(reading.rows.size(), 3);
        QCOMPARE(reading.rows.at(0)->outcome, Outcome::Accepted);
        QCOMPARE(reading.rows.at(0)->category, Model::Category::Accepted);
        QCOMPARE(reading.rows.at(1)->outcome, Outcome::Temporary);
        QCOMPARE(reading.rows.at(1)->code, 450);
        QCOMPARE(reading.rows.at(2)->outcome, Outcome::Refused);
        QCOMPARE(reading.rows.at(2)->category, Model::Category::RecipientUnknown);
        QCOMPARE(reading.rows.at(2)->text, u"5.1.1 User unknown in virtual mailbox table"_s);
        QCOMPARE(reading.rows.at(2)->mx, u"mx.example"_s);
    }

    void resetBetweenTransactions()
    {
        const int count = RecipientProbe::PerTransaction + 3;
        const Conversation c = converse(addresses(u"u"_s, count));
        QCOMPARE(c.calls.count(u"MAIL FROM:<check@example.org>"_s), 2);
        const qsizetype rset = c.calls.indexOf(u"RSET"_s);
        QCOMPARE(rset, 2 + RecipientProbe::PerTransaction); // EHLO, MAIL, then a transaction's RCPTs
        QCOMPARE(c.calls.at(rset + 1), u"MAIL FROM:<check@example.org>"_s);
        QCOMPARE(c.calls.filter(u"RCPT TO:"_s).size(), count);
        QVERIFY(!c.calls.contains(u"DATA"_s));
        const RecipientChecker::Reading reading = RecipientChecker::read(c.attempt);
        for (const auto &row : reading.rows)
            QCOMPARE(row->outcome, Outcome::Accepted);
    }

    void refusalBudgetEndsTheConnection()
    {
        const QStringList list = addresses(u"x"_s, RecipientProbe::RefusalBudget + 5);
        const Conversation c = converse(list);
        QCOMPARE(c.calls.filter(u"RCPT TO:"_s).size(), RecipientProbe::RefusalBudget);
        QCOMPARE(c.calls.mid(c.calls.size() - 2), (QStringList{u"RSET"_s, u"QUIT"_s}));
        const RecipientChecker::Reading reading = RecipientChecker::read(c.attempt);
        QVERIFY(reading.askAgain);
        QVERIFY(reading.orderly);
        QVERIFY(reading.rows.at(RecipientProbe::RefusalBudget - 1).has_value());
        QVERIFY(!reading.rows.at(RecipientProbe::RefusalBudget).has_value());
    }

    void refusedSenderIsNoAnswerAboutTheAddress()
    {
        const Conversation c = converse({u"u1@example.com"_s, u"u2@example.com"_s}, 550);
        QCOMPARE(c.calls, (QStringList{u"EHLO client.test"_s, u"MAIL FROM:<check@example.org>"_s, u"QUIT"_s}));
        const RecipientChecker::Reading reading = RecipientChecker::read(c.attempt);
        QVERIFY(!reading.rows.at(0) && !reading.rows.at(1));
        QCOMPARE(reading.failure.outcome, Outcome::Error); // the sender was refused, not the address
        QCOMPARE(reading.failure.code, 550);
        QVERIFY(!reading.askAgain);
    }

    void lostBeforeAnyReplyIsUnreachable()
    {
        Attempt attempt;
        attempt.route.host = u"mx.example"_s;
        attempt.recipients = {RecipientResult{u"u1@example.com"_s, std::nullopt, -1}};
        attempt.fatalProblem = Model::Problem::ConnectionRefused;
        attempt.findings.append(Finding{Model::Problem::ConnectionRefused, Model::Stage::Connect,
                                        u"Connection refused"_s, true, {}});
        RunExplainer::explainAttempt(attempt);
        const RecipientChecker::Reading reading = RecipientChecker::read(attempt);
        QVERIFY(reading.unreachable);
        QVERIFY(!reading.askAgain);
        QCOMPARE(reading.failure.outcome, Outcome::Error);
        QCOMPARE(reading.failure.category, Model::Category::Network);
        QVERIFY(reading.failure.text.contains(u"Connection refused"_s));
    }

    void serverTextIsMadeSafe()
    {
        Attempt attempt;
        SmtpReply evil = reply(550, u"no\x1b]0;owned\x07 such user"_s, u"5.1.1"_s);
        attempt.replies.append(ReplyRecord{evil, Model::Stage::Rcpt, {}});
        attempt.recipients = {RecipientResult{u"a@example.com"_s, evil, 0}};
        attempt.outcome = Attempt::Outcome::Completed;
        const RecipientChecker::Reading reading = RecipientChecker::read(attempt);
        QVERIFY(!reading.rows.at(0)->text.contains(QChar(0x1b)));
        QVERIFY(reading.rows.at(0)->text.contains(u"\\x1b"_s));
    }
};

QTEST_GUILESS_MAIN(TestRecipientProbe)
#include "tst_recipientprobe.moc"
