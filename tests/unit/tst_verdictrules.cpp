// VerdictRules: which attempt decides a run, with which outcome, stage and reply.
#include "run/VerdictRules.h"

#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Problem;
using Model::Stage;
using Outcome = Verdict::Outcome;
using AO = Attempt::Outcome;
using OptProblem = std::optional<Problem>;

Q_DECLARE_METATYPE(Attempt)
Q_DECLARE_METATYPE(std::optional<Problem>)

namespace {

ReplyRecord rec(Stage stage, int code, const QString &enhanced, const QString &text)
{
    SmtpReply reply;
    reply.code = code;
    reply.enhancedCode = enhanced;
    reply.lines = {text};
    return ReplyRecord{reply, stage, {}};
}

/// A conversation that ended with its last record: Rejected and Deferred keep it as the
/// final reply; every RCPT record becomes a recipient result pointing at its record.
Attempt ended(AO outcome, const QList<ReplyRecord> &records)
{
    Attempt a;
    a.route.host = u"mx.wizard.test"_s;
    a.outcome = outcome;
    a.replies = records;
    a.stage = records.isEmpty() ? Stage::Connect : records.constLast().stage;
    if (outcome == AO::Rejected || outcome == AO::Deferred) {
        a.finalReply = records.constLast().reply;
        a.finalReplyIndex = int(records.size()) - 1;
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ReplyRecord &r = records.at(i);
        if (r.stage == Stage::Rcpt) {
            RecipientResult recipient;
            recipient.address = u"rcpt%1@wizard.test"_s.arg(i);
            recipient.reply = r.reply;
            recipient.replyIndex = int(i);
            a.recipients.append(recipient);
        }
        if (r.stage == Stage::Message && r.reply.codeClass() == 2)
            a.messageSent = true;
    }
    return a;
}

Attempt failed(Stage stage, OptProblem problem, const QString &errorText = {})
{
    Attempt a;
    a.outcome = problem == Problem::Cancelled ? AO::Cancelled : AO::Failed;
    a.stage = stage;
    a.fatalProblem = problem;
    a.errorText = errorText;
    return a;
}

QList<ReplyRecord> opening()
{
    return {rec(Stage::Greeting, 220, {}, u"mx.wizard.test ESMTP"_s), rec(Stage::Ehlo, 250, {}, u"mx.wizard.test"_s),
            rec(Stage::Mail, 250, u"2.1.0"_s, u"Ok"_s)};
}

/// Sent to every recipient given (RCPT codes), then DATA, the message and QUIT.
Attempt delivered(const QList<ReplyRecord> &rcpts = {rec(Stage::Rcpt, 250, u"2.1.5"_s, u"Ok"_s)})
{
    return ended(AO::Completed, opening() + rcpts
                     + QList<ReplyRecord>{rec(Stage::Data, 354, {}, u"End data with <CR><LF>.<CR><LF>"_s),
                                          rec(Stage::Message, 250, u"2.0.0"_s, u"Ok: queued as 4XyZ"_s),
                                          rec(Stage::Quit, 221, u"2.0.0"_s, u"Bye"_s)});
}

Attempt refusedAt(Stage stage, int code, const QString &enhanced, const QString &text)
{
    // Greeting and EHLO before a sign-in or the sender, MAIL FROM before a recipient.
    const qsizetype before = stage == Stage::Greeting ? 0 : stage == Stage::Rcpt ? 3 : 2;
    QList<ReplyRecord> records = opening().mid(0, before);
    records.append(rec(stage, code, enhanced, text));
    return ended(code >= 500 ? AO::Rejected : AO::Deferred, records);
}

} // namespace

class TestVerdictRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomeOf_data();
    void outcomeOf();
    void everyProblemHasAnOutcome();
    void triesNextMx_data();
    void triesNextMx();
    void decide_data();
    void decide();
};

