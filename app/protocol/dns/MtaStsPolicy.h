#pragma once

#include "model/DomainHealth.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The MTA-STS policy file (RFC 8461 §3.2, https://mta-sts.<domain>/.well-known/mta-sts.txt):
/// version, mode, the MX patterns and max_age, and whether the patterns cover the MX
/// records the domain really publishes (§4.1). Pure.
class MtaStsPolicy
{
public:
    /// RFC 8461 §3.2: max_age is at most a year (31557600 s).
    static constexpr qint64 MaxAgeLimit = 31557600;
    /// Shorter than a day is worth a note: the RFC expects "weeks or greater".
    static constexpr qint64 ShortMaxAge = 86400;

    static MtaStsPolicy parse(const QString &text);

    /// §4.1: "mx.example.com" matches itself; "*.example.com" matches one more label
    /// on the left ("mx.example.com", not "a.b.example.com" and not "example.com").
    static bool matches(const QString &pattern, const QString &host);
    /// The exchanges no mx: pattern covers.
    QStringList uncovered(const QStringList &exchanges) const;

    QString text;
    QString version;
    QString mode;                 // enforce, testing or none; empty when missing or unknown
    std::optional<qint64> maxAge; // seconds
    QStringList mx;               // patterns, as written
    /// StsPolicySyntax, StsPolicyVersion, StsModeInvalid, StsModeTesting, StsModeNone,
    /// StsMaxAgeInvalid, StsMaxAgeShort, StsNoMxPattern.
    QList<HealthIssue> faults;
};
