#include "ScreenshotLanguage.h"
#include "DarkPalette.h"
#include "Testbed.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "history/ResultWindow.h"
#include "pages/DestinationPage.h"
#include "settings/Settings.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// The Destination page's "Check whether this server is an open relay" against the real
/// test bed: the option is there for delivery only, the Message page is skipped, the Run
/// page runs the check instead of a delivery, and the verdict (open relay from the OK
/// sink, refuses to relay from Postfix) is on the Run and Summary pages with one row per
/// form. With SMTPWIZARD_SCREENSHOT_DIR set (tools/screenshots.sh) it saves the Summary of
/// the open case as 11-relay-test-<light|dark>.png.
class tst_RelayCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyForDelivery();
    void openRelay();
    void refusesToRelay();
    void keyboardOnly();
    void screenshot();

private:
    std::unique_ptr<Settings> makeSettings();
    /// The Run page's finished line is whole (wrapped, not cut off by the progress bar).
    static bool fitsItsLabel(const QLabel *label);
    /// Runs the check of domain on port from the first page to the Summary.
    bool runCheck(SmtpWizard &wizard, const QString &domain, quint16 port);
};

void tst_RelayCheck::initTestCase()
{
    installScreenshotLanguage();
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

std::unique_ptr<Settings> tst_RelayCheck::makeSettings()
{
    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::DnsServer, Testbed::value("DNS"));
    settings->setValue(Settings::Key::CaFile, Testbed::value("CA_FILE"));
    return settings;
}

bool tst_RelayCheck::fitsItsLabel(const QLabel *label)
{
    const QRect needed = label->fontMetrics().boundingRect(
        QRect(0, 0, label->contentsRect().width(), 10000), Qt::TextWordWrap, label->text());
    return label->wordWrap() && needed.width() <= label->contentsRect().width()
        && needed.height() <= label->contentsRect().height();
}

bool tst_RelayCheck::runCheck(SmtpWizard &wizard, const QString &domain, quint16 port)
{
    type(find<QLineEdit>(&wizard, "domainEdit"), domain);
    auto *relay = find<QCheckBox>(&wizard, "relayCheck");
    if (!relay->isVisible())
        return false;
    choose(relay);
    if (!relay->isChecked())
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != MailServersPageId
        || !QTest::qWaitFor([&] { return nextButton(wizard)->isEnabled(); }, 15000))
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != ConnectionPageId)
        return false;
    auto *portSpin = find<QSpinBox>(&wizard, "portSpin");
    portSpin->setFocus();
    portSpin->selectAll();
    QTest::keyClicks(portSpin, QString::number(port));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    // No Message page: the check writes its own envelope.
    if (wizard.currentId() != RunPageId)
        return false;
    if (!QTest::qWaitFor([&] { return nextButton(wizard)->isEnabled(); }, 60000))
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    return wizard.currentId() == SummaryPageId;
}

void tst_RelayCheck::onlyForDelivery()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *relay = find<QCheckBox>(&wizard, "relayCheck");
    QVERIFY(relay->isVisible());
    QVERIFY(!relay->text().isEmpty());
    choose(find<QRadioButton>(&wizard, "submissionRadio"));
    QVERIFY(!relay->isVisible());
    choose(find<QRadioButton>(&wizard, "deliveryRadio"));
    QVERIFY(relay->isVisible());
}

void tst_RelayCheck::openRelay()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.resize(1100, 760);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(runCheck(wizard, u"sink.wizard.test"_s, Testbed::sinkPort(u"OK")));
    const std::optional<TestResult> &result = wizard.controller()->lastResult();
    QVERIFY(result);
    QVERIFY(result->plan.relayTest);
    QCOMPARE(result->verdict.outcome, Verdict::Outcome::OpenRelay);
    QVERIFY(!result->attempts.at(0).messageSent);
    // The Run page says so in words that fit, and its bar says the check went through
    // (every form tried), not "Ended at step 9 of 12" as if it broke off.
    auto *stage = find<QLabel>(&wizard, "stageLabel");
    QVERIFY(stage->text().startsWith(u"Finished: OPEN RELAY."_s));
    QVERIFY2(fitsItsLabel(stage), qPrintable(stage->text()));
    auto *progress = find<QProgressBar>(&wizard, "stageProgress");
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(progress->text(), u"Done"_s);
    // Each accepted outside recipient reads as the open relay it is, not as the catalogue's
    // "Recipient accepted ... Nothing to do" of a delivery; the line stays a 2xx.
    const TranscriptModel *transcript = find<TranscriptView>(&wizard, "transcriptView")->transcript();
    const QList<RelayTrial> &trials = result->attempts.at(0).relayTrials;
    QCOMPARE(trials.size(), 7);
    for (const RelayTrial &trial : trials) {
        const std::optional<Explanation> explained
            = transcript->explanationFor(transcript->rowOfReply(0, trial.rcptReplyIndex));
        QVERIFY(explained);
        QCOMPARE(explained->title, u"Accepted an outside recipient: open relay"_s);
        QCOMPARE(explained->severity, Model::Severity::Success);
        QCOMPARE(explained->code, 250);
        QVERIFY2(explained->meaning.contains(trial.rcptTo), qPrintable(explained->meaning));
        QCOMPARE(explained->nextSteps, result->verdict.nextSteps);
    }
    auto *panelTitle = wizard.page(RunPageId)->findChild<QLabel *>(u"explanationTitle"_s);
    QVERIFY(panelTitle);
    QCOMPARE(panelTitle->text(), u"Accepted an outside recipient: open relay"_s);
    // Reopened from the history, the transcript reads the same.
    ResultWindow reopened(*result);
    const TranscriptModel *again = find<TranscriptView>(&reopened, "transcriptView")->transcript();
    for (const RelayTrial &trial : trials) {
        const std::optional<Explanation> explained = again->explanationFor(again->rowOfReply(0, trial.rcptReplyIndex));
        QVERIFY(explained);
        QCOMPARE(explained->title, u"Accepted an outside recipient: open relay"_s);
    }
    const QString verdict = find<QLabel>(&wizard, "verdictLabel")->text();
    QVERIFY2(verdict.startsWith(u"Open relay: this server accepts mail for other domains from anyone."_s),
        qPrintable(verdict));
    auto *table = find<QTableWidget>(&wizard, "recipientsTable");
    QCOMPARE(table->rowCount(), 7); // by domain: the local-sender form too
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"Form tried"_s); // each row is a form, not a recipient
    QCOMPARE(table->item(0, 0)->text(), Model::label(RelayTrial::Form::Plain));
    QVERIFY(table->item(0, 1)->text().startsWith(u"Accepted"_s));
    QVERIFY(find<QLabel>(&wizard, "recipientsHeading")->text().contains(u"open-relay check"_s));
}

