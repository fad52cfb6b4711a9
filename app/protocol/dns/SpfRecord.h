#pragma once

#include "model/DomainHealth.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One SPF record (RFC 7208) read term by term, with what is wrong with it on its own:
/// syntax (§12), the `all` qualifier, terms after `all`, `ptr`, macros. Counting DNS
/// lookups across includes needs their records too; SpfLookupCount does that. Pure, so
/// it is tested table-first with real-world records.
class SpfRecord
{
public:
    enum class Qualifier { Pass, Fail, SoftFail, Neutral };
    enum class Mechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

    struct Term
    {
        Qualifier qualifier = Qualifier::Pass;
        Mechanism mechanism = Mechanism::All;
        QString target; // domain-spec or network, without the mechanism's name
        QString text;   // the term as written
    };

    /// Whether one TXT string is an SPF record at all (§4.5: "v=spf1" then a space or
    /// the end, any case); other TXT records at the domain are none of SPF's business.
    static bool isSpf(const QString &txt);
    static SpfRecord parse(const QString &text);

    QString text;
    QList<Term> terms; // mechanisms, in order
    QString redirect;  // the redirect= target, empty when none
    std::optional<Qualifier> allQualifier;
    /// Faults of this record alone; SpfSyntax makes it a permerror (§4.6).
    QList<HealthIssue> faults;

    bool hasSyntaxError() const;
    /// Whether a redirect= is followed: only without an `all` (§6.1).
    bool redirectApplies() const { return !redirect.isEmpty() && !allQualifier; }
    /// Terms of this record that cost a DNS lookup (§4.6.4: include, a, mx, ptr, exists and
    /// an applied redirect), without the lookups of the records they lead to.
    int lookupTerms() const;
    /// The names whose records count too: include targets, then the applied redirect.
    /// Names with macros are left out (they need a sender to expand).
    QStringList followedNames() const;

    /// "+all" -> "+", for people; the qualifier as it would be written.
    static QString qualifierText(Qualifier qualifier);
    /// A domain-spec that holds a %{...} macro: it cannot be resolved without a message.
    static bool hasMacro(const QString &domainSpec);
};
