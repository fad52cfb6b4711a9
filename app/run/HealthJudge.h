#pragma once

#include "model/Attempt.h"
#include "model/DnsFindings.h"
#include "model/DomainHealth.h"
#include "protocol/dns/HealthRecords.h"

#include <QList>

/// Decides what the domain health records mean: each check's status, its problems (most
/// serious first) and the facts shown with it, then has the catalogue word them. Pure
/// (no network), so every rule is tested with hand-made records.
namespace HealthJudge {

/// Every check from what HealthProbe found; mx: the MX lookup the probe started from.
/// The greeting names are not known yet: each address's bannerMatchesPtr says so until
/// addGreetings() has the attempts.
DomainHealth judge(const HealthRecords &records, const DnsFindings &mx);

/// Compares each address's greeting (the 220's first word) with its reverse name, from
/// the attempts that talked to it, and words the result.
void addGreetings(DomainHealth &health, const QList<Attempt> &attempts);

/// The host name a greeting gives ("220 mail.example.com ESMTP" -> "mail.example.com");
/// empty when the attempt saw no greeting.
QString greetingName(const Attempt &attempt);

// The single checks, for tests.
HealthFinding spf(const HealthRecords &records);
HealthFinding dmarc(const TxtAnswer &answer);
HealthFinding mtaSts(const HealthRecords &records, const DnsFindings &mx);
HealthFinding tlsRpt(const TxtAnswer &answer);
HealthFinding dane(const QList<TlsaAnswer> &answers);
HealthFinding fcrdns(const ResolvedAddress &address, const ForwardAnswer *forward);
HealthFinding banner(const QString &ptr, const QString &greeting, bool seen);

} // namespace HealthJudge
