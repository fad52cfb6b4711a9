#include "protocol/dns/DnsConclusions.h"

#include <algorithm>

using Model::Problem;
using Outcome = HostAnswers::Outcome;

bool DnsConclusions::concludeImplicit(DnsFindings &findings, const QString &resolverText, QString *event)
{
    const QString &domain = findings.domain;
    const MxHost &host = findings.mx.at(0);
    if (!host.addresses.isEmpty() || host.problem == Problem::NoUsableAddress) {
        findings.implicitMx = true;
        findings.problem = host.problem;
        findings.errorText.clear();
        *event = tr("No MX records: using the domain's own address (implicit MX)");
        return true;
    }
    findings.problem = host.problem;
    if (!resolverText.isEmpty())
        findings.errorText = resolverText;
    findings.mx.clear();
    switch (*findings.problem) {
    case Problem::DnsNxDomain:
        *event = tr("%1 does not exist (NXDOMAIN)").arg(domain);
        break;
    case Problem::DnsNoAddress:
        *event = tr("%1 has neither MX records nor an address: it cannot receive mail").arg(domain);
        break;
    case Problem::DnsServerFailure:
        *event = tr("The DNS server failed to answer for %1").arg(domain);
        break;
    default:
        findings.problem = Problem::DnsNoAnswer;
        *event = tr("The DNS server did not answer for %1").arg(domain);
        break;
    }
    return false;
}

std::optional<QString> DnsConclusions::concludeExchanges(DnsFindings &findings)
{
    const QList<MxHost> &hosts = findings.mx;
    if (hosts.isEmpty() || std::any_of(hosts.cbegin(), hosts.cend(), [](const MxHost &h) { return !h.addresses.isEmpty(); }))
        return std::nullopt;
    // No exchange can be reached: say why, preferring the causes a retry might cure.
    const auto any = [&](Problem p) {
        return std::any_of(hosts.cbegin(), hosts.cend(), [p](const MxHost &h) { return h.problem == p; });
    };
    if (any(Problem::DnsNoAnswer))
        findings.problem = Problem::DnsNoAnswer;
    else if (any(Problem::DnsServerFailure))
        findings.problem = Problem::DnsServerFailure;
    else if (any(Problem::NoUsableAddress))
        findings.problem = Problem::NoUsableAddress;
    else
        findings.problem = Problem::DanglingMx;
    return tr("None of the mail servers of %1 has a usable address").arg(findings.domain);
}

std::optional<QString> DnsConclusions::hostProblem(const MxHost &server, bool explicitHost, const QString &familyName)
{
    if (server.problem == Problem::NoUsableAddress)
        return tr("%1 has no %2 address, and only %2 was asked for").arg(server.exchange, familyName);
    if (server.problem == Problem::DanglingMx)
        return tr("%1 has no address records: the MX points nowhere (dangling MX)").arg(server.exchange);
    if (!explicitHost)
        return std::nullopt;
    switch (server.problem.value_or(Problem::Cancelled)) {
    case Problem::DnsNxDomain: return tr("%1 does not exist (NXDOMAIN)").arg(server.exchange);
    case Problem::DnsNoAddress: return tr("%1 has no address records").arg(server.exchange);
    case Problem::DnsNoAnswer: return tr("The DNS server did not answer for %1").arg(server.exchange);
    default: return std::nullopt;
    }
}

QString DnsConclusions::reverseAnswer(ResolvedAddress &resolved, Outcome outcome, const QStringList &names,
                                      const QString &exchange)
{
    const QString address = resolved.address.toString();
    switch (outcome) {
    case Outcome::Records:
        resolved.ptrLookedUp = true;
        resolved.ptrMatches = names.contains(exchange);
        resolved.ptr = resolved.ptrMatches ? exchange : names.value(0);
        return resolved.ptrMatches ? tr("Reverse DNS of %1: %2 (matches)").arg(address, resolved.ptr)
                                   : tr("Reverse DNS of %1: %2 (not %3)").arg(address, resolved.ptr, exchange);
    case Outcome::NotFound:
    case Outcome::NoData:
        resolved.ptrLookedUp = true;
        return tr("%1 has no reverse DNS name").arg(address);
    case Outcome::NoAnswer:
    case Outcome::ServerFailure:
        break;
    }
    return tr("No answer for the reverse DNS name of %1").arg(address);
}
