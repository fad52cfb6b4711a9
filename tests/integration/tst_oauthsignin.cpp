#include "CliProcess.h"
#include "SaslScriptServer.h"
#include "Testbed.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Step = SaslScriptServer::Step;

/// smtp-wizard-cli signing in with AUTH XOAUTH2, OAUTHBEARER and CRAM-MD5 against a
/// scripted server that checks the exact SASL bytes (no real provider is reachable here):
/// the initial responses, the JSON error challenge and the client's answer to it (an empty
/// line for XOAUTH2, "AQ==" for OAUTHBEARER, RFC 7628 §3.2.3), the CRAM-MD5 digest. Every
/// output (stdout, stderr, --json, the .txt/.html/.json/.pdf reports, the files in HOME)
/// is searched for the token, the password and their base64 forms.
class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exactExchange_data();
    void exactExchange();
    void keychainKeepsTokenApartFromPassword();
    void basicAuthDisabledPointsToTokens();
    void cramMd5AgainstPostfix_data();
    void cramMd5AgainstPostfix();

private:
    using Output = CliProcess::Output;
    Output cli(const QStringList &arguments, const QByteArray &input = {});
    QStringList signIn(const QString &auth) const;
    QList<Step> script(const QList<Step> &auth) const;
    QList<QByteArray> secretForms() const;
    void searchEverything(const QList<QByteArray> &haystacks, const QString &reportDir);

    SaslScriptServer m_server;
    QTemporaryDir m_home;
    const QString m_user = u"alice@sasl.test"_s;
    QString m_token;
    QString m_password;
    const QByteArray m_challenge = "<1896.697170952@postoffice.reston.mci.net>";
};

namespace {
QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64();
}
QByteArray errorJson(const char *status)
{
    return QByteArray(R"({"status":")") + status + R"(","schemes":"bearer","scope":"https://mail.google.com/"})";
}
} // namespace

