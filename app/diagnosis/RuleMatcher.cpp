#include "diagnosis/RuleMatcher.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <vector>

using namespace CatalogTables;

namespace {

Q_LOGGING_CATEGORY(lcRules, "smtpwizard.diagnosis")

template<typename Row>
struct Compiled
{
    const Row *row;
    QRegularExpression pattern;
};

template<typename Row>
std::vector<Compiled<Row>> compile(std::initializer_list<std::span<const Row>> tables)
{
    std::vector<Compiled<Row>> compiled;
    for (const auto &table : tables) {
        for (const auto &row : table) {
            // No UseUnicodePropertiesOption: it makes compiling several times slower, and
            // the patterns spell non-ASCII letters out (caseless matching still folds them).
            QRegularExpression re(QString::fromUtf8(row.pattern), QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid())
                qCWarning(lcRules) << "invalid rule pattern" << row.id << re.errorString();
            compiled.push_back({&row, re});
        }
    }
    return compiled;
}

// Function-local statics: compiled when the first reply is explained, once per process.
const std::vector<Compiled<ProviderRow>> &providerRules()
{
    static const auto rules = compile<ProviderRow>({microsoftRows(), googleYahooRows(), mtaRows()});
    return rules;
}

const std::vector<Compiled<PhraseRow>> &phraseRules()
{
    static const auto rules = compile<PhraseRow>({phraseVendorCodeRows(), phraseAccessRows(), phraseMailboxRows(), phraseDeliveryRows()});
    return rules;
}

template<typename Row, typename Keep>
RuleMatcher::Hit<Row> first(const std::vector<Compiled<Row>> &rules, const QString &subject, int codeClass, Keep keep)
{
    for (const auto &rule : rules) {
        if ((rule.row->codeClass != 0 && rule.row->codeClass != codeClass) || !keep(*rule.row))
            continue;
        if (const auto m = rule.pattern.match(subject); m.hasMatch())
            return {rule.row, m.captured(0).trimmed()};
    }
    return {};
}

} // namespace

RuleMatcher::Hit<ProviderRow> RuleMatcher::provider(const QString &subject, int codeClass, Rules which)
{
    return first(providerRules(), subject, codeClass, [which](const ProviderRow &row) {
        return QByteArrayView(row.id).startsWith("generic-") == (which == Rules::Generic);
    });
}

RuleMatcher::Hit<PhraseRow> RuleMatcher::phrase(const QString &subject, int codeClass)
{
    return first(phraseRules(), subject, codeClass, [](const PhraseRow &) { return true; });
}

RuleMatcher::Hit<PhraseRow> RuleMatcher::phraseById(QUtf8StringView id, const QString &subject)
{
    for (const auto &rule : phraseRules()) {
        if (QUtf8StringView(rule.row->id) != id)
            continue;
        if (const auto m = rule.pattern.match(subject); m.hasMatch())
            return {rule.row, m.captured(0).trimmed()};
        break;
    }
    return {};
}

const ProviderRow *RuleMatcher::providerRow(QStringView id)
{
    for (const auto &table : {microsoftRows(), googleYahooRows(), mtaRows()}) {
        for (const auto &row : table) {
            if (id == QLatin1StringView(row.id))
                return &row;
        }
    }
    return nullptr;
}

QStringList RuleMatcher::providerRuleIds()
{
    QStringList ids;
    for (const auto &rule : providerRules())
        ids.append(QString::fromUtf8(rule.row->id));
    return ids;
}

QStringList RuleMatcher::phraseRuleIds()
{
    QStringList ids;
    for (const auto &rule : phraseRules())
        ids.append(QString::fromUtf8(rule.row->id));
    return ids;
}
