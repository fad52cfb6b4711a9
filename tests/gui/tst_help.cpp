#include "ScreenshotLanguage.h"
#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "pages/HelpTopics.h"
#include "settings/Settings.h"
#include "widgets/HelpWindow.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

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

/// Where in the document the anchor (name) or the first link (href) with this prefix is.
int positionOf(const QTextDocument *document, const QString &anchor, const QString &hrefPrefix = {})
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if ((!anchor.isEmpty() && format.anchorNames().contains(anchor))
                || (!hrefPrefix.isEmpty() && format.anchorHref().startsWith(hrefPrefix)))
                return it.fragment().position();
        }
    }
    return -1;
}

QStringList anchorNames(const QTextDocument &document)
{
    QStringList names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            names += it.fragment().charFormat().anchorNames();
    }
    return names;
}

QStringList internalLinks(const QTextDocument &document)
{
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (href.startsWith(u'#'))
                links.append(href.mid(1));
        }
    }
    return links;
}

} // namespace

// A failed check inside the helper ends the test function too, instead of piling up.
#define VERIFY_SECTION(anchor)                                                                                         \
    do {                                                                                                               \
        verifyShowsSection(anchor);                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

/// The Help button and F1 on every page open the user guide at that page's section, in a
/// window of its own: Escape closes only that window, guide links are followed inside it,
/// web links go to the user's browser, and every section the wizard opens exists.
class tst_Help : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f1OpensThePageSection_data();
    void f1OpensThePageSection();
    void helpButtonOpensThePageSection_data();
    void helpButtonOpensThePageSection();
    void escapeClosesOnlyTheHelp();
    void guideLinksStayInsideWithBackAndForward();
    void webLinksGoToTheBrowser();
    void everyTopicIsInEveryGuide();
    void guideFallsBackToEnglish();
    void screenshot();

private:
    void addPageRows();
    /// Opens the wizard on a page, active, as if the user had walked there.
    void openAt(int pageId);
    HelpWindow *helpWindow() const { return m_wizard->findChild<HelpWindow *>(u"helpWindow"_s); }
    QTextBrowser *browser() const { return helpWindow()->findChild<QTextBrowser *>(u"helpBrowser"_s); }
    /// The help shows its guide scrolled so that the anchor is at the top of the view.
    void verifyShowsSection(const QString &anchor);
    void clickAt(int position);

    QString m_screenshotDir;
    MemoryCredentialStore m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SmtpWizard> m_wizard;
};

void tst_Help::initTestCase()
{
    installScreenshotLanguage();
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // tools/screenshots.sh: the style and palette of the other documentation screenshots.
    m_screenshotDir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR");
    if (!m_screenshotDir.isEmpty()) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

void tst_Help::init()
{
    m_settings = Settings::temporary();
    m_wizard = std::make_unique<SmtpWizard>(*m_settings, &m_store);
    m_wizard->resize(1024, 700);
}

void tst_Help::cleanup()
{
    m_wizard.reset();
    m_settings.reset();
}

void tst_Help::addPageRows()
{
    // Spelled out rather than read from HelpTopics, so a wrong entry there is caught.
    QTest::addColumn<int>("pageId");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("destination") << int(DestinationPageId) << u"destination"_s;
    QTest::newRow("mail servers") << int(MailServersPageId) << u"mail-servers"_s;
    QTest::newRow("connection") << int(ConnectionPageId) << u"connection"_s;
    QTest::newRow("sign-in") << int(SignInPageId) << u"sign-in"_s;
    QTest::newRow("message") << int(MessagePageId) << u"message"_s;
    QTest::newRow("run") << int(RunPageId) << u"run"_s;
    QTest::newRow("summary") << int(SummaryPageId) << u"summary"_s;
    QTest::newRow("explain") << int(ExplainPageId) << u"explain"_s;
}

void tst_Help::openAt(int pageId)
{
    // Nothing typed: the Mail servers and Run pages refuse to look up or run, so no test
    // reaches the network.
    m_wizard->setStartId(pageId);
    m_wizard->restart();
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), pageId);
}

