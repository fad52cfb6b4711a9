#include "Testbed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// `smtp-wizard-cli --health` against the real test bed: the zone's good, broken and
/// missing records (tests/testbed/dnsmasq.conf.in), the MTA-STS policies over HTTPS from
/// the bed's policy host, TLSA through res_nquery at the bed's dnsmasq, reverse DNS and
/// greetings of Postfix and of a greeter in this test.
class tst_Health : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthyDomain();
    void brokenDomain();
    void tooManySpfLookups();
    void nothingPublished();
    void greetingUnderAnotherName();
    void untrustedPolicyCertificate();
    void textForPeople();
    void healthNeedsADomain();
    void domainOfTheRecipient();

private:
    struct Output
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json;
    };
    Output cli(const QStringList &arguments, bool withCa = true, bool json = true);
    static QJsonObject check(const Output &output, const QString &name)
    {
        return output.json.value(u"health").toObject().value(name).toObject();
    }
    static QStringList problems(const QJsonObject &finding)
    {
        QStringList keys;
        for (const QJsonValue &p : finding.value(u"problems").toArray())
            keys.append(p.toObject().value(u"problem").toString());
        return keys;
    }
    QTemporaryDir m_home;
};

void tst_Health::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(Testbed::requirePort(u"HTTPS_PORT"), qPrintable(Testbed::lastError()));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(m_home.isValid());
}

tst_Health::Output tst_Health::cli(const QStringList &arguments, bool withCa, bool json)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/.config");
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
    // The test hook: the bed's policy host cannot listen on 443.
    env.insert(u"SMTPWIZARD_TEST_HOOK_MTA_STS_PORT"_s, Testbed::value(u"HTTPS_PORT"));
    process.setProcessEnvironment(env);
    QStringList args{u"--dns-server"_s, Testbed::value(u"DNS"), u"--timeout"_s, u"5"_s};
    if (!arguments.contains(u"--port"_s))
        args << u"--port"_s << Testbed::value(u"SMTP_PORT");
    if (withCa)
        args << u"--ca-file"_s << Testbed::value(u"CA_FILE");
    if (json)
        args << u"--json"_s;
    args << arguments;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SMTPWIZARD_CLI_PATH), args);
    if (!process.waitForStarted(5000))
        return {};
    process.closeWriteChannel();
    // The event loop runs meanwhile: the greeter test answers from this process.
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    Output output{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
                  process.readAllStandardError(), {}};
    if (json)
        output.json = QJsonDocument::fromJson(output.out).object();
    return output;
}

void tst_Health::healthyDomain()
{
    const Output out = cli({u"--domain"_s, u"wizard.test"_s, u"--health"_s});
    QCOMPARE(out.exitCode, 0);
    const QJsonObject health = out.json.value(u"health").toObject();
    QCOMPARE(health.value(u"domain").toString(), u"wizard.test"_s);
    QCOMPARE(health.value(u"dnsServer").toString(), Testbed::value(u"DNS"));
    const QJsonObject spf = check(out, u"spf"_s);
    QCOMPARE(spf.value(u"status").toString(), u"ok"_s);
    // The TXT beside it is no SPF record; mx, a and the include count, the include's own
    // terms (ip4, ip6) do not.
    QCOMPARE(spf.value(u"record").toString(), u"v=spf1 mx a:mail.wizard.test include:_spf.wizard.test -all"_s);
    QCOMPARE(spf.value(u"details").toObject().value(u"dnsLookups").toString(), u"3"_s);
    QCOMPARE(spf.value(u"details").toObject().value(u"allQualifier").toString(), u"-all"_s);
    QCOMPARE(check(out, u"dmarc"_s).value(u"status").toString(), u"ok"_s);
    QCOMPARE(check(out, u"dmarc"_s).value(u"details").toObject().value(u"policy").toString(), u"reject"_s);
    const QJsonObject sts = check(out, u"mtaSts"_s);
    QCOMPARE(sts.value(u"status").toString(), u"ok"_s);
    QCOMPARE(sts.value(u"details").toObject().value(u"mode").toString(), u"enforce"_s);
    QCOMPARE(sts.value(u"details").toObject().value(u"maxAge").toString(), u"604800"_s);
    QCOMPARE(sts.value(u"details").toObject().value(u"id").toString(), u"20240501T000000"_s);
    QCOMPARE(check(out, u"tlsRpt"_s).value(u"status").toString(), u"ok"_s);
    // dnsmasq signs nothing: the TLSA record is found, and honestly not called DANE-ready.
    const QJsonObject dane = check(out, u"dane"_s);
    QCOMPARE(dane.value(u"status").toString(), u"warning"_s);
    QCOMPARE(problems(dane), QStringList{u"dane-not-signed"_s});
    QVERIFY(dane.value(u"record").toString().startsWith(u"_25._tcp.mail.wizard.test TLSA 3 1 1 197F9EE8"_s));
    // Postfix on 127.0.25.1 and [::1]: both greet as mail.wizard.test, both PTRs confirm.
    const QJsonArray addresses = out.json.value(u"health").toObject().value(u"addresses").toArray();
    QCOMPARE(addresses.size(), 2);
    QStringList seen;
    for (const QJsonValue &value : addresses) {
        const QJsonObject a = value.toObject();
        seen.append(a.value(u"address").toString());
        QCOMPARE(a.value(u"ptr").toString(), u"mail.wizard.test"_s);
        QCOMPARE(a.value(u"fcrdns").toObject().value(u"status").toString(), u"ok"_s);
        QCOMPARE(a.value(u"greetingName").toString(), u"mail.wizard.test"_s);
        QCOMPARE(a.value(u"bannerMatchesPtr").toObject().value(u"status").toString(), u"ok"_s);
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{u"127.0.25.1"_s, u"::1"_s}));
    // Without recipients --health greets every mail server and sends nothing.
    QCOMPARE(out.json.value(u"plan").toObject().value(u"stopAfter").toString(), u"connect"_s);
    QCOMPARE(out.json.value(u"attempts").toArray().size(), 2);
}

