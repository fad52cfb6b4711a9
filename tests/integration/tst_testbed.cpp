#include "Testbed.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Processes events until the condition holds or the time is up.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

// A bare line-based SMTP client: the servers of the bed are under test here, not the engine.
class Wire
{
public:
    explicit Wire(QSslSocket &socket)
        : m_socket(socket)
    {
    }

    // One complete (possibly multi-line) reply; what arrived so far on timeout or hang-up.
    QByteArray reply(int timeoutMs = 5000)
    {
        QByteArray text;
        QDeadlineTimer deadline(timeoutMs);
        closed = timedOut = false;
        for (;;) {
            while (m_socket.canReadLine()) {
                const QByteArray line = m_socket.readLine();
                text += line;
                const QByteArray bare = line.trimmed();
                if (bare.size() == 3 || (bare.size() >= 4 && bare.at(3) == ' '))
                    return text;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.canReadLine()) {
                closed = true;
                return text;
            }
            if (deadline.hasExpired()) {
                timedOut = true;
                return text;
            }
            QTest::qWait(10);
        }
    }

    QByteArray command(const QByteArray &line, int timeoutMs = 5000)
    {
        m_socket.write(line + "\r\n");
        return reply(timeoutMs);
    }

    bool closed = false;
    bool timedOut = false;

private:
    QSslSocket &m_socket;
};

// Replaces @ZONE@, @MAIL@, @DEAD@, @SINK@ by the bed's values.
QString expand(QString text)
{
    return text.replace(u"@ZONE@"_s, Testbed::value(u"ZONE"))
        .replace(u"@MAIL@"_s, Testbed::value(u"MAIL_ADDR"))
        .replace(u"@DEAD@"_s, Testbed::value(u"DEAD_ADDR"))
        .replace(u"@SINK@"_s, Testbed::value(u"SINK_ADDR"));
}

QString reversePointerName(const QHostAddress &v4)
{
    const quint32 a = v4.toIPv4Address();
    return u"%1.%2.%3.%4.in-addr.arpa"_s.arg(a & 0xff).arg((a >> 8) & 0xff).arg((a >> 16) & 0xff).arg(a >> 24);
}

QSslConfiguration bedTls()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // Only the bed's CA: a pass proves Postfix's certificate chains to it.
    config.setCaCertificates(QSslCertificate::fromPath(Testbed::value(u"CA_FILE")));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

// Runs secret-tool against the bed's private Secret Service; its stdout (or stderr on failure).
bool secretTool(const QStringList &arguments, const QByteArray &input, QByteArray *output)
{
    QProcess tool;
    QSignalSpy finished(&tool, &QProcess::finished);
    tool.start(u"secret-tool"_s, arguments);
    tool.write(input);
    tool.closeWriteChannel();
    if (!finished.wait(10000)) {
        *output = "secret-tool did not finish: " + tool.errorString().toUtf8();
        return false;
    }
    const bool ok = tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    *output = ok ? tool.readAllStandardOutput() : tool.readAllStandardError();
    return ok;
}

QString sslErrorText(const QSslSocket &socket)
{
    QStringList out;
    const auto errors = socket.sslHandshakeErrors();
    for (const QSslError &e : errors)
        out.append(e.errorString());
    return out.isEmpty() ? socket.errorString() : out.join(u"; "_s);
}
} // namespace

/// Proves the test bed is real: DNS answers, every server greets, faults and mailboxes behave.
class tst_Testbed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dns_data();
    void dns();
    void greeting_data();
    void greeting();
    void recipients_data();
    void recipients();
    void auth_data();
    void auth();
    void sinks_data();
    void sinks();
    void delivery();
    void keyring();

private:
    // Connects (implicit TLS when asked) and checks the greeting code; false after a QFAIL.
    bool open(QSslSocket &socket, const QString &portVariable, bool implicitTls, const QString &address = {},
              const QString &peerName = {});
};

void tst_Testbed::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    // glibc reads RES_OPTIONS at the process's first lookup: one 1 s try makes the silent
    // zone (slow.test) fail after about a second instead of 10.
    qputenv("RES_OPTIONS", "timeout:1 attempts:1");
}

