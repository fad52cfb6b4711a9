#pragma once

#include <QHostAddress>
#include <QString>

/// Spelling of DNS names for the probe: ACE host names without the trailing dot, and the
/// reverse (PTR) name of an address. Pure functions, tested without a network.
namespace DnsNames {

/// "Mail.Example.COM." -> "mail.example.com"; a Unicode name becomes ACE ("xn--...").
QString aceName(const QString &name);

/// 192.0.2.1 -> "1.2.0.192.in-addr.arpa"; IPv6 as 32 reversed nibbles under ip6.arpa.
/// Empty for a null address.
QString reverseName(const QHostAddress &address);

/// A name the probe asks about when it must know whether the DNS server answers at all:
/// every resolver answers for 127.0.0.1's reverse name (a record or NXDOMAIN), so only a
/// silent or unreachable server leaves it unanswered.
QString livenessName();

} // namespace DnsNames