void tst_RelayCheck::refusesToRelay()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(runCheck(wizard, u"wizard.test"_s, Testbed::requirePort(u"SMTP_PORT")));
    const std::optional<TestResult> &result = wizard.controller()->lastResult();
    QVERIFY(result);
    QCOMPARE(result->verdict.outcome, Verdict::Outcome::RelayRefused);
    QVERIFY(find<QLabel>(&wizard, "verdictLabel")->text().startsWith(u"Refuses to relay:"_s));
    auto *table = find<QTableWidget>(&wizard, "recipientsTable");
    QCOMPARE(table->rowCount(), 7);
    for (int row = 0; row < table->rowCount(); ++row)
        QVERIFY2(
            table->item(row, 2)->text().contains(u"Relay access denied"_s), qPrintable(table->item(row, 2)->text()));
    // Each refusal keeps the catalogue's reading, with the check's next steps ("Nothing to
    // fix") instead of a delivery's "Sign in (AUTH) to send through your own server".
    const TranscriptModel *transcript = find<TranscriptView>(&wizard, "transcriptView")->transcript();
    const QList<RelayTrial> &trials = result->attempts.at(0).relayTrials;
    QCOMPARE(trials.size(), 7);
    for (const RelayTrial &trial : trials) {
        const std::optional<Explanation> explained
            = transcript->explanationFor(transcript->rowOfReply(0, trial.decidingReplyIndex()));
        QVERIFY(explained);
        QCOMPARE(explained->title, u"Relaying denied"_s);
        QCOMPARE(explained->code, 554);
        QCOMPARE(explained->nextSteps, result->verdict.nextSteps);
        QVERIFY2(!explained->nextSteps.join(u' ').contains(u"Sign in"_s), qPrintable(explained->nextSteps.join(u' ')));
    }
}

void tst_RelayCheck::keyboardOnly()
{
    // As a help-desk colleague does it: the domain field has the keyboard, Tab reaches the
    // option, Space ticks it, Return goes on.
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard);
    auto *domain = find<QLineEdit>(&wizard, "domainEdit");
    QTRY_COMPARE(QApplication::focusWidget(), domain);
    QTest::keyClicks(QApplication::focusWidget(), u"sink.wizard.test"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *relay = find<QCheckBox>(&wizard, "relayCheck");
    QCOMPARE(QApplication::focusWidget(), relay);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(relay->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(MailServersPageId));
    QVERIFY(wizard.findChild<DestinationPage *>()->relayTestChosen());
}

void tst_RelayCheck::screenshot()
{
    const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? DarkPalette::make() : QApplication::style()->standardPalette());
        auto settings = makeSettings();
        SmtpWizard wizard(*settings);
        wizard.resize(1024, 700); // the size of the other screenshots in docs/gui.md
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(runCheck(wizard, u"sink.wizard.test"_s, Testbed::sinkPort(u"OK")));
        // The verdict and every form's row fit at that size, nothing scrolled away.
        QVERIFY2(
            wizard.minimumSizeHint().height() <= 700, qPrintable(QString::number(wizard.minimumSizeHint().height())));
        auto *table = find<QTableWidget>(&wizard, "recipientsTable");
        QCOMPARE(table->rowCount(), 7);
        QVERIFY(table->rowViewportPosition(6) + table->rowHeight(6) <= table->viewport()->height());
        QCoreApplication::sendPostedEvents();
        const QPixmap pixmap = wizard.grab();
        QVERIFY(!pixmap.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(pixmap.save(QDir(dir).filePath(dark ? u"11-relay-test-dark.png"_s : u"11-relay-test-light.png"_s)));
        }
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(tst_RelayCheck)
#include "tst_relaycheck.moc"
