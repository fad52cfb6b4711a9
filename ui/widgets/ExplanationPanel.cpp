#include "widgets/ExplanationPanel.h"

#include "widgets/TranscriptColors.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
} // namespace

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Explanation"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_severity = makeLabel(content, u"explanationSeverity"_s);
    m_title = makeLabel(content, u"explanationTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_meaning = makeLabel(content, u"explanationMeaning"_s);
    m_causesHeading = makeLabel(content, u"explanationCausesHeading"_s);
    m_causesHeading->setText(tr("Likely causes"));
    m_causes = makeLabel(content, u"explanationCauses"_s);
    m_stepsHeading = makeLabel(content, u"explanationStepsHeading"_s);
    m_stepsHeading->setText(tr("What to do next"));
    m_steps = makeLabel(content, u"explanationNextSteps"_s);
    m_references = makeLabel(content, u"explanationReferences"_s);
    for (QLabel *heading : {m_causesHeading, m_stepsHeading}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_title),
                       static_cast<QWidget *>(m_meaning), static_cast<QWidget *>(m_causesHeading),
                       static_cast<QWidget *>(m_causes), static_cast<QWidget *>(m_stepsHeading),
                       static_cast<QWidget *>(m_steps), static_cast<QWidget *>(m_references)})
        layout->addWidget(w);
    layout->addStretch(1);
    clear();
}

void ExplanationPanel::clear()
{
    m_explanation = {};
    m_severity->clear();
    m_title->setText(tr("No reply yet"));
    m_meaning->setText(tr("Select a line of the transcript to see what it means."));
    for (QLabel *label : {m_causesHeading, m_causes, m_stepsHeading, m_steps, m_references})
        label->hide();
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
    QString html = u"<ul style=\"margin-left:-20px\">"_s;
    for (const QString &item : items)
        html += u"<li>"_s % item.toHtmlEscaped() % u"</li>"_s;
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
    m_severity->setText(u"<span style=\"color:%1\"><b>%2</b></span> %3"_s.arg(
        colours.foreground(kind).name(), severity.toHtmlEscaped(), code.toHtmlEscaped()));
    m_severity->setAccessibleName(severity);
    m_title->setText(e.title);
    m_meaning->setText(e.meaning);
    m_causes->setText(htmlList(e.causes));
    m_steps->setText(htmlList(e.nextSteps));
    m_references->setText(e.references.isEmpty()
                              ? QString()
                              : u"<small>"_s % tr("References: %1").arg(e.references.join(u"; "_s)).toHtmlEscaped()
                                    % u"</small>"_s);
    m_causesHeading->setVisible(!e.causes.isEmpty());
    m_causes->setVisible(!e.causes.isEmpty());
    m_stepsHeading->setVisible(!e.nextSteps.isEmpty());
    m_steps->setVisible(!e.nextSteps.isEmpty());
    m_references->setVisible(!e.references.isEmpty());
}
