#include "ScreenshotLanguage.h"
#include "DarkPalette.h"
#include "Testbed.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "settings/Settings.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStyleFactory>
#include <QTableWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// Walks every page at 1024x700 in a light and a dark palette against the test bed and
/// checks that each fits and the transcript shows its colour classes. With
/// SMTPWIZARD_SCREENSHOT_DIR set (tools/screenshots.sh), it also saves each page as PNG.
class tst_Screenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkPages_data();
    void walkPages();

private:
    void shoot(QWidget *widget, const QString &theme, const QString &name);
    QString m_dir;
};

void tst_Screenshots::initTestCase()
{
    installScreenshotLanguage();
    QString why;
    if (!Testbed::available(&why) || !Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    if (!m_dir.isEmpty())
        QVERIFY(QDir().mkpath(m_dir));
}


void tst_Screenshots::shoot(QWidget *widget, const QString &theme, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    if (!m_dir.isEmpty())
        QVERIFY(pixmap.save(QDir(m_dir).filePath(name % u'-' % theme % u".png"_s)));
}

void tst_Screenshots::walkPages_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_Screenshots::walkPages()
{
    QFETCH(bool, dark);
    const QString theme = dark ? u"dark"_s : u"light"_s;
    QApplication::setPalette(dark ? DarkPalette::make() : QApplication::style()->standardPalette());
    const QString host = Testbed::require("MAIL_ADDR");
    const quint16 port = Testbed::requirePort(u"SUBMISSION_PORT");
    QVERIFY2(port, qPrintable(Testbed::lastError()));

    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::DnsServer, Testbed::value("DNS"));
    SmtpWizard wizard(*settings);
    wizard.resize(1024, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY2(wizard.minimumSizeHint().width() <= 1024 && wizard.minimumSizeHint().height() <= 700,
             qPrintable(u"%1x%2"_s.arg(wizard.minimumSizeHint().width()).arg(wizard.minimumSizeHint().height())));

    // 1. Destination, delivery to a domain; 2. its mail servers.
    type(find<QLineEdit>(&wizard, "domainEdit"), u"wizard.test"_s);
    shoot(&wizard, theme, u"1-destination"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 15000);
    choose(find<QRadioButton>(&wizard, "everyMxRadio"));
    shoot(&wizard, theme, u"2-mail-servers"_s);

    // Then the submission path for the rest: connection, sign-in, message, run, summary.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    choose(find<QRadioButton>(&wizard, "submissionRadio"));
    type(find<QLineEdit>(&wizard, "serverEdit"), host % u':' % QString::number(port));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 15000);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ConnectionPageId));
    type(find<QLineEdit>(&wizard, "caFileEdit"), Testbed::value("CA_FILE"));
    shoot(&wizard, theme, u"3-connection"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    find<QComboBox>(&wizard, "authCombo")->setCurrentIndex(int(TestPlan::Auth::Login));
    type(find<QLineEdit>(&wizard, "userEdit"), Testbed::value("USER"));
    type(find<QLineEdit>(&wizard, "passwordEdit"), Testbed::value("PASSWORD"));
    shoot(&wizard, theme, u"4-sign-in"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);

    type(find<QLineEdit>(&wizard, "fromEdit"), Testbed::value("USER"));
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"),
         u"bob@wizard.test\nnobody@wizard.test\nfull@wizard.test\ngrey@wizard.test"_s);
    find<QCheckBox>(&wizard, "notifySuccessCheck")->setChecked(true);
    find<QCheckBox>(&wizard, "notifyFailureCheck")->setChecked(true);
    shoot(&wizard, theme, u"5-message"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);

    // The run: every colour class present; the 550 selected and explained.
    auto *view = find<TranscriptView>(&wizard, "transcriptView");
    const TranscriptModel *model = view->transcript();
    QSet<QString> kinds;
    int rejected = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        kinds.insert(model->index(row).data(TranscriptModel::KindKeyRole).toString());
        if (model->entryAt(row).text.startsWith(u"550"_s))
            rejected = row;
    }
    for (const QString &kind : {u"client"_s, u"success"_s, u"intermediate"_s, u"transient"_s, u"permanent"_s, u"event"_s})
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
    QVERIFY(rejected >= 0);
    view->setCurrentIndex(model->index(rejected));
    view->scrollTo(model->index(rejected), QAbstractItemView::PositionAtCenter);
    // Under a real display the pointer rests somewhere: put it on the chosen line, whose
    // explanation hovering shows as well.
    QTest::mouseMove(view->viewport(), view->visualRect(model->index(rejected)).center());
    QTRY_COMPARE(view->explainedRow(), rejected);
    shoot(&wizard, theme, u"6-run"_s);

    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    shoot(&wizard, theme, u"7-summary"_s);

    // The certificate, as "View certificate" shows it.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    // Going back from the summary keeps the finished run on screen.
    auto *certificate = find<QPushButton>(&wizard, "certificateButton");
    if (certificate->isEnabled()) {
        QTest::mouseClick(certificate, Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QDialog *>(u"certificateDialog"_s)) && dialog->isVisible());
        shoot(dialog, theme, u"8-certificate"_s);
        dialog->close();
    }

    // The explainer with a pasted bounce.
    SmtpWizard explainer(*settings);
    explainer.resize(1024, 700);
    explainer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explainer));
    choose(find<QRadioButton>(&explainer, "explainRadio"));
    QVERIFY(find<QRadioButton>(&explainer, "explainRadio")->isChecked());
    QTest::mouseClick(nextButton(explainer), Qt::LeftButton);
    QCOMPARE(explainer.currentId(), int(ExplainPageId));
    type(find<QPlainTextEdit>(&explainer, "explainInput"),
         u"<someone@contoso.com>: host mail.contoso.com[192.0.2.25] said: 550 5.7.1 Service unavailable; "
         "Client host [198.51.100.7] blocked using Spamhaus (in reply to RCPT TO command)"_s);
    QTest::mouseClick(find<QPushButton>(&explainer, "explainButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QListWidget>(&explainer, "findingsList")->count() >= 1);
    shoot(&explainer, theme, u"9-explain"_s);
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
