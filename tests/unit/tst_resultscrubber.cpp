// ResultScrubber: the password never leaves, and an anonymised result names no person
// and no client machine, while domains, servers and codes stay.
#include "report/ResultScrubber.h"

#include <QMessageAuthenticationCode>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Model::Problem;
using Model::Stage;

namespace {

const QString ehlo = u"pc-helpdesk-07.corp.example"_s;
const QString machine = u"PC-HELPDESK-07"_s;
const QString password = u"S3cr3t-P\u00e4ss!"_s;

SmtpReply reply(int code, const QString &enhanced, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines = {text};
    return r;
}

Explanation explanation(const QString &title)
{
    Explanation e;
    e.title = title;
    e.meaning = u"The server refused it."_s;
    e.causes = {u"A typo."_s};
    e.nextSteps = {u"Check the spelling."_s};
    e.references = {u"RFC 5321 \u00a74.2.3"_s};
    e.code = 550;
    e.enhancedCode = u"5.1.1"_s;
    return e;
}

/// A result with a slot for every free text; what the rows put in a slot is all it says
/// about people. The plan names alice.smith (user1), Bob (user2) and carol (user3).
TestResult base(const QString &user)
{
    TestResult r;
    r.plan.domain = u"contoso.example"_s;
    r.plan.ehloName = ehlo;
    r.plan.user = user;
    r.plan.password = password;
    r.plan.auth = TestPlan::Auth::Login;
    r.plan.mailFrom = u"alice.smith@wizard.test"_s;
    r.plan.rcptTo = {u"Bob@contoso.example"_s, u"carol@contoso.example"_s};
    r.plan.subject = u"Test"_s;
    r.plan.body = u"Hello"_s;
    r.plan.envid = u"ticket-1"_s;
    r.plan.headers = {{u"X-Ticket"_s, u"1"_s}};
    r.plan.caFile = u"/etc/ssl/ca.pem"_s;
    r.machineName = machine;
    r.dns.domain = u"contoso.example"_s;
    r.dns.errorText = u"none"_s;
    r.dns.explanation = explanation(u"DNS"_s);
    MxHost mx;
    mx.preference = 10;
    mx.exchange = u"mx.contoso.example"_s;
    r.dns.mx = {mx};
    TranscriptEntry event;
    event.text = u"Looking up contoso.example"_s;
    r.events = {event};

    Attempt a;
    a.route.host = u"mx.contoso.example"_s;
    a.route.address = QHostAddress(u"192.0.2.25"_s);
    a.route.port = 25;
    a.outcome = Attempt::Outcome::Rejected;
    a.stage = Stage::Rcpt;
    a.transcript = {event};
    a.replies = {ReplyRecord{reply(550, u"5.1.1"_s, u"User unknown"_s), Stage::Rcpt, explanation(u"Unknown"_s)}};
    a.finalReply = reply(550, u"5.1.1"_s, u"User unknown"_s);
    a.finalReplyIndex = 0;
    a.errorText = u"none"_s;
    RecipientResult bob; // as the run records a refused recipient
    bob.address = u"Bob@contoso.example"_s;
    bob.reply = reply(550, u"5.1.1"_s, u"User unknown"_s);
    bob.replyIndex = 0;
    a.recipients = {bob};
    a.findings = {Finding{Problem::DsnNotAdvertised, Stage::Ehlo, u"none"_s, false, explanation(u"No DSN"_s)}};
    r.attempts = {a};
    r.verdict.outcome = Verdict::Outcome::Rejected;
    r.verdict.stage = Stage::Rcpt;
    r.verdict.attemptIndex = 0;
    r.verdict.replyIndex = 0;
    r.verdict.summary = u"Refused."_s;
    r.verdict.nextSteps = {u"Check it."_s};
    return r;
}

using Slot = std::function<QString &(TestResult &)>;

QHash<QString, Slot> textSlots()
{
    return {
        {u"event"_s, [](TestResult &r) -> QString & { return r.events[0].text; }},
        {u"transcript"_s, [](TestResult &r) -> QString & { return r.attempts[0].transcript[0].text; }},
        {u"reply line"_s, [](TestResult &r) -> QString & { return r.attempts[0].replies[0].reply.lines[0]; }},
        {u"reply title"_s, [](TestResult &r) -> QString & { return r.attempts[0].replies[0].explanation.title; }},
        {u"reply meaning"_s, [](TestResult &r) -> QString & { return r.attempts[0].replies[0].explanation.meaning; }},
        {u"reply cause"_s, [](TestResult &r) -> QString & { return r.attempts[0].replies[0].explanation.causes[0]; }},
        {u"reply step"_s, [](TestResult &r) -> QString & { return r.attempts[0].replies[0].explanation.nextSteps[0]; }},
        {u"final reply"_s, [](TestResult &r) -> QString & { return r.attempts[0].finalReply->lines[0]; }},
        {u"recipient reply"_s, [](TestResult &r) -> QString & { return r.attempts[0].recipients[0].reply->lines[0]; }},
        {u"error text"_s, [](TestResult &r) -> QString & { return r.attempts[0].errorText; }},
        {u"finding detail"_s, [](TestResult &r) -> QString & { return r.attempts[0].findings[0].detail; }},
        {u"finding meaning"_s, [](TestResult &r) -> QString & { return r.attempts[0].findings[0].explanation.meaning; }},
        {u"dns error"_s, [](TestResult &r) -> QString & { return r.dns.errorText; }},
        {u"dns step"_s, [](TestResult &r) -> QString & { return r.dns.explanation.nextSteps[0]; }},
        {u"verdict summary"_s, [](TestResult &r) -> QString & { return r.verdict.summary; }},
        {u"verdict step"_s, [](TestResult &r) -> QString & { return r.verdict.nextSteps[0]; }},
        {u"subject"_s, [](TestResult &r) -> QString & { return r.plan.subject; }},
        {u"body"_s, [](TestResult &r) -> QString & { return r.plan.body; }},
        {u"header value"_s, [](TestResult &r) -> QString & { return r.plan.headers[0].second; }},
        {u"envid"_s, [](TestResult &r) -> QString & { return r.plan.envid; }},
        {u"ca file"_s, [](TestResult &r) -> QString & { return r.plan.caFile; }},
    };
}

QString b64(const QString &s)
{
    return QString::fromLatin1(s.toUtf8().toBase64());
}

} // namespace

