#pragma once

#include "model/DnsFindings.h"
#include "model/Route.h"
#include "model/TestPlan.h"

#include <QList>
#include <QString>

/// The pure part of RFC 5321 §5.1 and RFC 7505: orders MX records as a sending mail
/// server would try them and recognises the null MX. No network, so it is tested table-first.
namespace MxOrdering {

/// One MX record as it came from DNS.
struct Record
{
    int preference = 0;
    QString exchange;

    friend bool operator==(const Record &, const Record &) = default;
};

/// The records in the order to try, or the null MX verdict.
struct Result
{
    QList<Record> records;   // empty when nullMx
    bool nullMx = false;     // RFC 7505: the domain accepts no mail
    /// A null MX published next to other records: invalid per RFC 7505 §3, still a null MX.
    bool nullMxAmongOthers = false;
    int duplicatesDropped = 0; // the same exchange listed twice: only the best preference kept
};

/// "MX1.Example.COM." -> "mx1.example.com"; "." -> "" (the null MX's root name).
QString normalizeName(const QString &name);

/// True for the exchange of a null MX: "." or empty (how resolvers spell the root).
bool isNullExchange(const QString &exchange);

/// Sorts by preference (lowest first), shuffles equal preferences with a generator seeded
/// by seed (0: a random seed, as RFC 5321 §5.1 asks of senders), normalises names.
Result order(const QList<Record> &records, quint32 seed);

/// The routes to try, in order: every address of every exchange, in the IP family asked
/// for, on port.
QList<Route> routes(const DnsFindings &findings, TestPlan::IpFamily family, quint16 port);

} // namespace MxOrdering
