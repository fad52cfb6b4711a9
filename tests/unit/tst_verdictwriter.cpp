#include "run/RunExplainer.h"
#include "run/VerdictWriter.h"
#include "settings/Translations.h"

#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Category;
using Model::Problem;
using Outcome = Verdict::Outcome;
using Model::Stage;

Q_DECLARE_METATYPE(std::optional<Problem>)

namespace {

SmtpReply makeReply(int code, const QString &enhanced, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines << text;
    return r;
}

TestResult makeResult(Outcome outcome, Stage stage, int code, const QString &enhanced, const QString &text,
                      std::optional<Problem> problem)
{
    TestResult result;
    result.plan.domain = u"contoso.com"_s;
    result.dns.domain = u"contoso.com"_s;
    Attempt attempt;
    attempt.route.host = u"mail.contoso.com"_s;
    attempt.route.address = QHostAddress(u"192.0.2.10"_s);
    attempt.route.port = 25;
    attempt.stage = stage;
    // The records a run would have left: the deciding reply, or the problem that ended it.
    if (code)
        attempt.replies.append(ReplyRecord{makeReply(code, enhanced, text), stage, {}});
    else if (problem && *problem != Problem::Cancelled)
        attempt.findings.append(Finding{*problem, stage, text, true, {}});
    if (!code)
        attempt.errorText = text;
    result.attempts.append(attempt);
    result.verdict.outcome = outcome;
    result.verdict.stage = stage;
    result.verdict.problem = problem;
    result.verdict.attemptIndex = outcome == Outcome::DnsFailed ? -1 : 0;
    result.verdict.replyIndex = code ? 0 : -1;
    if (outcome == Outcome::DnsFailed) {
        result.attempts.clear();
        result.dns.problem = problem;
        result.dns.errorText = text;
    }
    RunExplainer::explainResult(result);
    return result;
}

} // namespace

class TestVerdictWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void everyOutcomeIsCovered();
    void unknownRecipientSentence();
    void refusedRecipientsAreNamed();
    void ignoredCertificateErrorsBecomeASteps();
    void serverFallsBackToAddress();
    void partlyRefusedRecipientsSayWhoGotIt();
    void eachRefusedRecipientHasItsReason();
    void everyMxNamesTheBrokenServer();
    void failoverIsANextStep();
    void everyMxCountsServersNotAddresses();
    void wrongPasswordSaysWhoseAndWhere();
};

void TestVerdictWriter::initTestCase()
{
    // The English plural forms ("1 other mail server") come from the built-in translation.
    Translations::install(*QCoreApplication::instance());
}

