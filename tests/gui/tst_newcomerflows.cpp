#include "MemoryCredentialStore.h"
#include "Testbed.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "widgets/InlineBanner.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// A wizard as a new user starts it: an empty profile, a keychain of its own, on screen.
struct FreshWizard
{
    std::unique_ptr<Settings> settings = Settings::temporary();
    MemoryCredentialStore store;
    SmtpWizard wizard{*settings, &store};
    bool shown()
    {
        wizard.show();
        return QTest::qWaitForWindowExposed(&wizard);
    }
};

/// Catches what QDesktopServices would open, so no program starts during the test.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

/// Issue 9 as a help-desk newcomer meets it, against the real test bed: a fresh profile
/// typing an address and pressing Enter through to a verdict; mixed refusals; a stale
/// remembered recipient; Return in the DNS-server field; an untrusted certificate; a
/// server that keeps the test waiting; Escape while running and with unsaved results.
class tst_NewcomerFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newcomerStraightThrough();
    void mixedRefusalsEachWithItsReason();
    void rememberedRecipientIsNotReused();
    void untrustedCertificateIsExplainedAsSuch();
    void slowServerCountsTheWait();
    void escapeStopsThenAsksBeforeLosingResults();
    void signInOutcomeIsSaidWhereTheUserIs();
    void refusalShownOnThePageOfTheField();

private:
    /// From a fresh profile: the destination typed on page 1 and Enter, then the test
    /// bed's DNS server typed under Advanced and Enter, as a user on this network would.
    bool reachConnectionPage(SmtpWizard &wizard, const QString &destination);
    /// Submission to the slow smtp-sink, without sign-in, to the Message page.
    bool reachSlowServerMessagePage(SmtpWizard &wizard);
    /// On the Connection page: the port typed over the proposed one.
    static QSpinBox *typePort(SmtpWizard &wizard, quint16 number);
    /// Submission to server (host:port) from the first page to the Connection page.
    bool reachSubmissionConnection(SmtpWizard &wizard, const QString &server);
    static void enter(QWidget *widget) { QTest::keyClick(widget, Qt::Key_Return); }
};

void tst_NewcomerFlows::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // As the program does at start: the English plural forms come from the catalogue.
    Translations::install(*QCoreApplication::instance());
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
}

bool tst_NewcomerFlows::reachConnectionPage(SmtpWizard &wizard, const QString &destination)
{
    auto *domain = find<QLineEdit>(&wizard, "domainEdit");
    if (!domain || !domain->hasFocus())
        return false; // the first field has the focus: the newcomer just types
    QTest::keyClicks(domain, destination);
    enter(domain);
    if (wizard.currentId() != MailServersPageId)
        return false;
    // Unfold "Advanced", type the DNS server, press Enter: the lookup runs and is kept
    // (issue 9, finding 4: Return used to reach "Cancel lookup" and wipe it).
    auto *advanced = find<QGroupBox>(&wizard, "advancedGroup");
    advanced->setFocus();
    QTest::keyClick(advanced, Qt::Key_Space);
    auto *dns = find<QLineEdit>(&wizard, "dnsServerEdit");
    type(dns, Testbed::value("DNS"));
    enter(dns);
    auto *mx = find<QTableWidget>(&wizard, "mxTable");
    if (!QTest::qWaitFor([&] { return nextButton(wizard)->isEnabled() && mx->rowCount() > 0; }, 15000))
        return false;
    QTest::qWait(300); // nothing may cancel or clear it afterwards
    if (mx->rowCount() == 0 || !nextButton(wizard)->isEnabled())
        return false;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    return wizard.currentId() == ConnectionPageId;
}

QSpinBox *tst_NewcomerFlows::typePort(SmtpWizard &wizard, quint16 number)
{
    auto *port = find<QSpinBox>(&wizard, "portSpin");
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QString::number(number));
    return port;
}

bool tst_NewcomerFlows::reachSubmissionConnection(SmtpWizard &wizard, const QString &server)
{
    choose(find<QRadioButton>(&wizard, "submissionRadio"));
    auto *edit = find<QLineEdit>(&wizard, "serverEdit");
    type(edit, server);
    enter(edit);
    if (wizard.currentId() != MailServersPageId
        || !QTest::qWaitFor([&] { return nextButton(wizard)->isEnabled(); }, 15000))
        return false;
    enter(QApplication::focusWidget());
    return wizard.currentId() == ConnectionPageId;
}