void TestOAuthSignIn::initTestCase()
{
    QString why;
    if (!Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(m_home.isValid());
    QVERIFY(m_server.listen());
    // Fresh secrets each run, long enough that a match can only be a leak.
    const QByteArray salt = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m_token = u"ya29.a0Scripted-"_s + QString::fromLatin1(salt) + u"-bearer_token.JWTlike"_s;
    m_password = u"Scripted-Pa55-"_s + QString::fromLatin1(salt);
}

TestOAuthSignIn::Output TestOAuthSignIn::cli(const QStringList &arguments, const QByteArray &input)
{
    return CliProcess::run(m_home.path(), arguments, input, 30000);
}

QStringList TestOAuthSignIn::signIn(const QString &auth) const
{
    return {u"--server"_s, u"127.0.0.1:"_s + QString::number(m_server.port()), u"--security"_s, u"none"_s,
            u"--allow-plaintext-auth"_s, u"--ehlo"_s, u"client.wizard.test"_s, u"--auth"_s, auth, u"--user"_s, m_user,
            u"--quit-after"_s, u"auth"_s, u"--timeout"_s, u"10"_s};
}

QList<Step> TestOAuthSignIn::script(const QList<Step> &auth) const
{
    QList<Step> steps{{std::nullopt, "220 sasl.test ESMTP scripted"},
                      {"EHLO client.wizard.test", "250-sasl.test\r\n250-AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER\r\n"
                                                  "250 ENHANCEDSTATUSCODES"}};
    steps << auth << Step{"QUIT", "221 2.0.0 Bye"};
    return steps;
}

QList<QByteArray> TestOAuthSignIn::secretForms() const
{
    const QByteArray user = m_user.toUtf8(), token = m_token.toUtf8(), password = m_password.toUtf8();
    const QByteArray digest = QMessageAuthenticationCode::hash(m_challenge, password, QCryptographicHash::Md5).toHex();
    return {token, b64(token), b64("user=" + user + "\x01" "auth=Bearer " + token + "\x01\x01"),
            b64("n,a=" + user + ",\x01" "auth=Bearer " + token + "\x01\x01"), "Bearer " + token.left(12),
            password, b64(password), b64('\0' + user + '\0' + password), b64(user + ' ' + digest), digest};
}

void TestOAuthSignIn::searchEverything(const QList<QByteArray> &outputs, const QString &reportDir)
{
    QList<QByteArray> haystacks = outputs;
    QStringList searched;
    for (const QString &dir : {reportDir, m_home.path()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            haystacks.append(file.readAll());
            searched.append(file.fileName());
        }
    }
    QVERIFY2(searched.size() >= 4, qPrintable(searched.join(u", "_s)));
    QProcess pdfText;
    pdfText.start(u"pdftotext"_s, {reportDir + u"/report.pdf"_s, u"-"_s});
    QVERIFY(pdfText.waitForFinished(10000));
    const QByteArray pdf = pdfText.readAllStandardOutput();
    QVERIFY(pdf.contains("sasl.test"));
    haystacks.append(pdf);
    for (const QByteArray &haystack : std::as_const(haystacks)) {
        for (const QByteArray &secret : secretForms())
            QVERIFY2(!haystack.contains(secret), QByteArray("a secret leaked: " + secret.left(6) + "...").constData());
    }
}

void TestOAuthSignIn::exactExchange_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QByteArray>("input");      // what --token-stdin / --password-stdin read
    QTest::addColumn<QList<Step>>("exchange");  // the AUTH steps, byte for byte
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("problem");       // the finding the error challenge leads to
    QTest::addColumn<QString>("shown");         // a transcript line that must be there

    const QByteArray user = m_user.toUtf8(), token = m_token.toUtf8(), password = m_password.toUtf8();
    const QByteArray xoauth2 = "AUTH XOAUTH2 " + b64("user=" + user + "\x01" "auth=Bearer " + token + "\x01\x01");
    const QByteArray bearer = "AUTH OAUTHBEARER " + b64("n,a=" + user + ",\x01" "auth=Bearer " + token + "\x01\x01");
    const QByteArray digest = QMessageAuthenticationCode::hash(m_challenge, password, QCryptographicHash::Md5).toHex();

    QTest::newRow("xoauth2 accepted") << u"xoauth2"_s << token + '\n'
                                      << QList<Step>{{xoauth2, "235 2.7.0 Accepted"}} << 0 << QString()
                                      << u"AUTH XOAUTH2 [user name \"alice@sasl.test\" and access token hidden]"_s;
    QTest::newRow("xoauth2 expired token")
        << u"xoauth2"_s << "  " + token + " \r\n"
        << QList<Step>{{xoauth2, "334 " + b64(errorJson("401"))}, {"", "535 5.7.8 Username and Password not accepted"}}
        << 6 << u"token-rejected"_s << u"status 401, schemes bearer, scope https://mail.google.com/"_s;
    QTest::newRow("oauthbearer accepted") << u"oauthbearer"_s << token + '\n'
                                          << QList<Step>{{bearer, "235 2.7.0 Accepted"}} << 0 << QString()
                                          << u"AUTH OAUTHBEARER [user name \"alice@sasl.test\" and access token hidden]"_s;
    QTest::newRow("oauthbearer wrong scope")
        << u"oauthbearer"_s << token + '\n'
        << QList<Step>{{bearer, "334 " + b64(errorJson("insufficient_scope"))}, {"AQ==", "535 5.7.8 Authentication failed"}}
        << 6 << u"token-scope-insufficient"_s << u"AQ== [^A: ends the refused sign-in, as RFC 7628 asks]"_s;
    QTest::newRow("cram-md5") << u"cram-md5"_s << password + '\n'
                              << QList<Step>{{"AUTH CRAM-MD5", "334 " + b64(m_challenge)},
                                             {b64(user + ' ' + digest), "235 2.7.0 Accepted"}}
                              << 0 << QString() << u"334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"_s;
}