void TestVerdictRules::outcomeOf_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<bool>("sendsMessage");
    QTest::addColumn<Outcome>("outcome");
    const ReplyRecord ok = rec(Stage::Rcpt, 250, u"2.1.5"_s, u"Ok"_s);
    const ReplyRecord unknown = rec(Stage::Rcpt, 550, u"5.1.1"_s, u"User unknown"_s);
    const ReplyRecord full = rec(Stage::Rcpt, 452, u"4.2.2"_s, u"Mailbox full"_s);
    QTest::newRow("sent") << delivered() << true << Outcome::Delivered;
    QTest::newRow("sent, plan stops earlier") << delivered() << false << Outcome::Accepted;
    QTest::newRow("completed before data") << ended(AO::Completed, opening() + QList{ok}) << true << Outcome::Accepted;
    QTest::newRow("one recipient refused") << delivered({ok, unknown}) << true << Outcome::Rejected;
    QTest::newRow("one recipient deferred") << delivered({full, ok}) << true << Outcome::Deferred;
    QTest::newRow("permanent beats transient") << delivered({full, unknown}) << true << Outcome::Rejected;
    QTest::newRow("5xx at rcpt") << refusedAt(Stage::Rcpt, 554, u"5.7.1"_s, u"Relay access denied"_s) << true
                                 << Outcome::Rejected;
    QTest::newRow("5xx at mail") << refusedAt(Stage::Mail, 553, u"5.1.8"_s, u"Sender domain unknown"_s) << true
                                 << Outcome::Rejected;
    QTest::newRow("5xx at auth") << refusedAt(Stage::Auth, 535, u"5.7.8"_s, u"Bad credentials"_s) << true
                                 << Outcome::AuthFailed;
    QTest::newRow("4xx at auth") << refusedAt(Stage::Auth, 454, u"4.7.0"_s, u"Try later"_s) << true
                                 << Outcome::Deferred;
    QTest::newRow("4xx at greeting") << refusedAt(Stage::Greeting, 421, u"4.3.2"_s, u"Shutting down"_s) << true
                                     << Outcome::Deferred;
    QTest::newRow("cancelled") << failed(Stage::Rcpt, Problem::Cancelled) << true << Outcome::Cancelled;
    QTest::newRow("failed without problem") << failed(Stage::Data, std::nullopt) << true << Outcome::ProtocolError;
    QTest::newRow("refused connection") << failed(Stage::Connect, Problem::ConnectionRefused) << true
                                        << Outcome::Unreachable;
}

void TestVerdictRules::outcomeOf()
{
    QFETCH(Attempt, attempt);
    QFETCH(bool, sendsMessage);
    QFETCH(Outcome, outcome);
    QCOMPARE(VerdictRules::outcomeOf(attempt, sendsMessage), outcome);
}

void TestVerdictRules::everyProblemHasAnOutcome()
{
    // The outcome every fatal problem leads to; a new Problem must be added here.
    const QMap<Problem, Outcome> expected = {
        {Problem::DnsNxDomain, Outcome::DnsFailed}, {Problem::DnsNoAnswer, Outcome::DnsFailed},
        {Problem::DnsServerFailure, Outcome::DnsFailed}, {Problem::DnsNoAddress, Outcome::DnsFailed},
        {Problem::NullMx, Outcome::DnsFailed}, {Problem::DanglingMx, Outcome::DnsFailed},
        {Problem::NoUsableAddress, Outcome::DnsFailed}, {Problem::ConnectionRefused, Outcome::Unreachable},
        {Problem::ConnectTimeout, Outcome::Timeout}, {Problem::HostUnreachable, Outcome::Unreachable},
        {Problem::NetworkUnreachable, Outcome::Unreachable}, {Problem::ConnectionReset, Outcome::ProtocolError},
        {Problem::ConnectionClosed, Outcome::ProtocolError}, {Problem::NoGreeting, Outcome::Timeout},
        {Problem::ReplyTimeout, Outcome::Timeout}, {Problem::MalformedReply, Outcome::ProtocolError},
        {Problem::UnsolicitedReply, Outcome::ProtocolError},
        {Problem::ReplyTooLong, Outcome::ProtocolError}, {Problem::TlsHandshakeFailed, Outcome::TlsFailed},
        {Problem::TlsCertificateInvalid, Outcome::TlsFailed}, {Problem::StartTlsNotOffered, Outcome::TlsFailed},
        {Problem::StartTlsRejected, Outcome::TlsFailed}, {Problem::AuthNotOffered, Outcome::AuthFailed},
        {Problem::AuthMechanismNotSupported, Outcome::AuthFailed}, {Problem::PlaintextAuthRefused, Outcome::AuthFailed},
        {Problem::TokenRejected, Outcome::AuthFailed}, {Problem::TokenScopeInsufficient, Outcome::AuthFailed},
        {Problem::MessageTooLarge, Outcome::Rejected}, {Problem::DsnNotAdvertised, Outcome::ProtocolError},
        {Problem::EightBitNotAdvertised, Outcome::ProtocolError}, {Problem::SmtpUtf8NotAdvertised, Outcome::Rejected},
        {Problem::Cancelled, Outcome::Cancelled},
    };
    const QMetaEnum meta = QMetaEnum::fromType<Problem>();
    QCOMPARE(expected.size(), meta.keyCount());
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto problem = Problem(meta.value(i));
        QVERIFY2(expected.contains(problem), meta.key(i));
        Attempt attempt = failed(Stage::Connect, problem);
        attempt.outcome = AO::Failed; // even Cancelled, to reach the problem's rule
        QCOMPARE(VerdictRules::outcomeOf(attempt, true), expected.value(problem));
    }
}

