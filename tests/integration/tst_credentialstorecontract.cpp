// The CredentialStore contract, run against both stores: MemoryCredentialStore (the fake
// the other tests use) and KeychainCredentialStore on the test bed's gnome-keyring. Any
// behaviour the fake shows here, the real store must show too.
#include "MemoryCredentialStore.h"
#include "credentials/KeychainCredentialStore.h"

#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using Error = CredentialStore::Error;

namespace {

/// One *Finished signal as it arrived.
struct Done
{
    QString op; // "write", "read", "forget"
    QString key;
    QString password;
    Error error = Error::Other;
    QString message;
};

/// Every result of one store, in the order they arrive.
class Recorder
{
public:
    explicit Recorder(CredentialStore *store)
    {
        QObject::connect(store, &CredentialStore::writeFinished, store,
                         [this](const QString &key, Error error, const QString &message) {
                             done.append(Done{u"write"_s, key, QString(), error, message});
                         });
        QObject::connect(store, &CredentialStore::readFinished, store,
                         [this](const QString &key, const QString &password, Error error, const QString &message) {
                             done.append(Done{u"read"_s, key, password, error, message});
                         });
        QObject::connect(store, &CredentialStore::forgetFinished, store,
                         [this](const QString &key, Error error, const QString &message) {
                             done.append(Done{u"forget"_s, key, QString(), error, message});
                         });
    }
    bool waitFor(qsizetype count) { return QTest::qWaitFor([&] { return done.size() >= count; }, 30000); }
    QList<Done> done;
};

} // namespace

class TestCredentialStoreContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storeThenRead_data();
    void storeThenRead();
    void readMissing_data();
    void readMissing();
    void forgetThenRead_data();
    void forgetThenRead();
    void twoKeysAreIndependent_data();
    void twoKeysAreIndependent();
    void jobsCompleteInOrder_data();
    void jobsCompleteInOrder();
    void cleanup();

private:
    void addStores();
    std::unique_ptr<CredentialStore> makeStore();
    QString uniqueKey(const QString &tag);
    QString m_prefix;
    QStringList m_keychainKeys; // written to the keychain by the current test, forgotten in cleanup()
};

void TestCredentialStoreContract::initTestCase()
{
    if (qEnvironmentVariable("SMTPWIZARD_TB_KEYRING") != u"1"_s || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("The keychain fixture is not up: SMTPWIZARD_TB_KEYRING=1 and DBUS_SESSION_BUS_ADDRESS must come from "
              "tests/testbed/with-testbed.sh");
    m_prefix = u"credentialstorecontract-%1-%2"_s.arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->generate());
}

void TestCredentialStoreContract::addStores()
{
    QTest::addColumn<QString>("store");
}

std::unique_ptr<CredentialStore> TestCredentialStoreContract::makeStore()
{
    const QString kind = QString::fromLatin1(QTest::currentDataTag()).section(u':', 0, 0);
    if (kind == u"keychain")
        return std::make_unique<KeychainCredentialStore>(&KeychainBackend::start);
    return std::make_unique<MemoryCredentialStore>();
}

QString TestCredentialStoreContract::uniqueKey(const QString &tag)
{
    // "user@host:port" as the application files them; the user part makes it ours alone.
    const QString user = m_prefix + u'-' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')
        .replace(u':', u'-') + u'-' + tag + u"@wizard.test"_s;
    const QString key = CredentialStore::keyFor(user, u"Mail.Wizard.Test"_s, 2587);
    if (QString::fromLatin1(QTest::currentDataTag()).startsWith(u"keychain"))
        m_keychainKeys.append(key);
    return key;
}

void TestCredentialStoreContract::storeThenRead_data()
{
    addStores();
    QTest::addColumn<QString>("password");
    for (const QString &kind : {u"memory"_s, u"keychain"_s}) {
        QTest::newRow(qPrintable(kind + u": ascii"_s)) << kind << u"correct horse battery staple"_s;
        QTest::newRow(qPrintable(kind + u": non-ascii"_s)) << kind << u"P\u00e4ssw\u00f6rd \u20ac \u5bc6\u7801 \U0001F511"_s;
        QTest::newRow(qPrintable(kind + u": symbols"_s)) << kind << u" \"'\\;$(id)`<>&|* "_s;
    }
}

void TestCredentialStoreContract::storeThenRead()
{
    QFETCH(QString, password);
    const auto store = makeStore();
    Recorder rec(store.get());
    const QString key = uniqueKey(u"a"_s);
    store->writePassword(key, password);
    QCOMPARE(rec.done.size(), 0); // never inside the call
    QVERIFY(rec.waitFor(1));
    QCOMPARE(rec.done.at(0).op, u"write"_s);
    QCOMPARE(rec.done.at(0).key, key);
    QVERIFY2(rec.done.at(0).error == Error::None, qPrintable(rec.done.at(0).message));
    QVERIFY(rec.done.at(0).message.isEmpty());

    store->readPassword(key);
    QVERIFY(rec.waitFor(2));
    QCOMPARE(rec.done.at(1).op, u"read"_s);
    QCOMPARE(rec.done.at(1).key, key);
    QCOMPARE(rec.done.at(1).error, Error::None);
    QCOMPARE(rec.done.at(1).password, password);
    QVERIFY(rec.done.at(1).message.isEmpty());

    // A second store object finds what the first one stored (the keychain persists; the
    // fake is per object, so only the keychain can be checked this way).
    if (QString::fromLatin1(QTest::currentDataTag()).startsWith(u"keychain")) {
        KeychainCredentialStore other(&KeychainBackend::start);
        Recorder otherRec(&other);
        other.readPassword(key);
        QVERIFY(otherRec.waitFor(1));
        QCOMPARE(otherRec.done.at(0).password, password);
    }
}

