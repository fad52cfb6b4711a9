#include "CliProcess.h"
#include "Testbed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// `smtp-wizard-cli --interactive` (the expert console, issue 14) driven from standard
/// input against the real test bed: each reply printed with its explanation, the --json
/// document shaped like a normal run's, STARTTLS upgraded in place, /auth with the secret
/// in no output, a smuggled CR refused before the wire, reports written.
class TestInteractive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void acceptanceLine();
    void jsonShapedLikeARun();
    void startTlsUpgradesInPlace();
    void untrustedCertificateShown();
    void authWithoutTheSecretAnywhere();
    void authFromTheKeychain();
    void smuggledCarriageReturnRefused();
    void dataFileDotStuffed();
    void usageErrors_data();
    void usageErrors();
    void connectionFailureExitCode();
    void domainTakesTheMxThatAnswers();

private:
    using Output = CliProcess::Output;
    Output cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return CliProcess::run(m_home.path(), arguments, input, 30000);
    }
    QString server(QStringView portName) const
    {
        return Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(portName);
    }
    QStringList console(QStringView portName) const
    {
        return {u"--interactive"_s, u"--no-color"_s, u"--server"_s, server(portName)};
    }
    static QJsonObject json(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        return document.object();
    }
    QTemporaryDir m_home;
};

void TestInteractive::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(m_home.isValid());
}

void TestInteractive::acceptanceLine()
{
    const Output run = cli(console(u"SMTP_PORT"),
                           "EHLO me.example\nMAIL FROM:<a@example.com>\nRCPT TO:<nobody@wizard.test>\nQUIT\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    // Every reply's last line ("S: 250 ...", not "S: 250-...") is followed by its explanation.
    static const QRegularExpression lastLine(uR"(\sS: \d{3}( |$))"_s);
    int replies = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lastLine.match(lines.at(i)).hasMatch())
            continue;
        ++replies;
        QVERIFY2(i + 1 < lines.size() && lines.at(i + 1).trimmed().startsWith(u"->"_s), qPrintable(lines.at(i)));
    }
    QCOMPARE(replies, 5); // greeting, EHLO, MAIL, RCPT, QUIT
    for (const char *expected : {"C: EHLO me.example", "C: MAIL FROM:<a@example.com>", "S: 550 5.1.1",
                                 "-> Recipient unknown", "-> Sender accepted", "C: QUIT", "S: 221"})
        QVERIFY2(run.out.contains(expected), expected);
}

void TestInteractive::jsonShapedLikeARun()
{
    const Output typed = cli(console(u"SMTP_PORT") + QStringList{u"--json"_s},
                             "EHLO me.example\nMAIL FROM:<a@example.com>\nRCPT TO:<nobody@wizard.test>\nQUIT\n");
    QVERIFY2(typed.exitCode == 0, typed.err.constData());
    const Output normal = cli({u"--server"_s, server(u"SMTP_PORT"), u"--security"_s, u"none"_s, u"--ehlo"_s,
                               u"me.example"_s, u"--from"_s, u"a@example.com"_s, u"--to"_s, u"nobody@wizard.test"_s,
                               u"--json"_s});
    QCOMPARE(normal.exitCode, 1);
    const QJsonObject a = json(typed.out);
    const QJsonObject b = json(normal.out);
    QVERIFY2(!a.isEmpty(), typed.out.constData());
    QVERIFY(!b.isEmpty());
    QCOMPARE(a.keys(), b.keys());
    for (const QString &part : {u"plan"_s, u"verdict"_s, u"dns"_s})
        QCOMPARE(a.value(part).toObject().keys(), b.value(part).toObject().keys());
    const QJsonObject attemptA = a.value(u"attempts"_s).toArray().first().toObject();
    const QJsonObject attemptB = b.value(u"attempts"_s).toArray().first().toObject();
    QCOMPARE(attemptA.keys(), attemptB.keys());
    // The same story told the same way: the unknown recipient decides both.
    QCOMPARE(a.value(u"verdict"_s).toObject().value(u"outcome"_s), b.value(u"verdict"_s).toObject().value(u"outcome"_s));
    QCOMPARE(attemptA.value(u"recipients"_s).toArray().size(), 1);
}