void TestVerdictRules::triesNextMx_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<bool>("next");
    QTest::newRow("4xx greeting") << refusedAt(Stage::Greeting, 421, u"4.3.2"_s, u"Busy"_s) << true;
    QTest::newRow("4xx rcpt") << refusedAt(Stage::Rcpt, 451, u"4.7.1"_s, u"Greylisted"_s) << true;
    QTest::newRow("5xx rcpt") << refusedAt(Stage::Rcpt, 550, u"5.1.1"_s, u"User unknown"_s) << false;
    QTest::newRow("5xx greeting") << refusedAt(Stage::Greeting, 554, u"5.7.1"_s, u"No service"_s) << false;
    QTest::newRow("5xx auth") << refusedAt(Stage::Auth, 535, u"5.7.8"_s, u"Bad credentials"_s) << false;
    QTest::newRow("refused") << failed(Stage::Connect, Problem::ConnectionRefused) << true;
    QTest::newRow("unreachable") << failed(Stage::Connect, Problem::HostUnreachable) << true;
    QTest::newRow("connect timeout") << failed(Stage::Connect, Problem::ConnectTimeout) << true;
    QTest::newRow("no greeting") << failed(Stage::Greeting, Problem::NoGreeting) << true;
    QTest::newRow("reset") << failed(Stage::Data, Problem::ConnectionReset) << true;
    QTest::newRow("hung up") << failed(Stage::Ehlo, Problem::ConnectionClosed) << true;
    QTest::newRow("tls handshake") << failed(Stage::StartTls, Problem::TlsHandshakeFailed) << true;
    QTest::newRow("auth not offered") << failed(Stage::Auth, Problem::AuthNotOffered) << false;
    QTest::newRow("plaintext auth refused") << failed(Stage::Auth, Problem::PlaintextAuthRefused) << false;
    QTest::newRow("too large") << failed(Stage::Mail, Problem::MessageTooLarge) << false;
    QTest::newRow("cancelled") << failed(Stage::Rcpt, Problem::Cancelled) << false;
    QTest::newRow("completed") << delivered() << false;
    QTest::newRow("completed, recipient refused")
        << delivered({rec(Stage::Rcpt, 550, u"5.1.1"_s, u"User unknown"_s)}) << false;
}

void TestVerdictRules::triesNextMx()
{
    QFETCH(Attempt, attempt);
    QFETCH(bool, next);
    QCOMPARE(VerdictRules::triesNextMx(attempt), next);
}