void TestCredentialStoreContract::readMissing_data()
{
    addStores();
    QTest::newRow("memory") << u"memory"_s;
    QTest::newRow("keychain") << u"keychain"_s;
}

void TestCredentialStoreContract::readMissing()
{
    const auto store = makeStore();
    Recorder rec(store.get());
    const QString key = uniqueKey(u"never-stored"_s);
    store->readPassword(key);
    QVERIFY(rec.waitFor(1));
    const Done &read = rec.done.at(0);
    QCOMPARE(read.key, key);
    QCOMPARE(read.error, Error::NotFound);
    QVERIFY(read.password.isEmpty());
    QVERIFY2(read.message.contains(u"No password is stored in the keychain for "_s + key), qPrintable(read.message));
}

void TestCredentialStoreContract::forgetThenRead_data()
{
    readMissing_data();
}

void TestCredentialStoreContract::forgetThenRead()
{
    const auto store = makeStore();
    Recorder rec(store.get());
    const QString key = uniqueKey(u"forget"_s);
    store->writePassword(key, u"to be forgotten"_s);
    QVERIFY(rec.waitFor(1));
    QCOMPARE(rec.done.at(0).error, Error::None);
    store->forgetPassword(key);
    QVERIFY(rec.waitFor(2));
    QCOMPARE(rec.done.at(1).op, u"forget"_s);
    QCOMPARE(rec.done.at(1).key, key);
    QVERIFY2(rec.done.at(1).error == Error::None, qPrintable(rec.done.at(1).message));
    QVERIFY(rec.done.at(1).message.isEmpty());
    store->readPassword(key);
    QVERIFY(rec.waitFor(3));
    QCOMPARE(rec.done.at(2).error, Error::NotFound);
    QVERIFY(rec.done.at(2).password.isEmpty());
    QVERIFY(!rec.done.at(2).message.isEmpty());
}

void TestCredentialStoreContract::twoKeysAreIndependent_data()
{
    readMissing_data();
}

void TestCredentialStoreContract::twoKeysAreIndependent()
{
    const auto store = makeStore();
    Recorder rec(store.get());
    const QString a = uniqueKey(u"a"_s);
    const QString b = uniqueKey(u"b"_s);
    QVERIFY(a != b);
    store->writePassword(a, u"alpha"_s);
    store->writePassword(b, u"beta"_s);
    QVERIFY(rec.waitFor(2));
    store->forgetPassword(a);
    QVERIFY(rec.waitFor(3));
    store->readPassword(a);
    store->readPassword(b);
    QVERIFY(rec.waitFor(5));
    QStringList got;
    for (const Done &d : std::as_const(rec.done))
        got.append(d.op + u' ' + (d.key == a ? u"a"_s : d.key == b ? u"b"_s : u"?"_s) + u' '
                   + QString::fromLatin1(QMetaEnum::fromType<Error>().valueToKey(int(d.error))) + u' ' + d.password);
    QCOMPARE(got, QStringList({u"write a None "_s, u"write b None "_s, u"forget a None "_s, u"read a NotFound "_s,
                               u"read b None beta"_s}));
}

void TestCredentialStoreContract::jobsCompleteInOrder_data()
{
    readMissing_data();
}

void TestCredentialStoreContract::jobsCompleteInOrder()
{
    // All four asked at once, for one key: each ends with exactly one result, in the
    // order asked, so the read sees the forget and not one of the writes.
    const auto store = makeStore();
    Recorder rec(store.get());
    const QString key = uniqueKey(u"order"_s);
    store->writePassword(key, u"first"_s);
    store->writePassword(key, u"second"_s);
    store->forgetPassword(key);
    store->readPassword(key);
    QCOMPARE(rec.done.size(), 0);
    QVERIFY(rec.waitFor(4));
    QTest::qWait(200); // and nothing more arrives
    QCOMPARE(rec.done.size(), 4);
    QStringList got;
    for (const Done &d : std::as_const(rec.done)) {
        QCOMPARE(d.key, key);
        got.append(d.op + u' ' + QString::fromLatin1(QMetaEnum::fromType<Error>().valueToKey(int(d.error))));
    }
    QCOMPARE(got, QStringList({u"write None"_s, u"write None"_s, u"forget None"_s, u"read NotFound"_s}));
    QVERIFY(rec.done.at(3).password.isEmpty());
}

void TestCredentialStoreContract::cleanup()
{
    // Leave nothing in the shared keychain, whatever the test's outcome.
    if (m_keychainKeys.isEmpty())
        return;
    const QStringList keys = std::exchange(m_keychainKeys, {});
    KeychainCredentialStore store(&KeychainBackend::start);
    Recorder rec(&store);
    for (const QString &key : keys)
        store.forgetPassword(key);
    QVERIFY(rec.waitFor(keys.size()));
    for (const Done &d : std::as_const(rec.done))
        QVERIFY2(d.error == Error::None || d.error == Error::NotFound, qPrintable(d.message));
}

QTEST_GUILESS_MAIN(TestCredentialStoreContract)
#include "tst_credentialstorecontract.moc"
