#include "ScreenshotLanguage.h"
#include "DarkPalette.h"
#include "Testbed.h"
#include "WizardDriver.h"

#include "history/BatchFileDialog.h"
#include "pages/BatchListPage.h"
#include "pages/BatchResultsPage.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "widgets/BatchFilterModel.h"
#include "widgets/BatchRowModel.h"
#include "widgets/InlineBanner.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;
using Outcome = BatchRow::Outcome;

/// "Check a list of addresses" in the wizard against the real test bed's batch domains
/// (tests/testbed/batch.sh: u01..u15 accepted, busy@ 450, others 550 5.1.1): the entry on
/// the first page, bad lines named with their numbers, the rows in the table, sorting,
/// filtering, Stop, Back and Next keeping the list, Save writing every row. With
/// SMTPWIZARD_SCREENSHOT_DIR set it saves 12-batch-check-light.png and -dark.png.
class tst_BatchCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelInsertsInBatches();
    void checkList();
    void stop();
    void screenshot_data();
    void screenshot();

private:
    std::unique_ptr<Settings> makeSettings();
    /// From the first page to the results of list, sent as sender; false when a step failed.
    bool runList(SmtpWizard &wizard, const QString &list, int timeoutMs = 60000);
    QString domain(int n) const { return u"batch%1.%2"_s.arg(n, 2, 10, QChar(u'0')).arg(Testbed::value("ZONE")); }
    QString smallList() const;

    QTemporaryDir m_home;
};

void tst_BatchCheck::initTestCase()
{
    installScreenshotLanguage();
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    Translations::install(*QCoreApplication::instance()); // the English plural forms
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

std::unique_ptr<Settings> tst_BatchCheck::makeSettings()
{
    auto settings = Settings::temporary();
    settings->setValue(Settings::Key::DnsServer, Testbed::value("DNS"));
    settings->setValue(Settings::Key::Port, Testbed::value("SMTP_PORT").toInt());
    settings->setValue(Settings::Key::Security, u"none"_s);
    settings->setValue(Settings::Key::EhloName, QString(u"client."_s + Testbed::value("ZONE")));
    settings->setValue(Settings::Key::ReportFolder, m_home.path());
    return settings;
}

QString tst_BatchCheck::smallList() const
{
    // Three domains, each: two accepted, one busy (450), one unknown (550); then a line that
    // is not an address (line 14) and a repeat of line 1.
    QStringList lines{u"# the CRM export"_s};
    for (int d = 1; d <= 3; ++d) {
        for (const QString &local : {u"u01"_s, u"u02"_s, u"busy"_s, u"nobody"_s})
            lines << local + u'@' + domain(d);
    }
    lines << u"not an address"_s << u"u01@"_s + domain(1);
    return lines.join(u'\n');
}

bool tst_BatchCheck::runList(SmtpWizard &wizard, const QString &list, int timeoutMs)
{
    choose(find<QRadioButton>(&wizard, "batchRadio"));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != BatchListPageId)
        return false;
    paste(find<QPlainTextEdit>(&wizard, "listEdit"), list);
    type(find<QLineEdit>(&wizard, "senderEdit"), u"sender@"_s + Testbed::value("ZONE"));
    if (!nextButton(wizard)->isEnabled())
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != BatchResultsPageId)
        return false;
    auto *results = qobject_cast<BatchResultsPage *>(wizard.currentPage());
    return QTest::qWaitFor([&] { return !results->isRunning() && results->isComplete(); }, timeoutMs);
}

void tst_BatchCheck::modelInsertsInBatches()
{
    BatchRowModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        model.append({i + 1, u"u%1@example.com"_s.arg(i), Outcome::Accepted, Model::Category::Accepted, 250, {}, {}});
    QCOMPARE(model.rowCount(), 0); // kept back until the batch is due
    QCOMPARE(model.total(), 500);
    QTRY_COMPARE(model.rowCount(), 500);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.count(Outcome::Accepted), 500);
}