void tst_Testbed::dns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDnsLookup::Type>("type");
    QTest::addColumn<QDnsLookup::Error>("error");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");

    const auto ok = QDnsLookup::NoError;
    QTest::newRow("MX of the zone") << u"@ZONE@"_s << QDnsLookup::MX << ok << QStringList{u"10 mail.@ZONE@"_s} << 0 << 900;
    QTest::newRow("MX failover") << u"failover.@ZONE@"_s << QDnsLookup::MX << ok
                                 << QStringList{u"10 dead.@ZONE@"_s, u"20 mail.@ZONE@"_s} << 0 << 900;
    QTest::newRow("MX equal preferences")
        << u"equal.@ZONE@"_s << QDnsLookup::MX << ok
        << QStringList{u"10 mx-a.equal.@ZONE@"_s, u"10 mx-b.equal.@ZONE@"_s, u"10 mx-c.equal.@ZONE@"_s,
                       u"20 mx-d.equal.@ZONE@"_s}
        << 0 << 900;
    // RFC 7505: preference 0, exchange "." (Qt gives the root as an empty name).
    QTest::newRow("null MX") << u"nullmx.@ZONE@"_s << QDnsLookup::MX << ok << QStringList{u"0 "_s} << 0 << 900;
    QTest::newRow("dangling MX") << u"dangling.@ZONE@"_s << QDnsLookup::MX << ok
                                 << QStringList{u"10 nowhere.@ZONE@"_s} << 0 << 900;
    QTest::newRow("dangling target has no A") << u"nowhere.@ZONE@"_s << QDnsLookup::A << QDnsLookup::NotFoundError
                                              << QStringList{} << 0 << 900;
    QTest::newRow("v6only MX") << u"v6only.@ZONE@"_s << QDnsLookup::MX << ok << QStringList{u"10 mail6.@ZONE@"_s} << 0 << 900;
    QTest::newRow("mail6 AAAA") << u"mail6.@ZONE@"_s << QDnsLookup::AAAA << ok << QStringList{u"::1"_s} << 0 << 900;
    // No MX: dnsmasq answers NODATA at once; Qt 6.4 calls that InvalidReplyError (fast,
    // unlike the silent zone below, which fails the same way only after the timeout).
    QTest::newRow("implicit: no MX") << u"implicit.@ZONE@"_s << QDnsLookup::MX << QDnsLookup::InvalidReplyError
                                     << QStringList{} << 0 << 900;
    QTest::newRow("implicit A") << u"implicit.@ZONE@"_s << QDnsLookup::A << ok << QStringList{u"@MAIL@"_s} << 0 << 900;
    QTest::newRow("mail A") << u"mail.@ZONE@"_s << QDnsLookup::A << ok << QStringList{u"@MAIL@"_s} << 0 << 900;
    QTest::newRow("mail AAAA") << u"mail.@ZONE@"_s << QDnsLookup::AAAA << ok << QStringList{u"::1"_s} << 0 << 900;
    QTest::newRow("dead A") << u"dead.@ZONE@"_s << QDnsLookup::A << ok << QStringList{u"@DEAD@"_s} << 0 << 900;
    QTest::newRow("mx-d A") << u"mx-d.equal.@ZONE@"_s << QDnsLookup::A << ok << QStringList{u"127.0.25.14"_s} << 0 << 900;
    QTest::newRow("sink A") << u"sink.@ZONE@"_s << QDnsLookup::A << ok << QStringList{u"@SINK@"_s} << 0 << 900;
    QTest::newRow("PTR of mail") << u"@PTR@"_s << QDnsLookup::PTR << ok << QStringList{u"mail.@ZONE@"_s} << 0 << 900;
    QTest::newRow("NXDOMAIN") << u"nosuch.@ZONE@"_s << QDnsLookup::MX << QDnsLookup::NotFoundError << QStringList{}
                              << 0 << 900;
    QTest::newRow("outside the zone: refused") << u"example.com"_s << QDnsLookup::MX
                                               << QDnsLookup::ServerRefusedError << QStringList{} << 0 << 900;
    QTest::newRow("slow.test never answers") << u"mx.slow.test"_s << QDnsLookup::MX << QDnsLookup::InvalidReplyError
                                             << QStringList{} << 900 << 8000;
}

