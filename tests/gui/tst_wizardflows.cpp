#include "Testbed.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "credentials/KeychainCredentialStore.h"
#include "diagnosis/ReplyCatalog.h"
#include "settings/Settings.h"
#include "widgets/InlineBanner.h"
#include "widgets/TranscriptColors.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

/// The whole wizard, driven like a person would, against the real test bed: submission
/// with STARTTLS and a password from the keychain ending in a saved report, an unknown
/// recipient, a null-MX domain, and stopping a slow server or a slow lookup.
class tst_WizardFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void submissionWithKeychainPassword();
    void unknownRecipient();
    void nullMxStopsOnMailServersPage();
    void stopDuringSlowGreeting();
    void cancelSlowLookup();

private:
    /// Settings as a returning user has them: the test bed's DNS server remembered.
    std::unique_ptr<Settings> makeSettings();
    /// From the first page to the Mail servers page, with its lookup complete.
    bool startSubmission(SmtpWizard &wizard, const QString &server);
    static int findRow(const TranscriptModel *model, const QString &prefix, TranscriptEntry::Direction direction);
    bool clickNext(SmtpWizard &wizard, int expectedPage);
};

void tst_WizardFlows::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    if (!Testbed::keyringAvailable(&why))
        QFAIL(qPrintable(why));
}

std::unique_ptr<Settings> tst_WizardFlows::makeSettings()
{
    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::DnsServer, Testbed::value("DNS"));
    return settings;
}

bool tst_WizardFlows::clickNext(SmtpWizard &wizard, int expectedPage)
{
    if (!nextButton(wizard)->isEnabled())
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    return wizard.currentId() == expectedPage;
}

int tst_WizardFlows::findRow(const TranscriptModel *model, const QString &prefix, TranscriptEntry::Direction direction)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const TranscriptEntry &entry = model->entryAt(row);
        if (entry.direction == direction && entry.text.startsWith(prefix))
            return row;
    }
    return -1;
}

bool tst_WizardFlows::startSubmission(SmtpWizard &wizard, const QString &server)
{
    choose(find<QRadioButton>(&wizard, "submissionRadio"));
    type(find<QLineEdit>(&wizard, "serverEdit"), server);
    return clickNext(wizard, MailServersPageId);
}

