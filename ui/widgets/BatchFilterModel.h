#pragma once

#include "model/BatchRow.h"

#include <QSortFilterProxyModel>

#include <optional>

/// Sorting and filtering over BatchRowModel: the search box's text in any column (case
/// does not matter) and, when chosen, one outcome. Sorts by BatchRowModel::SortRole, so
/// codes sort as numbers and outcomes from accepted to error.
class BatchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit BatchFilterModel(QObject *parent = nullptr);

    /// Only rows with this outcome; nullopt shows every outcome.
    void setOutcome(std::optional<BatchRow::Outcome> outcome);
    std::optional<BatchRow::Outcome> outcome() const { return m_outcome; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<BatchRow::Outcome> m_outcome;
};
