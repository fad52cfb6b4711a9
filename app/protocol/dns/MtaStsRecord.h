#pragma once

#include "model/DomainHealth.h"

#include <QList>
#include <QString>

/// The TXT record at _mta-sts.<domain> (RFC 8461 §3.1): says a policy exists and which
/// version (id) it is. Pure.
class MtaStsRecord
{
public:
    /// "v=STSv1" first: other TXT records at the name are ignored (§3.1).
    static bool isMtaSts(const QString &txt);
    static MtaStsRecord parse(const QString &text);

    QString text;
    QString id;                // 1 to 32 letters and digits
    QList<HealthIssue> faults; // StsSyntax
};
