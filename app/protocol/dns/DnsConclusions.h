#pragma once

#include "model/DnsFindings.h"
#include "protocol/dns/HostAnswers.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// What the answers mean, once they are in: pure decisions of DnsProbe that need no
/// lookup, each returning the line the transcript shows.
class DnsConclusions
{
    Q_DECLARE_TR_FUNCTIONS(DnsConclusions)
public:
    /// The domain had no MX records and its own name was asked: either it is its own
    /// mail server (implicit MX: true) or the destination fails with findings.problem.
    static bool concludeImplicit(DnsFindings &findings, const QString &resolverText, QString *event);
    /// Every exchange is resolved: when none has an address, the whole destination fails
    /// with the cause a retry might cure first. Returns the transcript line, if any.
    static std::optional<QString> concludeExchanges(DnsFindings &findings);
    /// What the transcript says of an exchange's (or an explicit host's) problem, if anything.
    static std::optional<QString> hostProblem(const MxHost &server, bool explicitHost, const QString &familyName);
    /// A reverse (PTR) answer for resolved, an address of exchange.
    static QString reverseAnswer(ResolvedAddress &resolved, HostAnswers::Outcome outcome, const QStringList &names,
                                 const QString &exchange);
};
