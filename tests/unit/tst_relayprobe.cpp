#include "protocol/smtp/SessionRecorder.h"
#include "protocol/smtp/SmtpDialogue.h"
#include "protocol/smtp/SmtpTransport.h"
#include "run/RelaySummary.h"
#include "run/VerdictRules.h"
#include "run/VerdictWriter.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Model::Stage;
using Outcome = Verdict::Outcome;

namespace {

/// A server as a rule: the reply to each command line. The dialogue runs the relay check
/// against it with no socket; each reply's record is stored first, as the session does.
class ScriptedServer : public SmtpTransport
{
public:
    std::function<SmtpReply(const QString &)> rule;
    std::function<void(const SmtpReply &)> deliver;
    QStringList calls;
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
    QList<SmtpReply> pending;
};

SmtpReply reply(int code, const QString &text, const QString &enhanced = {})
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines = {text};
    return r;
}

using Rule = std::function<SmtpReply(const QString &)>;

// The usual answers; rcpt decides what each RCPT TO gets.
Rule server(const std::function<SmtpReply(const QString &)> &rcpt,
            const std::function<SmtpReply(const QString &)> &mail = {})
{
    return [rcpt, mail](const QString &command) {
        if (command.startsWith(u"EHLO"_s))
            return reply(250, u"mx.example"_s);
        if (command.startsWith(u"MAIL"_s))
            return mail ? mail(command) : reply(250, u"Ok"_s, u"2.1.0"_s);
        if (command.startsWith(u"RCPT"_s))
            return rcpt(command);
        if (command == u"RSET"_s)
            return reply(250, u"Ok"_s, u"2.0.0"_s);
        if (command == u"QUIT"_s)
            return reply(221, u"Bye"_s, u"2.0.0"_s);
        return reply(502, u"not expected"_s);
    };
}

SmtpReply denied(const QString &)
{
    return reply(554, u"<relaytest@example.net>: Relay access denied"_s, u"5.7.1"_s);
}

struct Run
{
    QStringList calls;
    TestResult result;
};

Run run(const Rule &rule)
{
    TestPlan plan;
    plan.host = u"192.0.2.25"_s;
    plan.security = TestPlan::Security::None;
    plan.ehloName = u"client.test"_s;
    plan.relayTest = true;
    plan.stopAfter = TestPlan::StopAfter::Rcpt;

    QElapsedTimer clock;
    clock.start();
    SessionRecorder recorder(clock, {});
    ScriptedServer transport;
    transport.rule = rule;
    SmtpDialogue dialogue(plan, recorder, transport);
    recorder.begin();
    dialogue.start(u"mx.example"_s, u"192.0.2.25:25"_s);
    dialogue.connected(u"client.test"_s);
    transport.pending.append(reply(220, u"mx.example ESMTP"_s));
    for (int guard = 0; !transport.pending.isEmpty() && !dialogue.isFinished() && guard < 100; ++guard) {
        const SmtpReply next = transport.pending.takeFirst();
        recorder.serverLine(QString::number(next.code), next);
        dialogue.reply(next);
    }
    Run out;
    out.calls = transport.calls;
    out.result.plan = plan;
    out.result.attempts.append(recorder.attempt());
    VerdictRules::decide(out.result);
    VerdictWriter::describe(out.result);
    return out;
}

QStringList acceptedForms(const Attempt &attempt)
{
    QStringList forms;
    for (const RelayTrial &trial : attempt.relayTrials) {
        if (trial.accepted)
            forms << Model::key(trial.form);
    }
    return forms;
}

} // namespace

/// The open-relay check's conversation (RelayProbe inside SmtpDialogue) and its verdict:
/// the commands in order, RSET between forms, never DATA, and which forms count as relayed.
class TestRelayProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesEveryForm();
    void acceptsEverything();
    void oneFormIsEnough();
    void refusedSenderSkipsItsRecipient();
    void deferralsAreRefusalsWithANote();
    void closingServerKeepsItsOutcome();
    void closingAfterAnAcceptanceIsStillOpen();
};

