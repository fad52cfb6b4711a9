#include "widgets/ExplanationPanel.h"

#include "model/SafeText.h"

#include "widgets/TranscriptColors.h"

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
    m_text->setOpenExternalLinks(false);
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
    m_title->setText(tr("No reply yet"));
    m_text->setPlainText(tr("Select a line of the transcript to see what it means."));
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
    const QString severity = kind == TranscriptColors::Kind::Event ? tr("Note") : TranscriptColors::label(kind);
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
    if (!e.references.isEmpty()) {
        // References are a muted blend, like the transcript's event lines.
        html += u"<p style=\"color:%1\"><small>%2</small></p>"_s.arg(
            colours.foreground(TranscriptColors::Kind::Event).name(),
            tr("References: %1").arg(e.references.join(u"; "_s)).toHtmlEscaped());
    }
    m_text->setHtml(html);
}