class TestResultScrubber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anonymiseAddresses_data();
    void anonymiseAddresses();
    void anonymisedEverywhere_data();
    void anonymisedEverywhere();
    void planAndFacts();
    void plainSignInName_data();
    void plainSignInName();
    void withoutSecrets_data();
    void withoutSecrets();
    void withoutTokens_data();
    void withoutTokens();
};

void TestResultScrubber::anonymiseAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << u"alice@wizard.test"_s << u"user1@wizard.test"_s;
    QTest::newRow("same local part, any case") << u"Alice@a.test, alice@b.test"_s << u"user1@a.test, user1@b.test"_s;
    QTest::newRow("two people") << u"a@x.test b@x.test a@y.test"_s << u"user1@x.test user2@x.test user1@y.test"_s;
    QTest::newRow("angle brackets") << u"RCPT TO:<bob@x.test> NOTIFY=FAILURE"_s
                                    << u"RCPT TO:<user1@x.test> NOTIFY=FAILURE"_s;
    QTest::newRow("dots, plus and hyphen") << u"first.last+tag-1@x.test"_s << u"user1@x.test"_s;
    QTest::newRow("quoted local part") << u"\"john doe\"@x.test"_s << u"user1@x.test"_s;
    QTest::newRow("unicode") << u"j\u00f6rg@b\u00fccher.example"_s << u"user1@b\u00fccher.example"_s;
    QTest::newRow("address literal") << u"postmaster@[192.0.2.1]"_s << u"user1@[192.0.2.1]"_s;
    QTest::newRow("orcpt") << u"ORCPT=rfc822;bob@x.test"_s << u"ORCPT=rfc822;user1@x.test"_s;
    QTest::newRow("codes and domains stay") << u"550 5.1.1 <nobody@wizard.test>: User unknown"_s
                                            << u"550 5.1.1 <user1@wizard.test>: User unknown"_s;
    QTest::newRow("no address") << u"250 2.0.0 Ok: queued as 4XyZ"_s << u"250 2.0.0 Ok: queued as 4XyZ"_s;
    QTest::newRow("lone at sign") << u"meet @ noon, see @home"_s << u"meet @ noon, see @home"_s;
}

void TestResultScrubber::anonymiseAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QHash<QString, QString> map;
    QCOMPARE(ResultScrubber::anonymiseAddresses(text, map), expected);
    // The map carries on: a name seen before keeps its number.
    QCOMPARE(ResultScrubber::anonymiseAddresses(text, map), expected);
}

