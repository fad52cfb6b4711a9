// MemoryCredentialStore and the CredentialStore contract it shares with the keychain.
#include "MemoryCredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Error = CredentialStore::Error;

class TestMemoryCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyFor_data();
    void keyFor();
    void storeReadForget_data();
    void storeReadForget();
    void resultsArriveLater();
    void overwrite();
    void failures_data();
    void failures();
    void messagesAreClear_data();
    void messagesAreClear();
};

void TestMemoryCredentialStore::keyFor_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("key");
    QTest::newRow("address user") << u"alice@wizard.test"_s << u"mail.wizard.test"_s << 587
                                  << u"alice@wizard.test@mail.wizard.test:587"_s;
    QTest::newRow("plain user") << u"alice"_s << u"smtp.contoso.com"_s << 465 << u"alice@smtp.contoso.com:465"_s;
    QTest::newRow("host case folded") << u"Bob"_s << u"SMTP.Contoso.COM"_s << 25 << u"Bob@smtp.contoso.com:25"_s;
    QTest::newRow("ipv6") << u"bob"_s << u"::1"_s << 2587 << u"bob@::1:2587"_s;
}

void TestMemoryCredentialStore::keyFor()
{
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, key);
    QCOMPARE(CredentialStore::keyFor(user, host, quint16(port)), key);
}

void TestMemoryCredentialStore::storeReadForget_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << u"correct horse battery staple"_s;
    QTest::newRow("non-ascii") << u"P\u00e4ssw\u00f6rd \u20ac \u5bc6\u7801 \U0001F511"_s;
    QTest::newRow("symbols") << u"\"'\\;$(rm -rf)`<>&"_s;
}

void TestMemoryCredentialStore::storeReadForget()
{
    QFETCH(QString, password);
    MemoryCredentialStore store;
    const QString key = CredentialStore::keyFor(u"alice@wizard.test"_s, u"mail.wizard.test"_s, 2587);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy forgotten(&store, &CredentialStore::forgetFinished);

    store.writePassword(key, password);
    QVERIFY(written.wait());
    QCOMPARE(written.at(0).at(0).toString(), key);
    QCOMPARE(written.at(0).at(1).value<Error>(), Error::None);
    QVERIFY(written.at(0).at(2).toString().isEmpty());

    store.readPassword(key);
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).toString(), password);
    QCOMPARE(read.at(0).at(2).value<Error>(), Error::None);

    store.forgetPassword(key);
    QVERIFY(forgotten.wait());
    QCOMPARE(forgotten.at(0).at(1).value<Error>(), Error::None);
    QVERIFY(!store.contains(key));

    store.readPassword(key);
    QVERIFY(read.wait());
    QCOMPARE(read.at(1).at(2).value<Error>(), Error::NotFound);
    QVERIFY(read.at(1).at(1).toString().isEmpty());
    QVERIFY(read.at(1).at(3).toString().contains(u"No password is stored"_s));

    store.forgetPassword(key);
    QVERIFY(forgotten.wait());
    QCOMPARE(forgotten.at(1).at(1).value<Error>(), Error::NotFound);
}

void TestMemoryCredentialStore::resultsArriveLater()
{
    MemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.writePassword(u"k"_s, u"p"_s);
    store.readPassword(u"k"_s);
    QCOMPARE(written.size(), 0); // never inside the call: callers connect after calling
    QCOMPARE(read.size(), 0);
    QTRY_COMPARE(read.size(), 1);
    QCOMPARE(written.size(), 1);
}

void TestMemoryCredentialStore::overwrite()
{
    MemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.writePassword(u"k"_s, u"first"_s);
    store.writePassword(u"k"_s, u"second"_s);
    store.readPassword(u"k"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(1).toString(), u"second"_s);
    QCOMPARE(store.size(), 1);
}

void TestMemoryCredentialStore::failures_data()
{
    QTest::addColumn<Error>("error");
    QTest::newRow("no secret service") << Error::NoSecretService;
    QTest::newRow("no dbus") << Error::NoDBus;
    QTest::newRow("locked") << Error::Locked;
    QTest::newRow("other") << Error::Other;
}

void TestMemoryCredentialStore::failures()
{
    QFETCH(Error, error);
    MemoryCredentialStore store;
    store.setFailure(error, u"backend words"_s);
    QSignalSpy written(&store, &CredentialStore::writeFinished);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.writePassword(u"k"_s, u"secret-123"_s);
    QVERIFY(written.wait());
    QCOMPARE(written.at(0).at(1).value<Error>(), error);
    QVERIFY(written.at(0).at(2).toString().contains(u"backend words"_s));
    QVERIFY(!written.at(0).at(2).toString().contains(u"secret-123"_s));
    QCOMPARE(store.size(), 0); // a failed write stores nothing

    store.setFailure(Error::None);
    store.readPassword(u"k"_s);
    QVERIFY(read.wait());
    QCOMPARE(read.at(0).at(2).value<Error>(), Error::NotFound);
}

void TestMemoryCredentialStore::messagesAreClear_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("not found") << Error::NotFound << u"No password is stored in the keychain for k"_s;
    QTest::newRow("no secret service") << Error::NoSecretService << u"no Secret Service"_s;
    QTest::newRow("no dbus") << Error::NoDBus << u"no D-Bus session bus"_s;
    QTest::newRow("locked") << Error::Locked << u"The keychain is locked"_s;
    QTest::newRow("denied") << Error::AccessDenied << u"refused access"_s;
    QTest::newRow("other") << Error::Other << u"reported an error"_s;
}

void TestMemoryCredentialStore::messagesAreClear()
{
    QFETCH(Error, error);
    QFETCH(QString, phrase);
    const QString message = CredentialStore::errorMessage(error, u"k"_s, u"detail"_s);
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY(message.endsWith(u"(detail)"_s));
    QVERIFY(CredentialStore::errorMessage(Error::None, u"k"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestMemoryCredentialStore)
#include "tst_memorycredentialstore.moc"
