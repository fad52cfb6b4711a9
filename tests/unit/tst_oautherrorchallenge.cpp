#include "protocol/smtp/OAuthErrorChallenge.h"

#include <QTest>

using Model::Problem;
using namespace Qt::StringLiterals;

/// The JSON error document of a refused OAuth 2.0 sign-in, decoded from the 334 challenge.
class TestOAuthErrorChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void notAnError_data();
    void notAnError();
};

void TestOAuthErrorChallenge::decode_data()
{
    QTest::addColumn<QString>("base64");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("summary");
    // Google's documented example, as sent (with its trailing newline).
    QTest::newRow("gmail") << u"eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIG1hYyIsInNjb3BlIjoiaHR0cHM6Ly9tYWlsLmdvb2dsZS5jb20vIn0K"_s
                           << u"401"_s << u"https://mail.google.com/"_s << int(Problem::TokenRejected)
                           << u"status 401, schemes bearer mac, scope https://mail.google.com/"_s;
    // RFC 7628 §4.3.
    QTest::newRow("rfc 7628") << QString::fromLatin1(QByteArray(R"({"status":"invalid_token","scope":"example_scope",)"
                                                                R"("openid-configuration":"https://example.com/.well-known/openid-configuration"})")
                                                         .toBase64())
                              << u"invalid_token"_s << u"example_scope"_s << int(Problem::TokenRejected)
                              << u"status invalid_token, scope example_scope"_s;
    QTest::newRow("insufficient scope") << QString::fromLatin1(QByteArray(R"({"status":"insufficient_scope","scope":"SMTP.Send"})").toBase64())
                                        << u"insufficient_scope"_s << u"SMTP.Send"_s << int(Problem::TokenScopeInsufficient)
                                        << u"status insufficient_scope, scope SMTP.Send"_s;
    QTest::newRow("403 as a number") << QString::fromLatin1(QByteArray(R"({"status":403,"schemes":"bearer"})").toBase64())
                                     << u"403"_s << QString() << int(Problem::TokenScopeInsufficient)
                                     << u"status 403, schemes bearer"_s;
    // The server's values reach the transcript and a terminal: controls are shown, not obeyed.
    QTest::newRow("escape in the scope") << QString::fromLatin1(QByteArray(R"({"status":"401","scope":"x\u001b[2J"})").toBase64())
                                         << u"401"_s << u"x\x1b[2J"_s
                                         << int(Problem::TokenRejected) << u"status 401, scope x\\x1b[2J"_s;
}

void TestOAuthErrorChallenge::decode()
{
    QFETCH(QString, base64);
    QFETCH(QString, status);
    QFETCH(QString, scope);
    QFETCH(int, problem);
    QFETCH(QString, summary);
    const auto challenge = OAuthErrorChallenge::decode(base64);
    QVERIFY(challenge);
    QCOMPARE(challenge->status, status);
    QCOMPARE(challenge->scope, scope);
    QCOMPARE(int(challenge->problem()), problem);
    QCOMPARE(challenge->summary(), summary);
    QCOMPARE(challenge->json.toUtf8(), QByteArray::fromBase64(base64.toLatin1()));
}

void TestOAuthErrorChallenge::notAnError_data()
{
    QTest::addColumn<QString>("base64");
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << u"{\"status\":\"401\"}"_s;
    QTest::newRow("cram-md5 challenge") << u"PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"_s;
    QTest::newRow("json without status") << QString::fromLatin1(QByteArray(R"({"scope":"x"})").toBase64());
    QTest::newRow("json array") << QString::fromLatin1(QByteArray(R"(["401"])").toBase64());
}

void TestOAuthErrorChallenge::notAnError()
{
    QFETCH(QString, base64);
    QVERIFY(!OAuthErrorChallenge::decode(base64));
}

QTEST_APPLESS_MAIN(TestOAuthErrorChallenge)
#include "tst_oautherrorchallenge.moc"
