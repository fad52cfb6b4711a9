#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// What the wizard remembers between runs (never the password), and pre-filling it from
/// a request, as `smtp-wizard --to ... --server ...` does.
class tst_WizardSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rememberedBetweenRuns();
    void prefilledFromRequest_data();
    void prefilledFromRequest();
};

void tst_WizardSettings::rememberedBetweenRuns()
{
    auto settings = Settings::temporary();
    MemoryCredentialStore store; // no keychain needed
    const QString password = u"Secret-Pa55word"_s;
    QSize size;
    {
        SmtpWizard first(*settings, &store);
        first.resize(900, 640);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        choose(find<QRadioButton>(&first, "submissionRadio"));
        type(find<QLineEdit>(&first, "serverEdit"), u"smtp.example.com:587"_s);
        find<QComboBox>(&first, "authCombo")->setCurrentIndex(int(TestPlan::Auth::Login));
        type(find<QLineEdit>(&first, "userEdit"), u"alice@example.com"_s);
        type(find<QLineEdit>(&first, "passwordEdit"), password);
        type(find<QLineEdit>(&first, "fromEdit"), u"alice@example.com"_s);
        type(find<QPlainTextEdit>(&first, "recipientsEdit"), u"bob@example.org\ncarol@example.net"_s);
        find<QCheckBox>(&first, "notifyFailureCheck")->setChecked(true);
        find<QCheckBox>(&first, "stopAfterRcptCheck")->setChecked(true);
        size = first.size();
        first.reject(); // closing saves
    }
    QFile file(settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("smtp.example.com:587"));
    QVERIFY2(!stored.contains(password.toUtf8()), "the password must never reach the settings");

    SmtpWizard second(*settings, &store);
    QVERIFY(find<QRadioButton>(&second, "submissionRadio")->isChecked());
    QCOMPARE(find<QLineEdit>(&second, "serverEdit")->text(), u"smtp.example.com:587"_s);
    QCOMPARE(find<QComboBox>(&second, "authCombo")->currentIndex(), int(TestPlan::Auth::Login));
    QCOMPARE(find<QLineEdit>(&second, "userEdit")->text(), u"alice@example.com"_s);
    QVERIFY(find<QLineEdit>(&second, "passwordEdit")->text().isEmpty());
    QCOMPARE(find<QLineEdit>(&second, "fromEdit")->text(), u"alice@example.com"_s);
    QCOMPARE(find<QPlainTextEdit>(&second, "recipientsEdit")->toPlainText(), u"bob@example.org\ncarol@example.net"_s);
    QVERIFY(find<QCheckBox>(&second, "notifyFailureCheck")->isChecked());
    QVERIFY(!find<QCheckBox>(&second, "notifySuccessCheck")->isChecked());
    QVERIFY(find<QCheckBox>(&second, "stopAfterRcptCheck")->isChecked());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), size);
}

void tst_WizardSettings::prefilledFromRequest_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("587 STARTTLS") << false;
    QTest::newRow("465 TLS") << true;
}

void tst_WizardSettings::prefilledFromRequest()
{
    QFETCH(bool, implicitTls);
    auto settings = Settings::temporary();
    MemoryCredentialStore store; // no keychain needed
    SmtpWizard wizard(*settings, &store);
    PlanRequest request;
    request.server = u"mail.example.com"_s;
    request.port = implicitTls ? 465 : 587;
    request.security = implicitTls ? TestPlan::Security::Tls : TestPlan::Security::StartTlsRequired;
    request.auth = TestPlan::Auth::Plain;
    request.user = u"helpdesk@example.com"_s;
    request.mailFrom = u"helpdesk@example.com"_s;
    request.rcptTo = {u"one@example.org"_s, u"two@example.org"_s};
    request.notify = TestPlan::NotifySuccess | TestPlan::NotifyDelay;
    request.subject = u"Ticket 4711"_s;
    request.body = u"Hello"_s;
    request.stopAfter = TestPlan::StopAfter::Rcpt;
    request.dnsServer = u"192.0.2.53"_s;
    request.ipFamily = TestPlan::IpFamily::V6;
    wizard.prefill(request, WizardMode::Submission);

    QVERIFY(find<QRadioButton>(&wizard, "submissionRadio")->isChecked());
    QCOMPARE(find<QRadioButton>(&wizard, "port465Radio")->isChecked(), implicitTls);
    QCOMPARE(find<QSpinBox>(&wizard, "portSpin")->value(), implicitTls ? 465 : 587);
    QCOMPARE(find<QComboBox>(&wizard, "securityCombo")->currentIndex(), int(request.security));

    // What the pages hold comes back as the same request.
    const PlanRequest collected = wizard.collectRequest();
    QCOMPARE(collected.server, request.server);
    QCOMPARE(collected.port, request.port);
    QCOMPARE(collected.security, request.security);
    QCOMPARE(collected.auth, request.auth);
    QCOMPARE(collected.user, request.user);
    QCOMPARE(collected.mailFrom, request.mailFrom);
    QCOMPARE(collected.rcptTo, request.rcptTo);
    QCOMPARE(collected.notify, request.notify);
    QCOMPARE(collected.subject, request.subject);
    QCOMPARE(collected.body, request.body);
    QCOMPARE(collected.stopAfter, request.stopAfter);
    QCOMPARE(collected.dnsServer, request.dnsServer);
    QCOMPARE(collected.ipFamily, request.ipFamily);
}

QTEST_MAIN(tst_WizardSettings)
#include "tst_wizardsettings.moc"