void tst_Testbed::dns()
{
    QFETCH(QString, name);
    QFETCH(QDnsLookup::Type, type);
    QFETCH(QDnsLookup::Error, error);
    QFETCH(QStringList, records);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);

    const QHostAddress server = Testbed::requireAddress(u"DNS");
    const QHostAddress mail = Testbed::requireAddress(u"MAIL_ADDR");
    if (server.isNull() || mail.isNull())
        QFAIL(qPrintable(Testbed::lastError()));
    name = expand(name).replace(u"@PTR@"_s, reversePointerName(mail));
    for (QString &r : records)
        r = expand(r);

    QDnsLookup lookup(type, name, server);
    QSignalSpy finished(&lookup, &QDnsLookup::finished);
    QElapsedTimer clock;
    clock.start();
    lookup.lookup();
    QVERIFY(finished.wait(15000));
    const qint64 ms = clock.elapsed();

    QStringList got;
    const auto mxs = lookup.mailExchangeRecords();
    for (const QDnsMailExchangeRecord &mx : mxs)
        got.append(QString::number(mx.preference()) + u' ' + mx.exchange());
    const auto hosts = lookup.hostAddressRecords();
    for (const QDnsHostAddressRecord &h : hosts)
        got.append(h.value().toString());
    const auto ptrs = lookup.pointerRecords();
    for (const QDnsDomainNameRecord &p : ptrs)
        got.append(p.value());
    got.sort();

    QVERIFY2(lookup.error() == error, qPrintable(u"%1: error %2 (%3), expected %4"_s.arg(name).arg(int(lookup.error())).arg(lookup.errorString()).arg(int(error))));
    QCOMPARE(got, records);
    QVERIFY2(ms >= minMs && ms <= maxMs, qPrintable(u"answered after %1 ms, expected %2..%3"_s.arg(ms).arg(minMs).arg(maxMs)));
}

bool tst_Testbed::open(QSslSocket &socket, const QString &portVariable, bool implicitTls, const QString &address,
                       const QString &peerName)
{
    const QString host = address.isEmpty() ? Testbed::value(u"MAIL_ADDR") : address;
    const quint16 port = Testbed::requirePort(portVariable);
    [&] {
        if (!port)
            QFAIL(qPrintable(Testbed::lastError()));
        socket.setSslConfiguration(bedTls());
        // A server may greet and hang up at once (the 421 sink): remember that the
        // connection was made, even if it is already closed when we look.
        bool reached = false;
        QObject::connect(&socket, implicitTls ? &QSslSocket::encrypted : &QSslSocket::connected, &socket,
                         [&reached] { reached = true; });
        if (implicitTls)
            socket.connectToHostEncrypted(host, port, peerName.isEmpty() ? host : peerName);
        else
            socket.connectToHost(host, port);
        const bool up = waitUntil(
            [&] {
                return reached || socket.error() != QAbstractSocket::UnknownSocketError;
            },
            5000);
        const bool healthy = socket.error() == QAbstractSocket::UnknownSocketError
            || (reached && socket.error() == QAbstractSocket::RemoteHostClosedError);
        QVERIFY2(up && reached && healthy,
                 qPrintable(u"%1:%2: %3"_s.arg(host).arg(port).arg(sslErrorText(socket))));
    }();
    return !QTest::currentTestFailed();
}

