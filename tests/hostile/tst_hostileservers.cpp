#include "HostileCase.h"
#include "HostileServer.h"
#include "RawControl.h"
#include "RunnerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Action = HostileServer::Action;
using Step = HostileServer::Step;

namespace {

struct TableRow
{
    QString name;
    QString outcome;
    QString stage;
    double seconds;
    qint64 peakRssKiB;
};

// The runner is built as this test is. Under AddressSanitizer its resident set is mostly
// the sanitizer's (shadow memory, a quarantine of up to 256 MB of freed blocks: 86 MiB for
// a run that needs 21), so there the bound only catches runaway growth; the 64 MiB bound
// is the plain build's (make test, CI).
#if defined(__SANITIZE_ADDRESS__)
#define SMTPWIZARD_HOSTILE_ASAN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SMTPWIZARD_HOSTILE_ASAN
#endif
#endif
#ifdef SMTPWIZARD_HOSTILE_ASAN
constexpr qint64 rssLimitKiB = 512 * 1024;
#else
constexpr qint64 rssLimitKiB = 64 * 1024;
#endif

const QByteArray greeting = "220 hostile.test ESMTP ready\r\n";
const QByteArray ehloPlain = "250-hostile.test greets you\r\n250-PIPELINING\r\n250-SIZE 10000000\r\n"
                             "250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n";
const QByteArray ehloTls = "250-hostile.test greets you\r\n250-SIZE 10000000\r\n250-STARTTLS\r\n"
                           "250 ENHANCEDSTATUSCODES\r\n";

/// The rest of an ordinary delivery, from MAIL FROM on.
QList<Step> delivery()
{
    return {Step::on("MAIL", "250 2.1.0 Sender ok\r\n"), Step::on("RCPT", "250 2.1.5 Recipient ok\r\n"),
            Step::on("DATA", "354 End data with <CR><LF>.<CR><LF>\r\n"), Step::on(".", "250 2.0.0 Queued as 4711\r\n"),
            Step::on("QUIT", "221 2.0.0 Bye\r\n", Action::Close)};
}

QList<Step> plainStart()
{
    return {Step::now(greeting), Step::on("EHLO", ehloPlain)};
}

} // namespace

/// The real runner against scripted servers that misbehave on purpose (issue 11): each
/// row ends in its stated exit code, outcome, stage, category and problem, within its
/// watchdog, with a peak RSS under 64 MiB, and nothing the server sent reaches stdout,
/// stderr or the JSON raw. The table of every run goes to the log for the closing note.
class TestHostileServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void servers_data();
    void servers();
    void cleanupTestCase();

private:
    QStringList arguments(const HostileServer &server, const Case &row, bool json) const;
    bool makeCertificate(const QString &name, const QString &subject, const QString &altNames);
    QTemporaryDir m_tls;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslCertificate m_hostileCertificate;
    QSslKey m_hostileKey;
    QList<TableRow> m_table;
};