void TestRelayProbe::refusesEveryForm()
{
    const Run r = run(server(denied));
    const QStringList expected{
        u"EHLO client.test"_s,
        u"MAIL FROM:<relaytest@example.com>"_s, u"RCPT TO:<relaytest@example.net>"_s, u"RSET"_s,
        u"MAIL FROM:<>"_s, u"RCPT TO:<relaytest@example.net>"_s, u"RSET"_s,
        u"MAIL FROM:<relaytest@example.com>"_s, u"RCPT TO:<relaytest%example.net@[192.0.2.25]>"_s, u"RSET"_s,
        u"MAIL FROM:<relaytest@example.com>"_s, u"RCPT TO:<\"relaytest@example.net\">"_s, u"RSET"_s,
        u"MAIL FROM:<relaytest@example.com>"_s, u"RCPT TO:<@[192.0.2.25]:relaytest@example.net>"_s, u"RSET"_s,
        u"MAIL FROM:<relaytest@example.com>"_s, u"RCPT TO:<example.net!relaytest>"_s, u"RSET"_s,
        u"QUIT"_s,
    };
    QCOMPARE(r.calls, expected);
    const Attempt &attempt = r.result.attempts.at(0);
    QCOMPARE(attempt.outcome, Attempt::Outcome::Completed);
    QVERIFY(!attempt.messageSent);
    QCOMPARE(attempt.relayTrials.size(), 6);
    QVERIFY(acceptedForms(attempt).isEmpty());
    for (const RelayTrial &trial : attempt.relayTrials) {
        QCOMPARE(attempt.replies.at(trial.mailReplyIndex).stage, Stage::Mail);
        QCOMPARE(attempt.replies.at(trial.rcptReplyIndex).stage, Stage::Rcpt);
        QCOMPARE(attempt.replies.at(trial.rcptReplyIndex).reply.code, 554);
    }
    const Verdict &v = r.result.verdict;
    QCOMPARE(v.outcome, Outcome::RelayRefused);
    QCOMPARE(Verdict::exitCode(v.outcome), 0);
    QVERIFY(v.succeeded());
    QCOMPARE(v.stage, Stage::Rcpt);
    QCOMPARE(v.replyIndex, attempt.relayTrials.at(0).rcptReplyIndex);
    QVERIFY2(v.summary.startsWith(u"Refuses to relay:"_s), qPrintable(v.summary));
    QVERIFY(v.summary.contains(u"6 forms tried"_s));
}

void TestRelayProbe::acceptsEverything()
{
    const Run r = run(server([](const QString &) { return reply(250, u"Ok"_s, u"2.1.5"_s); }));
    QVERIFY(!r.calls.contains(u"DATA"_s));
    QCOMPARE(r.calls.filter(u"RCPT TO:"_s).size(), 6);
    QCOMPARE(r.calls.mid(r.calls.size() - 2), (QStringList{u"RSET"_s, u"QUIT"_s}));
    const Attempt &attempt = r.result.attempts.at(0);
    QCOMPARE(acceptedForms(attempt), (QStringList{u"plain"_s, u"null-sender"_s, u"percent-hack"_s, u"quoted"_s,
                                                  u"source-route"_s, u"bang-path"_s}));
    const Verdict &v = r.result.verdict;
    QCOMPARE(v.outcome, Outcome::OpenRelay);
    QCOMPARE(Verdict::exitCode(v.outcome), 8);
    QVERIFY(!v.succeeded());
    QVERIFY2(v.summary.startsWith(u"Open relay: this server accepts mail for other domains from anyone."_s),
             qPrintable(v.summary));
    QVERIFY(v.summary.contains(u"6 of 6 forms"_s));
    QCOMPARE(v.nextSteps.size(), 3);
    QVERIFY(v.nextSteps.at(0).contains(u"reject_unauth_destination"_s));
}