void tst_BatchCheck::checkList()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.resize(1100, 760);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(find<QRadioButton>(&wizard, "batchRadio")->isVisible());

    // The list page names the bad line by its number before anything is asked.
    choose(find<QRadioButton>(&wizard, "batchRadio"));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(BatchListPageId));
    QVERIFY(!nextButton(wizard)->isEnabled());
    paste(find<QPlainTextEdit>(&wizard, "listEdit"), smallList());
    const QString summary = find<QLabel>(&wizard, "listSummary")->text();
    QVERIFY2(summary.contains(u"12 addresses in 3 domains"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"1 repeated line"_s), qPrintable(summary));
    auto *listBanner = find<InlineBanner>(&wizard, "listBanner");
    QVERIFY(listBanner->isVisible());
    QVERIFY2(listBanner->text().contains(u"Line 14: not an address"_s), qPrintable(listBanner->text()));
    QVERIFY(!nextButton(wizard)->isEnabled()); // no sender yet
    type(find<QLineEdit>(&wizard, "senderEdit"), u"sender@"_s + Testbed::value("ZONE"));
    QVERIFY(nextButton(wizard)->isEnabled());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(BatchResultsPageId));
    auto *page = qobject_cast<BatchResultsPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 60000);

    // Every line has its row: 12 addresses and the bad line.
    BatchRowModel *rows = page->rows();
    QCOMPARE(rows->rowCount(), 13);
    QCOMPARE(rows->count(Outcome::Accepted), 6);
    QCOMPARE(rows->count(Outcome::Refused), 3);
    QCOMPARE(rows->count(Outcome::Temporary), 3);
    QCOMPARE(rows->count(Outcome::Error), 1);
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString address = rows->index(r, BatchRowModel::AddressColumn).data().toString();
        const QString outcome = rows->index(r, BatchRowModel::OutcomeColumn).data(BatchRowModel::OutcomeKeyRole).toString();
        const QString code = rows->index(r, BatchRowModel::CodeColumn).data().toString();
        const QString mx = rows->index(r, BatchRowModel::MxColumn).data().toString();
        if (address.startsWith(u"u0"_s)) {
            QCOMPARE(outcome, u"accepted"_s);
            QCOMPARE(code, u"250"_s);
            QCOMPARE(mx, u"mx."_s + address.section(u'@', 1));
        } else if (address.startsWith(u"busy@"_s)) {
            QCOMPARE(outcome, u"temporary"_s);
            QCOMPARE(code, u"450"_s);
        } else if (address.startsWith(u"nobody@"_s)) {
            QCOMPARE(outcome, u"refused"_s);
            QCOMPARE(code, u"550"_s);
            QVERIFY(rows->index(r, BatchRowModel::TextColumn).data().toString().startsWith(u"5.1.1"_s));
            QCOMPARE(rows->index(r, BatchRowModel::MeaningColumn).data().toString(), u"The mailbox does not exist"_s);
        } else {
            QCOMPARE(address, u"not an address"_s);
            QCOMPARE(outcome, u"error"_s);
        }
    }
    const QString counts = find<QLabel>(wizard.page(BatchResultsPageId), "countsLabel")->text();
    QVERIFY2(counts.startsWith(u"13 of 13 checked: 6 accepted, 3 refused, 3 temporary, 1 error"_s), qPrintable(counts));
    QCOMPARE(find<QProgressBar>(wizard.page(BatchResultsPageId), "progressBar")->value(), 13);
    // The outcome colours are the transcript's, from the palette.
    const TranscriptColors colours(page->palette());
    QCOMPARE(rows->index(0, 0).data(Qt::ForegroundRole).value<QColor>(),
             colours.foreground(BatchRowModel::kindFor(Outcome(rows->index(0, 0).data(BatchRowModel::OutcomeRole).toInt()))));

    // Sorting: a click on the Code heading, twice for descending; then by address.
    auto *table = find<QTableView>(wizard.page(BatchResultsPageId), "resultsTable");
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeading = [header](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    };
    const QAbstractItemModel *shown = table->model();
    clickHeading(BatchRowModel::CodeColumn);
    QCOMPARE(shown->index(0, BatchRowModel::CodeColumn).data().toString(), QString()); // the bad line: no code
    QCOMPARE(shown->index(12, BatchRowModel::CodeColumn).data().toString(), u"550"_s);
    clickHeading(BatchRowModel::CodeColumn);
    QCOMPARE(shown->index(0, BatchRowModel::CodeColumn).data().toString(), u"550"_s);
    clickHeading(BatchRowModel::AddressColumn);
    QStringList addresses;
    for (int r = 0; r < shown->rowCount(); ++r)
        addresses << shown->index(r, BatchRowModel::AddressColumn).data().toString();
    QStringList sorted = addresses;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(addresses, sorted);

    // Filtering: the search box, the outcome, both.
    auto *search = find<QLineEdit>(wizard.page(BatchResultsPageId), "searchEdit");
    type(search, u"BUSY"_s);
    QCOMPARE(shown->rowCount(), 3);
    type(search, domain(2));
    QCOMPARE(shown->rowCount(), 4);
    auto *outcome = find<QComboBox>(wizard.page(BatchResultsPageId), "outcomeCombo");
    outcome->setFocus();
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Accepted)));
    QCOMPARE(shown->rowCount(), 2);
    search->clear();
    QCOMPARE(shown->rowCount(), 6);
    outcome->setCurrentIndex(outcome->findData(int(Outcome::Refused)));
    QCOMPARE(shown->rowCount(), 3);
    outcome->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 13);

    // Save: every row, whatever the filter shows, as CSV through the runner's writer.
    type(search, u"busy"_s);
    QTemporaryDir saveDir;
    const QString path = saveDir.filePath(u"checked.csv"_s);
    QTest::mouseClick(find<QPushButton>(wizard.page(BatchResultsPageId), "saveButton"), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = wizard.findChild<QFileDialog *>(u"saveBatchDialog"_s)) && files->isVisible());
    QVERIFY(files->selectedFiles().value(0).endsWith(u".csv"_s));
    QVERIFY(QFileInfo(files->selectedFiles().value(0)).dir().exists());
    // Offscreen this dialog took neither Return nor a click on Save (it never becomes the
    // active window here), so the test closes it and writes through the same function its
    // fileSelected() calls; the Xvfb walk (docs/batch.md) saved through the dialog itself.
    QMetaObject::invokeMethod(files, "reject");
    QTRY_VERIFY(!wizard.findChild<QFileDialog *>(u"saveBatchDialog"_s));
    QString error;
    QVERIFY2(BatchFileDialog::write(page->rows()->rows(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 14); // the header and 13 rows
    QVERIFY(lines.at(0).startsWith("address,outcome,"));
    const QByteArray refused = "nobody@" + domain(3).toUtf8() + ",refused,";
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &l) { return l.startsWith(refused); }), 1);
    // Saving again replaces the file (the runner's --batch-out would append).
    QVERIFY2(BatchFileDialog::write(page->rows()->rows(), path, &error), qPrintable(error));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 14);
    // JSON lines when the name says so.
    const QString jsonPath = saveDir.filePath(u"checked.jsonl"_s);
    QVERIFY(BatchFileDialog::write(page->rows()->rows(), jsonPath, &error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readLine().startsWith('{'));

    // Rows not saved through the dialog: Escape asks before they go. Cancel keeps them;
    // "Close without saving" closes (at the end of this test).
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = wizard.findChild<QMessageBox *>(u"closeQuestion"_s)) && question->isVisible());
    QVERIFY(question->text().contains(u"list check"_s));
    QVERIFY(wizard.isVisible());
    QMetaObject::invokeMethod(question, "reject");
    QTRY_VERIFY(!wizard.findChild<QMessageBox *>(u"closeQuestion"_s));
    QVERIFY(wizard.isVisible());
    QCOMPARE(page->rows()->total(), 13);
    // Back keeps the list and the sender; Next checks it again.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(BatchListPageId));
    QCOMPARE(find<QPlainTextEdit>(&wizard, "listEdit")->toPlainText(), smallList());
    QCOMPARE(find<QLineEdit>(&wizard, "senderEdit")->text(), u"sender@"_s + Testbed::value("ZONE"));
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(DestinationPageId));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(find<QPlainTextEdit>(&wizard, "listEdit")->toPlainText(), smallList());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton); // the same list again
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && page->rows()->total() == 13, 60000);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QTRY_VERIFY((question = wizard.findChild<QMessageBox *>(u"closeQuestion"_s)) && question->isVisible());
    QAbstractButton *closeAnyway = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            closeAnyway = button;
    }
    QVERIFY(closeAnyway);
    QTest::mouseClick(closeAnyway, Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
}

