#include "widgets/ExplanationPanel.h"

#include "model/SafeText.h"
#include "model/SeverityHeading.h"

#include "report/ExplanationReport.h"
#include "report/ReferenceLinks.h"

#include "widgets/TranscriptColors.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent)
    , m_severity(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setAccessibleName(tr("Explanation"));
    m_severity->setObjectName(u"explanationSeverity"_s);
    m_title->setObjectName(u"explanationTitle"_s);
    m_text->setObjectName(u"explanationText"_s);
    m_text->setAccessibleName(tr("Explanation"));
    // Links (references, a delisting page) open in the user's browser, never inside the
    // panel, which would replace the explanation with a web page it cannot show.
    m_text->setOpenExternalLinks(false);
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, &ExplanationPanel::openLink);
    m_emptyTitle = tr("No reply yet");
    m_emptyText = tr("Select a line of the transcript to see what it means.");
    m_text->setFrameShape(QFrame::NoFrame);
    for (QLabel *label : {m_severity, m_title}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_severity);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    clear();
}

void ExplanationPanel::clear()
{
    m_explanation = {};
    m_severity->clear();
    m_title->setText(m_emptyTitle);
    m_text->setPlainText(m_emptyText);
}

void ExplanationPanel::setEmptyText(const QString &title, const QString &text)
{
    m_emptyTitle = title;
    m_emptyText = text;
    if (!m_explanation.isValid())
        clear();
}

void ExplanationPanel::openLink(const QUrl &url)
{
    if (url.scheme() == u"https" || url.scheme() == u"http")
        QDesktopServices::openUrl(url);
}

void ExplanationPanel::showExplanation(const Explanation &explanation)
{
    m_explanation = explanation;
    render();
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_explanation.isValid())
        render();
}

QString ExplanationPanel::htmlList(const QStringList &items)
{
    QString html = u"<ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s % SafeText::visible(item).toHtmlEscaped() % u"</li>"_s;
    return html + u"</ul>"_s;
}

void ExplanationPanel::render()
{
    const Explanation &e = m_explanation;
    const auto kind = TranscriptColors::kindFor(e.severity);
    const TranscriptColors colours(palette());
    QString code;
    if (e.code > 0)
        code = QString::number(e.code) % (e.enhancedCode.isEmpty() ? QString() : u' ' % e.enhancedCode);
    // Reply classes (5xx, 4xx) name what a server answered; a failure without any reply
    // (refused, timed out, certificate) is named as such, not as a reply class.
    QString severity = kind == TranscriptColors::Kind::Event ? tr("Note") : TranscriptColors::label(kind);
    if (const QString withoutCode = SeverityHeading::withoutCode(e); !withoutCode.isEmpty())
        severity = withoutCode;
    m_severity->setText(u"<span style=\"color:%1\"><b>%2</b></span>&nbsp;&nbsp;%3"_s.arg(
        colours.foreground(kind).name(), severity.toHtmlEscaped(), code.toHtmlEscaped()));
    m_severity->setAccessibleName(severity % u' ' % code);
    m_title->setTextFormat(Qt::PlainText); // a title may quote a server: never markup
    m_title->setText(SafeText::visible(e.title));

    QString html = u"<p>"_s % SafeText::visible(e.meaning).toHtmlEscaped() % u"</p>"_s;
    // What the explanation rests on, so a reader can judge it: the server's words in bold.
    if (!e.matched.isEmpty())
        html += u"<p>"_s % tr("Based on: %1").toHtmlEscaped().arg(
                    u"\u00ab<b>"_s % SafeText::visible(e.matched).toHtmlEscaped() % u"</b>\u00bb"_s) % u"</p>"_s;
    if (!e.causes.isEmpty())
        html += u"<h4>"_s % tr("Likely causes").toHtmlEscaped() % u"</h4>"_s % htmlList(e.causes);
    if (!e.nextSteps.isEmpty())
        html += u"<h4>"_s % tr("What to do next").toHtmlEscaped() % u"</h4>"_s % htmlList(e.nextSteps);
    if (!e.details.isEmpty()) {
        // What the bounce itself names (the banned address, where to ask for delisting),
        // shown as found so the reader need not dig for it in the text.
        html += u"<h4>"_s % tr("Details from the bounce").toHtmlEscaped() % u"</h4><ul>"_s;
        for (const BounceDetail &detail : e.details) {
            html += u"<li>"_s % ExplanationReport::detailLabel(detail.kind).toHtmlEscaped() % u": "_s
                % ExplanationReport::detailHtml(detail) % u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (!e.references.isEmpty()) {
        // References are a muted blend, like the transcript's event lines; RFCs are links.
        QStringList links;
        for (const QString &reference : e.references)
            links << ReferenceLinks::html(reference);
        html += u"<p style=\"color:%1\"><small>%2 %3</small></p>"_s.arg(
            colours.foreground(TranscriptColors::Kind::Event).name(), tr("References:").toHtmlEscaped(),
            links.join(u"; "_s));
    }
    m_text->setHtml(html);
}