void TestOAuthSignIn::exactExchange()
{
    QFETCH(QString, auth);
    QFETCH(QByteArray, input);
    QFETCH(QList<Step>, exchange);
    QFETCH(int, exitCode);
    QFETCH(QString, problem);
    QFETCH(QString, shown);

    m_server.setScript(script(exchange));
    QTemporaryDir reports;
    QStringList args = signIn(auth) << (auth == u"cram-md5"_s ? u"--password-stdin"_s : u"--token-stdin"_s);
    for (const char *ext : {"txt", "html", "json", "pdf"})
        args << u"--report"_s << reports.filePath(u"report."_s + QLatin1StringView(ext));
    const Output text = cli(args, input);
    QVERIFY2(m_server.mismatches().isEmpty(), m_server.mismatches().join('\n').constData());
    QVERIFY2(m_server.scriptDone(), m_server.received().join('\n').constData());
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(text.out).contains(shown), text.out.constData());

    m_server.setScript(script(exchange));
    const Output json = cli(signIn(auth) << u"--json"_s
                                         << (auth == u"cram-md5"_s ? u"--password-stdin"_s : u"--token-stdin"_s),
                            input);
    QVERIFY2(m_server.mismatches().isEmpty(), m_server.mismatches().join('\n').constData());
    QCOMPARE(json.exitCode, exitCode);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(u"plan"_s).toObject().value(u"auth"_s).toString(), auth);
    const QJsonObject attempt = document.value(u"attempts"_s).toArray().first().toObject();
    QCOMPARE(attempt.value(u"authenticated"_s).toBool(), exitCode == 0);
    QStringList problems;
    for (const QJsonValue &finding : attempt.value(u"findings"_s).toArray())
        problems << finding.toObject().value(u"problem"_s).toString();
    QCOMPARE(problems, problem.isEmpty() ? QStringList() : QStringList{problem});
    if (!problem.isEmpty()) {
        // The challenge decoded into words, and explained, in the --json transcript too.
        const QString detail = attempt.value(u"findings"_s).toArray().first().toObject().value(u"detail"_s).toString();
        QVERIFY2(detail.contains(u"\"scope\":\"https://mail.google.com/\""_s), qPrintable(detail));
        // The verdict explains the decoded error, not the provider's words for passwords.
        const QString verdict = QString::fromUtf8(text.out).section(u"Verdict:"_s, 1);
        QVERIFY2(verdict.contains(problem == u"token-rejected"_s ? u"refused the access token of alice@sasl.test: access token refused"_s
                                                                 : u"lacks permission to send mail"_s),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(u"fresh access token"_s) || verdict.contains(u"new token"_s), qPrintable(verdict));
    }
    searchEverything({text.out, text.err, json.out, json.err}, reports.path());
}

