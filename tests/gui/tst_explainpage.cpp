// The Explain page as a help-desk colleague meets it (issue 9, finding 15): what it says
// before anything is pasted, long entries, the details a bounce carries, links, and a
// ticket copied or saved from the page. Acted out with Ctrl+V, Tab, Space and clicks.
#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "pages/ExplainPage.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "widgets/InlineBanner.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;

namespace {

/// Takes the place of the user's web browser: QDesktopServices hands it what it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

/// Every link target in a document.
QStringList linksOf(const QTextDocument *document)
{
    QStringList links;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !links.contains(href))
                links.append(href);
        }
    }
    return links;
}

/// Where the first link to href starts in the document, or -1.
int linkPosition(const QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href)
                return it.fragment().position() + 1;
        }
    }
    return -1;
}

// A Postfix bounce of a blocklisted sender, with the reporting host, the receiving host,
// the address that was banned and where to ask for delisting.
const QString blocklistBounce = u"From: MAILER-DAEMON@mail.wizard.test\n"
                                "To: sender@wizard.test\n"
                                "Subject: Undelivered Mail Returned to Sender\n"
                                "MIME-Version: 1.0\n"
                                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n"
                                "\n"
                                "--b1\n"
                                "Content-Type: text/plain\n"
                                "\n"
                                "This is the mail system at host mail.wizard.test.\n"
                                "<someone@contoso.com>: host mx1.contoso.com[192.0.2.25] said: 550 5.7.1 Service "
                                "unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; "
                                "https://www.spamhaus.org/query/ip/198.51.100.7 (in reply to RCPT TO command)\n"
                                "\n"
                                "--b1\n"
                                "Content-Type: message/delivery-status\n"
                                "\n"
                                "Reporting-MTA: dns; mail.wizard.test\n"
                                "\n"
                                "Final-Recipient: rfc822; someone@contoso.com\n"
                                "Action: failed\n"
                                "Status: 5.7.1\n"
                                "Remote-MTA: dns; mx1.contoso.com\n"
                                "Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; Client host [198.51.100.7] "
                                "blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7\n"
                                "\n"
                                "--b1--\n"_s;

} // namespace

class tst_ExplainPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyPanelFitsThePage();
    void bounceDetailsAreShownAndLinked();
    void referencesLinkToTheRfc();
    void longEntriesWrapWithTheirFullText();
    void mailboxFullDoesNotContradictItself();
    void copyForATicket();
    void saveForATicket();
    void reportInItsOwnCharset();
    void bannerOnlyWhenThereIsAChoice();
    void escapeAsksBeforeLosingWhatWasPasted();

private:
    void openExplainPage();
    /// Pastes text into the input with Ctrl+V and explains it from the keyboard.
    void pasteAndExplain(const QString &text);
    /// The Explain page itself: the Run page has an explanation panel of its own.
    QWidget *page() const { return m_wizard->page(ExplainPageId); }
    QTextBrowser *panelText() const { return find<QTextBrowser>(page(), "explanationText"); }

    MemoryCredentialStore m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SmtpWizard> m_wizard;
    UrlCatcher m_browser;
};

void tst_ExplainPage::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    Translations::install(*QCoreApplication::instance()); // the English plural forms
    QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "openUrl");
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "openUrl");
}

void tst_ExplainPage::init()
{
    m_settings = Settings::temporary();
    m_wizard = std::make_unique<SmtpWizard>(*m_settings, &m_store);
    m_wizard->resize(900, 640);
    m_browser.opened.clear();
    openExplainPage();
}

void tst_ExplainPage::cleanup()
{
    m_wizard.reset();
    m_settings.reset();
}

void tst_ExplainPage::openExplainPage()
{
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    auto *radio = find<QRadioButton>(m_wizard.get(), "explainRadio");
    QVERIFY(radio);
    choose(radio);
    QTest::mouseClick(nextButton(*m_wizard), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ExplainPageId));
}

