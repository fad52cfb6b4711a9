// KeychainCredentialStore against the real Secret Service: gnome-keyring in the test
// bed's private D-Bus session (DBUS_SESSION_BUS_ADDRESS from with-testbed.sh), and the
// error paths with no Secret Service, a dead bus address and no bus at all.
#include "credentials/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using Error = CredentialStore::Error;

namespace {

const char probeArgument[] = "--probe-read";

/// libsecret and QtDBus keep their session bus for the life of the process, so each
/// broken-keychain case runs in a child: this executable with --probe-read KEY, which
/// prints "<error enum value>\n<message>" and exits.
int runProbe(const QString &key)
{
    KeychainCredentialStore store(&KeychainBackend::start);
    int exitCode = 2;
    QObject::connect(&store, &CredentialStore::readFinished, &store,
                     [&exitCode](const QString &, const QString &, Error error, const QString &message) {
                         std::fprintf(stdout, "%d\n%s\n", int(error), message.toUtf8().constData());
                         std::fflush(stdout);
                         exitCode = 0;
                         QCoreApplication::quit();
                     });
    store.readPassword(key);
    QCoreApplication::exec();
    return exitCode;
}

QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, KeychainCredentialStore::serviceName(), u"user"_s, key});
    if (!tool.waitForFinished(20000))
        return u"<secret-tool hung>"_s;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeReadForget_data();
    void storeReadForget();
    void overwriteKeepsOneEntry();
    void readUnknownKey();
    void unavailableKeychain_data();
    void unavailableKeychain();
    void cleanupTestCase();

private:
    QString uniqueKey(const QString &tag) const;
    QString m_prefix;
    QProcess m_privateBus;
    QTemporaryDir m_dir;
};

QString TestKeychainCredentialStore::uniqueKey(const QString &tag) const
{
    return CredentialStore::keyFor(u"alice@wizard.test"_s, tag + u'.' + m_prefix + u".wizard.test"_s, 2587);
}

void TestKeychainCredentialStore::initTestCase()
{
    if (qEnvironmentVariable("SMTPWIZARD_TB_KEYRING") != u"1"_s || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("The keychain fixture is not up: SMTPWIZARD_TB_KEYRING=1 and DBUS_SESSION_BUS_ADDRESS must come from "
              "tests/testbed/with-testbed.sh");
    m_prefix = QString::number(QCoreApplication::applicationPid());
    QVERIFY(m_dir.isValid());
}

void TestKeychainCredentialStore::storeReadForget_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << u"correct horse battery staple 42"_s;
    QTest::newRow("non-ascii") << u"P\u00e4ssw\u00f6rd \u20ac \u5bc6\u7801 \U0001F511"_s;
    QTest::newRow("shell and quotes") << u"\"'\\;$(id)`<>&|*"_s;
    QTest::newRow("long") << QString(500, u'x') + u"\u00df"_s;
}

void TestKeychainCredentialStore::storeReadForget()
{
    QFETCH(QString, password);
    const QString key = uniqueKey(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    KeychainCredentialStore store(&KeychainBackend::start);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy forgotten(&store, &CredentialStore::forgetFinished);

    store.writePassword(key, password);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.at(0).at(0).toString(), key);
    QVERIFY2(written.at(0).at(1).value<Error>() == Error::None, qPrintable(written.at(0).at(2).toString()));

    // It really is in the Secret Service, under our service name and key.
    QCOMPARE(secretToolLookup(key), password);

    store.readPassword(key);
    QVERIFY(read.wait(20000));
    QVERIFY2(read.at(0).at(2).value<Error>() == Error::None, qPrintable(read.at(0).at(3).toString()));
    QCOMPARE(read.at(0).at(1).toString(), password);

    store.forgetPassword(key);
    QVERIFY(forgotten.wait(20000));
    QVERIFY2(forgotten.at(0).at(1).value<Error>() == Error::None, qPrintable(forgotten.at(0).at(2).toString()));
    QCOMPARE(secretToolLookup(key), QString());

    store.readPassword(key);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(1).at(2).value<Error>(), Error::NotFound);
    QVERIFY(read.at(1).at(1).toString().isEmpty());
    QVERIFY2(read.at(1).at(3).toString().contains(u"No password is stored in the keychain for "_s + key),
             qPrintable(read.at(1).at(3).toString()));
}