void tst_Help::verifyShowsSection(const QString &anchor)
{
    QTRY_VERIFY(helpWindow() && helpWindow()->isVisible());
    QCOMPARE(browser()->source().fragment(), anchor);
    const int position = positionOf(browser()->document(), anchor);
    QVERIFY2(position >= 0, qPrintable(anchor));
    QTextCursor cursor(browser()->document());
    cursor.setPosition(position);
    // Scrolled there, not merely loaded: the heading is in the top part of the view
    // (the last sections may sit lower, as the view cannot scroll past the end).
    QTRY_VERIFY2(browser()->cursorRect(cursor).top() >= 0
                     && (browser()->cursorRect(cursor).top() < browser()->viewport()->height() / 4
                         || browser()->verticalScrollBar()->value() == browser()->verticalScrollBar()->maximum()),
                 qPrintable(u"%1 at y=%2"_s.arg(anchor).arg(browser()->cursorRect(cursor).top())));
    if (anchor != u"top"_s)
        QVERIFY(browser()->verticalScrollBar()->value() > 0);
}

void tst_Help::clickAt(int position)
{
    QTextCursor cursor(browser()->document());
    cursor.setPosition(position + 1); // inside the link, not on its left edge
    const QPoint point = browser()->cursorRect(cursor).center();
    QVERIFY(browser()->viewport()->rect().contains(point));
    QTest::mouseClick(browser()->viewport(), Qt::LeftButton, {}, point);
}

void tst_Help::f1OpensThePageSection_data()
{
    addPageRows();
}

void tst_Help::f1OpensThePageSection()
{
    QFETCH(int, pageId);
    QFETCH(QString, anchor);
    openAt(pageId);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused && focused->window() == m_wizard.get());
    QTest::keyClick(focused, Qt::Key_F1);
    VERIFY_SECTION(anchor);
    QCOMPARE(m_wizard->currentId(), pageId);
}

void tst_Help::helpButtonOpensThePageSection_data()
{
    addPageRows();
}

void tst_Help::helpButtonOpensThePageSection()
{
    QFETCH(int, pageId);
    QFETCH(QString, anchor);
    openAt(pageId);
    QAbstractButton *help = m_wizard->button(QWizard::HelpButton);
    QVERIFY(help->isVisible());
    QTest::mouseClick(help, Qt::LeftButton);
    VERIFY_SECTION(anchor);

    // Asked again after scrolling away, it goes back to the section.
    browser()->verticalScrollBar()->setValue(0);
    QTest::mouseClick(help, Qt::LeftButton);
    VERIFY_SECTION(anchor);
}

void tst_Help::escapeClosesOnlyTheHelp()
{
    openAt(MessagePageId);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    VERIFY_SECTION(u"message"_s);
    QTRY_VERIFY(helpWindow()->isActiveWindow());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!helpWindow()->isVisible());
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(MessagePageId));

    // And opens again where it was asked for.
    QTest::mouseClick(m_wizard->button(QWizard::HelpButton), Qt::LeftButton);
    VERIFY_SECTION(u"message"_s);
}

void tst_Help::guideLinksStayInsideWithBackAndForward()
{
    openAt(DestinationPageId);
    QTest::mouseClick(m_wizard->button(QWizard::HelpButton), Qt::LeftButton);
    VERIFY_SECTION(u"destination"_s);
    auto *back = helpWindow()->findChild<QToolButton *>(u"helpBackButton"_s);
    auto *forward = helpWindow()->findChild<QToolButton *>(u"helpForwardButton"_s);
    QVERIFY(back && forward);
    QVERIFY(!back->isEnabled());

    // "MX records" in the Destination section leads to the glossary.
    const int destination = positionOf(browser()->document(), u"destination"_s);
    int link = -1;
    for (QTextBlock block = browser()->document()->findBlock(destination); block.isValid() && link < 0;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == u"#mx"_s) {
                link = it.fragment().position();
                break;
            }
        }
    }
    QVERIFY(link >= 0);
    clickAt(link);
    VERIFY_SECTION(u"mx"_s);
    QCOMPARE(browser()->source().adjusted(QUrl::RemoveFragment), HelpWindow::guideUrl());

    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    VERIFY_SECTION(u"destination"_s);
    QVERIFY(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    VERIFY_SECTION(u"mx"_s);
}

