#include "widgets/TranscriptLegend.h"

#include "widgets/TranscriptColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

TranscriptLegend::TranscriptLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"transcriptLegend"_s);
    setAccessibleName(tr("Colour legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // One wrapping label: at a narrow window the entries flow onto a second line
    // instead of being clipped (each entry itself never breaks).
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(u"legendText"_s);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);
    render();
}

void TranscriptLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void TranscriptLegend::render()
{
    const TranscriptColors colours(palette());
    QStringList entries;
    QStringList names;
    for (const TranscriptColors::Kind kind : TranscriptColors::legendKinds()) {
        // A filled square in the line colour on the line background, then the words.
        const QString words = TranscriptColors::label(kind).toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
        entries << u"<span style=\"color:%1;background-color:%2\">&#9632;</span>&nbsp;%3"_s.arg(
            colours.foreground(kind).name(), colours.background(kind).name(), words);
        names << TranscriptColors::label(kind);
    }
    m_label->setText(entries.join(u" &nbsp; "_s));
    m_label->setAccessibleName(names.join(u", "_s));
}
