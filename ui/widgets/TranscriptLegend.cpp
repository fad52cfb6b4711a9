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
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (TranscriptColors::Kind kind : TranscriptColors::legendKinds()) {
        auto *label = new QLabel(this);
        label->setObjectName(u"legend_"_s % TranscriptColors::key(kind));
        label->setAccessibleName(TranscriptColors::label(kind));
        layout->addWidget(label);
        m_labels.append(label);
    }
    layout->addStretch(1);
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
    const QList<TranscriptColors::Kind> kinds = TranscriptColors::legendKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const auto kind = kinds.at(i);
        // A filled square in the line colour on the line background, then the words.
        m_labels.at(i)->setText(u"<span style=\"color:%1;background-color:%2\">&#9632;</span>&nbsp;%3"_s.arg(
            colours.foreground(kind).name(), colours.background(kind).name(),
            TranscriptColors::label(kind).toHtmlEscaped()));
    }
}