void tst_Help::webLinksGoToTheBrowser()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "openUrl");
    openAt(DestinationPageId);
    helpWindow()->showTopic(u"null-mx"_s);
    VERIFY_SECTION(u"null-mx"_s);
    const QUrl before = browser()->source();
    const int link = positionOf(browser()->document(), {}, u"https://www.rfc-editor.org/rfc/rfc7505"_s);
    QVERIFY(link >= 0);
    clickAt(link);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl(u"https://www.rfc-editor.org/rfc/rfc7505"_s)});
    QCOMPARE(browser()->source(), before);
    QVERIFY(!browser()->document()->isEmpty());
}

void tst_Help::everyTopicIsInEveryGuide()
{
    // The page sections the wizard opens, and the glossary terms the pages point to.
    QStringList wanted = HelpTopics::anchors();
    wanted += {u"glossary"_s,     u"mx"_s,          u"null-mx"_s,        u"implicit-mx"_s,    u"ehlo"_s,
               u"starttls"_s,     u"implicit-tls"_s, u"submission"_s,    u"auth"_s,           u"dsn"_s,
               u"enhanced-status"_s, u"reply-classes"_s, u"greylisting"_s, u"ptr"_s, u"spf-dkim-dmarc"_s,
               u"open-relay"_s,   u"bounce"_s};
    const QStringList guides = QDir(u":/help"_s).entryList({u"guide*.html"_s});
    QVERIFY(guides.contains(u"guide.html"_s));
    for (const QString &guide : guides) {
        QFile file(u":/help/"_s + guide);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTextDocument document;
        document.setHtml(QString::fromUtf8(file.readAll()));
        const QStringList names = anchorNames(document);
        for (const QString &anchor : std::as_const(wanted))
            QVERIFY2(names.contains(anchor), qPrintable(guide % u": no #"_s % anchor));
        for (const QString &link : internalLinks(document))
            QVERIFY2(names.contains(link), qPrintable(guide % u": a link to the missing #"_s % link));
    }
}

void tst_Help::guideFallsBackToEnglish()
{
    const QUrl english(u"qrc:/help/guide.html"_s);
    QCOMPARE(HelpWindow::guideUrl(QLocale(QLocale::English, QLocale::UnitedStates)), english);
    // A region without its own guide gets its language's; a language without one gets
    // the English guide rather than nothing (Italian has no guide).
    QCOMPARE(HelpWindow::guideUrl(QLocale(QLocale::German, QLocale::Austria)), QUrl(u"qrc:/help/guide_de.html"_s));
    QCOMPARE(HelpWindow::guideUrl(QLocale(QLocale::French, QLocale::Canada)), QUrl(u"qrc:/help/guide_fr.html"_s));
    QVERIFY(!QFile::exists(u":/help/guide_it.html"_s));
    QCOMPARE(HelpWindow::guideUrl(QLocale(QLocale::Italian, QLocale::Italy)), english);
}

void tst_Help::screenshot()
{
    // The guide as F1 on the first page opens it; saved as docs/screenshots/help.png by
    // tools/screenshots.sh, otherwise only checked to fit a small screen.
    openAt(DestinationPageId);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
    VERIFY_SECTION(u"destination"_s);
    QVERIFY(helpWindow()->width() <= 1024 && helpWindow()->height() <= 700);
    QVERIFY(helpWindow()->minimumSizeHint().width() <= 1024 && helpWindow()->minimumSizeHint().height() <= 700);
    QCoreApplication::sendPostedEvents();
    const QPixmap pixmap = helpWindow()->grab();
    QVERIFY(!pixmap.isNull());
    if (!m_screenshotDir.isEmpty())
        QVERIFY(pixmap.save(QDir(m_screenshotDir).filePath(u"help.png"_s)));
}

QTEST_MAIN(tst_Help)
#include "tst_help.moc"