void tst_Testbed::greeting_data()
{
    QTest::addColumn<QString>("address"); // empty: MAIL_ADDR; "SINK": SINK_ADDR; "DEAD": DEAD_ADDR
    QTest::addColumn<QString>("port");    // the variable naming the port
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("peerName"); // the name the certificate must carry; empty: the address
    QTest::addColumn<int>("code");         // 0: nothing within 1.5 s; -1: connection refused; -2: closed, no greeting

    QTest::newRow("smtp") << QString() << u"SMTP_PORT"_s << false << QString() << 220;
    QTest::newRow("smtp ::1") << u"::1"_s << u"SMTP_PORT"_s << false << QString() << 220;
    QTest::newRow("submission") << QString() << u"SUBMISSION_PORT"_s << false << QString() << 220;
    QTest::newRow("submission ::1") << u"::1"_s << u"SUBMISSION_PORT"_s << false << QString() << 220;
    QTest::newRow("smtps") << QString() << u"SMTPS_PORT"_s << true << QString() << 220;
    QTest::newRow("smtps ::1") << u"::1"_s << u"SMTPS_PORT"_s << true << QString() << 220;
    // The certificate's SANs: the address, mail.<zone> and localhost all verify.
    QTest::newRow("smtps as mail.zone") << QString() << u"SMTPS_PORT"_s << true << u"mail.@ZONE@"_s << 220;
    QTest::newRow("smtps ::1 as localhost") << u"::1"_s << u"SMTPS_PORT"_s << true << u"localhost"_s << 220;
    QTest::newRow("faults") << QString() << u"FAULTS_PORT"_s << false << QString() << 220;
    QTest::newRow("starttls501") << QString() << u"STARTTLS501_PORT"_s << false << QString() << 220;
    QTest::newRow("dead address") << u"DEAD"_s << u"SMTP_PORT"_s << false << QString() << -1;
    QTest::newRow("m365 look-alike") << QString() << u"M365_PORT"_s << false << QString() << 220;
    const char *const sinks[] = {"OK", "DISCONNECTDATA", "NOESMTP", "NODSN", "RCPT550", "MAIL550", "DATA451", "SLOWRCPT",
                                 // the fault matrix's, faulty after the greeting
                                 "EHLO554", "EHLO450", "EHLOHANGUP", "EHLO421", "SLOWEHLO", "MAIL452", "MAILHANGUP",
                                 "MAIL421", "SLOWMAIL", "RCPT451", "RCPTHANGUP", "RCPT421", "DATA554", "DATAHANGUP",
                                 "DATA421", "SLOWDATA", "DOT554", "DOT451", "DOT421", "SLOWDOT",
                                 // the practice mode's (docs/gui.md)
                                 "RBL554"};
    for (const char *sink : sinks)
        QTest::newRow(sink) << u"SINK"_s << u"SINK_%1_PORT"_s.arg(QLatin1StringView(sink)) << false << QString() << 220;
    QTest::newRow("GREETING421") << u"SINK"_s << u"SINK_GREETING421_PORT"_s << false << QString() << 421;
    QTest::newRow("SLOWGREETING") << u"SINK"_s << u"SINK_SLOWGREETING_PORT"_s << false << QString() << 0;
    QTest::newRow("GREETING554") << u"SINK"_s << u"SINK_GREETING554_PORT"_s << false << QString() << 554;
    QTest::newRow("GREETING451") << u"SINK"_s << u"SINK_GREETING451_PORT"_s << false << QString() << 451;
    QTest::newRow("GREETINGHANGUP") << u"SINK"_s << u"SINK_GREETINGHANGUP_PORT"_s << false << QString() << -2;
}

void tst_Testbed::greeting()
{
    QFETCH(QString, address);
    QFETCH(QString, port);
    QFETCH(bool, tls);
    QFETCH(QString, peerName);
    QFETCH(int, code);

    if (address == u"SINK"_s)
        address = Testbed::require(u"SINK_ADDR");
    else if (address == u"DEAD"_s)
        address = Testbed::require(u"DEAD_ADDR");
    QSslSocket socket;
    if (code == -1) {
        socket.connectToHost(address, Testbed::requirePort(port));
        QTRY_VERIFY_WITH_TIMEOUT(socket.error() != QAbstractSocket::UnknownSocketError, 5000);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        return;
    }
    if (!open(socket, port, tls, address, expand(peerName)))
        return;
    Wire wire(socket);
    if (code == 0) {
        const QByteArray said = wire.reply(1500);
        QVERIFY2(said.isEmpty() && wire.timedOut, said.constData());
        return;
    }
    if (code == -2) {
        const QByteArray said = wire.reply();
        QVERIFY2(said.isEmpty() && wire.closed, said.constData());
        return;
    }
    const QByteArray greeting = wire.reply();
    QVERIFY2(greeting.startsWith(QByteArray(QByteArray::number(code) + ' ')), greeting.constData());
}

