#pragma once

#include "model/Explanation.h"
#include "model/Vocabulary.h"

#include <QByteArrayView>
#include <QSslError>

#include <span>

/// The row types of ReplyCatalog's static tables and the accessors of each table. Every
/// user-visible string in a table is marked with QT_TRANSLATE_NOOP("ReplyCatalog", ...)
/// so lupdate files it under ReplyCatalog, and ReplyCatalog::tr() translates it at lookup.
/// See docs/catalog.md for which table to edit.
namespace CatalogTables {

constexpr int MaxItems = 5;

/// What a person reads: title, meaning, causes (most likely first), next steps.
struct Text
{
    const char *title;
    const char *meaning;
    const char *causes[MaxItems];
    const char *nextSteps[MaxItems];
    const char *reference; // not translated: "RFC 5321 §4.2.3"
};

/// A set of stages as a bit mask; 0 means "any stage".
using StageMask = unsigned;
constexpr StageMask anyStage = 0;
constexpr StageMask at(Model::Stage stage) { return 1u << unsigned(stage); }
constexpr StageMask operator|(Model::Stage a, Model::Stage b) { return at(a) | at(b); }
constexpr StageMask operator|(StageMask a, Model::Stage b) { return a | at(b); }
constexpr bool matches(StageMask mask, Model::Stage stage) { return mask == anyStage || (mask & at(stage)); }

/// A basic reply code (RFC 5321 §4.2.3, RFC 7504, RFC 4954, RFC 3207) at some stages.
/// The first row whose code and stage mask match wins, so stage-specific rows come first.
struct BasicRow
{
    int code;
    StageMask stages;
    Model::Category category;
    Text text;
};

/// An enhanced status code subject.detail (RFC 3463, RFC 5248 and the IANA registry);
/// the class digit comes from the reply. transientCategory, when not Other, replaces
/// category for a 4.x.x reply.
struct EnhancedRow
{
    int subject;
    int detail;
    Model::Category category;
    Model::Category transientCategory;
    Text text;
};

/// A provider's or an MTA's reply recognised by its text, where the code alone misleads.
/// pattern is a case-insensitive regular expression matched against "code enhanced text";
/// codeClass limits the rule to 4xx or 5xx replies (0: any failure, or no code at all).
struct ProviderRow
{
    const char *id;
    const char *pattern;
    int codeClass;
    Model::Category category;
    Text text;
};

/// Plain words that name a cause, in any of several languages, whoever the server is.
/// pattern is a case-insensitive regular expression matched against the reply with its
/// white space collapsed. explainedBy names the catalogue entry whose text explains the
/// cause, so each explanation is written once: "X.2.2" (an enhanced code's row),
/// "rule:<provider rule id>" or "problem:<Model::Problem key>".
struct PhraseRow
{
    const char *id;
    const char *pattern;
    int codeClass;
    Model::Category category;
    const char *explainedBy;
};

/// Whether a phrase row only says that delivery failed, without a reason (an NDR's intro
/// sentence, "Transaction failed"): any specific code or other words say more.
inline bool namesNoCause(QUtf8StringView id)
{
    return id == "phrase-no-cause" || id == "phrase-no-reason" || id == "phrase-no-reason-action";
}
inline bool namesNoCause(const PhraseRow &row)
{
    return namesNoCause(QUtf8StringView(row.id));
}

/// Whether a phrase row speaks for a reply at stage. A failure stated without its reason
/// says nothing a refused greeting does not ("554 Transaction failed" on connecting: this
/// client is not welcome), and RFC 5321's words for 550 cut short ("Requested action not
/// taken") mean after MAIL or RCPT what 550 means there: the code and the stage decide.
inline bool appliesAt(const PhraseRow &row, Model::Stage stage)
{
    const QByteArrayView id(row.id);
    if (id == "phrase-refused-at-rcpt")
        return stage == Model::Stage::Rcpt;
    if (stage == Model::Stage::Greeting)
        return !id.startsWith("phrase-no-reason");
    if (stage == Model::Stage::Mail || stage == Model::Stage::Rcpt)
        return id != "phrase-no-reason-action";
    return true;
}

/// A failure or finding without a reply.
struct ProblemRow
{
    Model::Problem problem;
    Model::Severity severity;
    Model::Category category;
    Text text;
};

/// One certificate verification error.
struct TlsRow
{
    QSslError::SslError error;
    Text text;
};

std::span<const BasicRow> basicRows();          // BasicCodeTable.cpp
std::span<const BasicRow> basicStageRows();     // BasicStageTable.cpp: checked before basicRows
std::span<const EnhancedRow> enhancedAddressRows(); // X.0, X.1, X.2
std::span<const EnhancedRow> enhancedSystemRows();  // X.3, X.4, X.5, X.6
std::span<const EnhancedRow> enhancedSecurityRows(); // X.7
std::span<const ProviderRow> microsoftRows();   // ProviderRulesMicrosoft.cpp, tried first
std::span<const ProviderRow> googleYahooRows(); // ProviderRulesGoogleYahoo.cpp
std::span<const ProviderRow> mtaRows();         // ProviderRulesMta.cpp: blocklists, Postfix, Exim, Sendmail, generic
std::span<const PhraseRow> phraseVendorCodeRows(); // PhraseRulesVendorCodes.cpp: filters' reason codes; tried first
std::span<const PhraseRow> phraseAccessRows();   // PhraseRulesAccess.cpp: sign-in, TLS, relay, reputation
std::span<const PhraseRow> phraseMailboxRows();  // PhraseRulesMailbox.cpp: full, size, disabled, unknown, domain
std::span<const PhraseRow> phraseDeliveryRows(); // PhraseRulesDelivery.cpp: expiry, network, content, policy; tried last
std::span<const ProblemRow> problemRows();      // ProblemTable.cpp
std::span<const TlsRow> tlsRows();              // TlsErrorTable.cpp

/// Puts a row's text into e, translated, without repeating a cause, step or reference
/// already there (ReplyCatalog.cpp; shared by the reply and the failure explanations).
void fill(Explanation &e, const Text &text);

} // namespace CatalogTables
