// ProfileStore: named request settings in the settings file; names checked; a profile
// holds only request keys, so no password can be in it.
#include "settings/ProfileStore.h"

#include <QFile>
#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;
using Key = Settings::Key;

namespace {

const QString password = u"Pr0file-S3cret-\u00df!"_s;

ProfileStore::Values officeRelay()
{
    return {
        {Key::Mode, u"submission"_s},
        {Key::Server, u"smtp.office.example:587"_s},
        {Key::Port, 587},
        {Key::Security, u"starttls-required"_s},
        {Key::Auth, u"plain"_s},
        {Key::User, u"helpdesk@office.example"_s},
        {Key::MailFrom, u"helpdesk@office.example"_s},
        {Key::Recipients, QStringList{u"a@b.test"_s}},
        {Key::Notify, QStringList{u"success"_s, u"failure"_s}},
        {Key::Body, u"line 1\nline 2"_s},
        {Key::TlsInsecure, true},
        {Key::EveryMx, false},
        {Key::EveryMxParallel, 2},
    };
}

QByteArray fileOf(const Settings &settings)
{
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveLoadRoundTrip();
    void namesSortedAndSurviveRestart();
    void overwriteReplacesWholeProfile();
    void removeLeavesTheRest();
    void names_data();
    void names();
    void onlyRequestKeysStored();
    void neverAPassword();
    void captureAndApply();
    void profilesDoNotTouchCurrentSettings();
};

void TestProfileStore::saveLoadRoundTrip()
{
    auto settings = Settings::temporary();
    ProfileStore profiles(*settings);
    QString error = u"not cleared"_s;
    QVERIFY(profiles.save(u"Office relay"_s, officeRelay(), &error));
    QVERIFY(error.isEmpty());
    const auto loaded = profiles.load(u"Office relay"_s);
    QVERIFY(loaded);
    QCOMPARE(*loaded, officeRelay());
    // Types survive the INI file: one-element lists, numbers, booleans.
    QCOMPARE(loaded->value(Key::Recipients).metaType(), QMetaType::fromType<QStringList>());
    QCOMPARE(loaded->value(Key::Port).metaType(), QMetaType::fromType<int>());
    QCOMPARE(loaded->value(Key::TlsInsecure).metaType(), QMetaType::fromType<bool>());
    QVERIFY(!profiles.load(u"Nobody's"_s));
    QVERIFY(profiles.load(u"  Office relay "_s)); // spaces around the name do not count
}

void TestProfileStore::namesSortedAndSurviveRestart()
{
    auto settings = Settings::temporary();
    {
        ProfileStore profiles(*settings);
        for (const QString &name : {u"zeta"_s, u"Alpha"_s, u"b\u00fcro K\u00f6ln"_s, u"a=b; #c [d]"_s, u"beta"_s})
            QVERIFY(profiles.save(name, officeRelay()));
    }
    Settings again(settings->fileName());
    ProfileStore profiles(again);
    QCOMPARE(profiles.names(),
             (QStringList{u"a=b; #c [d]"_s, u"Alpha"_s, u"beta"_s, u"b\u00fcro K\u00f6ln"_s, u"zeta"_s}));
    QVERIFY(profiles.contains(u"b\u00fcro K\u00f6ln"_s));
    QCOMPARE(*profiles.load(u"a=b; #c [d]"_s), officeRelay());
}

void TestProfileStore::overwriteReplacesWholeProfile()
{
    auto settings = Settings::temporary();
    ProfileStore profiles(*settings);
    QVERIFY(profiles.save(u"p"_s, officeRelay()));
    QVERIFY(profiles.contains(u"p"_s)); // the caller asks before overwriting
    QVERIFY(profiles.save(u"p"_s, {{Key::Domain, u"wizard.test"_s}}));
    const ProfileStore::Values expected{{Key::Domain, u"wizard.test"_s}};
    QCOMPARE(*profiles.load(u"p"_s), expected);
    QCOMPARE(profiles.names().size(), 1);
    QVERIFY(profiles.save(u"empty"_s, {}));
    QVERIFY(profiles.contains(u"empty"_s));
}

void TestProfileStore::removeLeavesTheRest()
{
    auto settings = Settings::temporary();
    ProfileStore profiles(*settings);
    profiles.save(u"one"_s, officeRelay());
    profiles.save(u"two"_s, officeRelay());
    profiles.remove(u"one"_s);
    profiles.remove(u"never there"_s);
    profiles.remove(u"../"_s);
    QCOMPARE(profiles.names(), QStringList{u"two"_s});
    QVERIFY(!profiles.load(u"one"_s));
}

void TestProfileStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Office"_s << true;
    QTest::newRow("spaces inside") << u"Customer A, port 587"_s << true;
    QTest::newRow("unicode") << u"M\u00fcller & S\u00f6hne \u2013 \u65e5\u672c"_s << true;
    QTest::newRow("longest") << QString(ProfileStore::maximumNameLength, u'x') << true;
    QTest::newRow("padded longest") << u"  "_s + QString(ProfileStore::maximumNameLength, u'x') + u" "_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << u"   "_s << false;
    QTest::newRow("too long") << QString(ProfileStore::maximumNameLength + 1, u'x') << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("line break") << u"a\nb"_s << false;
    QTest::newRow("nul") << u"a"_s + QChar(0) + u"b"_s << false;
    QTest::newRow("bidi override") << u"a\u202eb"_s << false;
}

void TestProfileStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ProfileStore::nameProblem(name).isEmpty(), valid);
    auto settings = Settings::temporary();
    ProfileStore profiles(*settings);
    QString error;
    QCOMPARE(profiles.save(name, officeRelay(), &error), valid);
    QCOMPARE(error, ProfileStore::nameProblem(name));
    QCOMPARE(profiles.names().size(), valid ? 1 : 0);
    if (valid) {
        QCOMPARE(profiles.names().first(), name.trimmed());
        QVERIFY(profiles.load(name));
    }
}

void TestProfileStore::onlyRequestKeysStored()
{
    auto settings = Settings::temporary();
    ProfileStore profiles(*settings);
    ProfileStore::Values everything;
    const QMetaEnum keys = QMetaEnum::fromType<Key>();
    for (int i = 0; i < keys.keyCount(); ++i)
        everything.insert(static_cast<Key>(keys.value(i)), u"x"_s);
    QVERIFY(profiles.save(u"all"_s, everything));
    const auto loaded = profiles.load(u"all"_s);
    QVERIFY(loaded);
    QCOMPARE(QList<Key>(loaded->keyBegin(), loaded->keyEnd()), ProfileStore::profileKeys());
    QVERIFY(!loaded->contains(Key::RememberPassword));
    QVERIFY(!loaded->contains(Key::WindowGeometry));
    QVERIFY(!loaded->contains(Key::HistoryLimit));
}

void TestProfileStore::neverAPassword()
{
    for (Key key : ProfileStore::profileKeys()) {
        const QString name = Settings::keyName(key);
        QVERIFY2(!name.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(name));
        QVERIFY2(!name.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(name));
        QVERIFY2(!name.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(name));
    }
    // Handed in under every key that is not a request key, it is not stored.
    auto settings = Settings::temporary();
    ProfileStore profiles(*settings);
    ProfileStore::Values values = officeRelay();
    const QMetaEnum keys = QMetaEnum::fromType<Key>();
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<Key>(keys.value(i));
        if (!ProfileStore::profileKeys().contains(key))
            values.insert(key, password);
    }
    QVERIFY(profiles.save(u"with sign-in"_s, values));
    const QByteArray file = fileOf(*settings);
    QVERIFY(file.contains("profiles")); // the profile is in this file
    QVERIFY(!file.contains(password.toUtf8()));
    QVERIFY(!file.contains(password.toUtf8().toBase64()));
    QVERIFY(!file.toLower().contains("password"));
}

void TestProfileStore::captureAndApply()
{
    auto settings = Settings::temporary();
    const ProfileStore::Values office = officeRelay();
    for (auto it = office.cbegin(); it != office.cend(); ++it)
        settings->setValue(it.key(), it.value());
    settings->setValue(Key::WindowGeometry, QByteArray("geometry"));
    const ProfileStore::Values captured = ProfileStore::capture(*settings);
    QCOMPARE(captured, officeRelay());

    // Starting from a profile leaves nothing of the previous test behind.
    auto other = Settings::temporary();
    other->setValue(Key::Domain, u"previous.test"_s);
    other->setValue(Key::Recipients, QStringList{u"old@previous.test"_s});
    other->setValue(Key::WindowGeometry, QByteArray("mine"));
    ProfileStore::apply(captured, *other);
    for (Key key : ProfileStore::profileKeys())
        QCOMPARE(other->value(key), captured.value(key, Settings::defaultValue(key)));
    QVERIFY(!other->isSet(Key::Domain));
    QCOMPARE(other->value(Key::WindowGeometry).toByteArray(), QByteArray("mine")); // not the profile's business
}

void TestProfileStore::profilesDoNotTouchCurrentSettings()
{
    auto settings = Settings::temporary();
    settings->setValue(Key::Domain, u"current.test"_s);
    ProfileStore profiles(*settings);
    profiles.save(u"p"_s, {{Key::Domain, u"profile.test"_s}});
    QCOMPARE(settings->value(Key::Domain).toString(), u"current.test"_s);
    profiles.remove(u"p"_s);
    QCOMPARE(settings->value(Key::Domain).toString(), u"current.test"_s);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
