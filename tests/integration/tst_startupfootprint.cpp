// What the runner loads for a run (issue 13, "fast start"): a plain run, an explanation and
// --version load neither Qt Gui nor QtKeychain (with Qt D-Bus) nor OpenSSL; a PDF report
// loads Qt Gui and a keychain call QtKeychain, each from its module, which also proves the
// check can see a library being loaded. The dynamic loader's own account (LD_DEBUG=files)
// is the evidence, not the executable's link line.
#include "CliProcess.h"
#include "Testbed.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStartupFootprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lightRunsLoadNoExtras_data();
    void lightRunsLoadNoExtras();
    void pdfReportLoadsGui();
    void keychainLoadsOnlyWhenUsed();

private:
    /// The libraries the runner loaded for arguments (file names), and its exit code.
    QStringList loaded(const QStringList &arguments, int *exitCode);
    QTemporaryDir m_home;
};

void TestStartupFootprint::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("LD_DEBUG", "files");
}

void TestStartupFootprint::cleanupTestCase()
{
    qunsetenv("LD_DEBUG");
}

QStringList TestStartupFootprint::loaded(const QStringList &arguments, int *exitCode)
{
    const CliProcess::Output output = CliProcess::run(m_home.path(), arguments);
    *exitCode = output.exitCode;
    // "     1234:	file=libQt6Core.so.6 [0];  needed by ./smtp-wizard-cli [0]" and, for
    // dlopen, "file=/path/smtp-wizard-pdf.so [0];  dynamically loaded by ..."
    static const QRegularExpression file(uR"(file=(\S+?)\s+\[\d+\];\s+(needed|dynamically))"_s);
    QStringList names;
    for (auto it = file.globalMatch(QString::fromUtf8(output.err)); it.hasNext();) {
        const QString path = it.next().captured(1);
        names.append(path.section(u'/', -1));
    }
    names.removeDuplicates();
    return names;
}

static QStringList matching(const QStringList &names, const QStringList &prefixes)
{
    QStringList found;
    for (const QString &name : names) {
        for (const QString &prefix : prefixes) {
            if (name.startsWith(prefix))
                found.append(name);
        }
    }
    return found;
}

static const QStringList gui{u"libQt6Gui"_s, u"smtp-wizard-pdf"_s};
static const QStringList keychain{u"libqt6keychain"_s, u"libQt6DBus"_s, u"libdbus-1"_s, u"smtp-wizard-keychain"_s};
static const QStringList tls{u"libssl"_s, u"libqopensslbackend"_s, u"libcrypto"_s};

void TestStartupFootprint::lightRunsLoadNoExtras_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QString plain = Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(u"SMTP_PORT");
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0;
    QTest::newRow("--explain") << QStringList{u"--explain"_s, u"550 5.1.1 User unknown"_s} << 0;
    QTest::newRow("plain delivery") << QStringList{u"--server"_s, plain, u"--security"_s, u"none"_s, u"--from"_s,
                                                   u"sender@wizard.test"_s, u"--to"_s, u"alice@wizard.test"_s,
                                                   u"--ehlo"_s, u"client.wizard.test"_s}
                                    << 0;
}

void TestStartupFootprint::lightRunsLoadNoExtras()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    int code = -1;
    const QStringList names = loaded(arguments, &code);
    QCOMPARE(code, exitCode);
    QVERIFY2(names.contains(u"libQt6Core.so.6"_s), qPrintable(names.join(u' ')));
    QCOMPARE(matching(names, gui), QStringList());
    QCOMPARE(matching(names, keychain), QStringList());
    QCOMPARE(matching(names, tls), QStringList());
}

void TestStartupFootprint::pdfReportLoadsGui()
{
    int code = -1;
    const QString report = m_home.filePath(u"explained.pdf"_s);
    const QStringList names = loaded({u"--explain"_s, u"550 5.1.1 User unknown"_s, u"--report"_s, report}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(!matching(names, gui).isEmpty(), qPrintable(names.join(u' ')));
    // Qt Gui brings Qt D-Bus itself (platform theme, accessibility); QtKeychain stays out.
    QCOMPARE(matching(names, {u"libqt6keychain"_s, u"smtp-wizard-keychain"_s}), QStringList());
}

void TestStartupFootprint::keychainLoadsOnlyWhenUsed()
{
    QString why;
    if (!Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
    int code = -1;
    const QString submission = u"mail."_s + Testbed::value(u"ZONE") + u':' + Testbed::value(u"SUBMISSION_PORT");
    const QStringList names = loaded({u"--server"_s, submission, u"--auth"_s, u"plain"_s, u"--user"_s,
                                      u"footprint-check"_s, u"--from"_s, u"sender@wizard.test"_s, u"--to"_s,
                                      u"alice@wizard.test"_s, u"--forget-password"_s}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(matching(names, keychain).contains(u"smtp-wizard-keychain.so"_s), qPrintable(names.join(u' ')));
    QVERIFY2(!matching(names, {u"libqt6keychain"_s}).isEmpty(), qPrintable(names.join(u' ')));
}

QTEST_GUILESS_MAIN(TestStartupFootprint)
#include "tst_startupfootprint.moc"
