#pragma once

#include "diagnosis/BounceEntry.h"
#include "model/Explanation.h"

#include <QList>

/// The facts a bounce carries beside its reply (an IP address a blocklist names, a
/// delisting or help link, the reporting and the refusing server), so that the Explain
/// page can show them rather than leave the reader to dig them out of the text.
class BounceDetails
{
public:
    static QList<BounceDetail> of(const BounceEntry &entry);
};
