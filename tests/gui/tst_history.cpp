#include "ScreenshotLanguage.h"
#include "DarkPalette.h"
#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "../unit/ReportFixture.h"

#include "WizardController.h"
#include "history/HistoryDialog.h"
#include "history/ResultWindow.h"
#include "report/HistoryStore.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "widgets/ExplanationPanel.h"
#include "widgets/InlineBanner.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {

/// Makes widget's window the one keys go to, and waits until QApplication agrees (the
/// window system says so first; mnemonics and shortcuts ask QApplication).
bool activate(QWidget *widget)
{
    widget->activateWindow();
    return QTest::qWaitFor([widget] { return QApplication::activeWindow() == widget->window(); }, 5000);
}

/// The failover fixture a day later: the dead MX gone, TLS 1.2, another greeting and the
/// refused recipient now accepted, so each topic of the comparison has a row.
TestResult laterResult()
{
    TestResult r = ReportFixture::failoverResult();
    r.startedAt = r.startedAt.addDays(1);
    r.dns.mx.removeFirst();
    r.attempts[1].tls->protocol = u"TLSv1.2"_s;
    r.attempts[1].replies[0].reply.lines = {u"mail.wizard.test ESMTP Exim 4.96"_s};
    return r;
}


} // namespace

/// History and profiles as a help-desk user meets them (issue 9, deliverable 2): every
/// finished test is listed, Enter reopens it with the deciding line explained, two can be
/// compared, a report saved, the list limited and pruned, entries deleted after asking;
/// a profile brings back the fields and never a password. No server: results are built
/// by hand (tests/unit/ReportFixture.h) and handed to the wizard as a finished run.
class tst_History : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wizardKeepsNothingOfTheUserWithoutAFolder();
    void finishedTestAppearsInTheHistory();
    void summaryPageOpensTheHistory();
    void enterOpensTheTestWithTheDecidingLine();
    void compareShowsWhatChanged();
    void compareEqualTestsSaysNoDifferences();
    void saveReportFromTheHistory();
    void limitPrunesTheOldest();
    void deleteAsksFirst();
    void profileRestoresFieldsNeverThePassword();
    void screenshots_data();
    void screenshots();

private:
    /// Opens the wizard on its first page and the history with Alt+I, as a user would.
    HistoryDialog *openHistory();
    QString addToStore(const TestResult &result);
    QTableWidget *table() const { return find<QTableWidget>(dialog(), "historyTable"); }
    HistoryDialog *dialog() const { return m_wizard->findChild<HistoryDialog *>(u"historyDialog"_s); }

    QTemporaryDir m_home; // XDG folders of this test: nothing lands in the real HOME
    std::unique_ptr<QTemporaryDir> m_historyDir;
    MemoryCredentialStore m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SmtpWizard> m_wizard;
    QString m_screenshotDir;
};

void tst_History::initTestCase()
{
    installScreenshotLanguage();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // The file dialog remembers its places in QtProject.conf: keep that out of HOME too.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    m_screenshotDir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    if (!m_screenshotDir.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(QDir().mkpath(m_screenshotDir));
    }
}

void tst_History::init()
{
    m_settings = Settings::temporary();
    m_historyDir = std::make_unique<QTemporaryDir>();
    m_wizard = std::make_unique<SmtpWizard>(*m_settings, &m_store);
    m_wizard->setHistoryFolder(m_historyDir->filePath(u"history"_s));
    m_wizard->resize(1024, 700);
}

void tst_History::cleanup()
{
    m_wizard.reset();
    m_settings.reset();
    m_historyDir.reset();
}

QString tst_History::addToStore(const TestResult &result)
{
    return m_wizard->history().add(result);
}

HistoryDialog *tst_History::openHistory()
{
    m_wizard->restart();
    m_wizard->show();
    if (!activate(m_wizard.get()))
        return nullptr;
    // The button's own mnemonic, as the user presses it: Alt+I in English, Alt+V in German.
    const auto *button = m_wizard->currentPage()->findChild<QPushButton *>(u"historyButton"_s);
    if (!button)
        return nullptr;
    const QString text = button->text();
    const qsizetype amp = text.indexOf(u'&');
    const QChar letter = amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toUpper() : QChar();
    if (letter < u'A' || letter > u'Z')
        return nullptr;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(letter.unicode()), Qt::AltModifier);
    if (!QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); }, 5000) || !activate(dialog()))
        return nullptr;
    return dialog();
}

