#include "CliProcess.h"
#include "Testbed.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// smtp-wizard-cli as a user runs it: against the real test bed, checking exit codes,
/// the --json document (outcome, stage, code, the category of each reply), the keychain
/// round trip and that the password shows up nowhere.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void usageErrorsTouchNoNetwork_data();
    void usageErrorsTouchNoNetwork();
    void explain();
    void explainInFrench();
    void keychainRoundTripLeavesNoSecret();

private:
    using Output = CliProcess::Output;
    Output cli(const QStringList &arguments, const QByteArray &input = {});
    QString server(QStringView portName) const
    {
        return Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(portName);
    }
    QString sink(QStringView fault) const
    {
        return Testbed::value(u"SINK_ADDR") + u':' + QString::number(Testbed::sinkPort(fault));
    }
    QStringList common() const
    {
        return {QStringLiteral("--dns-server"), Testbed::value(u"DNS"), QStringLiteral("--from"),
                QStringLiteral("sender@wizard.test"), QStringLiteral("--ehlo"), QStringLiteral("client.wizard.test")};
    }
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(m_home.isValid());
}

TestCli::Output TestCli::cli(const QStringList &arguments, const QByteArray &input)
{
    return CliProcess::run(m_home.path(), arguments, input, 30000);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QVariant>("code");
    QTest::addColumn<QString>("category"); // of the verdict and of the deciding transcript line

    const QStringList base = common();
    const QByteArray password = Testbed::value(u"PASSWORD").toUtf8() + '\n';
    const QString user = Testbed::value(u"USER");
    auto to = [](const char *address) { return QStringList{QStringLiteral("--to"), QString::fromLatin1(address)}; };

    QTest::newRow("delivered") << base + to("alice@wizard.test") + QStringList{QStringLiteral("--server"), server(u"SMTP_PORT")}
                               << QByteArray() << 0 << QStringLiteral("delivered") << QStringLiteral("message") << QVariant(250) << QStringLiteral("accepted");
    QTest::newRow("unknown recipient")
        << base + to("nobody@wizard.test") + QStringList{QStringLiteral("--domain"), QStringLiteral("wizard.test"), QStringLiteral("--port"), Testbed::value(u"SMTP_PORT")}
        << QByteArray() << 1 << QStringLiteral("rejected") << QStringLiteral("rcpt") << QVariant(550) << QStringLiteral("recipient-unknown");
    QTest::newRow("greylisted") << base + to("grey@wizard.test") + QStringList{QStringLiteral("--server"), server(u"SMTP_PORT")}
                                << QByteArray() << 2 << QStringLiteral("deferred") << QStringLiteral("rcpt") << QVariant(450) << QStringLiteral("greylisted");
    QTest::newRow("421") << base + to("alice@wizard.test") + QStringList{QStringLiteral("--server"), sink(u"GREETING421")} << QByteArray()
                         << 2 << QStringLiteral("deferred") << QStringLiteral("greeting") << QVariant(421) << QStringLiteral("server-unavailable");
    QTest::newRow("timeout") << base + to("alice@wizard.test")
                                    + QStringList{QStringLiteral("--server"), sink(u"SLOWGREETING"), QStringLiteral("--timeout"), QStringLiteral("2")}
                             << QByteArray() << 3 << QStringLiteral("timeout") << QStringLiteral("greeting") << QVariant() << QStringLiteral("timeout");
    QTest::newRow("refused") << base + to("alice@wizard.test")
                                    + QStringList{QStringLiteral("--server"), Testbed::value(u"DEAD_ADDR") + u':' + Testbed::value(u"SMTP_PORT")}
                             << QByteArray() << 3 << QStringLiteral("unreachable") << QStringLiteral("connect") << QVariant() << QStringLiteral("network");
    QTest::newRow("nxdomain") << base + to("x@no-such-domain.wizard.test") << QByteArray() << 4 << QStringLiteral("dns-failed")
                              << QStringLiteral("dns") << QVariant() << QStringLiteral("domain-not-found");
    QTest::newRow("tls") << base + to("alice@wizard.test")
                                + QStringList{QStringLiteral("--server"), server(u"SMTPS_PORT"), QStringLiteral("--security"), QStringLiteral("tls")}
                         // Implicit TLS (port 465) fails at its own step, not at STARTTLS (issue 11, finding 3).
                         << QByteArray() << 5 << QStringLiteral("tls-failed") << QStringLiteral("tls") << QVariant() << QStringLiteral("tls-failed");
    QTest::newRow("auth") << base + to("alice@wizard.test")
                                 + QStringList{QStringLiteral("--server"), server(u"SUBMISSION_PORT"), QStringLiteral("--security"), QStringLiteral("starttls-required"),
                                               QStringLiteral("--ca-file"), Testbed::value(u"CA_FILE"), QStringLiteral("--auth"), QStringLiteral("plain"),
                                               QStringLiteral("--user"), user, QStringLiteral("--password-stdin")}
                          << QByteArray("not-the-password\n") << 6 << QStringLiteral("auth-failed") << QStringLiteral("auth") << QVariant(535)
                          << QStringLiteral("auth-failed");
    QTest::newRow("protocol") << base + to("alice@wizard.test") + QStringList{QStringLiteral("--server"), sink(u"DISCONNECTDATA")}
                              << QByteArray() << 7 << QStringLiteral("protocol-error") << QStringLiteral("message") << QVariant()
                              << QStringLiteral("server-unavailable");
    QTest::newRow("submission signed in") << base + to("alice@wizard.test")
                                                 + QStringList{QStringLiteral("--server"), server(u"SUBMISSION_PORT"), QStringLiteral("--ca-file"),
                                                               Testbed::value(u"CA_FILE"), QStringLiteral("--auth"), QStringLiteral("login"),
                                                               QStringLiteral("--user"), user, QStringLiteral("--password-stdin")}
                                          << password << 0 << QStringLiteral("delivered") << QStringLiteral("message") << QVariant(250)
                                          << QStringLiteral("accepted");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, outcome);
    QFETCH(QString, stage);
    QFETCH(QVariant, code);
    QFETCH(QString, category);

    const Output run = cli(arguments + QStringList{QStringLiteral("--json")}, input);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject verdict = json.value(u"verdict").toObject();
    QCOMPARE(verdict.value(u"outcome").toString(), outcome);
    QCOMPARE(verdict.value(u"stage").toString(), stage);
    if (code.isValid())
        QCOMPARE(verdict.value(u"code").toInt(), code.toInt());
    else
        QVERIFY(verdict.value(u"code").isNull());
    QCOMPARE(verdict.value(u"category").toString(), category);
    QVERIFY(!verdict.value(u"summary").toString().isEmpty());
    QVERIFY(!verdict.value(u"nextSteps").toArray().isEmpty());

    // The deciding step is in the transcript with the same category: the reply for a
    // code, the event line for a failure without reply.
    bool found = false;
    const QJsonArray attempts = json.value(u"attempts").toArray();
    QJsonArray lines;
    for (const QJsonValue &attempt : attempts) {
        for (const QJsonValue &line : attempt.toObject().value(u"transcript").toArray())
            lines.append(line);
    }
    for (const QJsonValue &line : json.value(u"events").toArray())
        lines.append(line);
    for (const QJsonValue &value : std::as_const(lines)) {
        const QJsonObject line = value.toObject();
        const bool isServer = line.value(u"dir").toString() == u"server";
        if (code.isValid() && !(isServer && line.value(u"text").toString().startsWith(QString::number(code.toInt()))))
            continue;
        if (line.value(u"category").toString() == category)
            found = true;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no transcript line with category ") + category));
}

