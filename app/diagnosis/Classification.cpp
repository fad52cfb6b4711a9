#include "diagnosis/Classification.h"

#include <QMetaEnum>

namespace Diagnosis {

namespace {
// "RecipientUnknown" -> "recipient-unknown", "TlsFailed" -> "tls-failed": the enum names
// are the single source of the keys, so a new value cannot miss its key.
QString kebab(const char *enumName)
{
    QString key;
    const QLatin1StringView name(enumName);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0)
            key += u'-';
        key += c.toLower();
    }
    return key;
}

template <typename Enum>
QString keyOf(Enum value)
{
    return kebab(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template <typename Enum>
std::optional<Enum> fromKey(QStringView key)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (kebab(meta.key(i)) == key)
            return Enum(meta.value(i));
    }
    return std::nullopt;
}
} // namespace

QString severityKey(Severity severity) { return keyOf(severity); }
QString categoryKey(Category category) { return keyOf(category); }
QString problemKey(Problem problem) { return keyOf(problem); }
std::optional<Category> categoryFromKey(QStringView key) { return fromKey<Category>(key); }
std::optional<Severity> severityFromKey(QStringView key) { return fromKey<Severity>(key); }

QList<Category> allCategories()
{
    const QMetaEnum meta = QMetaEnum::fromType<Category>();
    QList<Category> all;
    for (int i = 0; i < meta.keyCount(); ++i)
        all.append(Category(meta.value(i)));
    return all;
}

} // namespace Diagnosis
