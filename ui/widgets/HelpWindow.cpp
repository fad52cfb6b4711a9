#include "widgets/HelpWindow.h"

#include "widgets/AboutDialog.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HelpWindow::HelpWindow(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_contents(new QToolButton(this))
    , m_about(new QToolButton(this))
    , m_settings(settings)
    , m_find(new QLineEdit(this))
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("SMTP Wizard Help"));
    // Beside the wizard, not in front of it: the user reads and types at the same time.
    setModal(false);
    setSizeGripEnabled(true);
    resize(640, 660);

    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setAccessibleName(tr("User guide"));
    // Links are ours to follow: the guide's own inside, anything else in the user's web
    // browser. Left to itself, QTextBrowser would try to show a web page as a document.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->document()->setDocumentMargin(16);
    m_browser->document()->setIndentWidth(24);
    // Spacing only; fonts and colours stay the palette's and the desktop's.
    m_browser->document()->setDefaultStyleSheet(
        u"li { margin-bottom: 4px; } h3 { margin-top: 16px; margin-bottom: 4px; }"_s);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);

    const auto setUpButton = [](QToolButton *button, const char *name, const QString &text) {
        button->setObjectName(QString::fromLatin1(name));
        button->setText(text);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    };
    setUpButton(m_back, "helpBackButton", tr("Back"));
    setUpButton(m_forward, "helpForwardButton", tr("Forward"));
    setUpButton(m_contents, "helpContentsButton", tr("Contents"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setToolTip(tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_contents->setToolTip(tr("The start of the guide, with the list of its sections"));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_contents, &QToolButton::clicked, this, [this] { showTopic(u"top"_s); });
    setUpButton(m_about, "helpAboutButton", tr("&About"));
    m_about->setToolTip(tr("Version, licence and the language SMTP Wizard starts in"));
    m_about->setVisible(m_settings != nullptr);
    connect(m_about, &QToolButton::clicked, this, &HelpWindow::showAbout);

    m_find->setObjectName(u"helpFindEdit"_s);
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setAccessibleName(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, &HelpWindow::findNext);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_find, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_contents);
    bar->addStretch(1);
    bar->addWidget(m_find, 1);
    bar->addWidget(m_about);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
}

QUrl HelpWindow::guideUrl(const QLocale &locale)
{
    // "de-AT" tries guide_de_AT.html, then guide_de.html; English is the guide.html itself.
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        for (const QString &candidate : {language, language.section(u'_', 0, 0)}) {
            const QString path = u":/help/guide_%1.html"_s.arg(candidate);
            if (QFile::exists(path))
                return QUrl(u"qrc"_s + path);
        }
    }
    return QUrl(u"qrc:/help/guide.html"_s);
}

void HelpWindow::showTopic(const QString &anchor)
{
    QUrl url = m_browser->source().isEmpty() ? guideUrl() : m_browser->source();
    url.setFragment(anchor);
    if (url == m_browser->source())
        m_browser->scrollToAnchor(anchor); // the user may have scrolled away since
    else
        m_browser->setSource(url);
    show();
    raise();
    activateWindow();
}

void HelpWindow::followLink(const QUrl &link)
{
    const QUrl target = m_browser->source().resolved(link);
    if (target.scheme() == u"qrc"_s)
        m_browser->setSource(target);
    else
        QDesktopServices::openUrl(target);
}

void HelpWindow::findNext()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    // From the cursor on, then once more from the top, as a browser's find does.
    if (m_browser->find(text))
        return;
    QTextCursor start = m_browser->textCursor();
    start.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(start);
    m_browser->find(text);
}

void HelpWindow::showAbout()
{
    // Window-modal and asynchronous (open, not exec): no nested event loop.
    auto *about = new AboutDialog(*m_settings, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}