void TestVerdictWriter::outcomes_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Problem>>("problem");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("summaryContains");
    const std::optional<Problem> none;

    QTest::newRow("delivered") << Outcome::Delivered << Stage::Quit << 250 << u"2.0.0"_s << u"Ok: queued"_s << none
                               << Category::Accepted << u"mail.contoso.com accepted the message"_s;
    QTest::newRow("accepted") << Outcome::Accepted << Stage::Rcpt << 250 << u"2.1.5"_s << u"Ok"_s << none
                              << Category::Accepted << u"no message was sent"_s;
    QTest::newRow("rejected rcpt") << Outcome::Rejected << Stage::Rcpt << 550 << u"5.1.1"_s << u"User unknown"_s
                                   << none << Category::RecipientUnknown << u"refused the recipient"_s;
    QTest::newRow("rejected relay") << Outcome::Rejected << Stage::Rcpt << 554 << u"5.7.1"_s
                                    << u"<a@b.example>: Relay access denied"_s << none << Category::RelayDenied
                                    << u"does not pass mail on"_s;
    QTest::newRow("rejected sender") << Outcome::Rejected << Stage::Mail << 550 << u"5.1.7"_s << u"Invalid address"_s
                                     << none << Category::SenderRejected << u"refused the sender"_s;
    QTest::newRow("rejected message") << Outcome::Rejected << Stage::Message << 550 << u"5.7.26"_s
                                      << u"Unauthenticated email is not accepted due to domain's DMARC policy"_s << none
                                      << Category::SenderAuthentication << u"refused the message"_s;
    QTest::newRow("deferred greylist") << Outcome::Deferred << Stage::Rcpt << 451 << u"4.7.1"_s
                                       << u"Greylisted, try again later"_s << none << Category::Greylisted
                                       << u"try the recipient again later"_s;
    QTest::newRow("deferred 421") << Outcome::Deferred << Stage::Greeting << 421 << u"4.3.2"_s
                                  << u"Service shutting down"_s << none << Category::ServerUnavailable
                                  << u"not available"_s;
    QTest::newRow("unreachable timeout") << Outcome::Unreachable << Stage::Connect << 0 << QString() << QString()
                                         << std::optional<Problem>(Problem::ConnectTimeout) << Category::Timeout
                                         << u"No mail server for contoso.com could be reached"_s;
    QTest::newRow("unreachable refused") << Outcome::Unreachable << Stage::Connect << 0 << QString()
                                         << u"Connection refused"_s
                                         << std::optional<Problem>(Problem::ConnectionRefused) << Category::Network
                                         << u"connection refused"_s;
    QTest::newRow("timeout") << Outcome::Timeout << Stage::Data << 0 << QString() << QString()
                             << std::optional<Problem>(Problem::ReplyTimeout) << Category::Timeout
                             << u"stopped answering during the message (waited 30 s)"_s;
    // Issue 9, finding 8: a server that never greeted did not "stop answering at the GREETING step".
    QTest::newRow("no greeting") << Outcome::Timeout << Stage::Greeting << 0 << QString() << QString()
                                 << std::optional<Problem>(Problem::NoGreeting) << Category::Timeout
                                 << u"took the connection but never sent its greeting (waited 30 s)"_s;
    QTest::newRow("dns nxdomain") << Outcome::DnsFailed << Stage::Dns << 0 << QString() << QString()
                                  << std::optional<Problem>(Problem::DnsNxDomain) << Category::DomainNotFound
                                  << u"DNS lookup for contoso.com failed"_s;
    QTest::newRow("dns null mx") << Outcome::DnsFailed << Stage::Dns << 0 << QString() << QString()
                                 << std::optional<Problem>(Problem::NullMx) << Category::DomainAcceptsNoMail
                                 << u"null MX"_s;
    QTest::newRow("tls certificate") << Outcome::TlsFailed << Stage::StartTls << 0 << QString()
                                     << u"The host name did not match"_s
                                     << std::optional<Problem>(Problem::TlsCertificateInvalid) << Category::TlsFailed
                                     << u"(TLS) with mail.contoso.com failed"_s;
    QTest::newRow("tls not offered") << Outcome::TlsFailed << Stage::Ehlo << 0 << QString() << QString()
                                     << std::optional<Problem>(Problem::StartTlsNotOffered) << Category::TlsFailed
                                     << u"starttls not offered"_s;
    QTest::newRow("auth failed") << Outcome::AuthFailed << Stage::Auth << 535 << u"5.7.8"_s
                                 << u"Error: authentication failed"_s << none << Category::AuthFailed
                                 << u"Signing in to mail.contoso.com failed"_s;
    QTest::newRow("auth not offered") << Outcome::AuthFailed << Stage::Auth << 0 << QString() << QString()
                                      << std::optional<Problem>(Problem::AuthNotOffered) << Category::AuthFailed
                                      << u"sign-in not offered"_s;
    QTest::newRow("protocol") << Outcome::ProtocolError << Stage::Greeting << 0 << QString() << u"HTTP/1.1 400"_s
                              << std::optional<Problem>(Problem::MalformedReply) << Category::Other
                              << u"not valid SMTP"_s;
    // Issue 11, finding 5: a hang-up mid-reply and a reset after 354 are not bad SMTP.
    QTest::newRow("closed mid-reply") << Outcome::ProtocolError << Stage::Ehlo << 0 << QString()
                                      << u"The remote host closed the connection"_s
                                      << std::optional<Problem>(Problem::ConnectionClosed) << Category::ServerUnavailable
                                      << u"closed the connection during the greeting (EHLO) without finishing"_s;
    QTest::newRow("reset after 354") << Outcome::ProtocolError << Stage::Message << 0 << QString()
                                     << u"Connection reset by peer"_s
                                     << std::optional<Problem>(Problem::ConnectionReset) << Category::Network
                                     << u"was broken off (reset) during the message"_s;
    QTest::newRow("cancelled") << Outcome::Cancelled << Stage::Rcpt << 0 << QString() << QString()
                               << std::optional<Problem>(Problem::Cancelled) << Category::Other << u"cancelled"_s;
}

