#include "widgets/BatchRowModel.h"

#include <QGuiApplication>

using Outcome = BatchRow::Outcome;

BatchRowModel::BatchRowModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_colours(QGuiApplication::palette())
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(BatchIntervalMs);
    connect(&m_flush, &QTimer::timeout, this, &BatchRowModel::flush);
}

int BatchRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TranscriptColors::Kind BatchRowModel::kindFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted: return TranscriptColors::Kind::Success;
    case Outcome::Refused: return TranscriptColors::Kind::Permanent;
    case Outcome::Temporary: return TranscriptColors::Kind::Transient;
    case Outcome::Error: return TranscriptColors::Kind::Event; // nothing learnt about the address
    }
    return TranscriptColors::Kind::Event;
}

QString BatchRowModel::meaning(const BatchRow &row)
{
    QString words;
    if (row.outcome == Outcome::Accepted)
        words = tr("the server takes mail for this address");
    else if (row.category == Model::Category::SyntaxError && row.code == 0 && row.mx.isEmpty())
        words = tr("this line is not an e-mail address"); // a line of the list, not a server's reply
    else
        words = Model::categoryClause(row.category);
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QVariant BatchRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BatchRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LineColumn: return row.line > 0 ? QString::number(row.line) : QString();
        case AddressColumn: return row.address;
        case OutcomeColumn: return Model::label(row.outcome);
        case MeaningColumn: return meaning(row);
        case CodeColumn: return row.code > 0 ? QString::number(row.code) : QString();
        case TextColumn: return row.text;
        case MxColumn: return row.mx;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case LineColumn: return row.line;
        case OutcomeColumn: return int(row.outcome);
        case CodeColumn: return row.code;
        default: return data(index, Qt::DisplayRole);
        }
    case OutcomeRole: return int(row.outcome);
    case OutcomeKeyRole: return Model::key(row.outcome);
    case Qt::ForegroundRole: return m_colours.foreground(kindFor(row.outcome));
    case Qt::BackgroundRole: return m_colours.background(kindFor(row.outcome));
    case Qt::TextAlignmentRole:
        if (index.column() == CodeColumn || index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant BatchRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case AddressColumn: return tr("Address");
    case OutcomeColumn: return tr("Outcome");
    case MeaningColumn: return tr("What it means");
    case CodeColumn: return tr("Code");
    case TextColumn: return tr("Server's reply");
    case MxColumn: return tr("Mail server");
    }
    return {};
}

void BatchRowModel::clear()
{
    m_flush.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    endResetModel();
    Q_EMIT rowsAdded();
}

void BatchRowModel::append(const BatchRow &row)
{
    m_pending.append(row);
    if (!m_flush.isActive())
        m_flush.start();
}

void BatchRowModel::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (const BatchRow &row : std::as_const(m_pending)) {
        ++m_counts[int(row.outcome)];
        m_rows.append(row);
    }
    m_pending.clear();
    endInsertRows();
    Q_EMIT rowsAdded();
}

QList<BatchRow> BatchRowModel::rows() const
{
    return m_rows + m_pending;
}

int BatchRowModel::count(Outcome outcome) const
{
    return m_counts[int(outcome)];
}

void BatchRowModel::setColours(const TranscriptColors &colours)
{
    m_colours = colours;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}