void TestKeychainCredentialStore::overwriteKeepsOneEntry()
{
    const QString key = uniqueKey(u"overwrite"_s);
    KeychainCredentialStore store(&KeychainBackend::start);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy forgotten(&store, &CredentialStore::forgetFinished);
    store.writePassword(key, u"first-password"_s);
    QVERIFY(written.wait(20000));
    store.writePassword(key, u"second-password"_s);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.at(1).at(1).value<Error>(), Error::None);
    store.readPassword(key);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(0).at(1).toString(), u"second-password"_s);
    store.forgetPassword(key);
    QVERIFY(forgotten.wait(20000));
    QCOMPARE(forgotten.at(0).at(1).value<Error>(), Error::None);
}

void TestKeychainCredentialStore::readUnknownKey()
{
    KeychainCredentialStore store(&KeychainBackend::start);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy forgotten(&store, &CredentialStore::forgetFinished);
    const QString key = uniqueKey(u"never-stored"_s);
    store.readPassword(key);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(0).at(2).value<Error>(), Error::NotFound);
    store.forgetPassword(key);
    QVERIFY(forgotten.wait(20000));
    // Forgetting what is not there is not a failure worth a warning dialog.
    const Error error = forgotten.at(0).at(1).value<Error>();
    QVERIFY2(error == Error::None || error == Error::NotFound, qPrintable(forgotten.at(0).at(2).toString()));
}

void TestKeychainCredentialStore::unavailableKeychain_data()
{
    QTest::addColumn<QString>("busAddress"); // "private": a bus of our own without a Secret Service
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("no secret service on the bus") << u"private"_s << Error::NoSecretService << u"no Secret Service"_s;
    QTest::newRow("bus address points nowhere") << u"unix:path=/nonexistent/smtpwizard-bus"_s << Error::NoDBus
                                                << u"no D-Bus session bus"_s;
    QTest::newRow("no bus at all") << QString() << Error::NoDBus << u"no D-Bus session bus"_s;
}

void TestKeychainCredentialStore::unavailableKeychain()
{
    QFETCH(QString, busAddress);
    QFETCH(Error, error);
    QFETCH(QString, phrase);

    if (busAddress == u"private") {
        if (m_privateBus.state() == QProcess::NotRunning) {
            // A session bus without service files: nothing can be activated on it.
            const QString config = m_dir.filePath(u"bus.conf"_s);
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                       "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                       "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
            file.close();
            m_privateBus.start(u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
            QVERIFY(m_privateBus.waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(m_privateBus.canReadLine(), 10000);
        }
        static QString address;
        if (address.isEmpty())
            address = QString::fromUtf8(m_privateBus.readLine()).trimmed();
        QVERIFY(address.startsWith(u"unix:"_s));
        busAddress = address;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // else D-Bus may autolaunch a bus of its own
    if (busAddress.isEmpty()) {
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        // Nor may it find a bus at the default place.
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"empty-runtime"_s));
    } else {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
    }
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(probeArgument), uniqueKey(u"probe"_s)});
    QVERIFY(probe.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n');
    QVERIFY2(probe.exitCode() == 0 && lines.size() >= 2, qPrintable(QString::fromUtf8(probe.readAllStandardError())));
    const QString message = lines.at(1);
    QVERIFY2(Error(lines.at(0).toInt()) == error, qPrintable(lines.join(u" | "_s)));
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY2(message.contains(u"Type the password for this test"_s), qPrintable(message));
}

void TestKeychainCredentialStore::cleanupTestCase()
{
    if (m_privateBus.state() != QProcess::NotRunning) {
        m_privateBus.terminate();
        if (!m_privateBus.waitForFinished(5000))
            m_privateBus.kill();
        m_privateBus.waitForFinished(5000);
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1StringView(probeArgument))
        return runProbe(args.at(2));
    TestKeychainCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentialstore.moc"