void tst_BatchCheck::stop()
{
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.resize(1100, 760);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // 1,000 addresses over the 50 domains: far more than answer before Stop.
    QStringList lines;
    for (int d = 1; d <= 50; ++d) {
        for (int u = 1; u <= 20; ++u)
            lines << u"u%1@%2"_s.arg(u, 2, 10, QChar(u'0')).arg(domain(d));
    }
    choose(find<QRadioButton>(&wizard, "batchRadio"));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    find<BatchListPage>(&wizard, "BatchListPage")->setListText(lines.join(u'\n'));
    type(find<QLineEdit>(&wizard, "senderEdit"), u"sender@"_s + Testbed::value("ZONE"));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    auto *page = qobject_cast<BatchResultsPage *>(wizard.currentPage());
    QVERIFY(page);
    QVERIFY(page->isRunning());
    QVERIFY(!page->isComplete());
    auto *stopButton = find<QPushButton>(wizard.page(BatchResultsPageId), "stopButton");
    QVERIFY(stopButton->isEnabled());
    QTest::mouseClick(stopButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 2000); // cancels at once, no stuck page
    QVERIFY(page->isComplete());
    QVERIFY(!stopButton->isEnabled());
    QVERIFY(page->rows()->total() < 1000);
    const QString banner = find<InlineBanner>(wizard.page(BatchResultsPageId), "resultsBanner")->text();
    QVERIFY2(banner.startsWith(u"Stopped: "_s), qPrintable(banner));
    const int kept = page->rows()->total();
    QTest::qWait(500); // nothing arrives after the stop
    QCOMPARE(page->rows()->total(), kept);

    // Escape while checking stops too, and the window stays.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 2000);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(BatchResultsPageId));
    // And Back while checking stops it on the way.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(BatchListPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 2000);
}

