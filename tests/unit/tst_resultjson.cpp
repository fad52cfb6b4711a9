// ResultJson: the --json document, checked field by field and against a golden file.
#include "ReportFixture.h"

#include "report/ResultJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString goldenPath = QStringLiteral(SMTPWIZARD_TEST_DATA "/golden/result.json");

/// "attempts/1/tls/protocol" -> the value there (Undefined when the path is wrong).
QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(u'/')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && value.isArray()) {
            const QJsonArray array = value.toArray();
            if (index >= array.size())
                return QJsonValue::Undefined;
            value = array.at(index);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (!object.contains(part))
                return QJsonValue::Undefined;
            value = object.value(part);
        } else {
            return QJsonValue::Undefined;
        }
    }
    return value;
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

} // namespace

class TestResultJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGoldenFile();
    void fields_data();
    void fields();
    void nullsWhenAbsent_data();
    void nullsWhenAbsent();
    void outcomeKeys_data();
    void outcomeKeys();
    void neverContainsPassword_data();
    void neverContainsPassword();
    void compactIsOneLine();
};

void TestResultJson::matchesGoldenFile()
{
    const QByteArray actual = ResultJson::toJsonBytes(ReportFixture::failoverResult(), true);
    if (qEnvironmentVariableIsSet("SMTPWIZARD_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        QFile dump(QDir::temp().filePath(u"result.actual.json"_s));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(actual);
        QFAIL(qPrintable(u"JSON differs from %1; actual written to %2 (set SMTPWIZARD_UPDATE_GOLDEN=1 to accept)"_s
                             .arg(goldenPath, dump.fileName())));
    }
}

void TestResultJson::fields_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");

    auto row = [](const char *path, const QJsonValue &value) {
        QTest::newRow(path) << QString::fromLatin1(path) << value;
    };
    row("verdict/outcome", u"rejected"_s);
    row("verdict/stage", u"rcpt"_s);
    row("verdict/code", 550);
    row("verdict/enhancedCode", u"5.1.1"_s);
    row("verdict/category", u"recipient-unknown"_s);
    row("verdict/summary", u"The server at mail.wizard.test refused the recipient nobody@wizard.test: the mailbox does not exist."_s);
    row("verdict/nextSteps/0", u"Check the spelling of nobody@wizard.test."_s);
    row("verdict/exitCode", 1);
    row("verdict/problem", QJsonValue::Null);
    row("dns/domain", u"wizard.test"_s);
    row("dns/implicitMx", false);
    row("dns/nullMx", false);
    row("dns/problem", QJsonValue::Null);
    row("dns/mx/0/preference", 10);
    row("dns/mx/0/exchange", u"dead.wizard.test"_s);
    row("dns/mx/1/preference", 20);
    row("dns/mx/1/addresses/0", u"127.0.25.1"_s);
    row("dns/mx/1/addresses/1", u"::1"_s);
    row("dns/mx/1/ptr/0/name", u"mail.wizard.test"_s);
    row("dns/mx/1/ptr/0/matchesExchange", true);
    row("dns/mx/1/ptr/1/name", QJsonValue::Null);
    row("attempts/0/host", u"dead.wizard.test"_s);
    row("attempts/0/address", u"127.0.25.99"_s);
    row("attempts/0/port", 25);
    row("attempts/0/outcome", u"failed"_s);
    row("attempts/0/stage", u"connect"_s);
    row("attempts/0/problem", u"connection-refused"_s);
    row("attempts/0/tls", QJsonValue::Null);
    row("attempts/0/transcript/1/dir", u"event"_s);
    row("attempts/0/transcript/1/category", u"network"_s);
    row("attempts/1/outcome", u"completed"_s);
    row("attempts/1/tls/protocol", u"TLSv1.3"_s);
    row("attempts/1/tls/cipher", u"TLS_AES_256_GCM_SHA384"_s);
    row("attempts/1/tls/verified", false);
    row("attempts/1/tls/peerCertificates/0/subject", u"mail.wizard.test"_s);
    row("attempts/1/tls/peerCertificates/0/issuer", u"SMTP Wizard Test CA"_s);
    row("attempts/1/tls/peerCertificates/0/sans/1", u"localhost"_s);
    row("attempts/1/tls/peerCertificates/0/notBefore", u"2026-11-01T00:00:00.000Z"_s);
    row("attempts/1/tls/peerCertificates/0/notAfter", u"2027-11-01T00:00:00.000Z"_s);
    row("attempts/1/tls/errors/0/error", u"UnableToGetLocalIssuerCertificate"_s);
    row("attempts/1/capabilities/size", 10240000);
    row("attempts/1/capabilities/auth/1", u"LOGIN"_s);
    row("attempts/1/capabilities/dsn", true);
    row("attempts/1/recipients/0/accepted", true);
    row("attempts/1/recipients/1/accepted", false);
    row("attempts/1/recipients/1/reply/code", 550);
    row("attempts/1/findings/0/problem", u"tls-certificate-invalid"_s);
    row("attempts/1/findings/0/fatal", false);
    row("attempts/1/timings/8/stage", u"message"_s);
    row("attempts/1/timings/8/durationMs", 1250);
    row("attempts/1/replies/7/stage", u"rcpt"_s);
    row("attempts/1/replies/7/enhancedCode", u"5.1.1"_s);
    row("attempts/1/replies/0/enhancedCode", QJsonValue::Null);
    row("attempts/1/transcript/2/ms", 31);
    row("attempts/1/transcript/2/dir", u"server"_s);
    row("attempts/1/transcript/2/text", u"220 mail.wizard.test ESMTP Postfix (Debian/GNU)"_s);
    row("attempts/1/transcript/2/severity", u"success"_s);
    row("attempts/1/transcript/2/category", u"accepted"_s);
    row("attempts/1/transcript/3/dir", u"client"_s);
    row("attempts/1/transcript/3/severity", QJsonValue::Undefined);
    // A continuation line carries its reply's classification too.
    row("attempts/1/transcript/4/text", u"250-mail.wizard.test"_s);
    row("attempts/1/transcript/4/severity", u"success"_s);
    row("attempts/1/transcript/29/severity", u"permanent"_s);
    row("attempts/1/transcript/29/category", u"recipient-unknown"_s);
    row("attempts/1/transcript/31/severity", u"intermediate"_s);
    row("plan/destination", u"wizard.test"_s);
    row("plan/security", u"starttls"_s);
    row("plan/auth", u"plain"_s);
    row("plan/user", u"alice@wizard.test"_s);
    row("plan/password", QJsonValue::Undefined);
    row("plan/notify/0", u"success"_s);
    row("plan/notify/1", u"failure"_s);
    row("plan/ret", u"hdrs"_s);
    row("plan/stopAfter", u"send"_s);
    row("plan/dnsServer", u"127.0.53.1"_s);
    row("plan/host", QJsonValue::Null);
    row("plan/timeoutsMs/connect", 15000);
    row("events/0/dir", u"event"_s);
    row("startedAt", u"2026-11-29T14:32:05.123Z"_s);
    row("durationMs", 1375);
    row("appVersion", u"0.1.0"_s);
    row("formatVersion", 1);
}

