#include "CliProcess.h"
#include "Testbed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// `smtp-wizard-cli --relay-test` against the real test bed: the bed's Postfix refuses to
/// relay (loopback is not in its mynetworks, so the test client is a stranger to it), the
/// OK sink accepts everything, so it is an open relay. Checks the exit codes, the `relay`
/// object of --json, that no message is ever sent (no DATA on the wire) and the reports.
class TestRelayTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void reportsShowTheForms();
    void usageErrors_data();
    void usageErrors();

private:
    using Output = CliProcess::Output;
    Output cli(const QStringList &arguments);
    QTemporaryDir m_home;
};

void TestRelayTest::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY(QFileInfo::exists(QStringLiteral(SMTPWIZARD_CLI_PATH)));
    QVERIFY(m_home.isValid());
}

TestRelayTest::Output TestRelayTest::cli(const QStringList &arguments)
{
    return CliProcess::run(m_home.path(), arguments, {}, 30000);
}

void TestRelayTest::verdicts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("refused");
    QTest::addColumn<int>("refusalCode"); // of every refused form; 0: none refused

    const QString postfix = Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(u"SMTP_PORT");
    const QString sink = Testbed::value(u"SINK_ADDR") + u':' + QString::number(Testbed::sinkPort(u"OK"));
    const QStringList common{u"--relay-test"_s, u"--json"_s, u"--ehlo"_s, u"client.wizard.test"_s, u"--timeout"_s, u"10"_s};
    // By address: six forms (no local-sender form without a domain name).
    QTest::newRow("postfix refuses") << common + QStringList{u"--server"_s, postfix} << 0 << u"relay-refused"_s << 0 << 6 << 554;
    // By domain, through the bed's MX: the local-sender form too (relaytest@wizard.test).
    QTest::newRow("postfix by domain")
        << common + QStringList{u"--domain"_s, u"wizard.test"_s, u"--port"_s, Testbed::value(u"SMTP_PORT"), u"--dns-server"_s,
                                Testbed::value(u"DNS")}
        << 0 << u"relay-refused"_s << 0 << 7 << 554;
    QTest::newRow("sink is open") << common + QStringList{u"--server"_s, sink} << 8 << u"open-relay"_s << 6 << 0 << 0;
}

void TestRelayTest::verdicts()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outcome);
    QFETCH(int, accepted);
    QFETCH(int, refused);
    QFETCH(int, refusalCode);

    const Output run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"verdict").toObject().value(u"outcome").toString(), outcome);
    QCOMPARE(json.value(u"verdict").toObject().value(u"exitCode").toInt(), exitCode);
    QVERIFY(json.value(u"plan").toObject().value(u"relayTest").toBool());

    const QJsonObject relay = json.value(u"relay").toObject();
    QCOMPARE(relay.value(u"open").toBool(), outcome == u"open-relay"_s);
    QVERIFY(relay.value(u"checked").toBool());
    QCOMPARE(relay.value(u"accepted").toArray().size(), accepted);
    QCOMPARE(relay.value(u"refused").toArray().size(), refused);
    QStringList forms;
    for (const QString &list : {u"accepted"_s, u"refused"_s}) {
        for (const QJsonValue &value : relay.value(list).toArray()) {
            const QJsonObject entry = value.toObject();
            forms << entry.value(u"form").toString();
            QVERIFY(entry.value(u"rcptTo").toString().contains(u"example.net"_s));
            const QJsonObject reply = entry.value(u"reply").toObject();
            QCOMPARE(reply.value(u"stage").toString(), u"rcpt"_s);
            QVERIFY(!reply.value(u"explanation").toString().isEmpty());
            if (list == u"refused"_s) {
                QCOMPARE(reply.value(u"code").toInt(), refusalCode);
                QCOMPARE(reply.value(u"category").toString(), u"relay-denied"_s);
            } else {
                QCOMPARE(reply.value(u"code").toInt() / 100, 2);
            }
        }
    }
    for (const char *form : {"plain", "null-sender", "percent-hack", "quoted", "source-route", "bang-path"})
        QVERIFY2(forms.contains(QString::fromLatin1(form)), form);

    // Never DATA, never a sign-in: the check stops at RCPT and ends with RSET, QUIT.
    const QJsonArray attempts = json.value(u"attempts").toArray();
    QCOMPARE(attempts.size(), 1);
    QStringList commands;
    for (const QJsonValue &entry : attempts.at(0).toObject().value(u"transcript").toArray()) {
        if (entry.toObject().value(u"dir").toString() == u"client"_s)
            commands << entry.toObject().value(u"text").toString();
    }
    QVERIFY(!commands.isEmpty());
    for (const QString &command : std::as_const(commands)) {
        QVERIFY2(!command.startsWith(u"DATA"_s) && !command.startsWith(u"AUTH"_s) && !command.startsWith(u"BDAT"_s),
                 qPrintable(command));
    }
    QCOMPARE(commands.filter(u"RCPT TO:"_s).size(), accepted + refused);
    QCOMPARE(commands.constLast(), u"QUIT"_s);
    QCOMPARE(commands.at(commands.size() - 2), u"RSET"_s);
    QCOMPARE(attempts.at(0).toObject().value(u"messageSent").toBool(), false);
}

void TestRelayTest::reportsShowTheForms()
{
    const QString sink = Testbed::value(u"SINK_ADDR") + u':' + QString::number(Testbed::sinkPort(u"OK"));
    const QString text = m_home.filePath(u"relay.txt"_s);
    const QString html = m_home.filePath(u"relay.html"_s);
    const Output run = cli({u"--relay-test"_s, u"--server"_s, sink, u"--no-color"_s, u"--report"_s, text, u"--report"_s, html});
    QCOMPARE(run.exitCode, 8);
    // The terminal: the section with every form, and the verdict in its own words.
    QVERIFY(run.out.contains("Open-relay check: OPEN RELAY"));
    QVERIFY(run.out.contains("[ACCEPTED]  Percent hack (outside domain after a percent sign)"));
    QVERIFY(run.out.contains("Verdict: OPEN-RELAY"));
    QVERIFY(run.out.contains("Open relay: this server accepts mail for other domains from anyone."));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QByteArray report = textFile.readAll();
    QVERIFY(report.contains("Open-relay check: OPEN RELAY"));
    QVERIFY(report.contains("RCPT TO:<example.net!relaytest>"));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray page = htmlFile.readAll();
    QVERIFY(page.contains("class=\"relay\""));
    QVERIFY(page.contains("accepted: relays"));
}

void TestRelayTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString sink = Testbed::value(u"SINK_ADDR") + u':' + QString::number(Testbed::sinkPort(u"OK"));
    QTest::newRow("no server") << QStringList{u"--relay-test"_s} << u"--relay-test: needs --server or --domain"_s;
    QTest::newRow("with --to") << QStringList{u"--relay-test"_s, u"--server"_s, sink, u"--to"_s, u"bob@wizard.test"_s}
                               << u"--to: cannot be combined with --relay-test"_s;
    QTest::newRow("with --from") << QStringList{u"--relay-test"_s, u"--server"_s, sink, u"--from"_s, u"a@wizard.test"_s}
                                 << u"--from: cannot be combined with --relay-test"_s;
    QTest::newRow("with --auth") << QStringList{u"--relay-test"_s, u"--server"_s, sink, u"--auth"_s, u"plain"_s}
                                 << u"--auth: cannot be combined with --relay-test"_s;
}

void TestRelayTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Output run = cli(arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestRelayTest)
#include "tst_relaytest.moc"