void tst_WizardFlows::submissionWithKeychainPassword()
{
    const QString host = Testbed::require("MAIL_ADDR");
    const quint16 port = Testbed::requirePort(u"SUBMISSION_PORT");
    const QString user = Testbed::require("USER");
    const QString password = Testbed::require("PASSWORD");
    QVERIFY2(port && !user.isEmpty() && !password.isEmpty(), qPrintable(Testbed::lastError()));

    // The password is already in the keychain from an earlier session.
    KeychainCredentialStore keychain(&KeychainBackend::start);
    QSignalSpy written(&keychain, &CredentialStore::writeFinished);
    keychain.writePassword(CredentialStore::keyFor(user, host, port), password);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().at(1).value<CredentialStore::Error>(), CredentialStore::Error::None);

    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QVERIFY(startSubmission(wizard, host % u':' % QString::number(port)));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 15000);
    QVERIFY(find<QTableWidget>(&wizard, "mxTable")->rowCount() >= 1);
    QVERIFY(clickNext(wizard, ConnectionPageId));

    // Connection: the port comes from the server name; STARTTLS is required for submission.
    auto *portSpin = find<QSpinBox>(&wizard, "portSpin");
    QCOMPARE(portSpin->value(), int(port));
    QVERIFY(!portSpin->isEnabled());
    QCOMPARE(find<QComboBox>(&wizard, "securityCombo")->currentIndex(), int(TestPlan::Security::StartTlsRequired));
    type(find<QLineEdit>(&wizard, "caFileEdit"), Testbed::value("CA_FILE"));
    QVERIFY(clickNext(wizard, SignInPageId));

    // Sign-in: choosing the user fills in the password from the keychain.
    auto *auth = find<QComboBox>(&wizard, "authCombo");
    auth->setFocus();
    QTest::keyClick(auth, Qt::Key_Down); // "AUTH PLAIN"
    QCOMPARE(auth->currentIndex(), int(TestPlan::Auth::Plain));
    auto *userEdit = find<QLineEdit>(&wizard, "userEdit");
    type(userEdit, user);
    QTest::keyClick(userEdit, Qt::Key_Tab);
    auto *passwordEdit = find<QLineEdit>(&wizard, "passwordEdit");
    QTRY_COMPARE_WITH_TIMEOUT(passwordEdit->text(), password, 10000);
    QVERIFY(clickNext(wizard, MessagePageId));

    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    type(find<QLineEdit>(&wizard, "fromEdit"), user);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"bob@wizard.test"_s);
    type(find<QLineEdit>(&wizard, "subjectEdit"), u"GUI flow "_s % token);
    QVERIFY(clickNext(wizard, RunPageId));

    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    const std::optional<TestResult> &result = wizard.controller()->lastResult();
    QVERIFY(result);
    QCOMPARE(result->verdict.outcome, Verdict::Outcome::Delivered);
    QVERIFY(!result->attempts.isEmpty() && result->attempts.constLast().authenticated);
    auto *view = find<TranscriptView>(&wizard, "transcriptView");
    const int authRow = findRow(view->transcript(), u"235"_s, TranscriptEntry::Direction::Server);
    QVERIFY(authRow >= 0);
    QCOMPARE(view->transcript()->index(authRow).data(TranscriptModel::KindKeyRole).toString(), u"success"_s);
    for (int row = 0; row < view->transcript()->rowCount(); ++row)
        QVERIFY2(!view->transcript()->entryAt(row).text.contains(password), "password in the transcript");
    QVERIFY(clickNext(wizard, SummaryPageId));

    QVERIFY(!find<QLabel>(&wizard, "verdictLabel")->text().isEmpty());
    QCOMPARE(find<QLabel>(&wizard, "verdictIcon")->accessibleName(), u"Success"_s);

    // Save report: the file dialog offers the suggested name; save as HTML.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.html"_s);
    QTest::mouseClick(find<QPushButton>(&wizard, "saveReportButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.findChild<QFileDialog *>(u"saveReportDialog"_s)) && dialog->isVisible());
    QVERIFY(dialog->selectedFiles().value(0).endsWith(u".html"_s));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
    QTRY_VERIFY(QFile::exists(path));
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("<html") || html.contains("<!DOCTYPE html"));
    QVERIFY(html.contains("235"));
    QVERIFY(!html.contains(password.toUtf8()));
    QVERIFY(find<InlineBanner>(&wizard, "summaryBanner")->text().contains(u"report.html"_s));

    QVERIFY2(!Testbed::waitForMessage(u"bob@wizard.test", token.toUtf8(), 15000).isEmpty(),
             qPrintable(Testbed::lastError()));

    // Nothing secret went into the settings file.
    wizard.saveSettings();
    QFile ini(settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(password.toUtf8()));

    // Back to Sign-in: "Forget stored password" removes it from the keychain.
    const QString key = CredentialStore::keyFor(user, host, port);
    auto *pages = find<QComboBox>(&wizard, "changePageCombo");
    pages->setCurrentIndex(pages->findData(int(SignInPageId)));
    QTest::mouseClick(find<QPushButton>(&wizard, "changeButton"), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SignInPageId));
    QTest::mouseClick(find<QPushButton>(&wizard, "forgetButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(&wizard, "keychainStatus")->text().contains(u"removed"_s), 10000);
    QVERIFY(passwordEdit->text().isEmpty()); // it had come from the keychain
    QSignalSpy read(&keychain, &CredentialStore::readFinished);
    keychain.readPassword(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.constLast().at(2).value<CredentialStore::Error>(), CredentialStore::Error::NotFound);

    // Typed again with "Remember" on: stored once the server accepted it.
    QVERIFY(find<QCheckBox>(&wizard, "rememberCheck")->isChecked());
    type(passwordEdit, password);
    QVERIFY(clickNext(wizard, MessagePageId));
    QVERIFY(clickNext(wizard, RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::Delivered);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(&wizard, "keychainStatus")->text().contains(u"stored"_s), 10000);
    keychain.readPassword(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.constLast().at(2).value<CredentialStore::Error>(), CredentialStore::Error::None);
    QCOMPARE(read.constLast().at(1).toString(), password);
}

void tst_WizardFlows::unknownRecipient()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(find<QRadioButton>(&wizard, "deliveryRadio")->isChecked());
    type(find<QLineEdit>(&wizard, "domainEdit"), u"wizard.test"_s);
    QVERIFY(clickNext(wizard, MailServersPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 15000);
    QCOMPARE(find<QTableWidget>(&wizard, "mxTable")->item(0, 1)->text(), u"mail.wizard.test"_s);
    QVERIFY(clickNext(wizard, ConnectionPageId));

    auto *portSpin = find<QSpinBox>(&wizard, "portSpin");
    QCOMPARE(portSpin->value(), 25);
    portSpin->setFocus();
    portSpin->selectAll();
    QTest::keyClicks(portSpin, QString::number(Testbed::requirePort(u"SMTP_PORT")));
    QCOMPARE(portSpin->value(), int(Testbed::requirePort(u"SMTP_PORT")));
    type(find<QLineEdit>(&wizard, "caFileEdit"), Testbed::value("CA_FILE"));
    QVERIFY(clickNext(wizard, MessagePageId)); // no sign-in for delivery

    type(find<QLineEdit>(&wizard, "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"nobody@wizard.test"_s);
    QVERIFY(clickNext(wizard, RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);

    const std::optional<TestResult> &result = wizard.controller()->lastResult();
    QVERIFY(result);
    QCOMPARE(result->verdict.outcome, Verdict::Outcome::Rejected);
    QCOMPARE(result->verdict.stage, Model::Stage::Rcpt);

    // The 550 is coloured as a permanent failure, with the palette's colour for it.
    auto *view = find<TranscriptView>(&wizard, "transcriptView");
    const TranscriptModel *model = view->transcript();
    const int row = findRow(model, u"550"_s, TranscriptEntry::Direction::Server);
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row);
    QCOMPARE(index.data(TranscriptModel::KindKeyRole).toString(), u"permanent"_s);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(),
             TranscriptColors(view->palette()).foreground(TranscriptColors::Kind::Permanent));
    const int clientRow = findRow(model, u"RCPT TO"_s, TranscriptEntry::Direction::Client);
    QVERIFY(clientRow >= 0);
    QCOMPARE(model->index(clientRow).data(TranscriptModel::KindKeyRole).toString(), u"client"_s);

    // When the run ends the reply that decided it (the 550) is selected and explained,
    // not the polite "221" that closed the session (issue 9, finding 5).
    QCOMPARE(view->explainedRow(), row);
    QVERIFY(model->latestExplainedRow() > row);
    QCOMPARE(view->currentIndex().row(), row);
    // Selecting another line explains that one; back on the 550 explains it again.
    const int latest = model->latestExplainedRow();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(latest)).center());
    QTRY_COMPARE(view->explainedRow(), latest);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QTRY_COMPARE(view->explainedRow(), row);
    const Attempt &attempt = result->attempts.constLast();
    const int replyIndex = model->entryAt(row).replyIndex;
    // What the run recorded for that reply is what the panel must show.
    const Explanation expected = attempt.replies.at(replyIndex).explanation;
    QCOMPARE(attempt.replies.at(replyIndex).stage, Model::Stage::Rcpt);
    QCOMPARE(find<QLabel>(&wizard, "explanationTitle")->text(), expected.title);
    const QString text = find<QTextBrowser>(&wizard, "explanationText")->toPlainText();
    QVERIFY2(text.contains(expected.meaning), qPrintable(text));
    QCOMPARE(expected.category, Model::Category::RecipientUnknown);
    QVERIFY(!expected.nextSteps.isEmpty());
    QVERIFY2(text.contains(expected.nextSteps.first()), qPrintable(text));
    QVERIFY(find<QLabel>(&wizard, "explanationSeverity")->text().contains(u"550"_s));

    // The command that got it is explained by its reply too.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(clientRow)).center());
    QTRY_COMPARE(view->explainedRow(), clientRow);
    QCOMPARE(find<QLabel>(&wizard, "explanationTitle")->text(), expected.title);

    QVERIFY(clickNext(wizard, SummaryPageId));
    QCOMPARE(find<QLabel>(&wizard, "verdictIcon")->accessibleName(), u"Failure"_s);

    // Change one thing and run again: back to the Message page, a known recipient.
    auto *pages = find<QComboBox>(&wizard, "changePageCombo");
    QCOMPARE(pages->count(), 4); // destination, mail servers, connection, message: no sign-in
    pages->setCurrentIndex(pages->findData(int(MessagePageId)));
    QTest::mouseClick(find<QPushButton>(&wizard, "changeButton"), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MessagePageId));
    type(find<QPlainTextEdit>(&wizard, "recipientsEdit"), u"alice@wizard.test"_s);
    QVERIFY(clickNext(wizard, RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 60000);
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::Delivered);
    QCOMPARE(findRow(view->transcript(), u"550"_s, TranscriptEntry::Direction::Server), -1);
}