void tst_Testbed::recipients_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("alice") << u"alice@@ZONE@"_s << QByteArray("250 2.1.5") << QByteArray("Ok");
    QTest::newRow("bob") << u"bob@@ZONE@"_s << QByteArray("250 2.1.5") << QByteArray("Ok");
    QTest::newRow("sender") << u"sender@@ZONE@"_s << QByteArray("250 2.1.5") << QByteArray("Ok");
    QTest::newRow("nobody") << u"nobody@@ZONE@"_s << QByteArray("550 5.1.1") << QByteArray("User unknown");
    QTest::newRow("grey") << u"grey@@ZONE@"_s << QByteArray("450 4.7.1")
                          << QByteArray("Greylisted, please try again later");
    QTest::newRow("full") << u"full@@ZONE@"_s << QByteArray("552 5.2.2") << QByteArray("Mailbox full");
    QTest::newRow("other domain") << u"someone@example.com"_s << QByteArray("554 5.7.1")
                                  << QByteArray("Relay access denied");
}

void tst_Testbed::recipients()
{
    QFETCH(QString, recipient);
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, text);

    QSslSocket socket;
    if (!open(socket, u"SMTP_PORT"_s, false))
        return;
    Wire wire(socket);
    QVERIFY(wire.reply().startsWith("220 "));
    const QByteArray ehlo = wire.command("EHLO client.test");
    QVERIFY2(ehlo.contains("STARTTLS") && ehlo.contains("DSN") && !ehlo.contains("AUTH"), ehlo.constData());
    QVERIFY(wire.command("MAIL FROM:<sender@" + Testbed::value(u"ZONE").toUtf8() + '>').startsWith("250 "));
    const QByteArray answer = wire.command("RCPT TO:<" + expand(recipient).toUtf8() + '>');
    QVERIFY2(answer.startsWith(QByteArray(reply + ' ')) && answer.contains(text), answer.constData());
    wire.command("QUIT");
}

void tst_Testbed::auth_data()
{
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("tls"); // none, starttls, implicit
    QTest::addColumn<QByteArray>("mechanism");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<QByteArray>("reply");

    QTest::newRow("submission PLAIN") << u"SUBMISSION_PORT"_s << u"starttls"_s << QByteArray("PLAIN") << true << QByteArray("235 2.7.0");
    QTest::newRow("submission LOGIN") << u"SUBMISSION_PORT"_s << u"starttls"_s << QByteArray("LOGIN") << true << QByteArray("235 2.7.0");
    QTest::newRow("submission wrong password") << u"SUBMISSION_PORT"_s << u"starttls"_s << QByteArray("PLAIN") << false << QByteArray("535 5.7.8");
    QTest::newRow("submission without TLS") << u"SUBMISSION_PORT"_s << u"none"_s << QByteArray("PLAIN") << true << QByteArray("530 5.7.0");
    QTest::newRow("smtps LOGIN") << u"SMTPS_PORT"_s << u"implicit"_s << QByteArray("LOGIN") << true << QByteArray("235 2.7.0");
    QTest::newRow("smtps wrong password") << u"SMTPS_PORT"_s << u"implicit"_s << QByteArray("LOGIN") << false << QByteArray("535 5.7.8");
    QTest::newRow("port 25 style: no AUTH") << u"SMTP_PORT"_s << u"starttls"_s << QByteArray("PLAIN") << true << QByteArray("503 5.5.1");
}

