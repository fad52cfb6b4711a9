#include "protocol/dns/TlsaRecord.h"

using Model::HealthProblem;

std::optional<TlsaRecord> TlsaRecord::fromRdata(const QByteArray &rdata)
{
    if (rdata.size() < 3)
        return std::nullopt;
    TlsaRecord record;
    record.usage = quint8(rdata.at(0));
    record.selector = quint8(rdata.at(1));
    record.matchingType = quint8(rdata.at(2));
    record.data = rdata.mid(3);
    return record;
}

QString TlsaRecord::text() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex().toUpper()));
}

QList<HealthIssue> TlsaRecord::faults() const
{
    QList<HealthIssue> list;
    const QString shown = text();
    // SHA-256 and SHA-512 digests have fixed lengths; a full value (0) is never empty.
    const bool lengthOk = (matchingType == 0 && !data.isEmpty()) || (matchingType == 1 && data.size() == 32)
                          || (matchingType == 2 && data.size() == 64);
    if (usage > 3 || selector > 1 || matchingType > 2 || !lengthOk)
        list.append(HealthIssue{HealthProblem::DaneRecordInvalid, shown, {}});
    else if (usage < 2)
        list.append(HealthIssue{HealthProblem::DaneUsagePkix, shown, {}});
    return list;
}