void tst_ExplainPage::pasteAndExplain(const QString &text)
{
    auto *input = find<QPlainTextEdit>(m_wizard.get(), "explainInput");
    QVERIFY(input);
    input->clear();
    paste(input, text);
    QCOMPARE(input->toPlainText(), text);
    // Tab leaves the text box for the Explain button; Space presses it.
    QTest::keyClick(input, Qt::Key_Tab);
    auto *explain = find<QPushButton>(m_wizard.get(), "explainButton");
    QTRY_VERIFY(explain->hasFocus());
    QTest::keyClick(explain, Qt::Key_Space);
    QTRY_VERIFY(find<QListWidget>(m_wizard.get(), "findingsList")->count() >= 1);
}

void tst_ExplainPage::emptyPanelFitsThePage()
{
    // There is no transcript on this page: the panel must not ask for a line of one.
    QVERIFY(panelText());
    const QString empty = panelText()->toPlainText() + find<QLabel>(page(), "explanationTitle")->text();
    QVERIFY2(!empty.contains(u"transcript"_s, Qt::CaseInsensitive), qPrintable(empty));
    QVERIFY2(empty.contains(u"Explain"_s), qPrintable(empty));
    // Nothing to copy or save yet.
    QVERIFY(!find<QPushButton>(m_wizard.get(), "copyTicketButton")->isEnabled());
    QVERIFY(!find<QPushButton>(m_wizard.get(), "saveTicketButton")->isEnabled());
}

