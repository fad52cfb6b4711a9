#include "protocol/dns/PublicSuffix.h"

#include <QFile>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The list's three kinds of rule, each kept as the rule's labels joined with dots, in
// Unicode and lower case as the file writes them (https://publicsuffix.org/list/).
struct Rules
{
    QSet<QString> normal;    // "co.uk"
    QSet<QString> wildcard;  // "*.ck" kept as "ck": any one label under it is a suffix
    QSet<QString> exception; // "!www.ck" kept as "www.ck": not a suffix after all
    bool loaded = false;
};

Rules parse(const QString &text)
{
    Rules rules;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        // A rule is the first word of its line; comments start with "//".
        const QString rule = raw.section(u' ', 0, 0).trimmed().toLower();
        if (rule.isEmpty() || rule.startsWith(u"//"_s))
            continue;
        if (rule.startsWith(u"!"_s))
            rules.exception.insert(rule.mid(1));
        else if (rule.startsWith(u"*."_s))
            rules.wildcard.insert(rule.mid(2));
        else
            rules.normal.insert(rule);
    }
    rules.loaded = !rules.normal.isEmpty();
    return rules;
}

std::mutex mutex;
std::optional<Rules> current;

const Rules &rules()
{
    const std::lock_guard lock(mutex);
    if (!current) {
        QFile file(PublicSuffix::defaultListPath());
        current = file.open(QIODevice::ReadOnly | QIODevice::Text) ? parse(QString::fromUtf8(file.readAll())) : Rules{};
    }
    return *current;
}

} // namespace

QString PublicSuffix::defaultListPath()
{
    return u"/usr/share/publicsuffix/public_suffix_list.dat"_s;
}

bool PublicSuffix::listLoaded()
{
    return rules().loaded;
}

void PublicSuffix::useListText(const QString &text)
{
    const std::lock_guard lock(mutex);
    current = parse(text);
}

QString PublicSuffix::organizationalDomain(const QString &domain)
{
    QString name = domain.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    // The list is in Unicode; compare in Unicode, answer in ACE.
    bool ascii = true;
    for (const QChar c : std::as_const(name))
        ascii = ascii && c.unicode() < 0x80;
    const QString unicode = ascii ? QUrl::fromAce(name.toLatin1()).toLower() : name;
    const QStringList labels = unicode.split(u'.');
    if (name.isEmpty() || labels.contains(QString()))
        return {};
    const Rules &list = rules();
    // Without the list the default rule alone would make "co.uk" the organisational domain
    // of "example.co.uk"'s subdomains: better no answer than a wrong one.
    if (!list.loaded)
        return {};
    // The longest matching rule decides; an exception beats every other rule, and
    // without any match the default rule "*" makes the last label the suffix.
    qsizetype suffixLabels = 1;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString tail = labels.mid(i).join(u'.');
        if (list.exception.contains(tail)) {
            suffixLabels = labels.size() - i - 1;
            break;
        }
        const qsizetype count = labels.size() - i;
        if (list.normal.contains(tail))
            suffixLabels = std::max(suffixLabels, count);
        if (i > 0 && list.wildcard.contains(tail))
            suffixLabels = std::max(suffixLabels, count + 1);
    }
    if (labels.size() <= suffixLabels)
        return {};
    const QString organizational = labels.mid(labels.size() - suffixLabels - 1).join(u'.');
    return QString::fromLatin1(QUrl::toAce(organizational));
}