bool tst_NewcomerFlows::reachSlowServerMessagePage(SmtpWizard &wizard)
{
    const quint16 slowPort = Testbed::sinkPort(u"SLOWGREETING");
    if (!slowPort)
        return false;
    if (!reachSubmissionConnection(wizard, Testbed::value("SINK_ADDR") % u':' % QString::number(slowPort)))
        return false;
    find<QComboBox>(&wizard, "securityCombo")->setCurrentIndex(int(TestPlan::Security::None));
    enter(find<QComboBox>(&wizard, "securityCombo"));
    if (wizard.currentId() != SignInPageId)
        return false;
    auto *auth = find<QComboBox>(&wizard, "authCombo");
    auth->setCurrentIndex(auth->findText(u"No sign-in"_s));
    enter(auth);
    if (wizard.currentId() != MessagePageId)
        return false;
    type(find<QLineEdit>(&wizard, "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"alice@wizard.test"_s);
    return true;
}

void tst_NewcomerFlows::newcomerStraightThrough()
{
    FreshWizard fresh; // a fresh profile: nothing remembered
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachConnectionPage(wizard, u"alice@wizard.test"_s));

    type(find<QLineEdit>(&wizard, "caFileEdit"), Testbed::value("CA_FILE"));
    auto *port = typePort(wizard, Testbed::requirePort(u"SMTP_PORT"));
    enter(port);
    QCOMPARE(wizard.currentId(), int(MessagePageId));

    // Finding 2: the address typed on page 1 is the recipient, and Next says what it does.
    QCOMPARE(find<QPlainTextEdit>(&wizard, "recipientsEdit")->toPlainText(), u"alice@wizard.test"_s);
    QCOMPARE(nextButton(wizard)->text().remove(u'&'), u"Send test message"_s);
    auto *from = find<QLineEdit>(&wizard, "fromEdit");
    QVERIFY(!nextButton(wizard)->isEnabled());
    // Finding 3: an empty required field says what it needs instead of a silent grey Next.
    QVERIFY(find<QLabel>(&wizard, "fromError")->isVisible());
    QVERIFY(!find<QLabel>(&wizard, "fromError")->text().isEmpty());
    type(from, u"sender@wizard.test"_s);
    enter(from);
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::Delivered);
    QCOMPARE(find<QLabel>(&wizard, "stageLabel")->text(), u"Finished: it worked."_s);
    QCOMPARE(find<QProgressBar>(&wizard, "stageProgress")->text(), u"Done"_s);
    enter(QApplication::focusWidget());
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    auto *recipients = find<QTableWidget>(&wizard, "recipientsTable");
    QCOMPARE(recipients->rowCount(), 1);
    QCOMPARE(recipients->item(0, 1)->text(), u"Accepted"_s);

    // Finding 10: the first save works (the proposed folder exists), the next one is
    // proposed where the last went, and the report is one click from being opened.
    QTemporaryDir reports;
    QString saved;
    for (int round = 0; round < 2; ++round) {
        QTest::mouseClick(find<QPushButton>(&wizard, "saveReportButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(u"saveReportDialog"_s)) && dialog->isVisible());
        const QFileInfo proposed(dialog->selectedFiles().value(0));
        QVERIFY2(proposed.absoluteDir().exists(), qPrintable(proposed.absolutePath()));
        if (round == 0) {
            saved = reports.filePath(u"report.html"_s);
            dialog->selectFile(saved);
        } else {
            // The proposal is the folder the last report went to: Save takes it as it is.
            QCOMPARE(proposed.absolutePath(), reports.path());
            saved = proposed.absoluteFilePath();
        }
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        QTRY_VERIFY2(QFile::exists(saved), qPrintable(saved));
    }
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    QTest::mouseClick(find<QPushButton>(&wizard, "openReportButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(&wizard, "showFolderButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(catcher.urls.size(), 2);
    QCOMPARE(catcher.urls.at(0).toLocalFile(), saved);
    QCOMPARE(catcher.urls.at(1).toLocalFile(), reports.path());

    // Finding 11: Finish is "New test" and starts over; it does not quit.
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    QCOMPARE(finish->text().remove(u'&'), u"New test"_s);
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(DestinationPageId));
    QCOMPARE(find<QLineEdit>(&wizard, "domainEdit")->text(), u"alice@wizard.test"_s);
}

// Finding 1: nobody@ (550 5.1.1) and full@ (552 5.2.2) were both "the mailbox does not
// exist" with one step; finding 16: the per-recipient outcome was not on the page.
void tst_NewcomerFlows::mixedRefusalsEachWithItsReason()
{
    FreshWizard fresh;
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachConnectionPage(wizard, u"wizard.test"_s));
    type(find<QLineEdit>(&wizard, "caFileEdit"), Testbed::value("CA_FILE"));
    auto *port = typePort(wizard, Testbed::requirePort(u"SMTP_PORT"));
    enter(port);
    type(find<QLineEdit>(&wizard, "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"nobody@wizard.test\nfull@wizard.test\nalice@wizard.test"_s);
    find<QCheckBox>(&wizard, "stopAfterRcptCheck")->setChecked(true);
    QCOMPARE(nextButton(wizard)->text().remove(u'&'), u"Run test"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SummaryPageId));

    const QString verdict = find<QLabel>(&wizard, "verdictLabel")->text();
    QVERIFY2(verdict.contains(u"nobody@wizard.test (the mailbox does not exist)"), qPrintable(verdict));
    QVERIFY2(verdict.contains(u"full@wizard.test (the mailbox is full)"), qPrintable(verdict));
    const QString steps = find<QLabel>(&wizard, "nextStepsLabel")->text();
    QVERIFY2(steps.contains(u"For nobody@wizard.test: "), qPrintable(steps));
    QVERIFY2(steps.contains(u"For full@wizard.test: "), qPrintable(steps));

    auto *table = find<QTableWidget>(&wizard, "recipientsTable");
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 1)->text(), u"Accepted"_s);
    QCOMPARE(table->item(0, 0)->text(), u"nobody@wizard.test"_s);
    QCOMPARE(table->item(1, 0)->text(), u"full@wizard.test"_s);
    QVERIFY(table->item(0, 2)->text() != table->item(1, 2)->text());
    // The timings are folded away below the recipients until asked for.
    auto *timings = find<QTableWidget>(&wizard, "timingsTable");
    QVERIFY(!timings->isVisible());
    QVERIFY(table->y() < find<QToolButton>(&wizard, "timingsToggle")->y());
    QTest::mouseClick(find<QToolButton>(&wizard, "timingsToggle"), Qt::LeftButton);
    QVERIFY(timings->isVisible());
    // Finding 13: "Change:" proposes the page that holds the recipients.
    QCOMPARE(find<QComboBox>(&wizard, "changePageCombo")->currentData().toInt(), int(MessagePageId));
    // Finding 12: neither "it worked" nor "it did not work" when refusals were mixed.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    const QString status = find<QLabel>(&wizard, "stageLabel")->text();
    QCOMPARE(status, u"Finished: it partly worked; 2 recipients refused. See the summary."_s);
}

// Finding 2: a returning user's remembered recipient of another domain was mailed by
// one Enter in From.
void tst_NewcomerFlows::rememberedRecipientIsNotReused()
{
    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::Recipients, QStringList{u"old@elsewhere.example"_s});
    settings->setValue(Settings::Key::MailFrom, u"sender@wizard.test"_s);
    MemoryCredentialStore store;
    SmtpWizard wizard(*settings, &store);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(reachConnectionPage(wizard, u"wizard.test"_s));
    enter(QApplication::focusWidget());
    QCOMPARE(wizard.currentId(), int(MessagePageId));
    QCOMPARE(find<QPlainTextEdit>(&wizard, "recipientsEdit")->toPlainText(), QString());
    auto *from = find<QLineEdit>(&wizard, "fromEdit");
    from->setFocus();
    enter(from);
    QCOMPARE(wizard.currentId(), int(MessagePageId)); // nothing was sent anywhere
    QVERIFY(find<QLabel>(&wizard, "recipientsError")->isVisible());
}

