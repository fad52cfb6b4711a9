#pragma once

#include "model/DomainHealth.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One DMARC record (RFC 7489 §6.3, the TXT at _dmarc.<domain>): the policy, where
/// reports go, and what is wrong with it. Pure; tested with real-world records.
class DmarcRecord
{
public:
    /// Whether a TXT string is a DMARC record (§6.6.3: others at _dmarc are discarded).
    static bool isDmarc(const QString &txt);
    static DmarcRecord parse(const QString &text);

    QString text;
    QString policy;          // p=: none, quarantine or reject; empty when absent or invalid
    QString subdomainPolicy; // sp=, empty when absent
    QStringList rua;         // aggregate report addresses as written
    QStringList ruf;
    int percent = 100;       // pct=
    /// DmarcSyntax, DmarcNoPolicy, DmarcPolicyNone, DmarcSubdomainNone, DmarcPartial,
    /// DmarcNoRua, DmarcRuaInvalid.
    QList<HealthIssue> faults;

    bool has(Model::HealthProblem problem) const;
};