void TestResultScrubber::anonymisedEverywhere_data()
{
    QTest::addColumn<QString>("slot");
    QStringList names = textSlots().keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestResultScrubber::anonymisedEverywhere()
{
    QFETCH(QString, slot);
    const Slot at = textSlots().value(slot);
    TestResult result = base(u"alice.smith@wizard.test"_s);
    const QString probe = slot == u"ca file"_s
        ? u"\\\\PC-HELPDESK-07\\certs\\ca.pem"_s
        : u"550 5.1.1 <BOB@contoso.example>: alice.smith@wizard.test asked from pc-helpdesk-07.corp.example [pc-helpdesk-07]"_s;
    const QString expected = slot == u"ca file"_s
        ? u"\\\\client.invalid\\certs\\ca.pem"_s
        : u"550 5.1.1 <user2@contoso.example>: user1@wizard.test asked from client.invalid [client.invalid]"_s;
    at(result) = probe;
    TestResult out = ResultScrubber::anonymised(result);
    QCOMPARE(at(out), expected);
    QCOMPARE(at(result), probe); // a copy: the original is untouched
}

void TestResultScrubber::planAndFacts()
{
    TestResult result = base(u"alice.smith@wizard.test"_s);
    result.events[0].text = u"Not pc-helpdesk-07.corp.example.com, nor xpc-helpdesk-07, but PC-HELPDESK-07.CORP.EXAMPLE"_s;
    const TestResult out = ResultScrubber::anonymised(result);
    QCOMPARE(out.plan.user, u"user1@wizard.test"_s);
    QCOMPARE(out.plan.mailFrom, u"user1@wizard.test"_s);
    QCOMPARE(out.plan.rcptTo, QStringList({u"user2@contoso.example"_s, u"user3@contoso.example"_s}));
    QCOMPARE(out.attempts[0].recipients[0].address, u"user2@contoso.example"_s);
    QCOMPARE(out.plan.ehloName, ResultScrubber::anonymousHostName());
    QCOMPARE(out.machineName, u"client.invalid"_s);
    QVERIFY(out.plan.password.isEmpty());
    QCOMPARE(out.events[0].text, u"Not pc-helpdesk-07.corp.example.com, nor xpc-helpdesk-07, but client.invalid"_s);
    // What the test is about stays as it was.
    QCOMPARE(out.plan.domain, u"contoso.example"_s);
    QCOMPARE(out.dns.mx[0].exchange, u"mx.contoso.example"_s);
    QCOMPARE(out.attempts[0].route.host, u"mx.contoso.example"_s);
    QCOMPARE(out.attempts[0].route.address, QHostAddress(u"192.0.2.25"_s));
    QCOMPARE(out.attempts[0].replies[0].reply.code, 550);
    QCOMPARE(out.attempts[0].replies[0].reply.enhancedCode, u"5.1.1"_s);
    QCOMPARE(out.attempts[0].replies[0].explanation.references, result.attempts[0].replies[0].explanation.references);
    QCOMPARE(out.decidingCode(), std::optional<int>(550));
    QCOMPARE(out.decidingEnhancedCode(), u"5.1.1"_s);
    QCOMPARE(out.verdict.replyIndex, 0);
    QCOMPARE(out.verdict.outcome, Verdict::Outcome::Rejected);
}

void TestResultScrubber::plainSignInName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("word") << u"Signed in as asmith."_s << u"Signed in as user."_s;
    QTest::newRow("AUTH LOGIN user") << u"C: "_s + b64(u"asmith"_s) << u"C: "_s + b64(u"user"_s);
    QTest::newRow("longer word stays") << u"asmithers and asmith-old"_s << u"asmithers and asmith-old"_s;
    QTest::newRow("address with the same local part") << u"asmith@wizard.test"_s << u"user1@wizard.test"_s;
    QTest::newRow("domain named like it stays") << u"mx.asmith.example"_s << u"mx.asmith.example"_s;
}

void TestResultScrubber::plainSignInName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TestResult result = base(u"asmith"_s);
    result.plan.mailFrom.clear();
    result.plan.rcptTo.clear();
    result.attempts[0].recipients.clear();
    result.attempts[0].transcript[0].text = text;
    const TestResult out = ResultScrubber::anonymised(result);
    QCOMPARE(out.plan.user, u"user"_s);
    QCOMPARE(out.attempts[0].transcript[0].text, expected);
}