// Finding 6: the advice pointed at a disabled "View certificate", the event was OpenSSL's
// words and the Connection page's two remedies were not named.
void tst_NewcomerFlows::untrustedCertificateIsExplainedAsSuch()
{
    FreshWizard fresh;
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachConnectionPage(wizard, u"wizard.test"_s));
    auto *port = typePort(wizard, Testbed::requirePort(u"SMTP_PORT"));
    auto *security = find<QComboBox>(&wizard, "securityCombo");
    security->setCurrentIndex(int(TestPlan::Security::StartTlsRequired));
    enter(port);
    type(find<QLineEdit>(&wizard, "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"alice@wizard.test"_s);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::TlsFailed);

    QVERIFY(find<QPushButton>(&wizard, "certificateButton")->isEnabled());
    auto *view = find<TranscriptView>(&wizard, "transcriptView");
    const TranscriptModel *model = view->transcript();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->entryAt(row).text;
        QVERIFY2(!text.contains(u"SSL routines"_s) && !text.contains(u"error:0"_s), qPrintable(text));
    }
    const QString advice = find<QTextBrowser>(&wizard, "explanationText")->toPlainText();
    QVERIFY2(advice.contains(u"View certificate"_s), qPrintable(advice));
    QVERIFY2(advice.contains(u"Connection page"_s), qPrintable(advice));
    QVERIFY2(advice.contains(u"Continue despite certificate problems"_s), qPrintable(advice));
    // No reply came: the event line and the heading name a problem, not a reply class.
    bool labelled = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (model->entryAt(row).direction == TranscriptEntry::Direction::Event
            && index.data(TranscriptModel::KindKeyRole).toString() == u"permanent"_s) {
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(u"5xx"_s) && tip.contains(u"no reply"_s), qPrintable(tip));
            labelled = true;
        }
    }
    QVERIFY(labelled);
    const QString heading = find<QLabel>(&wizard, "explanationSeverity")->text();
    QVERIFY2(!heading.contains(u"5xx"_s), qPrintable(heading));
    // Finding 13: the Summary proposes the page where the remedies are.
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    QCOMPARE(find<QComboBox>(&wizard, "changePageCombo")->currentData().toInt(), int(ConnectionPageId));
}