void TestCli::usageErrorsTouchNoNetwork_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    // Port 9 on the dead address: if anything were sent, the test would see a refusal, not 64.
    const QStringList dead{QStringLiteral("--server"), Testbed::value(u"DEAD_ADDR") + u":9"};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("bad security") << dead + QStringList{QStringLiteral("--security"), QStringLiteral("maybe"), QStringLiteral("--to"), QStringLiteral("a@b.test")} << QStringLiteral("--security");
    QTest::newRow("crlf in subject") << dead + QStringList{QStringLiteral("--to"), QStringLiteral("a@b.test"), QStringLiteral("--from"), QStringLiteral("c@d.test"),
                                                           QStringLiteral("--subject"), QStringLiteral("hi\r\nBcc: evil@x.test")}
                                     << QStringLiteral("--subject");
    QTest::newRow("crlf in recipient") << dead + QStringList{QStringLiteral("--to"), QStringLiteral("a@b.test>\r\nRCPT TO:<evil@x.test")} << QStringLiteral("--to");
    QTest::newRow("bad address") << dead + QStringList{QStringLiteral("--to"), QStringLiteral("not-an-address")} << QStringLiteral("--to");
    QTest::newRow("bad port") << dead + QStringList{QStringLiteral("--to"), QStringLiteral("a@b.test"), QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
}

