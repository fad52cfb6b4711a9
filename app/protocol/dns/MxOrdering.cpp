#include "protocol/dns/MxOrdering.h"

#include <QRandomGenerator>

#include <algorithm>

namespace MxOrdering {

QString normalizeName(const QString &name)
{
    QString normal = name.trimmed().toLower();
    while (normal.endsWith(u'.'))
        normal.chop(1);
    return normal;
}

bool isNullExchange(const QString &exchange)
{
    return normalizeName(exchange).isEmpty();
}

Result order(const QList<Record> &records, quint32 seed)
{
    Result result;
    QList<Record> normal;
    normal.reserve(records.size());
    for (const Record &record : records) {
        if (isNullExchange(record.exchange)) {
            result.nullMx = true;
            continue;
        }
        normal.append({record.preference, normalizeName(record.exchange)});
    }
    if (result.nullMx) {
        // RFC 7505 §3: a domain that publishes a null MX must publish no other MX; if it
        // does anyway, the null MX still says what the owner meant: no mail.
        result.nullMxAmongOthers = !normal.isEmpty();
        return result;
    }

    // By name within a preference first, so a seed gives the same order whatever order
    // the DNS server listed the records in (servers rotate them).
    std::sort(normal.begin(), normal.end(), [](const Record &a, const Record &b) {
        return a.preference != b.preference ? a.preference < b.preference : a.exchange < b.exchange;
    });
    for (const Record &record : std::as_const(normal)) {
        const bool seen = std::any_of(result.records.cbegin(), result.records.cend(),
                                      [&](const Record &r) { return r.exchange == record.exchange; });
        if (seen)
            ++result.duplicatesDropped;
        else
            result.records.append(record);
    }

    // Fisher-Yates within each run of equal preference, with our own loop on Qt's
    // generator so a seed gives the same order on every platform (std::shuffle does not).
    QRandomGenerator generator(seed != 0 ? seed : QRandomGenerator::global()->generate());
    QList<Record> &list = result.records;
    for (qsizetype begin = 0; begin < list.size();) {
        qsizetype end = begin + 1;
        while (end < list.size() && list.at(end).preference == list.at(begin).preference)
            ++end;
        for (qsizetype i = end - 1; i > begin; --i) {
            const qsizetype j = begin + qsizetype(generator.bounded(quint32(i - begin + 1)));
            list.swapItemsAt(i, j);
        }
        begin = end;
    }
    return result;
}

QList<Route> routes(const DnsFindings &findings, TestPlan::IpFamily family, quint16 port)
{
    QList<Route> out;
    for (const MxHost &mx : findings.mx) {
        for (const ResolvedAddress &resolved : mx.addresses) {
            const bool v6 = resolved.address.protocol() == QAbstractSocket::IPv6Protocol;
            if ((family == TestPlan::IpFamily::V4 && v6) || (family == TestPlan::IpFamily::V6 && !v6))
                continue;
            out.append(Route{mx.exchange, resolved.address, port, mx.preference, resolved.ptr});
        }
    }
    return out;
}

} // namespace MxOrdering