// Finding 7: 30 s on "Waiting for the greeting" with a frozen bar and no clock; finding 12:
// "it did not work" after the user's own Stop.
void tst_NewcomerFlows::slowServerCountsTheWait()
{
    FreshWizard fresh;
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachSlowServerMessagePage(wizard));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    auto *stage = find<QLabel>(&wizard, "stageLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(stage->text().contains(u"gives up after 30 s"_s), qPrintable(stage->text()), 6000);
    QVERIFY2(stage->text().contains(u"waiting for"_s), qPrintable(stage->text()));
    QTest::mouseClick(find<QPushButton>(&wizard, "stopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 5000);
    QCOMPARE(stage->text(), u"Stopped: you stopped the test."_s);
    auto *bar = find<QProgressBar>(&wizard, "stageProgress");
    QVERIFY(bar->value() < bar->maximum());
    QVERIFY2(bar->text().startsWith(u"Stopped at step"_s), qPrintable(bar->text()));
}

// Finding 11: Escape quit the program mid-test and with unsaved results, without asking.
void tst_NewcomerFlows::escapeStopsThenAsksBeforeLosingResults()
{
    FreshWizard fresh;
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachSlowServerMessagePage(wizard));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller()->isRunning(), 10000);

    // Escape while running means Stop: the window stays, the run ends.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.controller()->isRunning(), 5000);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(RunPageId));

    // Escape again with a result nobody saved: a question, and Cancel keeps everything.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = wizard.findChild<QMessageBox *>(u"closeQuestion"_s)) && question->isVisible());
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!wizard.findChild<QMessageBox *>(u"closeQuestion"_s) || !question->isVisible());
    QVERIFY(wizard.isVisible());

    // Copied for a ticket counts as kept: then Escape closes without asking.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    QTest::mouseClick(find<QPushButton>(&wizard, "copyButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!wizard.isVisible());
}

