#pragma once

#include "model/DomainHealth.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// One TLSA record (RFC 6698 §2.1) as DANE for SMTP reads it (RFC 7672): certificate
/// usage, selector, matching type and the association data. Pure.
struct TlsaRecord
{
    int usage = 0;
    int selector = 0;
    int matchingType = 0;
    QByteArray data;

    /// The record from its RDATA; nothing when it is shorter than the three octets.
    static std::optional<TlsaRecord> fromRdata(const QByteArray &rdata);
    /// "3 1 1 0A1B…": the presentation form (RFC 6698 §2.2), data in upper-case hex.
    QString text() const;
    /// DaneRecordInvalid (an unknown field value, data of the wrong length) and
    /// DaneUsagePkix (usages 0 and 1, which SMTP clients do not use: RFC 7672 §3.1.3).
    QList<HealthIssue> faults() const;
};