void TestOAuthSignIn::keychainKeepsTokenApartFromPassword()
{
    const QByteArray user = m_user.toUtf8(), token = m_token.toUtf8(), password = m_password.toUtf8();
    const QByteArray plain = "AUTH PLAIN " + b64('\0' + user + '\0' + password);
    const QByteArray xoauth2 = "AUTH XOAUTH2 " + b64("user=" + user + "\x01" "auth=Bearer " + token + "\x01\x01");
    const QStringList plainArgs = signIn(u"plain"_s), tokenArgs = signIn(u"xoauth2"_s);
    const QStringList forget{u"--forget-password"_s};
    cli(plainArgs + forget);
    cli(tokenArgs + forget);

    // Remember both, one after the other, for the same user and server.
    m_server.setScript(script({{plain, "235 2.7.0 Accepted"}}));
    Output saved = cli(plainArgs + QStringList{u"--password-stdin"_s, u"--save-password"_s}, password + '\n');
    QVERIFY2(saved.exitCode == 0 && saved.err.contains("Saved the password"), saved.err.constData());
    m_server.setScript(script({{xoauth2, "235 2.7.0 Accepted"}}));
    saved = cli(tokenArgs + QStringList{u"--token-stdin"_s, u"--save-password"_s}, token + '\n');
    QVERIFY2(saved.exitCode == 0 && saved.err.contains("Saved the access token"), saved.err.constData());

    // Each comes back from its own entry: the token did not overwrite the password.
    m_server.setScript(script({{plain, "235 2.7.0 Accepted"}}));
    const Output withPassword = cli(plainArgs);
    QVERIFY2(m_server.mismatches().isEmpty(), m_server.mismatches().join('\n').constData());
    QVERIFY2(withPassword.exitCode == 0 && withPassword.out.contains("Using the password stored"), withPassword.out.constData());
    m_server.setScript(script({{xoauth2, "235 2.7.0 Accepted"}}));
    const Output withToken = cli(tokenArgs);
    QVERIFY2(m_server.mismatches().isEmpty(), m_server.mismatches().join('\n').constData());
    QVERIFY2(withToken.exitCode == 0 && withToken.out.contains("Using the access token stored"), withToken.out.constData());

    QCOMPARE(cli(tokenArgs + forget).exitCode, 0);
    QCOMPARE(cli(tokenArgs).exitCode, 64); // gone, and the password entry is not used instead
    QCOMPARE(cli(plainArgs + forget).exitCode, 0);
    for (const QByteArray &secret : secretForms()) {
        for (const QByteArray &output : {saved.out, saved.err, withPassword.out, withPassword.err, withToken.out, withToken.err})
            QVERIFY2(!output.contains(secret), "a secret leaked");
    }
}

void TestOAuthSignIn::basicAuthDisabledPointsToTokens()
{
    const Output explained = cli({u"--explain"_s, u"535 5.7.139 Authentication unsuccessful, basic authentication is disabled"_s});
    QCOMPARE(explained.exitCode, 0);
    QVERIFY2(explained.out.contains("OAuth 2.0 access token") && explained.out.contains("XOAUTH2"), explained.out.constData());
}

void TestOAuthSignIn::cramMd5AgainstPostfix_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("cram-md5") << u"cram-md5"_s << true << 0;
    QTest::newRow("cram-md5, wrong password") << u"cram-md5"_s << false << 6;
}

void TestOAuthSignIn::cramMd5AgainstPostfix()
{
    // The test bed's Postfix offers CRAM-MD5 from its sasldb (tests/testbed/testbed.sh), so
    // the digest is checked by a real implementation too, not only by the scripted server.
    QFETCH(QString, mechanism);
    QFETCH(bool, rightPassword);
    QFETCH(int, exitCode);
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    const QString password = rightPassword ? Testbed::value(u"PASSWORD") : u"not-the-password"_s;
    const Output run = cli({u"--server"_s, Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(u"SUBMISSION_PORT"),
                            u"--ca-file"_s, Testbed::value(u"CA_FILE"), u"--ehlo"_s, u"client.wizard.test"_s,
                            u"--dns-server"_s, Testbed::value(u"DNS"), u"--auth"_s, mechanism, u"--user"_s,
                            Testbed::value(u"USER"), u"--password-stdin"_s, u"--quit-after"_s, u"auth"_s, u"--json"_s},
                           password.toUtf8() + '\n');
    QCOMPARE(run.exitCode, exitCode);
    const QJsonObject attempt = QJsonDocument::fromJson(run.out).object().value(u"attempts"_s).toArray().first().toObject();
    QVERIFY2(attempt.value(u"capabilities"_s).toObject().value(u"auth"_s).toArray().contains(u"CRAM-MD5"_s), run.out.constData());
    QCOMPARE(attempt.value(u"authenticated"_s).toBool(), rightPassword);
    QVERIFY2(QString::fromUtf8(run.out).contains(u"C: AUTH CRAM-MD5"_s) || run.out.contains("\"AUTH CRAM-MD5\""), run.out.constData());
    QVERIFY(!run.out.contains(password.toUtf8()) && !run.out.contains(password.toUtf8().toBase64()));
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
