#pragma once

#include "model/BatchRow.h"
#include "widgets/TranscriptColors.h"

#include <QAbstractTableModel>
#include <QTimer>

/// The rows of a batch check ("Check a list of addresses") as a table: line, address, outcome,
/// what it means, code, the server's words, the mail server. Rows arrive one by one from
/// BatchRun; they are kept back and inserted together every few tenths of a second, so a
/// list of thousands costs the view a few layouts, not one per address. The one copy of
/// the rows: Save writes rows() from here.
class BatchRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, AddressColumn, OutcomeColumn, MeaningColumn, CodeColumn, TextColumn, MxColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // what the column sorts by (numbers as numbers, outcomes by severity)
        OutcomeRole,                 // BatchRow::Outcome as int
        OutcomeKeyRole,              // "accepted", as in the saved files
    };

    explicit BatchRowModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void clear();
    /// Queues the row; it shows with the next batch (flush() to show it now).
    void append(const BatchRow &row);
    /// Inserts the rows queued so far, in one go.
    void flush();
    /// Every row, shown or queued, in the order they came.
    QList<BatchRow> rows() const;
    int count(BatchRow::Outcome outcome) const;
    int total() const { return int(m_rows.size() + m_pending.size()); }
    void setColours(const TranscriptColors &colours);

    static TranscriptColors::Kind kindFor(BatchRow::Outcome outcome);
    /// The category in words for this row ("The mailbox does not exist").
    static QString meaning(const BatchRow &row);

    /// How long rows wait before they are inserted together.
    static constexpr int BatchIntervalMs = 200;

Q_SIGNALS:
    /// Rows were inserted (counts changed).
    void rowsAdded();

private:
    QList<BatchRow> m_rows;
    QList<BatchRow> m_pending;
    int m_counts[4] = {0, 0, 0, 0};
    TranscriptColors m_colours;
    QTimer m_flush;
};