void tst_Health::brokenDomain()
{
    const Output out = cli({u"--domain"_s, u"broken.wizard.test"_s, u"--health"_s});
    QCOMPARE(out.exitCode, 3); // nothing listens on its MX: the test itself is "unreachable"
    QCOMPARE(check(out, u"spf"_s).value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(check(out, u"spf"_s)), QStringList{u"spf-multiple-records"_s});
    QCOMPARE(check(out, u"dmarc"_s).value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(check(out, u"dmarc"_s)), (QStringList{u"dmarc-no-policy"_s, u"dmarc-rua-invalid"_s}));
    const QJsonObject sts = check(out, u"mtaSts"_s);
    QCOMPARE(sts.value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(sts), (QStringList{u"sts-syntax"_s, u"sts-mx-not-covered"_s, u"sts-max-age-short"_s}));
    QCOMPARE(sts.value(u"problems").toArray().at(1).toObject().value(u"detail").toString(), u"mx.broken.wizard.test"_s);
    QCOMPARE(check(out, u"tlsRpt"_s).value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(check(out, u"tlsRpt"_s)), QStringList{u"tlsrpt-rua-invalid"_s});
    QCOMPARE(check(out, u"dane"_s).value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(check(out, u"dane"_s)), (QStringList{u"dane-record-invalid"_s, u"dane-not-signed"_s}));
    const QJsonArray addresses = out.json.value(u"health").toObject().value(u"addresses").toArray();
    QCOMPARE(addresses.size(), 1);
    const QJsonObject a = addresses.at(0).toObject();
    QCOMPARE(a.value(u"address").toString(), u"127.0.25.41"_s);
    QCOMPARE(a.value(u"ptr").toString(), u"elsewhere.wizard.test"_s);
    QCOMPARE(a.value(u"ptrAddresses").toArray(), QJsonArray{u"127.0.25.42"_s});
    QCOMPARE(a.value(u"fcrdns").toObject().value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(a.value(u"fcrdns").toObject()), QStringList{u"ptr-forward-mismatch"_s});
    QCOMPARE(problems(a.value(u"bannerMatchesPtr").toObject()), QStringList{u"banner-not-seen"_s});
    for (const QString &name : {u"spf"_s, u"dmarc"_s, u"mtaSts"_s, u"tlsRpt"_s, u"dane"_s}) {
        const QJsonObject finding = check(out, name);
        QVERIFY2(finding.value(u"explanation").toString().size() > 40, qPrintable(name));
        for (const QJsonValue &p : finding.value(u"problems").toArray())
            QVERIFY2(p.toObject().value(u"text").toString().size() > 20, qPrintable(name));
    }
}

void tst_Health::tooManySpfLookups()
{
    const Output out = cli({u"--domain"_s, u"spf-many.wizard.test"_s, u"--health"_s});
    const QJsonObject spf = check(out, u"spf"_s);
    QCOMPARE(spf.value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(spf), QStringList{u"spf-too-many-lookups"_s});
    QCOMPARE(spf.value(u"problems").toArray().at(0).toObject().value(u"detail").toString(), u"12"_s);
    QCOMPARE(spf.value(u"details").toObject().value(u"dnsLookups").toString(), u"12"_s);
}

void tst_Health::nothingPublished()
{
    const Output out = cli({u"--domain"_s, u"implicit.wizard.test"_s, u"--health"_s});
    QCOMPARE(out.exitCode, 0);
    for (const QString &name : {u"spf"_s, u"mtaSts"_s, u"tlsRpt"_s, u"dane"_s}) {
        QCOMPARE(check(out, name).value(u"status").toString(), u"missing"_s);
        QVERIFY(check(out, name).value(u"problems").toArray().isEmpty());
        QVERIFY(check(out, name).value(u"record").isNull());
    }
    // No _dmarc record of its own, but its organisational domain (the zone, by the public
    // suffix list's default rule) has one, and receivers apply it (RFC 7489 §6.6.3).
    const QJsonObject dmarc = check(out, u"dmarc"_s);
    QCOMPARE(dmarc.value(u"status").toString(), u"ok"_s);
    QVERIFY(dmarc.value(u"record").toString().startsWith(u"v=DMARC1; p=reject;"_s));
    QCOMPARE(dmarc.value(u"details").toObject().value(u"inheritedFrom").toString(), u"wizard.test"_s);
    QCOMPARE(dmarc.value(u"details").toObject().value(u"appliedPolicy").toString(), u"reject"_s);
}