void tst_Testbed::auth()
{
    QFETCH(QString, port);
    QFETCH(QString, tls);
    QFETCH(QByteArray, mechanism);
    QFETCH(bool, rightPassword);
    QFETCH(QByteArray, reply);

    const QByteArray user = Testbed::require(u"USER").toUtf8();
    const QByteArray password = rightPassword ? Testbed::require(u"PASSWORD").toUtf8() : QByteArray("wrong-password");
    QSslSocket socket;
    if (!open(socket, port, tls == u"implicit"_s))
        return;
    Wire wire(socket);
    QVERIFY(wire.reply().startsWith("220 "));
    QByteArray ehlo = wire.command("EHLO client.test");
    if (tls == u"starttls"_s) {
        QVERIFY2(!ehlo.contains("AUTH"), "AUTH must not be offered before STARTTLS");
        QVERIFY(wire.command("STARTTLS").startsWith("220 "));
        socket.startClientEncryption();
        QVERIFY2(waitUntil([&] { return socket.isEncrypted() || socket.error() != QAbstractSocket::UnknownSocketError; }, 5000)
                     && socket.isEncrypted(),
                 qPrintable(sslErrorText(socket)));
        ehlo = wire.command("EHLO client.test");
    }
    if (reply.startsWith("235") || reply.startsWith("535"))
        QVERIFY2(ehlo.contains("AUTH PLAIN LOGIN"), ehlo.constData());

    QByteArray answer;
    if (mechanism == "PLAIN") {
        answer = wire.command("AUTH PLAIN " + QByteArray(QByteArray(1, '\0') + user + '\0' + password).toBase64());
    } else {
        QVERIFY(wire.command("AUTH LOGIN").startsWith("334 "));
        QVERIFY(wire.command(user.toBase64()).startsWith("334 "));
        answer = wire.command(password.toBase64());
    }
    QVERIFY2(answer.startsWith(reply), answer.constData());
    wire.command("QUIT");
}

void tst_Testbed::sinks_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArrayList>("commands");
    QTest::addColumn<QByteArrayList>("replies"); // expected start of each reply; "silence", "closed"
    QTest::addColumn<QByteArray>("ehloHas");
    QTest::addColumn<QByteArray>("ehloLacks");

    const QByteArrayList toData{"EHLO client.test", "MAIL FROM:<a@sink.test>", "RCPT TO:<b@sink.test>", "DATA"};
    const QByteArray message("Subject: test\r\n\r\nbody\r\n.");
    QTest::newRow("OK") << u"OK"_s << (toData + QByteArrayList{message}) << QByteArrayList{"250", "250", "250", "354", "250"}
                        << QByteArray("DSN") << QByteArray("AUTH");
    QTest::newRow("NODSN") << u"NODSN"_s << QByteArrayList{"EHLO client.test"} << QByteArrayList{"250"} << QByteArray("8BITMIME")
                           << QByteArray("DSN");
    QTest::newRow("NOESMTP") << u"NOESMTP"_s << QByteArrayList{"EHLO client.test", "HELO client.test"}
                             << QByteArrayList{"500", "250"} << QByteArray() << QByteArray();
    QTest::newRow("MAIL550") << u"MAIL550"_s << toData.mid(0, 2) << QByteArrayList{"250", "550 5."} << QByteArray() << QByteArray();
    QTest::newRow("RCPT550") << u"RCPT550"_s << toData.mid(0, 3) << QByteArrayList{"250", "250", "550 5.1.1"} << QByteArray()
                             << QByteArray();
    QTest::newRow("RBL554") << u"RBL554"_s << toData.mid(0, 3)
                            << QByteArrayList{"250", "250", "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org"}
                            << QByteArray() << QByteArray();
    QTest::newRow("DATA451") << u"DATA451"_s << toData << QByteArrayList{"250", "250", "250", "451 4."} << QByteArray() << QByteArray();
    QTest::newRow("DISCONNECTDATA") << u"DISCONNECTDATA"_s << (toData + QByteArrayList{message})
                                    << QByteArrayList{"250", "250", "250", "354", "closed"} << QByteArray() << QByteArray();
    QTest::newRow("SLOWRCPT") << u"SLOWRCPT"_s << toData.mid(0, 3) << QByteArrayList{"250", "250", "silence"} << QByteArray()
                              << QByteArray();
}

