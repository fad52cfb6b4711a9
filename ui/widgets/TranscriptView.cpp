#include "widgets/TranscriptView.h"

#include "widgets/TranscriptColors.h"
#include "widgets/TranscriptModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QScrollBar>

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent)
    , m_model(new TranscriptModel(this))
{
    setModel(m_model);
    setMouseTracking(true);
    // Not uniform: the widest line decides the horizontal scroll range, not the first.
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_model->setFixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyPalette();

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::handleRowsInserted);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TranscriptView::handleDataChanged);
    connect(this, &QAbstractItemView::entered, this, &TranscriptView::handleHover);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &TranscriptView::refreshShown);
    // Follow new lines only while the user has not scrolled up to read something.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= verticalScrollBar()->maximum(); });
}

void TranscriptView::clearTranscript()
{
    m_model->clear();
    m_hoverRow = -1;
    m_shownRow = -1;
    m_followTail = true;
}

void TranscriptView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void TranscriptView::leaveEvent(QEvent *event)
{
    QListView::leaveEvent(event);
    m_hoverRow = -1;
    refreshShown();
}

void TranscriptView::applyPalette()
{
    m_model->setColours(TranscriptColors(palette()));
}

void TranscriptView::handleRowsInserted()
{
    if (m_followTail)
        scrollToBottom();
    refreshShown();
}

void TranscriptView::handleDataChanged()
{
    refreshShown();
}

void TranscriptView::handleHover(const QModelIndex &index)
{
    m_hoverRow = index.isValid() && m_model->explanationFor(index.row()) ? index.row() : -1;
    refreshShown();
}

void TranscriptView::refreshShown()
{
    int row = m_hoverRow;
    const QModelIndex current = currentIndex();
    if (row < 0 && current.isValid() && m_model->explanationFor(current.row()))
        row = current.row();
    if (row < 0)
        row = m_model->latestExplainedRow();
    const std::optional<Explanation> explanation = m_model->explanationFor(row);
    if (!explanation) {
        m_shownRow = -1;
        return;
    }
    const bool changed = row != m_shownRow;
    m_shownRow = row;
    if (changed)
        Q_EMIT explanationChanged(*explanation);
}

void TranscriptView::showRow(int row)
{
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
    refreshShown();
}