void tst_Health::greetingUnderAnotherName()
{
    QTcpServer greeter;
    QVERIFY2(greeter.listen(QHostAddress(u"127.0.25.51"_s), 0), qPrintable(greeter.errorString()));
    connect(&greeter, &QTcpServer::newConnection, this, [&greeter] {
        QTcpSocket *socket = greeter.nextPendingConnection();
        socket->write("220 smtp.other-hoster.example ESMTP\r\n");
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (socket->readAll().startsWith("QUIT")) {
                socket->write("221 2.0.0 Bye\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    const Output out = cli({u"--domain"_s, u"greeter.wizard.test"_s, u"--health"_s, u"--port"_s, QString::number(greeter.serverPort())});
    QCOMPARE(out.exitCode, 0);
    const QJsonObject a = out.json.value(u"health").toObject().value(u"addresses").toArray().at(0).toObject();
    QCOMPARE(a.value(u"ptr").toString(), u"mx.greeter.wizard.test"_s);
    QCOMPARE(a.value(u"fcrdns").toObject().value(u"status").toString(), u"ok"_s);
    QCOMPARE(a.value(u"greetingName").toString(), u"smtp.other-hoster.example"_s);
    const QJsonObject banner = a.value(u"bannerMatchesPtr").toObject();
    QCOMPARE(banner.value(u"status").toString(), u"warning"_s);
    QCOMPARE(problems(banner), QStringList{u"banner-mismatch"_s});
    QVERIFY(banner.value(u"problems").toArray().at(0).toObject().value(u"text").toString().contains(u"smtp.other-hoster.example"_s));
}

void tst_Health::untrustedPolicyCertificate()
{
    // Without the bed's CA the policy host's certificate is not trusted: senders must
    // not use the policy, so neither do we.
    const Output out = cli({u"--domain"_s, u"wizard.test"_s, u"--health"_s}, false);
    const QJsonObject sts = check(out, u"mtaSts"_s);
    QCOMPARE(sts.value(u"status").toString(), u"invalid"_s);
    QCOMPARE(problems(sts), QStringList{u"sts-policy-certificate"_s});
}

void tst_Health::textForPeople()
{
    const Output out = cli({u"--domain"_s, u"broken.wizard.test"_s, u"--health"_s, u"--no-color"_s}, true, false);
    const QString text = QString::fromUtf8(out.out);
    QVERIFY2(text.contains(u"Domain health of broken.wizard.test"_s), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(u"\\[BROKEN\\] +SPF \\(who may send for the domain\\)"_s)));
    QVERIFY(text.contains(u"The domain publishes more than one SPF record."_s));
    QVERIFY(text.contains(u"The mail server mx.broken.wizard.test is not covered by any mx: line of the policy."_s));
    QVERIFY(text.contains(u"Mail server mx.broken.wizard.test at 127.0.25.41"_s));
    QVERIFY(text.contains(u"The reverse name elsewhere.wizard.test does not lead back to this address"_s));
    QVERIFY(text.indexOf(u"Domain health of"_s) < text.indexOf(u"Verdict:"_s));
    QVERIFY(!text.contains(QChar(0x1b)));
}

void tst_Health::healthNeedsADomain()
{
    const Output out = cli({u"--server"_s, Testbed::value(u"MAIL_ADDR"), u"--health"_s}, true, false);
    QCOMPARE(out.exitCode, 64);
    QVERIFY2(out.err.contains("--health: needs --domain (or --to)"), out.err.constData());
}

void tst_Health::domainOfTheRecipient()
{
    // A test of a recipient checks the recipient's domain, and greets only as far as asked.
    const Output out = cli({u"--to"_s, u"bob@wizard.test"_s, u"--from"_s, u"sender@wizard.test"_s, u"--quit-after"_s,
                            u"rcpt"_s, u"--health"_s});
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.json.value(u"health").toObject().value(u"domain").toString(), u"wizard.test"_s);
    QCOMPARE(check(out, u"spf"_s).value(u"status").toString(), u"ok"_s);
    QCOMPARE(out.json.value(u"plan").toObject().value(u"stopAfter").toString(), u"rcpt"_s);
    // First reachable: one address talked to, the other says it was not.
    QStringList banners;
    for (const QJsonValue &a : out.json.value(u"health").toObject().value(u"addresses").toArray())
        banners.append(a.toObject().value(u"bannerMatchesPtr").toObject().value(u"status").toString());
    banners.sort();
    QCOMPARE(banners, (QStringList{u"ok"_s, u"warning"_s}));
}

QTEST_GUILESS_MAIN(tst_Health)
#include "tst_health.moc"