// Finding 13: a wrong password's summary said only "sign-in failed"; finding 17: the
// keychain never said on screen that the password was stored, Forget was always enabled.
void tst_NewcomerFlows::signInOutcomeIsSaidWhereTheUserIs()
{
    const QString host = Testbed::require("MAIL_ADDR");
    const quint16 port = Testbed::requirePort(u"SUBMISSION_PORT");
    const QString user = Testbed::require("USER");
    const QString password = Testbed::require("PASSWORD");
    QVERIFY2(port && !user.isEmpty() && !password.isEmpty(), qPrintable(Testbed::lastError()));
    FreshWizard fresh;
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachSubmissionConnection(wizard, host % u':' % QString::number(port)));
    auto *ca = find<QLineEdit>(&wizard, "caFileEdit");
    type(ca, Testbed::value("CA_FILE"));
    enter(ca);
    QCOMPARE(wizard.currentId(), int(SignInPageId));
    QVERIFY(!find<QPushButton>(&wizard, "forgetButton")->isEnabled()); // nothing stored yet
    type(find<QLineEdit>(&wizard, "userEdit"), user);
    auto *passwordEdit = find<QLineEdit>(&wizard, "passwordEdit");
    type(passwordEdit, u"not-the-password"_s);
    auto *remember = find<QCheckBox>(&wizard, "rememberCheck");
    remember->setChecked(true);
    enter(passwordEdit);
    QCOMPARE(wizard.currentId(), int(MessagePageId));
    type(find<QLineEdit>(&wizard, "fromEdit"), user);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"bob@wizard.test"_s);
    find<QCheckBox>(&wizard, "stopAfterRcptCheck")->setChecked(true);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::AuthFailed);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    const QString verdict = find<QLabel>(&wizard, "verdictLabel")->text();
    QVERIFY2(verdict.contains(u"did not accept the sign-in of "_s + user), qPrintable(verdict));
    QVERIFY2(find<QLabel>(&wizard, "nextStepsLabel")->text().contains(u"Sign-in page"_s),
             qPrintable(find<QLabel>(&wizard, "nextStepsLabel")->text()));
    auto *pages = find<QComboBox>(&wizard, "changePageCombo");
    QCOMPARE(pages->currentData().toInt(), int(SignInPageId));
    QTest::qWait(200);
    QVERIFY(!find<QLabel>(&wizard, "keychainNote")->isVisible()); // a refused password is not stored

    // Back on the proposed page, the right password: stored, and the Summary says so.
    QTest::mouseClick(find<QPushButton>(&wizard, "changeButton"), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SignInPageId));
    type(passwordEdit, password);
    enter(passwordEdit);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::Accepted);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    auto *note = find<QLabel>(&wizard, "keychainNote");
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"The password is now stored in the keychain."_s);
    pages->setCurrentIndex(pages->findData(int(SignInPageId)));
    QTest::mouseClick(find<QPushButton>(&wizard, "changeButton"), Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>(&wizard, "forgetButton")->isEnabled());
}

// Finding 9: a value the engine refuses when the test starts was shown on the Run page
// above empty boxes; it belongs on the page that holds the field.
void tst_NewcomerFlows::refusalShownOnThePageOfTheField()
{
    FreshWizard fresh;
    SmtpWizard &wizard = fresh.wizard;
    QVERIFY(fresh.shown());
    QVERIFY(reachConnectionPage(wizard, u"alice@wizard.test"_s));
    // A CA file that exists when typed and is gone when the test starts.
    QTemporaryDir dir;
    const QString caFile = dir.filePath(u"ca.pem"_s);
    QVERIFY(QFile::copy(Testbed::value("CA_FILE"), caFile));
    auto *ca = find<QLineEdit>(&wizard, "caFileEdit");
    type(ca, caFile);
    enter(ca);
    QCOMPARE(wizard.currentId(), int(MessagePageId));
    type(find<QLineEdit>(&wizard, "fromEdit"), u"sender@wizard.test"_s);
    QVERIFY(QFile::remove(caFile));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTRY_COMPARE(wizard.currentId(), int(ConnectionPageId));
    auto *banner = wizard.page(ConnectionPageId)->findChild<InlineBanner *>(u"refusalBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"could not start"_s), qPrintable(banner->text()));
    QVERIFY(!wizard.controller()->lastResult());
}

QTEST_MAIN(tst_NewcomerFlows)
#include "tst_newcomerflows.moc"
