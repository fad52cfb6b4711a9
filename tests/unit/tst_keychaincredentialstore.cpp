// KeychainCredentialStore without a keychain: a scripted backend that finishes jobs when
// the test says so, in any order, as the Secret Service may. Jobs for one key must take
// effect in the order they were asked for (a store before a Forget never lands after it),
// jobs for different keys may run side by side, a result for a store that is gone goes
// nowhere, and without a backend every call still ends, later, with NoSecretService.
// The real keychain is integration.keychaincredentialstore.
#include "credentials/KeychainCredentialStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Error = CredentialStore::Error;
using Operation = KeychainBackend::Operation;

namespace {
struct StartedJob
{
    Operation operation;
    QString key;
    QString password;
    QPointer<QObject> receiver;
    KeychainBackend::Done done;
};

QList<StartedJob> started; // the scripted backend's jobs, in the order they were started

void scriptedStart(int operation, const QString &key, const QString &password, QObject *receiver, KeychainBackend::Done done)
{
    started.append({Operation(operation), key, password, receiver, done});
}

/// Ends the started job at index with error (and a password for a read).
void finishJob(qsizetype index, Error error = Error::None, const QString &password = {})
{
    const StartedJob job = started.at(index);
    if (job.receiver)
        job.done(job.receiver, int(error), error == Error::None ? QString() : u"scripted failure"_s, password);
}
} // namespace

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { started.clear(); }
    void oneKeyRunsInOrder();
    void keysRunSideBySide();
    void readReturnsThePassword();
    void failureCarriesAMessage();
    void goneStoreHearsNothing();
    void withoutBackendEveryCallEnds();
};

void TestKeychainCredentialStore::oneKeyRunsInOrder()
{
    KeychainCredentialStore store(&scriptedStart);
    QSignalSpy writes(&store, &CredentialStore::writeFinished);
    QSignalSpy forgets(&store, &CredentialStore::forgetFinished);
    QSignalSpy reads(&store, &CredentialStore::readFinished);
    const QString key = u"alice@mail.wizard.test:587"_s;
    store.writePassword(key, u"first"_s);
    store.writePassword(key, u"second"_s);
    store.forgetPassword(key);
    store.readPassword(key);

    // Only the first job has gone to the keychain; the others wait for it.
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).operation, Operation::Write);
    QCOMPARE(started.at(0).password, u"first"_s);

    finishJob(0);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(1).operation, Operation::Write);
    QCOMPARE(started.at(1).password, u"second"_s);

    finishJob(1);
    QCOMPARE(started.size(), 3);
    QCOMPARE(started.at(2).operation, Operation::Forget);
    QVERIFY(started.at(2).password.isEmpty());

    finishJob(2);
    QCOMPARE(forgets.size(), 1);
    QCOMPARE(started.size(), 4);
    QCOMPARE(started.at(3).operation, Operation::Read);
    finishJob(3, Error::NotFound);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).at(2).value<Error>(), Error::NotFound);
    QCOMPARE(writes.size(), 2);
    QCOMPARE(started.size(), 4); // nothing left to start
}

void TestKeychainCredentialStore::keysRunSideBySide()
{
    KeychainCredentialStore store(&scriptedStart);
    QSignalSpy writes(&store, &CredentialStore::writeFinished);
    store.writePassword(u"a@one:25"_s, u"1"_s);
    store.writePassword(u"b@two:25"_s, u"2"_s);
    store.forgetPassword(u"a@one:25"_s);
    QCOMPARE(started.size(), 2); // one job per key at a time
    QCOMPARE(started.at(1).key, u"b@two:25"_s);

    finishJob(1); // the second key's job ends first
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.at(0).at(0).toString(), u"b@two:25"_s);
    QCOMPARE(started.size(), 2); // a@one's Forget still waits for its write
    finishJob(0);
    QCOMPARE(started.size(), 3);
    QCOMPARE(started.at(2).operation, Operation::Forget);
}

void TestKeychainCredentialStore::readReturnsThePassword()
{
    KeychainCredentialStore store(&scriptedStart);
    QSignalSpy reads(&store, &CredentialStore::readFinished);
    store.readPassword(u"a@one:25"_s);
    finishJob(0, Error::None, u"s3cret"_s);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).at(1).toString(), u"s3cret"_s);
    QCOMPARE(reads.at(0).at(2).value<Error>(), Error::None);
    QVERIFY(reads.at(0).at(3).toString().isEmpty());
}

void TestKeychainCredentialStore::failureCarriesAMessage()
{
    KeychainCredentialStore store(&scriptedStart);
    QSignalSpy writes(&store, &CredentialStore::writeFinished);
    store.writePassword(u"a@one:25"_s, u"1"_s);
    finishJob(0, Error::Locked);
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.at(0).at(1).value<Error>(), Error::Locked);
    const QString message = writes.at(0).at(2).toString();
    QVERIFY2(message.contains(u"scripted failure"_s), qPrintable(message));
}

void TestKeychainCredentialStore::goneStoreHearsNothing()
{
    auto *store = new KeychainCredentialStore(&scriptedStart);
    store->writePassword(u"a@one:25"_s, u"1"_s);
    QCOMPARE(started.size(), 1);
    delete store;
    QVERIFY(started.at(0).receiver.isNull()); // so finishJob has no one to call back
    finishJob(0);
}

void TestKeychainCredentialStore::withoutBackendEveryCallEnds()
{
    KeychainCredentialStore store(nullptr);
    QSignalSpy reads(&store, &CredentialStore::readFinished);
    QSignalSpy forgets(&store, &CredentialStore::forgetFinished);
    store.readPassword(u"a@one:25"_s);
    store.forgetPassword(u"a@one:25"_s);
    QCOMPARE(reads.size(), 0); // asynchronous, as the interface promises
    QTRY_COMPARE(forgets.size(), 1);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).at(2).value<Error>(), Error::NoSecretService);
    QVERIFY(reads.at(0).at(3).toString().contains(u"smtp-wizard-keychain"_s));
    QCOMPARE(forgets.at(0).at(1).value<Error>(), Error::NoSecretService);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
