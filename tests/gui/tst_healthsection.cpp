#include "ScreenshotLanguage.h"
#include "DarkPalette.h"
#include "Testbed.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "settings/Settings.h"
#include "widgets/HealthView.h"
#include "widgets/TranscriptColors.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// The Domain health section of the Mail servers page against the real test bed: the
/// check runs when asked and never blocks the page, each finding shows its status in the
/// palette's colour with its explanation and problems, a new lookup clears it, and the
/// test that follows carries the findings (with the greeting names) into its result and
/// report. With SMTPWIZARD_SCREENSHOT_DIR set it saves the section as a screenshot.
class tst_HealthSection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void brokenDomain();
    void followsThePalette();
    void resultCarriesHealth();
    void screenshot();

private:
    std::unique_ptr<Settings> makeSettings();
    /// To the Mail servers page of domain with the lookup done, then the check done.
    bool checkDomain(SmtpWizard &wizard, const QString &domain);
};

void tst_HealthSection::initTestCase()
{
    installScreenshotLanguage();
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(Testbed::requirePort(u"HTTPS_PORT"), qPrintable(Testbed::lastError()));
    // The test hook: the bed's MTA-STS policy host cannot listen on 443.
    qputenv("SMTPWIZARD_TEST_HOOK_MTA_STS_PORT", Testbed::value(u"HTTPS_PORT").toLatin1());
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

std::unique_ptr<Settings> tst_HealthSection::makeSettings()
{
    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::DnsServer, Testbed::value("DNS"));
    settings->setValue(Settings::Key::CaFile, Testbed::value("CA_FILE"));
    return settings;
}

bool tst_HealthSection::checkDomain(SmtpWizard &wizard, const QString &domain)
{
    type(find<QLineEdit>(&wizard, "domainEdit"), domain);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != MailServersPageId)
        return false;
    auto *check = find<QPushButton>(&wizard, "checkHealthButton");
    if (!QTest::qWaitFor([&] { return check->isEnabled(); }, 15000))
        return false;
    QTest::mouseClick(check, Qt::LeftButton);
    // Asynchronous: the page goes on while the records are asked for.
    if (check->isEnabled() || find<HealthView>(&wizard, "healthView")->isVisible())
        return false;
    return QTest::qWaitFor([&] { return find<HealthView>(&wizard, "healthView")->isVisible() && check->isEnabled(); }, 20000);
}

void tst_HealthSection::brokenDomain()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.resize(1024, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(find<QGroupBox>(&wizard, "healthGroup")); // exists before anything is asked
    QVERIFY(checkDomain(wizard, u"broken.wizard.test"_s));
    auto *view = find<HealthView>(&wizard, "healthView");
    QVERIFY(find<QLabel>(&wizard, "healthStatus")->text().contains(u"broken.wizard.test"_s));

    const TranscriptColors colours(view->palette());
    for (const char *key : {"spf", "dmarc", "mtaSts", "tlsRpt", "dane", "fcrdns 127.0.25.41"}) {
        QTreeWidgetItem *row = view->rowFor(QString::fromLatin1(key));
        QVERIFY2(row, key);
        QCOMPARE(row->text(1), Model::label(Model::HealthStatus::Invalid));
        QCOMPARE(row->foreground(1).color(), colours.foreground(TranscriptColors::Kind::Permanent));
        QVERIFY(!row->icon(1).isNull());
        QVERIFY(!row->toolTip(0).isEmpty());
    }
    // The first finding that is not OK is shown beside the list; clicking another shows it.
    QCOMPARE(view->rows()->currentItem(), view->rowFor(u"spf"_s));
    QString details = view->detailsText();
    QVERIFY2(details.contains(u"v=spf1 mx -all"_s) && details.contains(u"v=spf1 a ip4:192.0.2.300 +all"_s), qPrintable(details));
    QVERIFY(details.contains(u"more than one SPF record"_s));
    QVERIFY(details.contains(u"SPF lists the servers allowed"_s));
    QTreeWidgetItem *sts = view->rowFor(u"mtaSts"_s);
    QTest::mouseClick(view->rows()->viewport(), Qt::LeftButton, {}, view->rows()->visualItemRect(sts).center());
    details = view->detailsText();
    QVERIFY2(details.contains(u"The mail server mx.broken.wizard.test is not covered by any mx: line"_s), qPrintable(details));
    QVERIFY(details.contains(u"Mode: enforce"_s));
    // The greeting is compared only once the test has talked to the server.
    QVERIFY(!view->rowFor(u"bannerMatchesPtr 127.0.25.41"_s));

    // A new lookup (another destination) clears the section.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    type(find<QLineEdit>(&wizard, "domainEdit"), u"implicit.wizard.test"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MailServersPageId));
    QVERIFY(!view->isVisible());
    QCOMPARE(view->rows()->topLevelItemCount(), 0);
}

