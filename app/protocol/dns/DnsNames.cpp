#include "protocol/dns/DnsNames.h"

#include "protocol/dns/MxOrdering.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace DnsNames {

QString aceName(const QString &name)
{
    const QString normal = MxOrdering::normalizeName(name);
    if (normal.isEmpty())
        return normal;
    // QDnsLookup hands names back decoded (Unicode); findings and reports keep ACE.
    const QByteArray ace = QUrl::toAce(normal);
    return ace.isEmpty() ? normal : QString::fromLatin1(ace);
}

QString reverseName(const QHostAddress &address)
{
    QString name;
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol: {
        const quint32 ip = address.toIPv4Address();
        for (int shift = 0; shift < 32; shift += 8)
            name += QString::number((ip >> shift) & 0xff) + u'.';
        return name + u"in-addr.arpa"_s;
    }
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR ip = address.toIPv6Address();
        for (int i = 15; i >= 0; --i) {
            name += QString::number(ip[i] & 0x0f, 16) + u'.';
            name += QString::number(ip[i] >> 4, 16) + u'.';
        }
        return name + u"ip6.arpa"_s;
    }
    default:
        return name;
    }
}

QString livenessName()
{
    return u"1.0.0.127.in-addr.arpa"_s;
}

} // namespace DnsNames