void TestVerdictRules::decide_data()
{
    QTest::addColumn<QList<Attempt>>("attempts");
    QTest::addColumn<TestPlan::Routing>("routing");
    QTest::addColumn<TestPlan::StopAfter>("stopAfter");
    QTest::addColumn<OptProblem>("dnsProblem");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("attemptIndex");
    QTest::addColumn<int>("replyIndex");
    QTest::addColumn<int>("code"); // 0: no deciding reply
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptProblem>("problem");
    using R = TestPlan::Routing;
    using S = TestPlan::StopAfter;
    const OptProblem none;
    const ReplyRecord ok = rec(Stage::Rcpt, 250, u"2.1.5"_s, u"Ok"_s);
    const ReplyRecord unknown = rec(Stage::Rcpt, 550, u"5.1.1"_s, u"User unknown"_s);
    const ReplyRecord full = rec(Stage::Rcpt, 452, u"4.2.2"_s, u"Mailbox full"_s);
    const Attempt refused = failed(Stage::Connect, Problem::ConnectionRefused, u"Connection refused"_s);
    const Attempt rcpt550 = refusedAt(Stage::Rcpt, 550, u"5.7.1"_s, u"Blocked"_s);

    QTest::newRow("failover: the last attempt decides")
        << QList{refused, delivered()} << R::FirstReachable << S::Send << none << Outcome::Delivered << Stage::Message
        << 1 << 5 << 250 << u"2.0.0"_s << u"Ok: queued as 4XyZ"_s << none;
    QTest::newRow("stop after rcpt: the last reply before QUIT")
        << QList{ended(AO::Completed, opening() + QList{ok, rec(Stage::Quit, 221, {}, u"Bye"_s)})} << R::FirstReachable
        << S::Rcpt << none << Outcome::Accepted << Stage::Rcpt << 0 << 3 << 250 << u"2.1.5"_s << u"Ok"_s << none;
    QTest::newRow("RSET and QUIT are not the proof")
        << QList{ended(AO::Completed, opening() + QList{rec(Stage::Quit, 250, u"2.0.0"_s, u"Reset"_s),
                                                         rec(Stage::Quit, 221, u"2.0.0"_s, u"Bye"_s)})}
        << R::FirstReachable << S::Mail << none << Outcome::Accepted << Stage::Mail << 0 << 2 << 250 << u"2.1.0"_s
        << u"Ok"_s << none;
    QTest::newRow("refused recipient decides") << QList{delivered({ok, unknown})} << R::FirstReachable << S::Send
                                               << none << Outcome::Rejected << Stage::Rcpt << 0 << 4 << 550
                                               << u"5.1.1"_s << u"User unknown"_s << none;
    QTest::newRow("permanent refusal before an earlier transient one")
        << QList{delivered({full, ok, unknown})} << R::FirstReachable << S::Send << none << Outcome::Rejected
        << Stage::Rcpt << 0 << 5 << 550 << u"5.1.1"_s << u"User unknown"_s << none;
    QTest::newRow("transient refusal") << QList{delivered({ok, full})} << R::FirstReachable << S::Send << none
                                       << Outcome::Deferred << Stage::Rcpt << 0 << 4 << 452 << u"4.2.2"_s
                                       << u"Mailbox full"_s << none;
    QTest::newRow("5xx to MAIL FROM") << QList{refusedAt(Stage::Mail, 553, u"5.1.8"_s, u"Domain unknown"_s)}
                                      << R::FirstReachable << S::Send << none << Outcome::Rejected << Stage::Mail << 0
                                      << 2 << 553 << u"5.1.8"_s << u"Domain unknown"_s << none;
    QTest::newRow("sign-in refused") << QList{refusedAt(Stage::Auth, 535, u"5.7.8"_s, u"Bad credentials"_s)}
                                     << R::FirstReachable << S::Send << none << Outcome::AuthFailed << Stage::Auth << 0
                                     << 2 << 535 << u"5.7.8"_s << u"Bad credentials"_s << none;
    QTest::newRow("failure without reply")
        << QList{refusedAt(Stage::Greeting, 421, {}, u"Busy"_s),
                 failed(Stage::StartTls, Problem::TlsCertificateInvalid, u"The host name did not match"_s)}
        << R::FirstReachable << S::Send << none << Outcome::TlsFailed << Stage::StartTls << 1 << -1 << 0 << QString()
        << u"The host name did not match"_s << OptProblem(Problem::TlsCertificateInvalid);
    QTest::newRow("every MX: the first failing one decides")
        << QList{delivered(), rcpt550, refusedAt(Stage::Rcpt, 451, u"4.7.1"_s, u"Later"_s)} << R::EveryMx << S::Send
        << none << Outcome::Rejected << Stage::Rcpt << 1 << 3 << 550 << u"5.7.1"_s << u"Blocked"_s << none;
    QTest::newRow("every MX: a refused recipient is a failure")
        << QList{delivered(), delivered({ok, unknown}), refused} << R::EveryMx << S::Send << none
        << Outcome::Rejected << Stage::Rcpt << 1 << 4 << 550 << u"5.1.1"_s << u"User unknown"_s << none;
    QTest::newRow("every MX: all fine, the last decides")
        << QList{delivered(), delivered()} << R::EveryMx << S::Send << none << Outcome::Delivered << Stage::Message
        << 1 << 5 << 250 << u"2.0.0"_s << u"Ok: queued as 4XyZ"_s << none;
    QTest::newRow("first reachable ignores an earlier failure")
        << QList{rcpt550, delivered()} << R::FirstReachable << S::Send << none << Outcome::Delivered
        << Stage::Message << 1 << 5 << 250 << u"2.0.0"_s << u"Ok: queued as 4XyZ"_s << none;
    QTest::newRow("cancelled attempt") << QList{failed(Stage::Rcpt, Problem::Cancelled)} << R::FirstReachable
                                       << S::Send << none << Outcome::Cancelled << Stage::Rcpt << 0 << -1 << 0
                                       << QString() << QString() << OptProblem(Problem::Cancelled);
    QTest::newRow("dns: no such domain") << QList<Attempt>() << R::FirstReachable << S::Send
                                         << OptProblem(Problem::DnsNxDomain) << Outcome::DnsFailed << Stage::Dns << -1
                                         << -1 << 0 << QString() << u"NXDOMAIN"_s << OptProblem(Problem::DnsNxDomain);
    QTest::newRow("dns: null MX") << QList<Attempt>() << R::EveryMx << S::Send << OptProblem(Problem::NullMx)
                                  << Outcome::DnsFailed << Stage::Dns << -1 << -1 << 0 << QString() << u"NXDOMAIN"_s
                                  << OptProblem(Problem::NullMx);
    QTest::newRow("dns: cancelled") << QList<Attempt>() << R::FirstReachable << S::Send
                                    << OptProblem(Problem::Cancelled) << Outcome::Cancelled << Stage::Dns << -1 << -1
                                    << 0 << QString() << u"NXDOMAIN"_s << OptProblem(Problem::Cancelled);
    QTest::newRow("dns: nothing to try, no problem named")
        << QList<Attempt>() << R::FirstReachable << S::Send << none << Outcome::DnsFailed << Stage::Dns << -1 << -1
        << 0 << QString() << u"NXDOMAIN"_s << OptProblem(Problem::DnsNoAddress);
}

