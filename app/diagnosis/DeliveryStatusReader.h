#pragma once

#include "diagnosis/BounceEntry.h"

#include <QList>
#include <QString>

/// Reads the machine-readable part of a bounce (RFC 3464 message/delivery-status):
/// one entry per Final-Recipient whose Action is failed or delayed.
class DeliveryStatusReader
{
public:
    /// dsn: the decoded part, lines separated by "\n".
    static QList<BounceEntry> entries(const QString &dsn);
};
