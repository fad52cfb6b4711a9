#include "protocol/smtp/AuthExchange.h"

#include <QTest>

using Auth = TestPlan::Auth;
using namespace Qt::StringLiterals;

/// Each sign-in mechanism's exact lines (the published examples where there are some),
/// what the transcript shows instead, and how an OAuth error challenge is answered.
class TestAuthExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishedExamples();
    void oauthBearerEscapesTheUserName();
    void exchange_data();
    void exchange();
    void tokenErrorChallenge_data();
    void tokenErrorChallenge();
    void refusals_data();
    void refusals();
    void autoChooses_data();
    void autoChooses();
};

namespace {
const QString token = u"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_s;

Capabilities offering(const QString &mechanisms)
{
    return Capabilities::fromEhloLines({u"mail.example"_s, u"AUTH "_s + mechanisms});
}

SmtpReply challenge(const QString &text)
{
    SmtpReply reply;
    reply.code = 334;
    reply.lines = {text};
    return reply;
}

TestPlan plan(Auth auth)
{
    TestPlan p;
    p.auth = auth;
    p.user = u"someuser@example.com"_s;
    if (TestPlan::usesToken(auth))
        p.token = token;
    else
        p.password = u"tanstaaftanstaaf"_s;
    return p;
}
} // namespace