void TestCli::usageErrorsTouchNoNetwork()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Output run = cli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::explain()
{
    const Output run = cli({QStringLiteral("--explain"), QStringLiteral("550 5.1.1 <bob@contoso.com>: Recipient address rejected: User unknown"),
                            QStringLiteral("--stage"), QStringLiteral("rcpt"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    const QJsonObject entry = doc.isArray() ? doc.array().at(0).toObject() : doc.object();
    QCOMPARE(entry.value(u"code").toInt(), 550);
    QCOMPARE(entry.value(u"enhancedCode").toString(), QStringLiteral("5.1.1"));
    QCOMPARE(entry.value(u"category").toString(), QStringLiteral("recipient-unknown"));
    QVERIFY(!entry.value(u"causes").toArray().isEmpty());
}

// --lang fr: our explanation in French, the server's words exactly as it sent them.
void TestCli::explainInFrench()
{
    const QString reply = u"550 5.1.1 <bob@contoso.com>: Recipient address rejected: User unknown"_s;
    const Output run = cli({u"--lang"_s, u"fr"_s, u"--explain"_s, reply, u"--stage"_s, u"rcpt"_s, u"--no-color"_s});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"La boîte aux lettres n'existe pas"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Réponse du serveur\u00a0: <bob@contoso.com>: Recipient address rejected: User unknown"_s),
             qPrintable(out));
    QVERIFY2(!out.contains(u"Mailbox does not exist"_s), qPrintable(out));

    const Output wrong = cli({u"--lang"_s, u"fr;rm -rf"_s, u"--explain"_s, reply});
    QCOMPARE(wrong.exitCode, 64);
}

void TestCli::keychainRoundTripLeavesNoSecret()
{
    QString why;
    if (!Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
    const QString user = Testbed::value(u"USER");
    const QString password = Testbed::value(u"PASSWORD");
    QTemporaryDir reports;
    // By name, not by address: the keychain entry (user@host:port) must differ from the one
    // the GUI test remembers and forgets at the same time in a parallel ctest run.
    const QString submission = QStringLiteral("mail.") + Testbed::value(u"ZONE") + u':' + Testbed::value(u"SUBMISSION_PORT");
    const QStringList signIn{QStringLiteral("--server"), submission, QStringLiteral("--ca-file"), Testbed::value(u"CA_FILE"),
                             QStringLiteral("--auth"), QStringLiteral("plain"), QStringLiteral("--user"), user, QStringLiteral("--to"), QStringLiteral("alice@wizard.test")};
    const QStringList args = common() + signIn;
    cli(args + QStringList{QStringLiteral("--forget-password")}); // a clean start

    // Without a stored password and without --password-stdin: a usage error.
    const Output none = cli(args);
    QCOMPARE(none.exitCode, 64);

    const Output first = cli(args + QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--save-password")}, password.toUtf8() + '\n');
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.err.contains("Saved the password"));

    QStringList reportArgs;
    for (const char *ext : {"txt", "html", "pdf", "json"})
        reportArgs << QStringLiteral("--report") << reports.filePath(QStringLiteral("report.") + QLatin1StringView(ext));
    const Output second = cli(args + reportArgs); // no password given: the keychain's is used
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY(second.out.contains("keychain"));

    // Search everything this produced for the secret in its three telling forms.
    const QByteArray plainAuth = QByteArray('\0' + user.toUtf8() + '\0' + password.toUtf8()).toBase64();
    const QList<QByteArray> secrets{password.toUtf8(), password.toUtf8().toBase64(), plainAuth};
    QList<QByteArray> haystacks{first.out, first.err, second.out, second.err};
    QStringList searched;
    for (const QString &dir : {reports.path(), m_home.path()}) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            haystacks.append(file.readAll());
            searched.append(path);
        }
    }
    QVERIFY2(searched.size() >= 4, qPrintable(searched.join(u", ")));
    QProcess pdfText;
    pdfText.start(QStringLiteral("pdftotext"), {reports.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    QVERIFY(pdfText.waitForFinished(10000));
    haystacks.append(pdfText.readAllStandardOutput());
    for (const QByteArray &haystack : std::as_const(haystacks)) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!haystack.contains(secret), "the password leaked");
    }

    const Output forget = cli(args + QStringList{QStringLiteral("--forget-password")});
    QCOMPARE(forget.exitCode, 0);
    QCOMPARE(cli(args).exitCode, 64);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
