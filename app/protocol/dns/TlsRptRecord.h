#pragma once

#include "model/DomainHealth.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The TXT record at _smtp._tls.<domain> (RFC 8460 §3): where senders send reports about
/// failed TLS. Pure.
class TlsRptRecord
{
public:
    /// "v=TLSRPTv1" first: other TXT records at the name are ignored.
    static bool isTlsRpt(const QString &txt);
    static TlsRptRecord parse(const QString &text);

    QString text;
    QStringList rua;           // mailto: or https: addresses
    QList<HealthIssue> faults; // TlsRptSyntax, TlsRptNoRua, TlsRptRuaInvalid
};