void TestAuthExchange::publishedExamples()
{
    // Google's XOAUTH2 documentation (developers.google.com/gmail/imap/xoauth2-protocol).
    QCOMPARE(AuthExchange::xoauth2Response(u"someuser@example.com"_s, token),
             QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNr"
                        "QmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
    // RFC 2195 §2.
    QCOMPARE(AuthExchange::cramMd5Response(u"tim"_s, u"tanstaaftanstaaf"_s, "<1896.697170952@postoffice.reston.mci.net>"),
             QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    // RFC 7628 §3.1 without the optional host and port.
    QCOMPARE(QByteArray::fromBase64(AuthExchange::oauthBearerResponse(u"user@example.com"_s, u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_s)),
             QByteArray("n,a=user@example.com,\x01" "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
}

void TestAuthExchange::oauthBearerEscapesTheUserName()
{
    // RFC 5801 §4: "," and "=" in the authorisation identity.
    QCOMPARE(QByteArray::fromBase64(AuthExchange::oauthBearerResponse(u"a,b=c"_s, u"t"_s)),
             QByteArray("n,a=a=2Cb=3Dc,\x01" "auth=Bearer t\x01\x01"));
}

void TestAuthExchange::exchange_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("firstLine");
    QTest::addColumn<QString>("challengeText");
    QTest::addColumn<QByteArray>("response"); // empty: no response expected
    QTest::newRow("plain") << int(Auth::Plain)
                           << ("AUTH PLAIN " + QByteArray("\0someuser@example.com\0tanstaaftanstaaf", 38).toBase64())
                           << QString() << QByteArray();
    QTest::newRow("cram-md5") << int(Auth::CramMd5) << QByteArray("AUTH CRAM-MD5")
                              << u"PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"_s
                              << QByteArray("someuser@example.com b913a602c7eda7a495b4e6e7334d3890").toBase64();
    QTest::newRow("xoauth2") << int(Auth::XOAuth2)
                             << QByteArray("AUTH XOAUTH2 ")
                             << QString() << QByteArray();
    QTest::newRow("oauthbearer") << int(Auth::OAuthBearer) << QByteArray("AUTH OAUTHBEARER ") << QString() << QByteArray();
}

void TestAuthExchange::exchange()
{
    QFETCH(int, auth);
    QFETCH(QByteArray, firstLine);
    QFETCH(QString, challengeText);
    QFETCH(QByteArray, response);
    const TestPlan p = plan(Auth(auth));
    AuthExchange exchange(p);
    QVERIFY(!exchange.begin(offering(u"PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER"_s), true));
    const AuthExchange::Line first = exchange.first();
    QVERIFY2(first.wire.startsWith(firstLine), first.wire.constData());
    if (TestPlan::usesToken(Auth(auth))) {
        const QByteArray b64 = Auth(auth) == Auth::XOAuth2 ? AuthExchange::xoauth2Response(p.user, p.token)
                                                            : AuthExchange::oauthBearerResponse(p.user, p.token);
        QCOMPARE(first.wire, firstLine.trimmed() + ' ' + b64);
        QVERIFY(!first.shownAs.contains(QString::fromLatin1(b64)));
        QVERIFY(!first.shownAs.contains(token));
        QVERIFY(first.shownAs.contains(u"hidden"_s));
    }
    if (!response.isEmpty()) {
        const auto line = exchange.next(challenge(challengeText));
        QVERIFY(line);
        QCOMPARE(line->wire, response);
        QVERIFY(!line->shownAs.contains(QString::fromLatin1(response)));
        QVERIFY(!line->shownAs.contains(u"b913a602"_s));
        QVERIFY(!exchange.next(challenge(challengeText))); // one challenge, one answer
    }
}

void TestAuthExchange::tokenErrorChallenge_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("response");
    // RFC 7628 §3.2.3: a single ^A; XOAUTH2 (Google, Microsoft): an empty line.
    QTest::newRow("oauthbearer") << int(Auth::OAuthBearer) << QByteArray("AQ==");
    QTest::newRow("xoauth2") << int(Auth::XOAuth2) << QByteArray();
}

void TestAuthExchange::tokenErrorChallenge()
{
    QFETCH(int, auth);
    QFETCH(QByteArray, response);
    const TestPlan p = plan(Auth(auth));
    AuthExchange exchange(p);
    QVERIFY(!exchange.begin(offering(u"XOAUTH2 OAUTHBEARER"_s), true));
    exchange.first();
    const QString json = u"{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}"_s;
    const auto line = exchange.next(challenge(QString::fromLatin1(json.toUtf8().toBase64())));
    QVERIFY(line);
    QCOMPARE(line->wire, response);
    QVERIFY(!line->shownAs.isEmpty()); // an empty line is shown as what it means
    QVERIFY(line->tokenError);
    QCOMPARE(line->tokenError->json, json);
    QCOMPARE(line->tokenError->status, u"401"_s);
    QCOMPARE(line->tokenError->scope, u"https://mail.google.com/"_s);
    QVERIFY(!exchange.next(challenge(u"eyJ9"_s))); // a second challenge is one too many
}

void TestAuthExchange::refusals_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<int>("problem");
    QTest::newRow("xoauth2 not offered") << int(Auth::XOAuth2) << u"PLAIN LOGIN"_s << true
                                         << int(Model::Problem::AuthMechanismNotSupported);
    QTest::newRow("cram-md5 not offered") << int(Auth::CramMd5) << u"PLAIN"_s << true
                                          << int(Model::Problem::AuthMechanismNotSupported);
    QTest::newRow("token without TLS") << int(Auth::OAuthBearer) << u"OAUTHBEARER"_s << false
                                       << int(Model::Problem::PlaintextAuthRefused);
    QTest::newRow("cram-md5 without TLS") << int(Auth::CramMd5) << u"CRAM-MD5"_s << false
                                          << int(Model::Problem::PlaintextAuthRefused);
}

void TestAuthExchange::refusals()
{
    QFETCH(int, auth);
    QFETCH(QString, offered);
    QFETCH(bool, encrypted);
    QFETCH(int, problem);
    const TestPlan p = plan(Auth(auth));
    AuthExchange exchange(p);
    const auto refusal = exchange.begin(offering(offered), encrypted);
    QVERIFY(refusal);
    QCOMPARE(int(refusal->problem), problem);
    QVERIFY(!refusal->text.contains(token));
}

void TestAuthExchange::autoChooses_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QByteArray>("first");
    QTest::newRow("plain first") << u"CRAM-MD5 LOGIN PLAIN"_s << QByteArray("AUTH PLAIN ");
    QTest::newRow("login without plain") << u"CRAM-MD5 LOGIN"_s << QByteArray("AUTH LOGIN");
    QTest::newRow("cram-md5 alone") << u"CRAM-MD5"_s << QByteArray("AUTH CRAM-MD5");
}

void TestAuthExchange::autoChooses()
{
    QFETCH(QString, offered);
    QFETCH(QByteArray, first);
    const TestPlan p = plan(Auth::Auto);
    AuthExchange exchange(p);
    QVERIFY(!exchange.begin(offering(offered), true));
    QVERIFY(exchange.first().wire.startsWith(first));
}

QTEST_APPLESS_MAIN(TestAuthExchange)
#include "tst_authexchange.moc"
