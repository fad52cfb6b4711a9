#pragma once

#include "diagnosis/BounceEntry.h"

#include <QList>
#include <QString>

/// Reads the machine-readable part of a bounce (RFC 3464 message/delivery-status):
/// one entry per Final-Recipient whose Action is failed or delayed (or, when asked, any).
class DeliveryStatusReader
{
public:
    enum class Actions { Failures, All }; // All: delivered, relayed and expanded too
    /// dsn: the decoded part, lines separated by "\n".
    static QList<BounceEntry> entries(const QString &dsn, Actions which = Actions::Failures);
};