void TestHostileServers::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_PEAK_RSS_PATH)));
    QVERIFY(m_tls.isValid());
    // Fresh self-signed certificates for 127.0.0.1, so no key lives in the repository; the
    // hostile one carries escape sequences, C1 controls and a bidi override in its names.
    QVERIFY(makeCertificate(QStringLiteral("ok"), QStringLiteral("/CN=hostile.test"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
    QVERIFY(makeCertificate(QStringLiteral("hostile"),
                            QStringLiteral("/CN=hostile\x1b[2J\x1b]0;owned\x07\u009b31m/O=\u202egro.elitsoh"),
                            QStringLiteral("IP:127.0.0.1,DNS:x\x1b[6n.hostile.test")));
    const auto load = [this](const QString &name, QSslCertificate &certificate, QSslKey &key) {
        QFile cert(m_tls.filePath(name + u"-cert.pem"));
        QFile keyFile(m_tls.filePath(name + u"-key.pem"));
        if (!cert.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        certificate = QSslCertificate(&cert, QSsl::Pem);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        return !certificate.isNull() && !key.isNull();
    };
    QVERIFY(load(QStringLiteral("ok"), m_certificate, m_key));
    QVERIFY(load(QStringLiteral("hostile"), m_hostileCertificate, m_hostileKey));
}

bool TestHostileServers::makeCertificate(const QString &name, const QString &subject, const QString &altNames)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-utf8"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject,
                   QStringLiteral("-addext"), u"subjectAltName="_s + altNames, QStringLiteral("-keyout"),
                   m_tls.filePath(name + u"-key.pem"), QStringLiteral("-out"), m_tls.filePath(name + u"-cert.pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning().noquote() << openssl.readAllStandardError();
        return false;
    }
    return true;
}

QStringList TestHostileServers::arguments(const HostileServer &server, const Case &row, bool json) const
{
    QStringList args{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                     QStringLiteral("--from"), QStringLiteral("sender@hostile.test"),
                     QStringLiteral("--to"), QStringLiteral("rcpt@hostile.test"),
                     QStringLiteral("--ehlo"), QStringLiteral("client.hostile.test"),
                     QStringLiteral("--ca-file"), m_tls.filePath(QStringLiteral("ok-cert.pem"))};
    if (!row.options.contains(QStringLiteral("--security")))
        args << QStringLiteral("--security") << QStringLiteral("none");
    // Only the slow rows wait for a timeout, and they set their own: the others end on
    // their own long before, so a loaded machine cannot turn them into time-outs.
    if (!row.options.contains(QStringLiteral("--timeout")))
        args << QStringLiteral("--timeout") << QStringLiteral("5");
    args << row.options;
    if (json)
        args << QStringLiteral("--json");
    return args;
}

void TestHostileServers::servers_data()
{
    QTest::addColumn<Case>("row");
    const QList<Step> plain = plainStart();
    const QList<Step> rest = delivery();
    const QStringList oneSecond{QStringLiteral("--timeout"), QStringLiteral("1")};

    // Floods and trickles: the reader's bounds and the per-command timeout end them.
    QTest::newRow("1 MB line without CRLF")
        << Case({Step::now("220 " + QByteArray(1 << 20, 'x'))}, failed(7, "protocol-error", "greeting", "other", "reply-too-long"))
               .neverSends({"EHLO"});
    QTest::newRow("endless multi-line reply")
        << Case({Step::now(greeting), Step::on("EHLO", "250-hostile.test\r\n"),
                 Step::now(QByteArray("250-AND-ONE-MORE-LINE\r\n").repeated(64), Action::Repeat)},
                failed(7, "protocol-error", "ehlo", "other", "reply-too-long"))
               .neverSends({"MAIL"});
    QTest::newRow("100 MB flood")
        << Case({Step::now(greeting),
                 Step::on("EHLO", QByteArray("250-" + QByteArray(3990, 'F') + "\r\n").repeated(64), Action::Repeat, 100 << 20)},
                failed(7, "protocol-error", "ehlo", "other", "reply-too-long"))
               .neverSends({"MAIL"})
               .hangingUpBefore(32 << 20); // what the socket buffers hold, not the 100 MB
    // Valid but huge: 2 MB a reply, at every step, used to add up to 455 MB of peak RSS.
    const auto huge = [](const QByteArray &code, const QByteArray &last, int lines) -> QByteArray {
        return QByteArray(code + '-' + QByteArray(3990, 'H') + "\r\n").repeated(lines) + code + ' ' + last + "\r\n";
    };
    QTest::newRow("2 MB reply at every step")
        << Case({Step::now(huge("220", "hostile.test", 498)), Step::on("EHLO", huge("250", "8BITMIME", 498)),
                 Step::on("MAIL", huge("250", "ok", 498)), Step::on("RCPT", huge("250", "ok", 498)),
                 Step::on("DATA", huge("354", "go ahead", 498)), Step::on(".", huge("250", "queued", 498)),
                 Step::on("QUIT", huge("221", "bye", 498), Action::Close)},
                failed(7, "protocol-error", "greeting", "other", "reply-too-long"))
               .neverSends({"EHLO"});
    QTest::newRow("60 KB reply at every step")
        << Case({Step::now(huge("220", "hostile.test", 15)), Step::on("EHLO", huge("250", "8BITMIME", 15)),
                 Step::on("MAIL", huge("250", "ok", 15)), Step::on("RCPT", huge("250", "ok", 15)),
                 Step::on("DATA", huge("354", "go ahead", 15)), Step::on(".", huge("250", "queued", 15)),
                 Step::on("QUIT", huge("221", "bye", 15), Action::Close)},
                decided(0, "delivered", "message", "accepted", 250))
               .alsoAsText();
    QTest::newRow("one byte per second")
        << Case({Step::now(greeting), Step::on("EHLO", ehloPlain, Action::Drip)}, failed(3, "timeout", "ehlo", "timeout", "reply-timeout"))
               .with(oneSecond)
               .neverSends({"MAIL"});

    // Bytes a terminal obeys: none may come out raw, in text or in JSON.
    QTest::newRow("NUL and invalid UTF-8 in the greeting")
        << Case(QList<Step>{Step::now(QByteArrayLiteral("220 hostile\0.test \xff\xfe \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf ready\r\n")),
                            Step::on("EHLO", ehloPlain)}
                    + rest,
                decided(0, "delivered", "message", "accepted", 250))
               .alsoAsText();
    QTest::newRow("escape sequences in the greeting")
        << Case(QList<Step>{Step::now("220 hostile.test \x1b[2J\x1b[H\x1b]0;owned\x07\x1b[6n\x1b[31mred\x1b[0m\x08\x08\r ready\r\n"),
                            Step::on("EHLO", ehloPlain)}
                    + rest,
                decided(0, "delivered", "message", "accepted", 250))
               .alsoAsText();
    QTest::newRow("escape sequences in EHLO")
        << Case(QList<Step>{Step::now(greeting),
                            Step::on("EHLO", "250-hostile.test \x1b]0;title\x07\r\n"
                                             "250-X-CSI \x1b[2J\x1b[6n\r\n"
                                             "250-X-C1-CSI \xc2\x9b" "31m\r\n"
                                             "250-X-C1-OSC \xc2\x9d" "0;title\x07\r\n"
                                             "250-X-RAW-C1 \x9b" "2J\r\n"
                                             "250-X-BIDI \xe2\x80\xae" "desrever\xe2\x80\xac \xe2\x81\xa6" "isolate\xe2\x81\xa9\r\n"
                                             "250 8BITMIME\r\n")}
                    + rest,
                decided(0, "delivered", "message", "accepted", 250))
               .alsoAsText();
    QTest::newRow("escape sequences in a refusal")
        << Case(plain
                    + QList<Step>{Step::on("MAIL", "250 2.1.0 Sender ok\r\n"),
                                  Step::on("RCPT", "550 5.1.1 \x1b[2J\x1b]0;owned\x07 \xc2\x9b" "6n \xc2\x9d" "8;;http://x\x07"
                                                   " \xe2\x80\xae" "nwonknu\xe2\x80\xac user unknown\r\n"),
                                  Step::on("RSET", "250 2.0.0 Ok\r\n"), Step::on("QUIT", "221 2.0.0 Bye\r\n", Action::Close)},
                decided(1, "rejected", "rcpt", "recipient-unknown", 550))
               .neverSends({"DATA"})
               .alsoAsText();

    // Replies nobody asked for: a protocol error where they came, never the answer to the
    // next command; once the outcome is decided, a finding that changes nothing.
    QTest::newRow("early talker")
        << Case({Step::now(greeting + "250 hostile.test\r\n250 2.1.0 ok\r\n"), Step::on("EHLO", ehloPlain)},
                failed(7, "protocol-error", "ehlo", "other", "unsolicited-reply"))
               .neverSends({"MAIL"});
    QTest::newRow("unsolicited after greeting")
        << Case({Step::now(greeting + "220 hostile.test says it again\r\n"), Step::on("EHLO", ehloPlain)},
                failed(7, "protocol-error", "ehlo", "other", "unsolicited-reply"))
               .neverSends({"MAIL"});
    QTest::newRow("unsolicited after EHLO")
        << Case(QList<Step>{Step::now(greeting), Step::on("EHLO", ehloPlain + "250 2.0.0 and one more\r\n")} + rest,
                failed(7, "protocol-error", "mail", "other", "unsolicited-reply"))
               .neverSends({"RCPT"});
    QTest::newRow("unsolicited after MAIL")
        << Case(plain + QList<Step>{Step::on("MAIL", "250 2.1.0 Sender ok\r\n250 2.1.5 Recipient ok\r\n")} + rest.mid(1),
                failed(7, "protocol-error", "rcpt", "other", "unsolicited-reply"))
               .neverSends({"DATA"});
    QTest::newRow("unsolicited after RCPT")
        << Case(plain + QList<Step>{rest.at(0), Step::on("RCPT", "250 2.1.5 Recipient ok\r\n354 go ahead\r\n")} + rest.mid(2),
                failed(7, "protocol-error", "data", "other", "unsolicited-reply"))
               .neverSends({"Message-ID:"});
    QTest::newRow("unsolicited after DATA")
        << Case(plain + rest.mid(0, 2) + QList<Step>{Step::on("DATA", "354 go ahead\r\n250 2.0.0 Queued before the message came\r\n")}
                    + rest.mid(3),
                failed(7, "protocol-error", "message", "other", "unsolicited-reply"))
               .neverSends({"QUIT"});
    QTest::newRow("unsolicited after end of data")
        << Case(plain + rest.mid(0, 3) + QList<Step>{Step::on(".", "250 2.0.0 Queued as 4711\r\n250 2.0.0 Queued once more\r\n")}
                    + rest.mid(4),
                decided(0, "delivered", "message", "accepted", 250))
               .noting("unsolicited-reply");

    // Hang-ups: an orderly close and a reset are told apart.
    QTest::newRow("close mid-reply")
        << Case({Step::now(greeting), Step::on("EHLO", "250-hostile.test\r\n250-PIPELINING\r\n", Action::Close)},
                failed(7, "protocol-error", "ehlo", "server-unavailable", "connection-closed"))
               .neverSends({"MAIL"});
    QTest::newRow("RST after 354")
        << Case(plain + rest.mid(0, 3) + QList<Step>{Step::onAnyBytes({}, Action::Reset)},
                failed(7, "protocol-error", "message", "network", "connection-reset"));
    QTest::newRow("RST in answer to EHLO")
        << Case({Step::now(greeting), Step::on("EHLO", {}, Action::Reset)}, failed(7, "protocol-error", "ehlo", "network", "connection-reset"))
               .neverSends({"MAIL"});

    // TLS: garbage where the handshake belongs, plaintext injected after the 220.
    const QStringList required{QStringLiteral("--security"), QStringLiteral("starttls-required")};
    QTest::newRow("garbage after 220 to STARTTLS")
        << Case({Step::now(greeting), Step::on("EHLO", ehloTls), Step::on("STARTTLS", "220 2.0.0 Ready to start TLS\r\n"),
                 Step::onAnyBytes(QByteArrayLiteral("HTTP/1.0 400 what is this\r\n\r\n\0\x01garbage\xff\x1b[2J\r\n"))},
                failed(5, "tls-failed", "starttls", "tls-failed", "tls-handshake-failed"))
               .with(required)
               .neverSends({"MAIL"});
    QTest::newRow("garbage instead of implicit TLS")
        << Case({Step::onAnyBytes("220 hostile.test ESMTP in plain text\r\n\x16\x03garbage\r\n")},
                failed(5, "tls-failed", "tls", "tls-failed", "tls-handshake-failed"))
               .with({QStringLiteral("--security"), QStringLiteral("tls")})
               .neverSends({"EHLO"});
    QTest::newRow("STARTTLS answer with plaintext in the same packet")
        << Case(QList<Step>{Step::now(greeting), Step::on("EHLO", ehloTls),
                            Step::on("STARTTLS", "220 2.0.0 Ready to start TLS\r\n250 2.0.0 injected\r\n", Action::StartTls),
                            Step::on("EHLO", ehloPlain)}
                    + rest,
                decided(0, "delivered", "message", "accepted", 250))
               .with(required)
               .injects("injected")
               .logging(QStringLiteral("RFC 3207"));
    QTest::newRow("STARTTLS answer with plaintext in the next packet")
        << Case({Step::now(greeting), Step::on("EHLO", ehloTls), Step::on("STARTTLS", "220 2.0.0 Ready to start TLS\r\n"),
                 Step::onAnyBytes("250 2.0.0 injected\r\n")},
                failed(5, "tls-failed", "starttls", "tls-failed", "tls-handshake-failed"))
               .with(required)
               .neverSends({"MAIL"})
               .injects("injected");
    QTest::newRow("escape sequences in the certificate")
        << Case(QList<Step>{Step::now(greeting), Step::on("EHLO", ehloTls),
                            Step::on("STARTTLS", "220 2.0.0 Ready to start TLS\r\n", Action::StartTls),
                            Step::on("EHLO", ehloPlain)}
                    + rest,
                decided(0, "delivered", "message", "accepted", 250))
               .with({QStringLiteral("--security"), QStringLiteral("starttls")})
               .noting("tls-certificate-invalid")
               .presentingHostileCertificate()
               .alsoAsText();
    QTest::newRow("STARTTLS missing when required")
        << Case({Step::now(greeting), Step::on("EHLO", ehloPlain), Step::on("QUIT", "221 2.0.0 Bye\r\n", Action::Close)},
                failed(5, "tls-failed", "ehlo", "tls-failed", "start-tls-not-offered"))
               .with(required)
               .neverSends({"MAIL", "AUTH"})
               .saying(QStringLiteral("downgrade"))
               .alsoAsText();

    // Not SMTP at all, or not talking.
    QTest::newRow("HTTP server on port 25")
        << Case({Step::now("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Type: text/html\r\nContent-Length: 150\r\n"
                           "Connection: close\r\n\r\n<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n"
                           "<center><h1>400 Bad Request</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                           Action::Close)},
                failed(7, "protocol-error", "greeting", "other", "malformed-reply"))
               .neverSends({"EHLO"});
    QTest::newRow("silent server")
        << Case({}, failed(3, "timeout", "greeting", "timeout", "no-greeting")).with(oneSecond).neverSends({"EHLO"});
    QTest::newRow("malformed code 2500")
        << Case({Step::now("2500 hostile.test ESMTP\r\n")}, failed(7, "protocol-error", "greeting", "other", "malformed-reply"))
               .neverSends({"EHLO"});
    QTest::newRow("malformed code 25")
        << Case({Step::now(greeting), Step::on("EHLO", "25 hostile.test\r\n")}, failed(7, "protocol-error", "ehlo", "other", "malformed-reply"))
               .neverSends({"MAIL"});
    QTest::newRow("malformed code 250ok")
        << Case(plain + QList<Step>{Step::on("MAIL", "250ok\r\n")}, failed(7, "protocol-error", "mail", "other", "malformed-reply"))
               .neverSends({"RCPT"});
    QTest::newRow("malformed code 999")
        << Case(plain + QList<Step>{rest.at(0), Step::on("RCPT", "999 what\r\n")}, failed(7, "protocol-error", "rcpt", "other", "malformed-reply"))
               .neverSends({"DATA"});
    QTest::newRow("5xx greeting")
        << Case({Step::now("554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org\r\n"), Step::on("QUIT", "221 2.0.0 Bye\r\n", Action::Close)},
                decided(1, "rejected", "greeting", "client-blocked", 554))
               .neverSends({"EHLO"});
}

void TestHostileServers::servers()
{
    QFETCH(Case, row);
    const Expected &expected = row.expected;

    HostileServer server(row.script);
    server.setCertificate(row.hostileCertificate ? m_hostileCertificate : m_certificate,
                          row.hostileCertificate ? m_hostileKey : m_key);
    QVERIFY(server.listen());
    const RunnerProcess::Result run = RunnerProcess::run(arguments(server, row, true), row.limit);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
    const QJsonObject verdict = json.value(u"verdict").toObject();
    m_table.append({QString::fromLatin1(QTest::currentDataTag()), verdict.value(u"outcome").toString(u"-"_s),
                    verdict.value(u"stage").toString(u"-"_s), run.seconds, run.peakRssKiB});

    QVERIFY2(run.finished, qPrintable(run.problem));
    QVERIFY2(run.peakRssKiB > 0, qPrintable(run.problem));
    QVERIFY2(run.peakRssKiB < rssLimitKiB, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(run.peakRssKiB)));
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + u' ' + QString::fromUtf8(run.err)));
    QCOMPARE(run.exitCode, expected.exitCode);
    QCOMPARE(verdict.value(u"exitCode").toInt(-1), expected.exitCode);
    QCOMPARE(verdict.value(u"outcome").toString(), QString::fromLatin1(expected.outcome));
    QCOMPARE(verdict.value(u"stage").toString(), QString::fromLatin1(expected.stage));
    QCOMPARE(verdict.value(u"category").toString(), QString::fromLatin1(expected.category));
    QCOMPARE(verdict.value(u"problem").toString(), QString::fromLatin1(expected.problem));
    QCOMPARE(verdict.value(u"code").toInt(0), expected.code);
    QVERIFY(!verdict.value(u"summary").toString().isEmpty());

    QString raw = firstRawControl(run.out);
    QVERIFY2(raw.isEmpty(), qPrintable(u"--json: "_s + raw));
    raw = firstRawControl(run.err);
    QVERIFY2(raw.isEmpty(), qPrintable(u"stderr: "_s + raw));

    for (const QByteArray &prefix : std::as_const(row.mustNotSend)) {
        const QList<QByteArray> &received = server.received();
        QVERIFY2(std::none_of(received.cbegin(), received.cend(),
                              [&](const QByteArray &line) { return line.toUpper().startsWith(prefix.toUpper()); }),
                 prefix.constData());
    }
    if (row.maxSent > 0)
        QVERIFY2(server.bytesSent() < row.maxSent, qPrintable(QString::number(server.bytesSent())));
    if (!row.neverAReply.isEmpty()) {
        // Injected plaintext answers nothing: no reply holds it and no command went on it.
        for (const QJsonValue &attempt : json.value(u"attempts").toArray()) {
            for (const QJsonValue &reply : attempt.toObject().value(u"replies").toArray())
                QVERIFY2(!reply.toObject().value(u"text").toString().contains(QString::fromLatin1(row.neverAReply)),
                         qPrintable(reply.toObject().value(u"text").toString()));
        }
    }
    if (row.finding || !row.mustLog.isEmpty()) {
        bool noted = !row.finding;
        bool logged = row.mustLog.isEmpty();
        for (const QJsonValue &attempt : json.value(u"attempts").toArray()) {
            for (const QJsonValue &finding : attempt.toObject().value(u"findings").toArray()) {
                if (row.finding && finding.toObject().value(u"problem").toString() == QLatin1StringView(row.finding))
                    noted = !finding.toObject().value(u"fatal").toBool(true);
            }
            for (const QJsonValue &line : attempt.toObject().value(u"transcript").toArray()) {
                if (line.toObject().value(u"dir").toString() == u"event"
                    && line.toObject().value(u"text").toString().contains(row.mustLog))
                    logged = true;
            }
        }
        QVERIFY2(noted, row.finding);
        QVERIFY2(logged, qPrintable(row.mustLog));
    }
    if (!row.mustSay.isEmpty()) {
        QString words = verdict.value(u"summary").toString();
        for (const QJsonValue &step : verdict.value(u"nextSteps").toArray())
            words += u'\n' + step.toString();
        QVERIFY2(words.contains(row.mustSay, Qt::CaseInsensitive), qPrintable(words));
    }

    if (row.textToo) {
        // The same server once more, for the transcript a terminal shows.
        HostileServer again(row.script);
        again.setCertificate(row.hostileCertificate ? m_hostileCertificate : m_certificate,
                             row.hostileCertificate ? m_hostileKey : m_key);
        QVERIFY(again.listen());
        const RunnerProcess::Result text = RunnerProcess::run(arguments(again, row, false), row.limit);
        QVERIFY2(text.finished, qPrintable(text.problem));
        QVERIFY2(text.peakRssKiB > 0 && text.peakRssKiB < rssLimitKiB, qPrintable(QString::number(text.peakRssKiB)));
        QCOMPARE(text.exitCode, expected.exitCode);
        raw = firstRawControl(text.out);
        QVERIFY2(raw.isEmpty(), qPrintable(u"stdout: "_s + raw));
        raw = firstRawControl(text.err);
        QVERIFY2(raw.isEmpty(), qPrintable(u"stderr: "_s + raw));
        QVERIFY(text.out.contains(QByteArray("Verdict: " + QByteArray(expected.outcome).toUpper())));
        if (expected.code != 0)
            QVERIFY(text.out.contains(QByteArray("Deciding reply: " + QByteArray::number(expected.code))));
        if (!row.mustSay.isEmpty())
            QVERIFY2(QString::fromUtf8(text.out).contains(row.mustSay, Qt::CaseInsensitive), text.out.constData());
    }
}

void TestHostileServers::cleanupTestCase()
{
    // The figures for the closing note: one line per case.
    qInfo().noquote() << QStringLiteral("peak RSS limit %1 MiB").arg(rssLimitKiB / 1024);
    qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(u"case"_s, -52)
                             .arg(u"outcome"_s, -15)
                             .arg(u"stage"_s, -9)
                             .arg(u"seconds"_s, 8)
                             .arg(u"peak RSS"_s, 10);
    for (const TableRow &row : std::as_const(m_table)) {
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5 MiB")
                                 .arg(row.name, -52)
                                 .arg(row.outcome, -15)
                                 .arg(row.stage, -9)
                                 .arg(row.seconds, 8, 'f', 2)
                                 .arg(double(row.peakRssKiB) / 1024.0, 6, 'f', 1);
    }
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
