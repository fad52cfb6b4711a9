#pragma once

#include "model/DomainHealth.h"
#include "protocol/dns/SpfRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Counts the DNS lookups an SPF evaluation needs across includes and redirects, as
/// RFC 7208 §4.6.4 limits them (at most 10; more is a permerror), and finds the included
/// records that are missing, broken or loop. Pure: the probe fetches the names wanted()
/// asks for, round by round, and count() reads the answers; both stop at a bound, so a
/// hostile chain of includes cannot make the probe ask forever.
namespace SpfLookupCount {

/// RFC 7208 §4.6.4.
constexpr int Limit = 10;
/// At most this many records are fetched for one domain: enough to see a count over the
/// limit, few enough that a loop or a fan-out of includes stays cheap.
constexpr int MaxNames = 25;
/// Includes deeper than this are not followed (the count is past the limit long before).
constexpr int MaxDepth = 10;

/// What the DNS said about one name that an include or redirect points at.
struct Answer
{
    enum class Kind { Records, NoRecord, NoAnswer };
    Kind kind = Kind::NoRecord;
    QStringList spf; // the TXT strings that are SPF records (Kind::Records)
};

struct Result
{
    int lookups = 0;
    /// SpfIncludeMissing, SpfIncludeInvalid, SpfIncludeLoop, SpfIncludeLookupFailed
    /// (detail: the name).
    QList<HealthIssue> faults;
    /// Some names were not fetched (the bound): lookups is then a lower bound.
    bool incomplete = false;
};

/// "Example.COM." -> "example.com": how names are keyed in the answers.
QString key(const QString &name);

/// The names not yet answered that the evaluation would look at next.
/// root is the record of domain (an include of domain itself is a loop).
QStringList wanted(const QString &domain, const SpfRecord &root, const QHash<QString, Answer> &answers);

Result count(const QString &domain, const SpfRecord &root, const QHash<QString, Answer> &answers);

} // namespace SpfLookupCount