void tst_BatchCheck::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_BatchCheck::screenshot()
{
    QFETCH(bool, dark);
    const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    QApplication::setPalette(dark ? DarkPalette::make() : QApplication::style()->standardPalette());
    auto settings = makeSettings();
    SmtpWizard wizard(*settings);
    wizard.resize(1024, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(runList(wizard, smallList()));
    auto *page = qobject_cast<BatchResultsPage *>(wizard.currentPage());
    QCOMPARE(page->rows()->rowCount(), 13);
    // The rows follow the palette: the accepted colour differs between the themes.
    const TranscriptColors colours(page->palette());
    QCOMPARE(page->rows()->index(0, 0).data(Qt::BackgroundRole).value<QColor>(),
             colours.background(BatchRowModel::kindFor(Outcome(page->rows()->index(0, 0).data(BatchRowModel::OutcomeRole).toInt()))));
    find<QTableView>(wizard.page(BatchResultsPageId), "resultsTable")->sortByColumn(BatchRowModel::AddressColumn, Qt::AscendingOrder);
    if (!dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        const QString theme = dark ? u"dark"_s : u"light"_s;
        QVERIFY(wizard.grab().save(QDir(dir).filePath(u"12-batch-check-%1.png"_s.arg(theme))));
    }
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(tst_BatchCheck)
#include "tst_batchcheck.moc"