void TestVerdictWriter::outcomes()
{
    QFETCH(Outcome, outcome);
    QFETCH(Stage, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(std::optional<Problem>, problem);
    QFETCH(Category, category);
    QFETCH(QString, summaryContains);
    TestResult result = makeResult(outcome, stage, code, enhanced, text, problem);
    VerdictWriter::describe(result);
    const Verdict &v = result.verdict;
    QCOMPARE(v.category, category);
    QVERIFY2(v.summary.contains(summaryContains, Qt::CaseInsensitive), qPrintable(v.summary));
    QVERIFY(v.summary.endsWith(u'.'));
    QCOMPARE(v.summary.count(u". "), 0); // one sentence
    QVERIFY(!v.nextSteps.isEmpty());
    QVERIFY(v.nextSteps.size() <= 3);
    for (const QString &step : v.nextSteps)
        QVERIFY(!step.isEmpty());
}

void TestVerdictWriter::everyOutcomeIsCovered()
{
    const QMetaEnum meta = QMetaEnum::fromType<Outcome>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        TestResult result = makeResult(Outcome(meta.value(i)), Stage::Rcpt, 0, {}, {}, std::nullopt);
        VerdictWriter::describe(result);
        QVERIFY2(!result.verdict.summary.isEmpty(), meta.key(i));
        QVERIFY2(!result.verdict.summary.contains(u"%"), meta.key(i));
        QVERIFY2(!result.verdict.nextSteps.isEmpty(), meta.key(i));
    }
}

void TestVerdictWriter::unknownRecipientSentence()
{
    TestResult result = makeResult(Outcome::Rejected, Stage::Rcpt, 550, u"5.1.1"_s, u"User unknown"_s, std::nullopt);
    VerdictWriter::describe(result);
    QCOMPARE(result.verdict.summary,
             u"The server at mail.contoso.com refused the recipient: the mailbox does not exist."_s);
    QVERIFY(result.verdict.nextSteps.first().contains(u"spelling"));
}

void TestVerdictWriter::refusedRecipientsAreNamed()
{
    TestResult result = makeResult(Outcome::Delivered, Stage::Quit, 250, {}, u"queued"_s, std::nullopt);
    result.attempts[0].recipients = {{u"ok@contoso.com"_s, makeReply(250, u"2.1.5"_s, u"Ok"_s)},
                                     {u"gone@contoso.com"_s, makeReply(550, u"5.1.1"_s, u"User unknown"_s)}};
    VerdictWriter::describe(result);
    QVERIFY2(result.verdict.summary.contains(u"gone@contoso.com"), qPrintable(result.verdict.summary));
    QVERIFY(!result.verdict.summary.contains(u"ok@contoso.com"));
    QCOMPARE(result.verdict.category, Category::Accepted);
}

void TestVerdictWriter::ignoredCertificateErrorsBecomeASteps()
{
    TestResult result = makeResult(Outcome::Accepted, Stage::Rcpt, 250, {}, u"Ok"_s, std::nullopt);
    TlsInfo tls;
    tls.errors.append({QSslError::SelfSignedCertificate, u"self signed"_s, 0, {}});
    tls.continuedDespiteErrors = true;
    result.attempts[0].tls = tls;
    RunExplainer::explainTls(result.attempts[0]);
    VerdictWriter::describe(result);
    QVERIFY2(result.verdict.nextSteps.join(u' ').contains(u"self-signed certificate"),
             qPrintable(result.verdict.nextSteps.join(u'|')));
}

void TestVerdictWriter::serverFallsBackToAddress()
{
    TestResult result = makeResult(Outcome::Rejected, Stage::Rcpt, 550, u"5.1.1"_s, u"unknown"_s, std::nullopt);
    result.attempts[0].route.host.clear();
    VerdictWriter::describe(result);
    QVERIFY(result.verdict.summary.contains(u"192.0.2.10"));
}

