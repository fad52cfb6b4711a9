#include "widgets/BatchFilterModel.h"

#include "widgets/BatchRowModel.h"

BatchFilterModel::BatchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BatchRowModel::SortRole);
    setFilterKeyColumn(-1); // the search box looks at every column
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void BatchFilterModel::setOutcome(std::optional<BatchRow::Outcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateRowsFilter();
}

void BatchFilterModel::setSearchText(const QString &text)
{
    setFilterFixedString(text.trimmed());
}

bool BatchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_outcome) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(BatchRowModel::OutcomeRole).toInt() != int(*m_outcome))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