void TestResultScrubber::withoutSecrets_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString u = u"alice.smith@wizard.test"_s;
    QTest::newRow("raw") << u << password << u"typed "_s + password + u" here"_s << u"typed ******** here"_s;
    QTest::newRow("AUTH LOGIN") << u << password << u"C: "_s + b64(password) << u"C: ********"_s;
    QTest::newRow("AUTH PLAIN") << u << password << u"AUTH PLAIN "_s + b64(QChar(0) + u + QChar(0) + password)
                                << u"AUTH PLAIN ********"_s;
    QTest::newRow("AUTH PLAIN with authzid")
        << u << password << u"AUTH PLAIN "_s + b64(u + QChar(0) + u + QChar(0) + password) << u"AUTH PLAIN ********"_s;
    QTest::newRow("short password: base64 only") << u << u"abc"_s << u"abc "_s + b64(u"abc"_s)
                                                 << u"abc ********"_s;
    QTest::newRow("addresses stay") << u << password << u"from alice.smith@wizard.test"_s
                                    << u"from alice.smith@wizard.test"_s;
}

void TestResultScrubber::withoutSecrets()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TestResult result = base(user);
    result.plan.password = secret;
    const QHash<QString, Slot> all = textSlots();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        it.value()(result) = text;
    QList<TestResult> outs = {ResultScrubber::withoutSecrets(result), ResultScrubber::anonymised(result)};
    for (TestResult &out : outs) {
        QVERIFY(out.plan.password.isEmpty());
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key() == u"ca file"_s)
                continue; // a path, checked by anonymisedEverywhere
            const QString got = it.value()(out);
            QVERIFY2(!got.contains(secret) || secret.size() < 4, qPrintable(it.key() + u": "_s + got));
            QVERIFY2(!got.contains(b64(secret)), qPrintable(it.key() + u": "_s + got));
        }
    }
    TestResult plain = ResultScrubber::withoutSecrets(result);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() != u"ca file"_s)
            QCOMPARE(it.value()(plain), expected);
    }
    QCOMPARE(plain.plan.user, user); // not anonymised
    QCOMPARE(plain.plan.ehloName, ehlo);
}

void TestResultScrubber::withoutTokens_data()
{
    // The token's forms on the wire (XOAUTH2, OAUTHBEARER) and CRAM-MD5's answer, which
    // would let anyone guess the password offline.
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("text");
    const QString u = u"alice.smith@wizard.test"_s, token = u"ya29.A0ARrdaM-token_value"_s;
    const auto wire = [](const QByteArray &sasl) { return QString::fromLatin1(sasl.toBase64()); };
    QTest::newRow("raw token") << int(TestPlan::Auth::XOAuth2) << u"Bearer "_s + token;
    QTest::newRow("base64 token") << int(TestPlan::Auth::XOAuth2) << b64(token);
    QTest::newRow("XOAUTH2") << int(TestPlan::Auth::XOAuth2)
                             << u"AUTH XOAUTH2 "_s + wire("user=" + u.toUtf8() + "\x01" "auth=Bearer " + token.toUtf8() + "\x01\x01");
    QTest::newRow("OAUTHBEARER") << int(TestPlan::Auth::OAuthBearer)
                                 << u"AUTH OAUTHBEARER "_s + wire("n,a=" + u.toUtf8() + ",\x01" "auth=Bearer " + token.toUtf8() + "\x01\x01");
    QTest::newRow("CRAM-MD5") << int(TestPlan::Auth::CramMd5)
                              << wire(u.toUtf8() + " " + QMessageAuthenticationCode::hash("<1.2@x>", password.toUtf8(), QCryptographicHash::Md5).toHex());
}

void TestResultScrubber::withoutTokens()
{
    QFETCH(int, auth);
    QFETCH(QString, text);
    TestResult result = base(u"alice.smith@wizard.test"_s);
    result.plan.auth = TestPlan::Auth(auth);
    if (result.plan.usesToken()) {
        result.plan.password.clear();
        result.plan.token = u"ya29.A0ARrdaM-token_value"_s;
    }
    result.attempts[0].replies << ReplyRecord{reply(334, {}, b64(u"<1.2@x>"_s)), Stage::Auth, {}};
    const QHash<QString, Slot> all = textSlots();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        it.value()(result) = u"C: "_s + text;
    for (const TestResult &out : {ResultScrubber::withoutSecrets(result), ResultScrubber::anonymised(result)}) {
        QVERIFY(out.plan.token.isEmpty() && out.plan.password.isEmpty());
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key() != u"ca file"_s)
                QVERIFY2(!it.value()(const_cast<TestResult &>(out)).contains(text.section(u' ', -1)),
                         qPrintable(it.key() + u": "_s + it.value()(const_cast<TestResult &>(out))));
        }
    }
}

QTEST_GUILESS_MAIN(TestResultScrubber)
#include "tst_resultscrubber.moc"
