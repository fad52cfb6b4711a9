#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// One spelling table per enum, so every place that names a value (command line, JSON,
/// settings, reports, sentences) reads the same row. A table is a specialisation of
/// Model::EnumTable<E> with a constexpr array `rows` of entries that have at least
/// `value`, `key` (stable, lower-case, never translated) and `label` (for people,
/// translated in `context`; may be null where people never see the value).
namespace Model {

template <typename E>
struct EnumRow
{
    E value;
    const char *key;
    const char *label = nullptr;
};

template <typename E>
struct EnumTable; // specialised next to each enum

template <typename E>
const auto *rowOf(E value)
{
    for (const auto &row : EnumTable<E>::rows) {
        if (row.value == value)
            return &row;
    }
    return &EnumTable<E>::rows[0]; // unreachable for a complete table (a test checks)
}

template <typename E>
QString key(E value)
{
    return QString::fromLatin1(rowOf(value)->key);
}

/// People's words for the value, in the user's language; the key where it has none.
template <typename E>
QString label(E value)
{
    const auto *row = rowOf(value);
    return row->label ? QCoreApplication::translate(EnumTable<E>::context, row->label) : QString::fromLatin1(row->key);
}

/// Keys are matched case-insensitively: people type "STARTTLS" as often as "starttls".
template <typename E>
std::optional<E> fromKey(QStringView key)
{
    for (const auto &row : EnumTable<E>::rows) {
        if (key.compare(QLatin1StringView(row.key), Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

template <typename E>
QList<E> values()
{
    QList<E> all;
    for (const auto &row : EnumTable<E>::rows)
        all.append(row.value);
    return all;
}

template <typename E>
QStringList keys(const QList<E> &subset = values<E>())
{
    QStringList out;
    for (E value : subset)
        out.append(key(value));
    return out;
}

/// "a, b or c", for usage texts that list what may be typed.
QString choiceList(const QStringList &words);

template <typename E>
QString choices(const QList<E> &subset = values<E>())
{
    return choiceList(keys(subset));
}

} // namespace Model