void TestInteractive::startTlsUpgradesInPlace()
{
    const Output run = cli(console(u"SMTP_PORT") + QStringList{u"--ca-file"_s, Testbed::value(u"CA_FILE"), u"--json"_s},
                           "EHLO me.example\n/starttls\n/starttls\nEHLO me.example\nQUIT\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject attempt = json(run.out).value(u"attempts"_s).toArray().first().toObject();
    const QJsonObject tls = attempt.value(u"tls"_s).toObject();
    QVERIFY2(!tls.isEmpty(), run.out.constData());
    QVERIFY(!tls.value(u"protocol"_s).toString().isEmpty());
    // Warned about, still sent: the second STARTTLS gets Postfix's refusal.
    QVERIFY(run.out.contains("TLS already active"));
    QVERIFY(run.out.contains("Warning: TLS is already up"));

    const Output shown = cli(console(u"SMTP_PORT") + QStringList{u"--ca-file"_s, Testbed::value(u"CA_FILE")},
                             "EHLO me.example\n/starttls\nEHLO me.example\nQUIT\n");
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    for (const char *expected : {"TLS established", "certificate subject: mail.wizard.test",
                                 "issuer: SMTP Wizard Test CA", "verification: the certificate is valid"})
        QVERIFY2(shown.out.contains(expected), expected);
}

void TestInteractive::untrustedCertificateShown()
{
    const Output run = cli(console(u"SMTP_PORT"), "EHLO me.example\n/starttls\nEHLO me.example\nQUIT\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("verification: FAILED"));
    QVERIFY(run.out.contains("S: 221"));
}

void TestInteractive::authWithoutTheSecretAnywhere()
{
    QTemporaryDir dir;
    const QString user = Testbed::value(u"USER");
    const QByteArray password = Testbed::value(u"PASSWORD").toUtf8();
    QFile file(dir.filePath(u"password"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(password + '\n');
    file.close();
    QStringList args = console(u"SUBMISSION_PORT")
        + QStringList{u"--ca-file"_s, Testbed::value(u"CA_FILE"), u"--password-file"_s, file.fileName()};
    for (const char *ext : {"txt", "html", "json"})
        args << u"--report"_s << dir.filePath(u"report."_s + QLatin1StringView(ext));
    const QByteArray input = "EHLO me.example\n/auth plain " + user.toUtf8()
        + "\n/starttls\nEHLO me.example\n/auth plain " + user.toUtf8() + "\nQUIT\n";
    const Output run = cli(args, input);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Over plain text the secret is not sent at all; over verified TLS it signs in.
    QVERIFY2(run.err.contains("Not sending the password over an unencrypted connection"), run.err.constData());
    QVERIFY2(run.out.contains("S: 235 2.7.0"), run.out.constData());
    QVERIFY(run.out.contains("AUTH PLAIN"));
    const Output asJson = cli(console(u"SUBMISSION_PORT")
                                  + QStringList{u"--ca-file"_s, Testbed::value(u"CA_FILE"), u"--password-file"_s,
                                                file.fileName(), u"--json"_s},
                              "EHLO me.example\n/starttls\nEHLO me.example\n/auth login " + user.toUtf8() + "\nQUIT\n");
    QVERIFY2(asJson.exitCode == 0, asJson.err.constData());
    QVERIFY(json(asJson.out).value(u"attempts"_s).toArray().first().toObject().value(u"authenticated"_s).toBool());

    const QByteArray plainAuth = QByteArray('\0' + user.toUtf8() + '\0' + password).toBase64();
    const QList<QByteArray> secrets{password, password.toBase64(), plainAuth};
    QList<QByteArray> haystacks{run.out, run.err, asJson.out, asJson.err};
    for (const char *ext : {"txt", "html", "json"}) {
        QFile report(dir.filePath(u"report."_s + QLatin1StringView(ext)));
        QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.fileName()));
        const QByteArray text = report.readAll();
        QVERIFY(text.contains("AUTH PLAIN"));
        haystacks.append(text);
    }
    for (const QByteArray &haystack : std::as_const(haystacks)) {
        for (const QByteArray &secret : secrets)
            QVERIFY2(!haystack.contains(secret), "a form of the secret was found in the output");
    }
}

void TestInteractive::authFromTheKeychain()
{
    QString why;
    if (!Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
    const QString user = Testbed::value(u"USER");
    const QByteArray password = Testbed::value(u"PASSWORD").toUtf8();
    // By [::1], an entry no other test remembers or forgets at the same time.
    const QString submission = u"[::1]:"_s + Testbed::value(u"SUBMISSION_PORT");
    const QStringList where{u"--server"_s, submission, u"--ca-file"_s, Testbed::value(u"CA_FILE")};
    const QStringList normal = where + QStringList{u"--auth"_s, u"plain"_s, u"--user"_s, user, u"--quit-after"_s, u"auth"_s};
    const Output saved = cli(normal + QStringList{u"--password-stdin"_s, u"--save-password"_s}, password + '\n');
    QVERIFY2(saved.exitCode == 0 && saved.err.contains("Saved the password"), saved.err.constData());

    const Output run = cli(QStringList{u"--interactive"_s, u"--no-color"_s} + where,
                           "EHLO me.example\n/starttls\nEHLO me.example\n/auth plain " + user.toUtf8() + "\nQUIT\n");
    cli(normal + QStringList{u"--forget-password"_s}); // leave the keyring as it was
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Using the password stored in the keychain"), run.err.constData());
    QVERIFY2(run.out.contains("S: 235 2.7.0"), run.out.constData());
    const QByteArray plainAuth = QByteArray('\0' + user.toUtf8() + '\0' + password).toBase64();
    for (const QByteArray &secret : {password, password.toBase64(), plainAuth}) {
        QVERIFY(!run.out.contains(secret));
        QVERIFY(!run.err.contains(secret));
    }

    // Nothing stored and no terminal to ask on: refused, and the session goes on.
    const Output none = cli(QStringList{u"--interactive"_s, u"--no-color"_s} + where,
                            "EHLO me.example\n/starttls\nEHLO me.example\n/auth plain " + user.toUtf8() + "\nNOOP\nQUIT\n");
    QVERIFY2(none.exitCode == 0, none.err.constData());
    QVERIFY2(none.err.contains("--password-file"), none.err.constData());
    QVERIFY(!none.out.contains("C: AUTH"));
    QVERIFY(none.out.contains("C: NOOP"));
}

void TestInteractive::smuggledCarriageReturnRefused()
{
    const Output run = cli(console(u"SMTP_PORT"),
                           "EHLO me.example\nNOOP\rMAIL FROM:<a@example.com>\nNOOP\nQUIT\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Not sent: Line breaks (CR or LF) are not allowed"), run.err.constData());
    QVERIFY(!run.out.contains("MAIL FROM"));
    QVERIFY(run.out.contains("C: NOOP"));
    // A line over RFC 5321's limit is refused too, and the session goes on.
    const Output longLine = cli(console(u"SMTP_PORT"), "NOOP " + QByteArray(1000, 'x') + "\nQUIT\n");
    QCOMPARE(longLine.exitCode, 0);
    QVERIFY(longLine.err.contains("SMTP allows 998"));
    QVERIFY(longLine.out.contains("S: 221"));
}

void TestInteractive::dataFileDotStuffed()
{
    QTemporaryDir dir;
    QFile message(dir.filePath(u"message.eml"_s));
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write("Subject: console test\n\n.a line starting with a dot\nlast line\n");
    message.close();
    const Output run = cli(console(u"SMTP_PORT"),
                           "EHLO me.example\nMAIL FROM:<sender@wizard.test>\nRCPT TO:<bob@wizard.test>\n/data "
                               + message.fileName().toUtf8() + "\nQUIT\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("C: ..a line starting with a dot"));
    QVERIFY2(run.out.contains("S: 250 2.0.0 Ok: queued"), run.out.constData());
    QVERIFY(run.out.contains("DELIVERED"));
}

void TestInteractive::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no server") << QStringList{u"--interactive"_s};
    QTest::newRow("with --to") << QStringList{u"--interactive"_s, u"--server"_s, u"127.0.0.1"_s, u"--to"_s, u"a@b.example"_s};
    QTest::newRow("password file alone") << QStringList{u"--server"_s, u"127.0.0.1"_s, u"--password-file"_s, u"x"_s};
    QTest::newRow("missing password file")
        << QStringList{u"--interactive"_s, u"--server"_s, u"127.0.0.1"_s, u"--password-file"_s, u"/nonexistent/pw"_s};
}

void TestInteractive::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Output run = cli(arguments, "QUIT\n");
    QCOMPARE(run.exitCode, 64);
    QVERIFY(!run.err.isEmpty());
}

void TestInteractive::connectionFailureExitCode()
{
    const Output run = cli({u"--interactive"_s, u"--server"_s, Testbed::value(u"DEAD_ADDR") + u":25"_s}, "QUIT\n");
    QCOMPARE(run.exitCode, 3); // unreachable, as a normal run says it
}

void TestInteractive::domainTakesTheMxThatAnswers()
{
    // failover.wizard.test: MX 10 refuses connections, MX 20 is the bed's Postfix.
    const Output run = cli({u"--interactive"_s, u"--no-color"_s, u"--domain"_s, u"failover.wizard.test"_s,
                            u"--dns-server"_s, Testbed::value(u"DNS"), u"--port"_s, Testbed::value(u"SMTP_PORT"),
                            u"--json"_s},
                           "EHLO me.example\nQUIT\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = json(run.out);
    const QJsonArray attempts = result.value(u"attempts"_s).toArray();
    QVERIFY2(attempts.size() >= 2, run.out.constData());
    QCOMPARE(attempts.first().toObject().value(u"outcome"_s).toString(), u"failed"_s);
    QCOMPARE(attempts.last().toObject().value(u"outcome"_s).toString(), u"completed"_s);
    QCOMPARE(result.value(u"verdict"_s).toObject().value(u"outcome"_s).toString(), u"accepted"_s);
}

QTEST_GUILESS_MAIN(TestInteractive)
#include "tst_interactive.moc"