void TestResultJson::fields()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    const QJsonObject json = ResultJson::toJson(ReportFixture::failoverResult());
    QCOMPARE(at(json, path), expected);
}

void TestResultJson::nullsWhenAbsent_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("verdict.code") << u"verdict/code"_s;
    QTest::newRow("verdict.enhancedCode") << u"verdict/enhancedCode"_s;
    QTest::newRow("attempt.tls") << u"attempts/0/tls"_s;
    QTest::newRow("attempt.finalReply") << u"attempts/0/finalReply"_s;
    QTest::newRow("capabilities.size") << u"attempts/0/capabilities/size"_s;
    QTest::newRow("startedAt") << u"startedAt"_s;
}

void TestResultJson::nullsWhenAbsent()
{
    QFETCH(QString, path);
    TestResult result;
    result.verdict.outcome = Verdict::Outcome::Unreachable;
    result.verdict.stage = Model::Stage::Connect;
    result.verdict.problem = Model::Problem::ConnectTimeout;
    result.attempts.append(Attempt{});
    const QJsonObject json = ResultJson::toJson(result);
    QCOMPARE(at(json, path), QJsonValue(QJsonValue::Null));
    QCOMPARE(at(json, u"verdict/problem"_s), QJsonValue(u"connect-timeout"_s));
}