void tst_ExplainPage::bounceDetailsAreShownAndLinked()
{
    pasteAndExplain(blocklistBounce);
    if (const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR"); !dir.isEmpty())
        m_wizard->grab().save(dir + u"/explain-bounce-details.png"_s);
    const QString text = panelText()->toPlainText();
    QVERIFY2(text.contains(u"Details from the bounce"_s), qPrintable(text));
    for (const QString &detail : {u"198.51.100.7"_s, u"mail.wizard.test"_s, u"mx1.contoso.com"_s,
                                  u"https://www.spamhaus.org/query/ip/198.51.100.7"_s})
        QVERIFY2(text.contains(detail), qPrintable(detail + u" in:\n"_s + text));

    // The delisting address is a link; clicking it opens the user's browser, not the panel.
    const QString url = u"https://www.spamhaus.org/query/ip/198.51.100.7"_s;
    QVERIFY2(linksOf(panelText()->document()).contains(url), qPrintable(linksOf(panelText()->document()).join(u' ')));
    const int position = linkPosition(panelText()->document(), url);
    QTextCursor cursor(panelText()->document());
    cursor.setPosition(position);
    panelText()->setTextCursor(cursor);
    panelText()->ensureCursorVisible();
    const QRect rect = panelText()->cursorRect(cursor);
    QTest::mouseClick(panelText()->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(2, 0));
    QTRY_COMPARE(m_browser.opened.value(0), QUrl(url));
    QVERIFY(panelText()->source().isEmpty());
    QVERIFY(panelText()->toPlainText().contains(u"Details from the bounce"_s));
}

void tst_ExplainPage::referencesLinkToTheRfc()
{
    pasteAndExplain(u"550 5.1.1 <nobody@contoso.com>: Recipient address rejected: User unknown"_s);
    const QStringList links = linksOf(panelText()->document());
    const bool rfcLink = std::any_of(links.cbegin(), links.cend(), [](const QString &href) {
        return href.startsWith(u"https://www.rfc-editor.org/rfc/rfc"_s);
    });
    QVERIFY2(rfcLink, qPrintable(links.join(u' ') + u"\n"_s + panelText()->toHtml()));
    QVERIFY(panelText()->toPlainText().contains(u"RFC "_s));
}

void tst_ExplainPage::longEntriesWrapWithTheirFullText()
{
    const QString longAddress = u"a.very.long.mailbox.name.that.goes.on.and.on.and.on.and.on@"
                                "subdomain.department.division.example-corporation.contoso.com"_s;
    pasteAndExplain(u"550 5.1.1 <"_s + longAddress + u">: Recipient address rejected: User unknown"_s);
    auto *list = find<QListWidget>(m_wizard.get(), "findingsList");
    QVERIFY(list->wordWrap());
    QCOMPARE(list->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QListWidgetItem *item = list->item(0);
    QVERIFY(item->text().contains(longAddress));
    QVERIFY2(item->toolTip().contains(longAddress), qPrintable(item->toolTip()));
    // The whole entry is drawn inside the list: wrapped, not cut at the right edge.
    const QRect rect = list->visualItemRect(item);
    QVERIFY2(rect.right() <= list->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(rect.right()).arg(list->viewport()->width())));
    QVERIFY(rect.height() > list->fontMetrics().height() * 3 / 2);
    QVERIFY(find<QLabel>(page(), "explanationTitle")->wordWrap());
}

void tst_ExplainPage::mailboxFullDoesNotContradictItself()
{
    pasteAndExplain(u"552 5.2.2 <full@contoso.com>: Mailbox full"_s);
    const QString severity = find<QLabel>(page(), "explanationSeverity")->accessibleName();
    QVERIFY2(severity.contains(u"5xx"_s), qPrintable(severity));
    const QString text = panelText()->toPlainText();
    QVERIFY2(!text.contains(u"later"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(u"make room"_s), qPrintable(text));
}

void tst_ExplainPage::copyForATicket()
{
    QGuiApplication::clipboard()->clear();
    pasteAndExplain(blocklistBounce + u"Note: <b>bold</b>\n"_s); // after the report: still quoted
    auto *copy = find<QPushButton>(m_wizard.get(), "copyTicketButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasText());
    QVERIFY(mime->hasHtml());
    const QString title = find<QLabel>(page(), "explanationTitle")->text();
    QVERIFY2(mime->text().contains(title), qPrintable(mime->text()));
    QVERIFY(mime->text().contains(u"198.51.100.7"_s));
    QVERIFY(mime->text().contains(u"someone@contoso.com"_s));
    QVERIFY(mime->html().contains(u"https://www.spamhaus.org/query/ip/198.51.100.7"_s));
    // The pasted text is quoted, escaped: never markup.
    QVERIFY(!mime->html().contains(u"<b>bold</b>"_s));
    QVERIFY(mime->html().contains(u"&lt;b&gt;bold&lt;/b&gt;"_s));
}

namespace {
// Goes to folder in the file dialog, types fileName into its name field and presses Enter,
// with any list of suggestions closed first (Escape closes only the list).
void saveIn(QFileDialog *dialog, const QString &folder, QLineEdit *name, const QString &fileName)
{
    auto *model = dialog->findChild<QFileSystemModel *>();
    QVERIFY(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog->setDirectory(folder);
    QTRY_VERIFY(loaded.contains(QVariantList{folder}));
    type(name, fileName);
    QTest::qWait(50); // the completer reacts to the model's rows in a queued event
    if (QWidget *suggestions = QApplication::activePopupWidget())
        QTest::keyClick(suggestions, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(name->text(), fileName);
    QTest::keyClick(name, Qt::Key_Return);
}
} // namespace

void tst_ExplainPage::saveForATicket()
{
    QTemporaryDir dir;
    pasteAndExplain(blocklistBounce);
    auto *save = find<QPushButton>(m_wizard.get(), "saveTicketButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // The dialog does not block: the click returned and the dialog is open beside the page.
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_wizard->findChild<QFileDialog *>()) && dialog->isVisible());
    const QString path = dir.filePath(u"explained.html"_s);
    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    // In the folder first, then the name alone, as a person does: a whole path typed into
    // the name field gets suggestions from every folder on the way (/tmp), which the file
    // system model reads in a thread and which can open after the typing (tst_history).
    saveIn(dialog, dir.path(), name, u"explained.html"_s);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"198.51.100.7"_s));

    // And as text when the name says so.
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY((dialog = m_wizard->findChild<QFileDialog *>()) && dialog->isVisible());
    const QString textPath = dir.filePath(u"ticket-notes.txt"_s);
    name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    saveIn(dialog, dir.path(), name, u"ticket-notes.txt"_s);
    QTRY_VERIFY(QFile::exists(textPath));
    QFile textFile(textPath);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(textFile.readAll());
    QVERIFY(!text.contains(u"<p>"_s));
    QVERIFY(text.contains(u"mx1.contoso.com"_s));
}

// A bounce file in its provider's charset (Sina writes gb2312): the text box shows its
// words, not U+FFFD for every character, and the report is explained.
void tst_ExplainPage::reportInItsOwnCharset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sina.eml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("From: MAILER-DAEMON@cn.example\nSubject: failure\nMIME-Version: 1.0\n"
               "Content-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: binary\n\n"
               "cn.example.\n\xd3\xca\xbc\xfe\xce\xde\xb7\xa8\xcb\xcd\xb4\xef\n\n<someone@cn.example>:\n");
    file.close();
    auto *page = m_wizard->findChild<ExplainPage *>();
    QVERIFY(page);
    Q_EMIT page->fileRequested(path);
    auto *input = find<QPlainTextEdit>(m_wizard.get(), "explainInput");
    QTRY_VERIFY2(input->toPlainText().contains(u"\u65e0\u6cd5\u9001\u8fbe"_s), qPrintable(input->toPlainText()));
    QVERIFY(!input->toPlainText().contains(QChar::ReplacementCharacter));
    QTRY_VERIFY(find<QListWidget>(m_wizard.get(), "findingsList")->count() >= 1);
    QVERIFY2(panelText()->toPlainText().contains(u"names no reason"_s), qPrintable(panelText()->toPlainText()));
    // No code was given, so no reply class is named.
    auto *severity = page->findChild<QLabel *>(u"explanationSeverity"_s);
    QVERIFY(severity);
    QVERIFY2(severity->text().contains(u"no reply code given"_s) && !severity->text().contains(u"5xx"_s), qPrintable(severity->text()));
    if (const QString shots = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR"); !shots.isEmpty())
        m_wizard->grab().save(shots + u"/explain-gb2312-report.png"_s);
}

// One finding is selected and shown already: no banner asks to select it. Several say how
// many there are.
void tst_ExplainPage::bannerOnlyWhenThereIsAChoice()
{
    auto *banner = find<InlineBanner>(page(), "explainBanner");
    QVERIFY(banner);
    pasteAndExplain(u"550 5.7.1 Relaying is denied"_s);
    QCOMPARE(find<QListWidget>(m_wizard.get(), "findingsList")->count(), 1);
    QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
    pasteAndExplain(u"From: MAILER-DAEMON@a.example\nSubject: Undelivered Mail\n\n"
                    "<one@b.example>: host mx.b.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n"
                    "<two@b.example>: host mx.b.example[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n"_s);
    QTRY_COMPARE(find<QListWidget>(m_wizard.get(), "findingsList")->count(), 2);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"2 findings"_s), qPrintable(banner->text()));
}

