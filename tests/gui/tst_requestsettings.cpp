#include "RequestSettings.h"
#include "settings/Settings.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Key = Settings::Key;

// What the wizard remembers between runs: every field round-trips, choices are stored by
// the same keys --json uses, older files still load, and the password never is stored.
class tst_RequestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void choicesStoredByTheirKeys();
    void olderSpellingsStillLoad();
    void passwordNeverStored();
    void unknownValuesFallBack();
    void serversAtOnceStayInRange();
};

void tst_RequestSettings::roundTrip_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("delivery") << int(WizardMode::Delivery);
    QTest::newRow("submission") << int(WizardMode::Submission);
}

void tst_RequestSettings::roundTrip()
{
    QFETCH(int, mode);
    PlanRequest r;
    r.domain = u"contoso.example"_s;
    r.server = u"smtp.contoso.example:2587"_s;
    r.port = 2587;
    r.security = TestPlan::Security::StartTlsRequired;
    r.ehloName = u"pc.corp.example"_s;
    r.caFile = u"/etc/ssl/corp.pem"_s;
    r.tlsInsecure = true;
    r.auth = TestPlan::Auth::Login;
    r.user = u"alice@contoso.example"_s;
    r.mailFrom = u"alice@contoso.example"_s;
    r.rcptTo = {u"bob@contoso.example"_s, u"carol@contoso.example"_s};
    r.notify = TestPlan::NotifySuccess | TestPlan::NotifyDelay;
    r.subject = u"Test ü"_s;
    r.body = u"line 1\nline 2"_s;
    r.stopAfter = TestPlan::StopAfter::Rcpt;
    r.timeouts = Timeouts::rfc5321();
    r.dnsServer = u"127.0.0.53"_s;
    r.ipFamily = TestPlan::IpFamily::V6;
    r.routing = TestPlan::Routing::EveryMx;
    r.parallel = 7;
    auto settings = Settings::temporary();
    RequestSettings::store(*settings, r, WizardMode(mode));
    const PlanRequest back = RequestSettings::load(*settings);
    QCOMPARE(RequestSettings::loadMode(*settings), WizardMode(mode));
    if (WizardMode(mode) == WizardMode::Submission)
        QCOMPARE(back.server, r.server);
    else
        QCOMPARE(back.domain, r.domain);
    QCOMPARE(back.port, r.port);
    QCOMPARE(back.security, r.security);
    QCOMPARE(back.ehloName, r.ehloName);
    QCOMPARE(back.caFile, r.caFile);
    QCOMPARE(back.tlsInsecure, r.tlsInsecure);
    QCOMPARE(back.auth, r.auth);
    QCOMPARE(back.user, r.user);
    QCOMPARE(back.mailFrom, r.mailFrom);
    QCOMPARE(back.rcptTo, r.rcptTo);
    QCOMPARE(back.notify, r.notify);
    QCOMPARE(back.subject, r.subject);
    QCOMPARE(back.body, r.body);
    QCOMPARE(back.stopAfter, r.stopAfter);
    QVERIFY(back.timeouts == r.timeouts);
    QCOMPARE(back.dnsServer, r.dnsServer);
    QCOMPARE(back.ipFamily, r.ipFamily);
    QCOMPARE(back.routing, r.routing);
    QCOMPARE(back.parallel, r.parallel);
}

void tst_RequestSettings::choicesStoredByTheirKeys()
{
    PlanRequest r;
    r.security = TestPlan::Security::StartTlsRequired;
    r.auth = TestPlan::Auth::Plain;
    r.ipFamily = TestPlan::IpFamily::V4;
    r.notify = TestPlan::NotifyFailure;
    auto settings = Settings::temporary();
    RequestSettings::store(*settings, r, WizardMode::Submission);
    QCOMPARE(settings->value(Key::Security).toString(), u"starttls-required"_s);
    QCOMPARE(settings->value(Key::Auth).toString(), u"plain"_s);
    QCOMPARE(settings->value(Key::IpFamily).toString(), u"ipv4"_s);
    QCOMPARE(settings->value(Key::Mode).toString(), u"submission"_s);
    QCOMPARE(settings->value(Key::Notify).toStringList(), QStringList{u"failure"_s});
}

void tst_RequestSettings::olderSpellingsStillLoad()
{
    auto settings = Settings::temporary();
    settings->setValue(Key::Security, u"StartTlsRequired"_s);
    settings->setValue(Key::Auth, u"Login"_s);
    settings->setValue(Key::IpFamily, u"V6"_s);
    const PlanRequest r = RequestSettings::load(*settings);
    QCOMPARE(r.security, TestPlan::Security::StartTlsRequired);
    QCOMPARE(r.auth, TestPlan::Auth::Login);
    QCOMPARE(r.ipFamily, TestPlan::IpFamily::V6);
}

void tst_RequestSettings::passwordNeverStored()
{
    PlanRequest r;
    r.server = u"smtp.contoso.example"_s;
    r.auth = TestPlan::Auth::Plain;
    r.user = u"alice"_s;
    r.password = u"Correct-Horse-7"_s;
    auto settings = Settings::temporary();
    RequestSettings::store(*settings, r, WizardMode::Submission);
    settings->sync();
    QFile file(settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("alice"));
    QVERIFY(!stored.contains("Correct-Horse-7"));
    QVERIFY(!stored.contains(QByteArray("Correct-Horse-7").toBase64()));
    QVERIFY(RequestSettings::load(*settings).password.isEmpty());
}

void tst_RequestSettings::unknownValuesFallBack()
{
    auto settings = Settings::temporary();
    settings->setValue(Key::Security, u"rot13"_s);
    settings->setValue(Key::Mode, u"teleport"_s);
    settings->setValue(Key::Notify, QStringList{u"never"_s, u"sometimes"_s});
    const PlanRequest r = RequestSettings::load(*settings);
    QCOMPARE(r.security, TestPlan::Security::StartTls);
    QCOMPARE(RequestSettings::loadMode(*settings), WizardMode::Delivery);
    QCOMPARE(r.notify, TestPlan::Notify(TestPlan::NotifyDefault));
}

void tst_RequestSettings::serversAtOnceStayInRange()
{
    // The setting's default is the runner's, so a fresh profile tests as many at once as --all-mx.
    auto settings = Settings::temporary();
    QCOMPARE(RequestSettings::load(*settings).parallel, TestPlan::DefaultParallel);
    // A hand-edited file cannot open more connections than the runner allows, nor none.
    settings->setValue(Key::EveryMxParallel, 500);
    QCOMPARE(RequestSettings::load(*settings).parallel, TestPlan::MaxParallel);
    settings->setValue(Key::EveryMxParallel, 0);
    QCOMPARE(RequestSettings::load(*settings).parallel, 1);
    settings->setValue(Key::EveryMxParallel, u"many"_s);
    QCOMPARE(RequestSettings::load(*settings).parallel, TestPlan::DefaultParallel);
}

QTEST_GUILESS_MAIN(tst_RequestSettings)
#include "tst_requestsettings.moc"