void TestResultJson::outcomeKeys_data()
{
    QTest::addColumn<Verdict::Outcome>("outcome");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    using O = Verdict::Outcome;
    QTest::newRow("delivered") << O::Delivered << u"delivered"_s << 0;
    QTest::newRow("accepted") << O::Accepted << u"accepted"_s << 0;
    QTest::newRow("rejected") << O::Rejected << u"rejected"_s << 1;
    QTest::newRow("deferred") << O::Deferred << u"deferred"_s << 2;
    QTest::newRow("unreachable") << O::Unreachable << u"unreachable"_s << 3;
    QTest::newRow("timeout") << O::Timeout << u"timeout"_s << 3;
    QTest::newRow("dns-failed") << O::DnsFailed << u"dns-failed"_s << 4;
    QTest::newRow("tls-failed") << O::TlsFailed << u"tls-failed"_s << 5;
    QTest::newRow("auth-failed") << O::AuthFailed << u"auth-failed"_s << 6;
    QTest::newRow("protocol-error") << O::ProtocolError << u"protocol-error"_s << 7;
    QTest::newRow("cancelled") << O::Cancelled << u"cancelled"_s << 130;
}

void TestResultJson::outcomeKeys()
{
    QFETCH(Verdict::Outcome, outcome);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    TestResult result;
    result.verdict.outcome = outcome;
    const QJsonObject json = ResultJson::toJson(result);
    QCOMPARE(at(json, u"verdict/outcome"_s).toString(), key);
    QCOMPARE(at(json, u"verdict/exitCode"_s).toInt(), exitCode);
}

void TestResultJson::neverContainsPassword_data()
{
    QTest::addColumn<QString>("leak"); // a form of the secret slipped into a transcript line
    const QString user = ReportFixture::user;
    const QString pw = ReportFixture::password;
    QTest::newRow("nothing leaked") << QString();
    QTest::newRow("raw") << pw;
    QTest::newRow("base64 password") << base64(pw);
    QTest::newRow("base64 plain") << base64(QChar(0) + user + QChar(0) + pw);
    QTest::newRow("base64 plain authzid") << base64(user + QChar(0) + user + QChar(0) + pw);
}

void TestResultJson::neverContainsPassword()
{
    QFETCH(QString, leak);
    TestResult result = ReportFixture::failoverResult();
    if (!leak.isEmpty()) {
        result.attempts[1].transcript[22].text = u"AUTH PLAIN "_s + leak;
        result.attempts[1].replies[7].reply.lines = {leak}; // the deciding reply
    }
    const QString user = ReportFixture::user;
    const QString pw = ReportFixture::password;
    const QStringList forbidden = {pw, base64(pw), base64(QChar(0) + user + QChar(0) + pw),
                                   base64(user + QChar(0) + user + QChar(0) + pw)};
    for (bool indented : {true, false}) {
        const QString json = QString::fromUtf8(ResultJson::toJsonBytes(result, indented));
        for (const QString &secret : forbidden)
            QVERIFY2(!json.contains(secret), qPrintable(secret));
        QVERIFY(!json.contains(u"password"_s, Qt::CaseInsensitive));
        if (!leak.isEmpty())
            QVERIFY(json.contains(u"AUTH PLAIN ********"_s));
    }
}

void TestResultJson::compactIsOneLine()
{
    const QByteArray compact = ResultJson::toJsonBytes(ReportFixture::failoverResult(), false);
    QVERIFY(!compact.contains('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(compact, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), ResultJson::toJson(ReportFixture::failoverResult()));
}

QTEST_GUILESS_MAIN(TestResultJson)
#include "tst_resultjson.moc"