void TestVerdictWriter::partlyRefusedRecipientsSayWhoGotIt()
{
    TestResult result = makeResult(Outcome::Rejected, Stage::Rcpt, 550, u"5.1.1"_s, u"User unknown"_s, std::nullopt);
    result.attempts[0].recipients = {{u"ok@contoso.com"_s, makeReply(250, u"2.1.5"_s, u"Ok"_s)},
                                     {u"gone@contoso.com"_s, makeReply(550, u"5.1.1"_s, u"User unknown"_s)}};
    result.attempts[0].messageSent = true;
    VerdictWriter::describe(result);
    const QString &summary = result.verdict.summary;
    QCOMPARE(summary, u"The server at mail.contoso.com refused gone@contoso.com: the mailbox does not exist; "
                      u"the message went to ok@contoso.com only."_s);
    QCOMPARE(result.verdict.category, Category::RecipientUnknown);

    // A third recipient only deferred is not lumped in with the unknown one.
    result.attempts[0].recipients.append({u"grey@contoso.com"_s, makeReply(450, u"4.7.1"_s, u"Greylisted"_s)});
    VerdictWriter::describe(result);
    QVERIFY2(!result.verdict.summary.contains(u"grey@contoso.com"), qPrintable(result.verdict.summary));
    QCOMPARE(result.verdict.nextSteps.value(1),
             u"grey@contoso.com was only deferred (try again later); see its reply in the transcript."_s);
}

// Issue 9, finding 1: nobody@ unknown and full@ over quota were both called "the mailbox
// does not exist", with only the step for a wrong address.
void TestVerdictWriter::eachRefusedRecipientHasItsReason()
{
    TestResult result = makeResult(Outcome::Rejected, Stage::Rcpt, 550, u"5.1.1"_s,
                                   u"<nobody@contoso.com>: Recipient address rejected: User unknown"_s, std::nullopt);
    Attempt &attempt = result.attempts[0];
    attempt.replies.append(ReplyRecord{makeReply(552, u"5.2.2"_s, u"<full@contoso.com>: Mailbox full"_s), Stage::Rcpt, {}});
    attempt.recipients = {{u"nobody@contoso.com"_s, attempt.replies.at(0).reply, 0},
                          {u"full@contoso.com"_s, attempt.replies.at(1).reply, 1}};
    RunExplainer::explainResult(result);
    VerdictWriter::describe(result);
    const Verdict &v = result.verdict;
    QCOMPARE(v.summary, u"The server at mail.contoso.com refused nobody@contoso.com (the mailbox does not exist), "
                        u"full@contoso.com (the mailbox is full)."_s);
    QCOMPARE(v.nextSteps.size(), 2);
    QVERIFY2(v.nextSteps.at(0).startsWith(u"For nobody@contoso.com: "), qPrintable(v.nextSteps.join(u'|')));
    QVERIFY2(v.nextSteps.at(0).contains(u"spelling"), qPrintable(v.nextSteps.at(0)));
    QVERIFY2(v.nextSteps.at(1).startsWith(u"For full@contoso.com: "), qPrintable(v.nextSteps.join(u'|')));
    QVERIFY2(!v.nextSteps.at(1).contains(u"spelling"), qPrintable(v.nextSteps.at(1)));

    // The same two refused while a third got the message: the summary still keeps them apart.
    attempt.replies.append(ReplyRecord{makeReply(250, u"2.1.5"_s, u"Ok"_s), Stage::Rcpt, {}});
    attempt.recipients.append({u"ok@contoso.com"_s, attempt.replies.at(2).reply, 2});
    attempt.messageSent = true;
    RunExplainer::explainResult(result);
    VerdictWriter::describe(result);
    QVERIFY2(v.summary.endsWith(u"full@contoso.com (the mailbox is full); the message went to ok@contoso.com only."),
             qPrintable(v.summary));

    // Delivered after RCPT refusals: each refusal is named with its reason too.
    result.verdict.outcome = Outcome::Delivered;
    result.verdict.replyIndex = 2;
    VerdictWriter::describe(result);
    QVERIFY2(v.summary.contains(u"nobody@contoso.com (the mailbox does not exist), full@contoso.com (the mailbox is full)"),
             qPrintable(v.summary));
    QVERIFY2(v.nextSteps.join(u'|').contains(u"For full@contoso.com: "), qPrintable(v.nextSteps.join(u'|')));
}