void tst_Testbed::sinks()
{
    QFETCH(QString, fault);
    QFETCH(QByteArrayList, commands);
    QFETCH(QByteArrayList, replies);
    QFETCH(QByteArray, ehloHas);
    QFETCH(QByteArray, ehloLacks);

    QSslSocket socket;
    if (!open(socket, u"SINK_%1_PORT"_s.arg(fault), false, Testbed::require(u"SINK_ADDR")))
        return;
    Wire wire(socket);
    QVERIFY(wire.reply().startsWith("220 "));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QByteArray &expected = replies.at(i);
        const QByteArray answer = wire.command(commands.at(i), expected == "silence" ? 1500 : 5000);
        const QByteArray context = commands.at(i) + " -> " + answer;
        if (expected == "silence") {
            QVERIFY2(answer.isEmpty() && wire.timedOut, context.constData());
        } else if (expected == "closed") {
            QVERIFY2(answer.isEmpty() && wire.closed, context.constData());
        } else {
            QVERIFY2(answer.startsWith(expected), context.constData());
        }
        if (commands.at(i).startsWith("EHLO") && answer.startsWith("250")) {
            if (!ehloHas.isEmpty())
                QVERIFY2(answer.contains(ehloHas), answer.constData());
            if (!ehloLacks.isEmpty())
                QVERIFY2(!answer.contains(ehloLacks), answer.constData());
        }
    }
}

void tst_Testbed::delivery()
{
    // "selftest" is this test's own mailbox: clearing it cannot disturb other tests.
    const QString zone = Testbed::require(u"ZONE");
    const QString box = u"selftest@"_s + zone;
    QString why;
    QVERIFY2(Testbed::clearMailbox(box, &why), qPrintable(why));
    QCOMPARE(Testbed::messages(box).size(), 0);

    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QSslSocket socket;
    if (!open(socket, u"SMTP_PORT"_s, false))
        return;
    Wire wire(socket);
    QVERIFY(wire.reply().startsWith("220 "));
    QVERIFY(wire.command("EHLO client.test").startsWith("250"));
    QVERIFY(wire.command("MAIL FROM:<sender@" + zone.toUtf8() + "> RET=HDRS ENVID=" + token).startsWith("250 "));
    QVERIFY(wire.command("RCPT TO:<" + box.toUtf8() + "> NOTIFY=SUCCESS,FAILURE").startsWith("250 "));
    QVERIFY(wire.command("DATA").startsWith("354 "));
    const QByteArray data = "Subject: " + token + "\r\n\r\nfirst line\r\n..starts with a dot\r\n.";
    QVERIFY(wire.command(data).startsWith("250 "));
    wire.command("QUIT");

    const QString path = Testbed::waitForMessage(box, token);
    QVERIFY2(!path.isEmpty(), qPrintable(Testbed::lastError()));
    QVERIFY2(Testbed::waitForMessages(box, 1), qPrintable(Testbed::lastError()));
    QCOMPARE(Testbed::messages(box).size(), 1);
    const QByteArray stored = Testbed::readMessage(path);
    QVERIFY(stored.contains(QByteArray("Delivered-To: " + box.toUtf8())));
    QCOMPARE(Testbed::body(stored), QByteArray("first line\n.starts with a dot\n"));

    // The success DSN report reaches the envelope sender, carrying our ENVID.
    const QString report = Testbed::waitForMessage(QString(u"sender@"_s + zone), "Original-Envelope-Id: " + token);
    QVERIFY2(!report.isEmpty(), qPrintable(Testbed::lastError()));

    QVERIFY2(Testbed::clearMailbox(box, &why), qPrintable(why));
    QCOMPARE(Testbed::messages(box).size(), 0);
}

void tst_Testbed::keyring()
{
    QString why;
    if (!Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
    const QString secret = u"tst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"-ä"_s;
    const QStringList attributes{u"smtpwizard-tst-testbed"_s, u"keyring"_s};

    QByteArray out;
    QVERIFY2(secretTool(QStringList{u"store"_s, u"--label=SMTP Wizard tst_testbed"_s} + attributes, secret.toUtf8(), &out),
             out.constData());
    QVERIFY2(secretTool(QStringList{u"lookup"_s} + attributes, {}, &out), out.constData());
    QCOMPARE(QString::fromUtf8(out), secret);
    QVERIFY2(secretTool(QStringList{u"clear"_s} + attributes, {}, &out), out.constData());
    QVERIFY2(secretTool(QStringList{u"lookup"_s} + attributes, {}, &out) == false, "the item is still there after clear");
}

QTEST_GUILESS_MAIN(tst_Testbed)
#include "tst_testbed.moc"