// Walked with real keys: Escape on this page closed the window at once, and the pasted
// bounce and its explanation were gone. Now it asks while they are kept nowhere.
void tst_ExplainPage::escapeAsksBeforeLosingWhatWasPasted()
{
    pasteAndExplain(u"550 5.7.1 Relaying is denied"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = m_wizard->findChild<QMessageBox *>(u"closeQuestion"_s)) && question->isVisible());
    QVERIFY2(question->text().contains(u"pasted"_s), qPrintable(question->text()));
    // Cancel keeps everything.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->findChild<QMessageBox *>(u"closeQuestion"_s) || !question->isVisible());
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(find<QPlainTextEdit>(m_wizard.get(), "explainInput")->toPlainText(), u"550 5.7.1 Relaying is denied"_s);
    // Copied for a ticket, nothing is lost: Escape closes without asking.
    QTest::mouseClick(find<QPushButton>(page(), "copyTicketButton"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());
    // Text typed since the last Explain counts too.
    m_wizard = std::make_unique<SmtpWizard>(*m_settings, &m_store);
    openExplainPage();
    auto *input = find<QPlainTextEdit>(m_wizard.get(), "explainInput");
    input->setFocus();
    QTest::keyClicks(input, u"421 4.7.0 Try again later"_s);
    QTest::keyClick(input, Qt::Key_Escape);
    QTRY_VERIFY((question = m_wizard->findChild<QMessageBox *>(u"closeQuestion"_s)) && question->isVisible());
    QPushButton *closeAnyway = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            closeAnyway = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(closeAnyway);
    QTest::mouseClick(closeAnyway, Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isVisible());
}

QTEST_MAIN(tst_ExplainPage)
#include "tst_explainpage.moc"
