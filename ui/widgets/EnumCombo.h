#pragma once

#include "model/EnumTable.h"

#include <QComboBox>
#include <QVariant>

/// Combo boxes that carry their enum value as item data, so the order of the items (or
/// a translator's reordering) never changes what a choice means.
namespace EnumCombo {

/// Gives the combo's items, in their order, the values listed.
template <typename E>
void setValues(QComboBox *combo, const QList<E> &values)
{
    Q_ASSERT(combo->count() == values.size());
    for (int i = 0; i < values.size() && i < combo->count(); ++i)
        combo->setItemData(i, QVariant::fromValue(int(values.at(i))));
}

template <typename E>
E value(const QComboBox *combo, E fallback)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? E(data.toInt()) : fallback;
}

template <typename E>
void select(QComboBox *combo, E value)
{
    const int index = combo->findData(QVariant::fromValue(int(value)));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace EnumCombo