void TestVerdictRules::decide()
{
    QFETCH(QList<Attempt>, attempts);
    QFETCH(TestPlan::Routing, routing);
    QFETCH(TestPlan::StopAfter, stopAfter);
    QFETCH(OptProblem, dnsProblem);
    QFETCH(Outcome, outcome);
    QFETCH(Stage, stage);
    QFETCH(int, attemptIndex);
    QFETCH(int, replyIndex);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(OptProblem, problem);

    TestResult result;
    result.plan.domain = u"wizard.test"_s;
    result.plan.routing = routing;
    result.plan.stopAfter = stopAfter;
    result.dns.problem = dnsProblem;
    result.dns.errorText = u"NXDOMAIN"_s;
    result.attempts = attempts;
    // A stale verdict from an earlier decision must not leak into this one.
    result.verdict.problem = Problem::ReplyTooLong;
    result.verdict.summary = u"stale"_s;
    result.verdict.attemptIndex = 7;
    result.verdict.replyIndex = 7;

    VerdictRules::decide(result);
    const Verdict &v = result.verdict;
    QCOMPARE(v.outcome, outcome);
    QCOMPARE(v.stage, stage);
    QCOMPARE(v.attemptIndex, attemptIndex);
    QCOMPARE(v.replyIndex, replyIndex);
    QCOMPARE(result.decidingCode(), code ? std::optional<int>(code) : std::nullopt);
    QCOMPARE(result.decidingEnhancedCode(), enhanced);
    QCOMPARE(result.decidingText(), text);
    QCOMPARE(v.problem, problem);
    QVERIFY(v.summary.isEmpty());
    if (replyIndex >= 0) {
        // The index points at the record whose reply decided it.
        const ReplyRecord &record = result.attempts.at(attemptIndex).replies.at(replyIndex);
        QCOMPARE(record.reply.code, code);
        QCOMPARE(record.reply.text(), text);
        QCOMPARE(record.stage, stage);
    }
}

QTEST_GUILESS_MAIN(TestVerdictRules)
#include "tst_verdictrules.moc"
