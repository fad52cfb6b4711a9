#pragma once

#include "diagnosis/CatalogTables.h"

#include <QString>
#include <QStringList>

/// The catalogue's text rules (provider rules and phrase rules), compiled on first use
/// (never at start-up: a run that explains nothing pays nothing) and tried in order.
class RuleMatcher
{
public:
    template<typename Row>
    struct Hit
    {
        const Row *row = nullptr;
        QString matched; // the words or code that matched, as the server wrote them
        explicit operator bool() const { return row != nullptr; }
    };

    /// Provider rules name a provider or an MTA; "generic-" rules are texts any server sends.
    enum class Rules { Specific, Generic };
    /// The first provider rule of that kind for the reply's class whose pattern matches.
    static Hit<CatalogTables::ProviderRow> provider(const QString &subject, int codeClass, Rules which);
    /// The first phrase rule (access, then mailbox, then delivery words) that matches.
    static Hit<CatalogTables::PhraseRow> phrase(const QString &subject, int codeClass);
    /// Where the phrase rule with that id matches, whatever rules come before it.
    static Hit<CatalogTables::PhraseRow> phraseById(QUtf8StringView id, const QString &subject);
    /// A provider rule by id, for phrase rows that borrow its text.
    static const CatalogTables::ProviderRow *providerRow(QStringView id);

    static QStringList providerRuleIds();
    static QStringList phraseRuleIds();
};
