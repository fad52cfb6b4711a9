#include "widgets/TranscriptView.h"

#include "widgets/TranscriptColors.h"
#include "widgets/TranscriptModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent)
    , m_model(new TranscriptModel(this))
    , m_tailTimer(new QTimer(this))
{
    setModel(m_model);
    // Lines arrive one by one, thousands a second in a flood. Scrolling to the end lays out
    // every line first (executePostedLayout), so it happens once per event-loop turn; and
    // while lines do not wrap, all items are one line high (uniform sizes): the layout
    // never measures each line, row 0 tells the width of the widest (TranscriptModel).
    m_tailTimer->setSingleShot(true);
    m_tailTimer->setInterval(0);
    connect(m_tailTimer, &QTimer::timeout, this, [this] {
        if (m_followTail)
            scrollToBottom();
    });
    setUniformItemSizes(true);
    m_model->setUniformSizeHint(true);
    setMouseTracking(true);
    // Lines are selected like text: Shift/Ctrl extend, Ctrl+A takes all, Ctrl+C copies.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    if (m_followTail && !m_tailTimer->isActive())
        m_tailTimer->start();
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

QString TranscriptView::selectedText() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            lines << m_model->index(row).data(TranscriptModel::FullTextRole).toString();
    }
    for (const QModelIndex &index : std::as_const(rows))
        lines << index.data(TranscriptModel::FullTextRole).toString();
    return lines.join(u'\n');
}

void TranscriptView::copySelection() const
{
    QGuiApplication::clipboard()->setText(selectedText());
}

void TranscriptView::setWrapLines(bool wrap)
{
    setWordWrap(wrap);
    // Wrapped lines differ in height: each is measured (slow for a very long transcript).
    setUniformItemSizes(!wrap);
    m_model->setUniformSizeHint(!wrap);
    setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    // Item sizes depend on the width once lines wrap: lay them out again.
    setResizeMode(wrap ? QListView::Adjust : QListView::Fixed);
    doItemsLayout();
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void TranscriptView::focusInEvent(QFocusEvent *event)
{
    // The first arrow key moves from the line on screen, not from the top.
    if (!currentIndex().isValid() && m_model->rowCount() > 0) {
        const int row = m_shownRow >= 0 ? m_shownRow : m_model->rowCount() - 1;
        selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::NoUpdate);
    }
    QListView::focusInEvent(event);
    update();
}

void TranscriptView::focusOutEvent(QFocusEvent *event)
{
    QListView::focusOutEvent(event);
    update();
}

bool TranscriptView::event(QEvent *event)
{
    const bool handled = QListView::event(event);
    // The style draws no focus frame around a list: keyboard users must see where they are.
    if (event->type() == QEvent::Paint && hasFocus()) {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    return handled;
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    // popup(), not exec(): no nested event loop; the menu deletes itself when closed.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("transcriptMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copy = menu->addAction(tr("&Copy"), this, &TranscriptView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel()->hasSelection());
    menu->addAction(tr("Copy &all lines"), this, [this] {
        QStringList lines;
        for (int row = 0; row < m_model->rowCount(); ++row)
            lines << m_model->index(row).data(TranscriptModel::FullTextRole).toString();
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    QAction *all = menu->addAction(tr("Select a&ll"), this, &QAbstractItemView::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    menu->addSeparator();
    QAction *wrap = menu->addAction(tr("&Wrap long lines"), this, &TranscriptView::setWrapLines);
    wrap->setCheckable(true);
    wrap->setChecked(wrapLines());
    menu->popup(event->globalPos());
    event->accept();
}