void tst_HealthSection::followsThePalette()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(checkDomain(wizard, u"wizard.test"_s));
    auto *view = find<HealthView>(&wizard, "healthView");
    QTreeWidgetItem *spf = view->rowFor(u"spf"_s);
    QCOMPARE(spf->text(1), Model::label(Model::HealthStatus::Ok));
    QCOMPARE(view->rowFor(u"dane"_s)->text(1), Model::label(Model::HealthStatus::Warning));
    QCOMPARE(view->rows()->currentItem(), view->rowFor(u"dane"_s)); // the only one not OK
    const QPalette light = view->palette();
    view->setPalette(DarkPalette::make());
    QCOMPARE(spf->foreground(1).color(), TranscriptColors(view->palette()).foreground(TranscriptColors::Kind::Success));
    QVERIFY(spf->foreground(1).color() != TranscriptColors(light).foreground(TranscriptColors::Kind::Success));
}

void tst_HealthSection::resultCarriesHealth()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(checkDomain(wizard, u"wizard.test"_s));
    // How many servers at once is asked only when every server is tested, and it reaches the run.
    auto *parallelSpin = find<QSpinBox>(&wizard, "parallelSpin");
    QVERIFY(!parallelSpin->isEnabled());
    choose(find<QRadioButton>(&wizard, "everyMxRadio"));
    QVERIFY(parallelSpin->isEnabled());
    parallelSpin->setFocus();
    parallelSpin->selectAll();
    QTest::keyClicks(parallelSpin, u"2"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ConnectionPageId));
    auto *portSpin = find<QSpinBox>(&wizard, "portSpin");
    portSpin->setFocus();
    portSpin->selectAll();
    QTest::keyClicks(portSpin, QString::number(Testbed::requirePort(u"SMTP_PORT")));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MessagePageId));
    type(find<QLineEdit>(&wizard, "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"bob@wizard.test"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);

    const std::optional<TestResult> &result = wizard.controller()->lastResult();
    QVERIFY(result && result->health);
    QCOMPARE(result->plan.parallel, 2);
    QCOMPARE(settings->value(Settings::Key::EveryMxParallel).toInt(), 2);
    QCOMPARE(result->health->spf.status, Model::HealthStatus::Ok);
    QCOMPARE(result->health->addresses.size(), 2);
    for (const AddressHealth &address : result->health->addresses) {
        QCOMPARE(address.greetingName, u"mail.wizard.test"_s);
        QCOMPARE(address.bannerMatchesPtr.status, Model::HealthStatus::Ok);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.html"_s);
    QVERIFY(wizard.controller()->saveReport(path).ok);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(u"Domain health of wizard.test"_s));
    QVERIFY(html.contains(Model::label(Model::HealthCheck::Banner).toHtmlEscaped()));
}

void tst_HealthSection::screenshot()
{
    const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? DarkPalette::make() : QApplication::style()->standardPalette());
        auto settings = makeSettings();
        SmtpWizard wizard(*settings);
        wizard.resize(1024, 700);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(checkDomain(wizard, u"broken.wizard.test"_s));
        // Fits the page at the screenshots' size.
        QVERIFY2(wizard.minimumSizeHint().height() <= 700, qPrintable(QString::number(wizard.minimumSizeHint().height())));
        QCoreApplication::sendPostedEvents();
        const QPixmap pixmap = wizard.grab();
        QVERIFY(!pixmap.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(pixmap.save(QDir(dir).filePath(dark ? u"2b-domain-health-dark.png"_s : u"2b-domain-health-light.png"_s)));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(tst_HealthSection)
#include "tst_healthsection.moc"
