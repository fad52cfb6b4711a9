#include "settings/Settings.h"

#include <QFile>
#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;

/// Settings: defaults from the one table, values surviving a new instance on the same
/// file, types kept through the INI file, and no key that could hold a password.
class tst_Settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults_data();
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void resetGoesBackToDefault();
    void everyKeyHasAName();
    void noPasswordKey();
    void temporaryFileIsRemoved();
};

void tst_Settings::defaults_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("mode") << Settings::Key::Mode << QVariant(u"delivery"_s);
    QTest::newRow("port") << Settings::Key::Port << QVariant(0);
    QTest::newRow("security") << Settings::Key::Security << QVariant(u"StartTls"_s);
    QTest::newRow("auth") << Settings::Key::Auth << QVariant(u"None"_s);
    QTest::newRow("remember") << Settings::Key::RememberPassword << QVariant(true);
    QTest::newRow("recipients") << Settings::Key::Recipients << QVariant(QStringList());
    QTest::newRow("timeouts") << Settings::Key::TimeoutPreset << QVariant(u"help-desk"_s);
    QTest::newRow("every-mx") << Settings::Key::EveryMx << QVariant(false);
    QTest::newRow("every-mx at once") << Settings::Key::EveryMxParallel << QVariant(4);
    QTest::newRow("family") << Settings::Key::IpFamily << QVariant(u"Any"_s);
    QTest::newRow("history") << Settings::Key::HistoryLimit << QVariant(100);
}

void tst_Settings::defaults()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, expected);
    auto settings = Settings::temporary();
    QVERIFY(!settings->isSet(key));
    QCOMPARE(settings->value(key), expected);
    QCOMPARE(Settings::defaultValue(key), expected);
}

void tst_Settings::roundTrip_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("domain") << Settings::Key::Domain << QVariant(u"wizard.test"_s);
    QTest::newRow("unicode") << Settings::Key::Domain << QVariant(u"bücher.example"_s);
    QTest::newRow("port") << Settings::Key::Port << QVariant(2587);
    QTest::newRow("history off") << Settings::Key::HistoryLimit << QVariant(0);
    QTest::newRow("bool") << Settings::Key::StopAfterRecipients << QVariant(true);
    QTest::newRow("one recipient") << Settings::Key::Recipients << QVariant(QStringList{u"a@b.test"_s});
    QTest::newRow("two recipients") << Settings::Key::Recipients
                                    << QVariant(QStringList{u"a@b.test"_s, u"c@d.test"_s});
    QTest::newRow("notify") << Settings::Key::Notify << QVariant(QStringList{u"success"_s, u"failure"_s});
    QTest::newRow("body") << Settings::Key::Body << QVariant(u"line 1\nline 2\n.dot"_s);
    QTest::newRow("geometry") << Settings::Key::WindowGeometry << QVariant(QByteArray("\x01\x02\x00\xff", 4));
}

void tst_Settings::roundTrip()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, value);
    auto settings = Settings::temporary();
    settings->setValue(key, value);
    settings->sync();
    QVERIFY(settings->isSet(key));
    // A second instance on the same file reads what the first wrote, with its type.
    Settings again(settings->fileName());
    QCOMPARE(again.value(key), value);
    QCOMPARE(again.value(key).metaType(), value.metaType());
}

void tst_Settings::resetGoesBackToDefault()
{
    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::Server, u"mail.wizard.test:2587"_s);
    QCOMPARE(settings->value(Settings::Key::Server).toString(), u"mail.wizard.test:2587"_s);
    settings->reset(Settings::Key::Server);
    QVERIFY(!settings->isSet(Settings::Key::Server));
    QCOMPARE(settings->value(Settings::Key::Server).toString(), QString());
}

void tst_Settings::everyKeyHasAName()
{
    const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
    QSet<QString> names;
    for (int i = 0; i < keys.keyCount(); ++i) {
        const auto key = static_cast<Settings::Key>(keys.value(i));
        const QString name = Settings::keyName(key);
        QVERIFY2(!name.isEmpty(), keys.key(i));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

void tst_Settings::noPasswordKey()
{
    const QMetaEnum keys = QMetaEnum::fromType<Settings::Key>();
    for (int i = 0; i < keys.keyCount(); ++i) {
        const QString name = Settings::keyName(static_cast<Settings::Key>(keys.value(i)));
        QVERIFY2(!name.contains(u"password"_s, Qt::CaseInsensitive) || name.endsWith(u"rememberInKeychain"_s),
                 qPrintable(name));
        QVERIFY2(!QString::fromLatin1(keys.key(i)).contains(u"Password"_s)
                     || QString::fromLatin1(keys.key(i)) == u"RememberPassword"_s,
                 keys.key(i));
    }
}

void tst_Settings::temporaryFileIsRemoved()
{
    QString file;
    {
        auto settings = Settings::temporary();
        settings->setValue(Settings::Key::Domain, u"wizard.test"_s);
        settings->sync();
        file = settings->fileName();
        QVERIFY(QFile::exists(file));
    }
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
