#include "protocol/dns/TagList.h"

namespace {
QString trimmedWsp(QStringView text)
{
    // WSP is space and tab only (RFC 5234); other white space is part of the value.
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text.at(begin) == u' ' || text.at(begin) == u'\t'))
        ++begin;
    while (end > begin && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
        --end;
    return text.mid(begin, end - begin).toString();
}
} // namespace

TagList TagList::parse(const QString &text, bool spaceAroundEquals)
{
    TagList list;
    const QList<QStringView> parts = QStringView(text).split(u';');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = trimmedWsp(parts.at(i));
        if (part.isEmpty()) {
            // Only the end may be empty ("v=DMARC1; p=none;"); "a=b;;c=d" is not a list.
            if (i + 1 < parts.size() && list.malformed.isEmpty())
                list.malformed = QStringLiteral(";");
            continue;
        }
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0) {
            if (list.malformed.isEmpty())
                list.malformed = part;
            continue;
        }
        QString name = part.left(equals);
        QString value = part.mid(equals + 1);
        if (spaceAroundEquals) {
            name = trimmedWsp(name);
            value = trimmedWsp(value);
        } else if (name != trimmedWsp(name) || value != trimmedWsp(value)) {
            if (list.malformed.isEmpty())
                list.malformed = part;
            continue;
        }
        list.tags.append({name, value});
    }
    return list;
}

QString TagList::value(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first == name)
            return tag.second;
    }
    return {};
}

bool TagList::beginsWith(const QString &name, const QString &value) const
{
    return !tags.isEmpty() && tags.constFirst().first == name && tags.constFirst().second == value;
}

bool TagList::contains(const QString &name) const
{
    return count(name) > 0;
}

int TagList::count(const QString &name) const
{
    int n = 0;
    for (const auto &tag : tags)
        n += tag.first == name ? 1 : 0;
    return n;
}