void TestRelayProbe::oneFormIsEnough()
{
    // A server that rewrites the %-hack after its relay check: only that form gets through.
    const Run r = run(server([](const QString &command) {
        return command.contains(u'%') ? reply(250, u"Ok"_s, u"2.1.5"_s) : denied(command);
    }));
    const Attempt &attempt = r.result.attempts.at(0);
    QCOMPARE(acceptedForms(attempt), QStringList{u"percent-hack"_s});
    const Verdict &v = r.result.verdict;
    QCOMPARE(v.outcome, Outcome::OpenRelay);
    QCOMPARE(v.replyIndex, attempt.relayTrials.at(2).rcptReplyIndex);
    QCOMPARE(attempt.replies.at(v.replyIndex).reply.code, 250);
    QVERIFY(v.summary.contains(Model::label(RelayTrial::Form::PercentHack)));
    QVERIFY(v.summary.contains(u"1 of 6 forms"_s));
    QCOMPARE(RelaySummary::acceptedForms(attempt), QStringList{Model::label(RelayTrial::Form::PercentHack)});
}

void TestRelayProbe::refusedSenderSkipsItsRecipient()
{
    // The null sender refused at MAIL: no RCPT for it, and no RSET (nothing was opened).
    const Run r = run(server(denied, [](const QString &command) {
        return command == u"MAIL FROM:<>"_s ? reply(550, u"null sender refused"_s, u"5.7.1"_s)
                                           : reply(250, u"Ok"_s, u"2.1.0"_s);
    }));
    const qsizetype nullSender = r.calls.indexOf(u"MAIL FROM:<>"_s);
    QVERIFY(nullSender > 0);
    QCOMPARE(r.calls.at(nullSender + 1), u"MAIL FROM:<relaytest@example.com>"_s);
    QCOMPARE(r.calls.filter(u"RCPT TO:"_s).size(), 5);
    const RelayTrial &trial = r.result.attempts.at(0).relayTrials.at(1);
    QVERIFY(trial.answered());
    QCOMPARE(trial.rcptReplyIndex, -1);
    QCOMPARE(trial.decidingReplyIndex(), trial.mailReplyIndex);
    QCOMPARE(r.result.verdict.outcome, Outcome::RelayRefused);
}

void TestRelayProbe::deferralsAreRefusalsWithANote()
{
    const Run r = run(server([](const QString &) { return reply(450, u"Greylisted"_s, u"4.7.1"_s); }));
    const Verdict &v = r.result.verdict;
    QCOMPARE(v.outcome, Outcome::RelayRefused);
    QVERIFY(v.nextSteps.at(0).contains(u"6 of the tries were only deferred"_s));
}

void TestRelayProbe::closingServerKeepsItsOutcome()
{
    // 421 at the third RCPT: the check did not finish, so it proves nothing either way.
    int rcpts = 0;
    const Run r = run(server([&rcpts](const QString &command) {
        return ++rcpts == 3 ? reply(421, u"closing"_s, u"4.3.2"_s) : denied(command);
    }));
    QVERIFY(!r.calls.contains(u"QUIT"_s)); // a 421 means the server hangs up: nothing more is sent
    QCOMPARE(r.result.verdict.outcome, Outcome::Deferred);
}

void TestRelayProbe::closingAfterAnAcceptanceIsStillOpen()
{
    int rcpts = 0;
    const Run r = run(server([&rcpts](const QString &) {
        return ++rcpts == 1 ? reply(250, u"Ok"_s, u"2.1.5"_s) : reply(421, u"closing"_s, u"4.3.2"_s);
    }));
    QCOMPARE(r.result.verdict.outcome, Outcome::OpenRelay);
    QCOMPARE(acceptedForms(r.result.attempts.at(0)), QStringList{u"plain"_s});
}

QTEST_GUILESS_MAIN(TestRelayProbe)
#include "tst_relayprobe.moc"