void tst_History::wizardKeepsNothingOfTheUserWithoutAFolder()
{
    // The wizards of the other GUI tests are never told a folder: theirs is temporary.
    SmtpWizard wizard(*m_settings, &m_store);
    const QString folder = wizard.history().folder();
    QVERIFY(!folder.startsWith(QDir::homePath()));
    QVERIFY(!folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(folder.startsWith(QDir::tempPath()));
}

void tst_History::finishedTestAppearsInTheHistory()
{
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    auto *empty = find<QLabel>(history, "historyEmptyLabel");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"No tests yet: every test you run is kept here."_s);
    QVERIFY(!find<QPushButton>(history, "openButton")->isEnabled());

    // A test finishes: the controller says so, and the open history lists it at once.
    const TestResult result = ReportFixture::failoverResult();
    Q_EMIT m_wizard->controller()->runFinished(result);
    QVERIFY(!empty->isVisible());
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(table()->item(0, 0)->text(), QLocale().toString(result.startedAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(table()->item(0, 1)->text(), u"wizard.test"_s);
    QCOMPARE(table()->item(0, 2)->text(), result.verdict.summary);
    QVERIFY(!table()->item(0, 2)->icon().isNull());
    QVERIFY(table()->item(0, 2)->data(Qt::AccessibleTextRole).toString().startsWith(u"Failure: "_s));
    // Stored without its secret, in the folder the wizard was given.
    QCOMPARE(m_wizard->history().entries().size(), 1);
    for (const QString &name : QDir(m_historyDir->filePath(u"history"_s)).entryList(QDir::Files)) {
        QFile file(m_historyDir->filePath(u"history/"_s + name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(ReportFixture::password.toUtf8()));
    }
    // Escape closes the history, not the wizard.
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(!history->isVisible());
    QVERIFY(m_wizard->isVisible());
}

void tst_History::summaryPageOpensTheHistory()
{
    m_wizard->setStartId(SummaryPageId);
    m_wizard->restart();
    m_wizard->show();
    Q_EMIT m_wizard->controller()->runFinished(ReportFixture::failoverResult());
    QTest::mouseClick(find<QPushButton>(m_wizard.get(), "historyButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    QCOMPARE(table()->rowCount(), 1);
}

void tst_History::enterOpensTheTestWithTheDecidingLine()
{
    addToStore(ReportFixture::failoverResult());
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    ResultWindow *window = nullptr;
    QTRY_VERIFY((window = history->findChild<ResultWindow *>(u"resultWindow"_s)) && window->isVisible());
    QVERIFY(activate(window));

    // The Run tab: the refused recipient's 550 is the selected line and is explained.
    const TestResult &result = window->result();
    auto *view = find<TranscriptView>(window, "transcriptView");
    const int row = view->transcript()->rowOfReply(1, 7);
    QVERIFY(row >= 0);
    QVERIFY(view->transcript()->entryAt(row).text.startsWith(u"550 5.1.1"_s));
    QCOMPARE(view->currentIndex().row(), row);
    QCOMPARE(view->explainedRow(), row);
    const Explanation &shown = find<ExplanationPanel>(window, "explanationPanel")->explanation();
    QVERIFY(!shown.title.isEmpty());
    QCOMPARE(shown.title, result.attempts.at(1).replies.at(7).explanation.title);

    // The Summary tab (Alt+U): verdict, next steps and each recipient.
    QTest::keyClick(window, Qt::Key_U, Qt::AltModifier);
    QCOMPARE(find<QTabWidget>(window, "resultTabs")->currentIndex(), 1);
    QCOMPARE(find<QLabel>(window, "verdictLabel")->text(), result.verdict.summary);
    QVERIFY(find<QLabel>(window, "nextStepsLabel")->text().contains(u"Check the spelling of nobody@wizard.test."_s));
    auto *recipients = find<QTableWidget>(window, "recipientsTable");
    QCOMPARE(recipients->rowCount(), 2);
    QCOMPARE(recipients->item(1, 0)->text(), u"nobody@wizard.test"_s);
    // Read-only: nothing to run again, nothing to edit.
    QVERIFY(!window->findChild<QPushButton *>(u"runAgainButton"_s));
    QCOMPARE(recipients->editTriggers(), QAbstractItemView::NoEditTriggers);

    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(!history->findChild<ResultWindow *>(u"resultWindow"_s));
    QVERIFY(history->isVisible());
}

void tst_History::compareShowsWhatChanged()
{
    addToStore(ReportFixture::failoverResult());
    addToStore(laterResult());
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    auto *compare = find<QPushButton>(history, "compareButton");
    QVERIFY(!compare->isEnabled()); // one selected
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(history->selectedIds().size(), 2);
    QVERIFY(compare->isEnabled());
    QTest::keyClick(history, Qt::Key_M, Qt::AltModifier);
    QDialog *comparison = nullptr;
    QTRY_VERIFY((comparison = history->findChild<QDialog *>(u"comparisonDialog"_s)) && comparison->isVisible());

    // Before is the older test, whichever row was selected first.
    const QString day1 = QLocale().toString(ReportFixture::failoverResult().startedAt.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(find<QLabel>(comparison, "beforeLabel")->text(), u"Before: wizard.test, "_s + day1);
    QVERIFY(find<QLabel>(comparison, "afterLabel")->text().startsWith(u"After: wizard.test, "_s));
    auto *changes = find<QTableWidget>(comparison, "comparisonTable");
    QVERIFY(changes->isVisible());
    QVERIFY(!find<QLabel>(comparison, "noDifferencesLabel")->isVisible());
    QStringList headings;
    QString text;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->columnSpan(row, 0) == 3)
            headings.append(changes->item(row, 0)->text());
        for (int column = 0; column < 3; ++column)
            text += (changes->item(row, column) ? changes->item(row, column)->text() : QString()) + u'|';
        text += u'\n';
    }
    for (const QString &topic : {u"Mail servers"_s, u"Encryption"_s, u"Server replies"_s})
        QVERIFY2(headings.contains(topic), qPrintable(headings.join(u", "_s)));
    QVERIFY2(text.contains(u"dead.wizard.test"_s), qPrintable(text));
    QVERIFY2(text.contains(u"TLSv1.3|TLSv1.2"_s) || text.contains(u"TLS 1.3"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Exim"_s), qPrintable(text));
}

void tst_History::compareEqualTestsSaysNoDifferences()
{
    addToStore(ReportFixture::failoverResult());
    addToStore(ReportFixture::failoverResult());
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::mouseClick(find<QPushButton>(history, "compareButton"), Qt::LeftButton);
    QDialog *comparison = nullptr;
    QTRY_VERIFY((comparison = history->findChild<QDialog *>(u"comparisonDialog"_s)) && comparison->isVisible());
    auto *none = find<QLabel>(comparison, "noDifferencesLabel");
    QVERIFY(none->isVisible());
    QVERIFY(none->text().startsWith(u"No differences"_s));
    QVERIFY(!find<QTableWidget>(comparison, "comparisonTable")->isVisible());
}

void tst_History::saveReportFromTheHistory()
{
    addToStore(ReportFixture::failoverResult());
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.html"_s);
    QTest::keyClick(history, Qt::Key_S, Qt::AltModifier);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = history->findChild<QFileDialog *>(u"saveReportDialog"_s)) && files->isVisible());
    QVERIFY(files->selectedFiles().value(0).endsWith(u".html"_s));
    // The proposed folder exists (a fresh profile may have no Documents folder).
    QVERIFY(QFileInfo(files->selectedFiles().value(0)).dir().exists());
    // Typed into the dialog's name field as a person would, and Enter.
    auto *fileName = find<QLineEdit>(files, "fileNameEdit");
    QVERIFY(fileName);
    // The name field completes what is typed from the dialog's file system model, which
    // reads folders in a thread. Typed as a whole path, every folder on the way (/tmp with
    // its many entries) fills the list of suggestions later, and under load that list opened
    // again after it had been closed, so Enter picked a suggestion instead of saving (seen in
    // one of twelve runs with both cores busy). A person goes to the folder first and types
    // the name there: the empty folder has nothing to suggest.
    auto *model = files->findChild<QFileSystemModel *>();
    QVERIFY(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    files->setDirectory(dir.path());
    QTRY_VERIFY(loaded.contains(QVariantList{dir.path()}));
    type(fileName, u"report.html"_s);
    QTest::qWait(50); // the completer reacts to the model's rows in a queued event
    if (QWidget *suggestions = QApplication::activePopupWidget())
        QTest::keyClick(suggestions, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(fileName->text(), u"report.html"_s);
    QTest::keyClick(fileName, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray html = report.readAll();
    QVERIFY(html.contains("nobody@wizard.test"));
    QVERIFY(!html.contains(ReportFixture::password.toUtf8()));
    QVERIFY(history->findChild<InlineBanner *>()->text().contains(u"report.html"_s));
}

void tst_History::limitPrunesTheOldest()
{
    TestResult result = ReportFixture::failoverResult();
    QStringList ids;
    for (int day = 0; day < 3; ++day) {
        result.startedAt = ReportFixture::failoverResult().startedAt.addDays(day);
        ids.append(addToStore(result));
    }
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    QCOMPARE(table()->rowCount(), 3);
    auto *limit = find<QSpinBox>(history, "historyLimitSpin");
    QCOMPARE(limit->value(), 100);
    QVERIFY(limit->toolTip().contains(u"0 keeps none"_s));

    // Alt+K reaches the field; typing 1 and Enter keeps only the newest.
    QTest::keyClick(history, Qt::Key_K, Qt::AltModifier);
    QVERIFY(limit->hasFocus());
    QTest::keyClick(limit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(limit, u"1"_s);
    QCOMPARE(table()->rowCount(), 3); // nothing pruned while typing
    QTest::keyClick(limit, Qt::Key_Return);
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(history->selectedIds(), QStringList{ids.last()});
    QCOMPARE(m_settings->value(Settings::Key::HistoryLimit).toInt(), 1);
    QVERIFY(history->isVisible()); // Enter in the field is not "Open" or "Close"

    // 0: history off, said so, and the next test is not kept.
    QTest::keyClick(limit, Qt::Key_Down);
    QCOMPARE(limit->value(), 0);
    QVERIFY(find<QLabel>(history, "historyEmptyLabel")->isVisible());
    QVERIFY(find<QLabel>(history, "historyEmptyLabel")->text().contains(u"off"_s));
    Q_EMIT m_wizard->controller()->runFinished(ReportFixture::failoverResult());
    QVERIFY(m_wizard->history().entries().isEmpty());
}

void tst_History::deleteAsksFirst()
{
    TestResult older = ReportFixture::failoverResult();
    const QString olderId = addToStore(older);
    const QString newerId = addToStore(laterResult());
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    table()->setFocus();
    QCOMPARE(history->selectedIds(), QStringList{newerId});

    // Delete asks; Escape keeps the test.
    QTest::keyClick(table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = history->findChild<QMessageBox *>(u"confirmDeleteBox"_s)) && box->isVisible());
    QVERIFY(activate(box));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!history->findChild<QMessageBox *>(u"confirmDeleteBox"_s));
    QVERIFY(activate(history));
    QCOMPARE(table()->rowCount(), 2);

    // Asked again and confirmed: only the older one is left.
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_VERIFY((box = history->findChild<QMessageBox *>(u"confirmDeleteBox"_s)) && box->isVisible());
    QTest::mouseClick(find<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_COMPARE(table()->rowCount(), 1);
    const QList<HistoryEntry> left = m_wizard->history().entries();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, olderId);
}

void tst_History::profileRestoresFieldsNeverThePassword()
{
    const QString password = u"Pr0file-S3cr3t!"_s;
    PlanRequest office;
    office.server = u"smtp.office.test:2525"_s;
    office.auth = TestPlan::Auth::Plain;
    office.user = u"alice@office.test"_s;
    office.password = password;
    office.mailFrom = u"alice@office.test"_s;
    office.rcptTo = {u"bob@example.test"_s};
    office.subject = u"Relay check"_s;
    m_wizard->prefill(office, WizardMode::Submission);
    m_wizard->restart();
    m_wizard->show();
    QVERIFY(activate(m_wizard.get()));

    // Alt+P: the profiles; a name with a slash is refused with the reason.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QDialog *profiles = nullptr;
    QTRY_VERIFY((profiles = m_wizard->findChild<QDialog *>(u"profilesDialog"_s)) && profiles->isVisible());
    QVERIFY(activate(profiles));
    auto *name = find<QLineEdit>(profiles, "profileNameEdit");
    auto *save = find<QPushButton>(profiles, "saveProfileButton");
    type(name, u"Office/relay"_s);
    auto *error = find<QLabel>(profiles, "profileNameError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), ProfileStore::nameProblem(u"Office/relay"_s));
    QVERIFY(!save->isEnabled());
    type(name, u"Office relay"_s);
    QVERIFY(!error->isVisible());
    QTest::keyClick(name, Qt::Key_Return);
    auto *list = find<QListWidget>(profiles, "profileList");
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Office relay"_s);

    // Saving again under the same name asks before replacing; Escape keeps the old one.
    QTest::keyClick(name, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = profiles->findChild<QMessageBox *>(u"confirmOverwriteBox"_s)) && box->isVisible());
    QVERIFY(activate(box));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!profiles->findChild<QMessageBox *>(u"confirmOverwriteBox"_s));
    QVERIFY(activate(profiles));
    QTest::keyClick(profiles, Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->findChild<QDialog *>(u"profilesDialog"_s));

    // The password is nowhere in the settings file.
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains("Office"));
    QVERIFY(!stored.contains(password.toUtf8()));

    // Someone else's test fills the pages; starting from the profile brings the office back.
    PlanRequest other;
    other.domain = u"elsewhere.test"_s;
    other.rcptTo = {u"carol@elsewhere.test"_s};
    other.password = u"Other-S3cr3t"_s;
    m_wizard->prefill(other, WizardMode::Delivery);
    QVERIFY(activate(m_wizard.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY((profiles = m_wizard->findChild<QDialog *>(u"profilesDialog"_s)) && profiles->isVisible());
    QVERIFY(activate(profiles));
    list = find<QListWidget>(profiles, "profileList");
    list->setFocus();
    QCOMPARE(list->currentItem()->text(), u"Office relay"_s);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!m_wizard->findChild<QDialog *>(u"profilesDialog"_s));
    const PlanRequest restored = m_wizard->collectRequest();
    QCOMPARE(find<QRadioButton>(m_wizard.get(), "submissionRadio")->isChecked(), true);
    QCOMPARE(restored.server, office.server);
    QCOMPARE(restored.user, office.user);
    QCOMPARE(restored.mailFrom, office.mailFrom);
    QCOMPARE(restored.rcptTo, office.rcptTo);
    QCOMPARE(restored.subject, office.subject);
    QVERIFY(restored.password.isEmpty()); // neither the profile's (it has none) nor the other one
    QVERIFY(find<QLineEdit>(m_wizard.get(), "passwordEdit")->text().isEmpty());
}

void tst_History::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_History::screenshots()
{
    // docs/screenshots/history-*.png, result-window-*.png, comparison-*.png when
    // tools/screenshots.sh sets SMTPWIZARD_SCREENSHOT_DIR; otherwise only checked to fit.
    QFETCH(bool, dark);
    const QString theme = dark ? u"dark"_s : u"light"_s;
    if (!m_screenshotDir.isEmpty())
        QApplication::setPalette(dark ? DarkPalette::make() : QApplication::style()->standardPalette());
    TestResult delivered = laterResult();
    delivered.startedAt = delivered.startedAt.addSecs(3600);
    delivered.verdict.outcome = Verdict::Outcome::Delivered;
    delivered.verdict.summary = u"The message was accepted for both recipients by mail.wizard.test."_s;
    addToStore(ReportFixture::failoverResult());
    addToStore(laterResult());
    addToStore(delivered);
    HistoryDialog *history = openHistory();
    QVERIFY(history);
    const auto shoot = [this, &theme](QWidget *widget, const QString &name) {
        QVERIFY(widget->width() <= 1024 && widget->height() <= 700);
        QCoreApplication::sendPostedEvents();
        const QPixmap pixmap = widget->grab();
        QVERIFY(!pixmap.isNull());
        if (!m_screenshotDir.isEmpty())
            QVERIFY(pixmap.save(QDir(m_screenshotDir).filePath(name % u'-' % theme % u".png"_s)));
    };
    shoot(history, u"history"_s);

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Down); // the failed test of the day before
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Return);
    ResultWindow *window = nullptr;
    QTRY_VERIFY((window = history->findChild<ResultWindow *>(u"resultWindow"_s)) && window->isVisible());
    QVERIFY(activate(window));
    shoot(window, u"result-window"_s);
    QTest::keyClick(window, Qt::Key_U, Qt::AltModifier);
    shoot(window, u"result-summary"_s);
    window->close();

    QVERIFY(activate(history));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Up, Qt::ShiftModifier);
    QTest::mouseClick(find<QPushButton>(history, "compareButton"), Qt::LeftButton);
    QDialog *comparison = nullptr;
    QTRY_VERIFY((comparison = history->findChild<QDialog *>(u"comparisonDialog"_s)) && comparison->isVisible());
    shoot(comparison, u"comparison"_s);
}

QTEST_MAIN(tst_History)
#include "tst_history.moc"