void tst_WizardFlows::nullMxStopsOnMailServersPage()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *domain = find<QLineEdit>(&wizard, "domainEdit");
    type(domain, u"nullmx.wizard.test"_s);
    QTest::keyClick(domain, Qt::Key_Return); // Enter = Next
    QCOMPARE(wizard.currentId(), int(MailServersPageId));

    auto *note = find<InlineBanner>(&wizard, "mxNote");
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 15000);
    QVERIFY2(note->text().contains(u"null MX"_s), qPrintable(note->text()));
    QVERIFY(note->text().contains(u"RFC 7505"_s));
    QCOMPARE(note->kind(), InlineBanner::Kind::Error);
    QVERIFY(!nextButton(wizard)->isEnabled());
    QTest::keyClick(&wizard, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(MailServersPageId));
    QVERIFY(find<QProgressBar>(&wizard, "busyIndicator")->isHidden());
}

void tst_WizardFlows::stopDuringSlowGreeting()
{
    const quint16 slowPort = Testbed::sinkPort(u"SLOWGREETING");
    QVERIFY2(slowPort, qPrintable(Testbed::lastError()));
    auto settings = makeSettings();
    auto wizard = std::make_unique<SmtpWizard>(*settings);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    QVERIFY(startSubmission(*wizard, Testbed::value("SINK_ADDR") % u':' % QString::number(slowPort)));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(*wizard)->isEnabled(), 15000);
    QVERIFY(clickNext(*wizard, ConnectionPageId));
    find<QComboBox>(wizard.get(), "securityCombo")->setCurrentIndex(int(TestPlan::Security::None));
    QVERIFY(clickNext(*wizard, SignInPageId));
    // Submission proposes signing in; this server takes mail without.
    auto *auth = find<QComboBox>(wizard.get(), "authCombo");
    auth->setCurrentIndex(auth->findText(u"No sign-in"_s));
    QVERIFY(clickNext(*wizard, MessagePageId));
    type(find<QLineEdit>(wizard.get(), "fromEdit"), u"sender@wizard.test"_s);
    type(find<QPlainTextEdit>(wizard.get(), "recipientsEdit"), u"bob@wizard.test"_s);
    QVERIFY(clickNext(*wizard, RunPageId));

    // Connected and waiting for a greeting that takes a minute: Stop ends it at once.
    auto *stop = find<QPushButton>(wizard.get(), "stopButton");
    QTRY_VERIFY_WITH_TIMEOUT(wizard->controller()->isRunning() && stop->isEnabled(), 10000);
    QTest::qWait(500);
    QVERIFY(wizard->controller()->isRunning());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(*wizard)->isEnabled(), 5000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(wizard->controller()->lastResult()->verdict.outcome, Verdict::Outcome::Cancelled);
    QVERIFY(clickNext(*wizard, SummaryPageId));

    // Run again, then close the window in the middle of it: no hang, no crash.
    QTest::mouseClick(find<QPushButton>(wizard.get(), "runAgainButton"), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->controller()->isRunning(), 10000);
    clock.restart();
    wizard->reject();
    QVERIFY(!wizard->controller()->isRunning());
    wizard.reset();
    QTest::qWait(200);
    QVERIFY(clock.elapsed() < 3000);
}

void tst_WizardFlows::cancelSlowLookup()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    type(find<QLineEdit>(&wizard, "domainEdit"), u"never.slow.test"_s);
    QVERIFY(clickNext(wizard, MailServersPageId));
    auto *cancel = find<QPushButton>(&wizard, "cancelLookupButton");
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(find<QProgressBar>(&wizard, "busyIndicator")->isVisible());
    // A lookup that takes its time counts its seconds (issue 9, finding 7).
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(&wizard, "lookupStatus")->text().contains(u"s so far"_s), 3000);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(find<QPushButton>(&wizard, "retryLookupButton")->isVisible());
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!wizard.controller()->isLookingUp());
    QVERIFY(!nextButton(wizard)->isEnabled());
    QVERIFY(find<QLabel>(&wizard, "lookupStatus")->text().contains(u"cancelled"_s));
}

QTEST_MAIN(tst_WizardFlows)
#include "tst_wizardflows.moc"