void TestVerdictWriter::everyMxNamesTheBrokenServer()
{
    // Two MX probed: the first refused the connection, the second took the mail.
    TestResult result = makeResult(Outcome::Unreachable, Stage::Connect, 0, {}, u"Connection refused"_s,
                                   Problem::ConnectionRefused);
    result.plan.routing = TestPlan::Routing::EveryMx;
    result.attempts[0].route.host = u"mx1.contoso.com"_s;
    result.attempts[0].outcome = Attempt::Outcome::Failed;
    result.attempts[0].fatalProblem = Problem::ConnectionRefused;
    Attempt good;
    good.route.host = u"mx2.contoso.com"_s;
    good.outcome = Attempt::Outcome::Completed;
    good.messageSent = true;
    result.attempts.append(good);
    VerdictWriter::describe(result);
    const QString &summary = result.verdict.summary;
    QVERIFY2(summary.startsWith(u"The server at mx1.contoso.com could not be reached"), qPrintable(summary));
    QVERIFY2(summary.endsWith(u"1 other mail server took it."), qPrintable(summary));
    QVERIFY(!summary.contains(u"No mail server"));
}

void TestVerdictWriter::failoverIsANextStep()
{
    TestResult result = makeResult(Outcome::Delivered, Stage::Message, 250, u"2.0.0"_s, u"queued"_s, std::nullopt);
    Attempt dead;
    dead.route.host = u"mx1.contoso.com"_s;
    dead.outcome = Attempt::Outcome::Failed;
    dead.fatalProblem = Problem::ConnectTimeout;
    result.attempts.prepend(dead);
    result.attempts[1].outcome = Attempt::Outcome::Completed;
    result.attempts[1].messageSent = true;
    result.verdict.attemptIndex = 1;
    VerdictWriter::describe(result);
    QVERIFY2(result.verdict.summary.contains(u"mail.contoso.com accepted the message"), qPrintable(result.verdict.summary));
    QVERIFY2(result.verdict.nextSteps.first().startsWith(u"mx1.contoso.com did not take the mail"),
             qPrintable(result.verdict.nextSteps.join(u'|')));
}

// Issue 9, finding 17: "2 other mail servers took it" for one server with two addresses,
// in a probe that took nothing.
void TestVerdictWriter::everyMxCountsServersNotAddresses()
{
    TestResult result = makeResult(Outcome::Unreachable, Stage::Connect, 0, {}, u"Connection refused"_s,
                                   Problem::ConnectionRefused);
    result.plan.routing = TestPlan::Routing::EveryMx;
    result.plan.stopAfter = TestPlan::StopAfter::Rcpt;
    result.attempts[0].route.host = u"mx1.contoso.com"_s;
    result.attempts[0].fatalProblem = Problem::ConnectionRefused;
    for (const char *address : {"192.0.2.20", "2001:db8::20"}) {
        Attempt good;
        good.route.host = u"mx2.contoso.com"_s;
        good.route.address = QHostAddress(QString::fromLatin1(address));
        good.outcome = Attempt::Outcome::Completed;
        good.recipients = {{u"a@contoso.com"_s, makeReply(250, u"2.1.5"_s, u"Ok"_s)}};
        result.attempts.append(good);
    }
    VerdictWriter::describe(result);
    QVERIFY2(result.verdict.summary.endsWith(u"; 1 other mail server accepted the test."), qPrintable(result.verdict.summary));

    // The failing address belongs to a server whose other address worked.
    result.attempts[0].route.host = u"mx2.contoso.com"_s;
    result.attempts.removeLast();
    VerdictWriter::describe(result);
    QVERIFY2(result.verdict.summary.endsWith(u"; the same server worked on its other address (192.0.2.20)."),
             qPrintable(result.verdict.summary));
}

// Issue 9, finding 13: a wrong password's summary said only "sign-in failed".
void TestVerdictWriter::wrongPasswordSaysWhoseAndWhere()
{
    TestResult result = makeResult(Outcome::AuthFailed, Stage::Auth, 535, u"5.7.8"_s,
                                   u"Error: authentication failed"_s, std::nullopt);
    result.plan.user = u"alice@contoso.com"_s;
    VerdictWriter::describe(result);
    const Verdict &v = result.verdict;
    QVERIFY2(v.summary.contains(u"did not accept the sign-in of alice@contoso.com"), qPrintable(v.summary));
    QVERIFY2(!v.summary.contains(u"failed: sign-in failed"), qPrintable(v.summary));
    QVERIFY2(v.nextSteps.value(0).contains(u"Sign-in page"), qPrintable(v.nextSteps.join(u'|')));
}

QTEST_GUILESS_MAIN(TestVerdictWriter)
#include "tst_verdictwriter.moc"
