#include "protocol/dns/HostAnswers.h"

#include <algorithm>

using Model::Problem;

HostAnswers::Outcome HostAnswers::classify(QDnsLookup::Error error, bool hasRecords, qint64 elapsedMs)
{
    switch (error) {
    case QDnsLookup::NoError:
        return hasRecords ? Outcome::Records : Outcome::NoData;
    case QDnsLookup::NotFoundError:
    case QDnsLookup::InvalidRequestError: // a name that cannot exist
        return Outcome::NotFound;
    case QDnsLookup::InvalidReplyError:
        return elapsedMs < FastFailureMs ? Outcome::NoData : Outcome::NoAnswer;
    case QDnsLookup::ServerFailureError:
    case QDnsLookup::ServerRefusedError:
        return Outcome::ServerFailure;
    case QDnsLookup::ResolverError:
    case QDnsLookup::OperationCancelledError:
        break;
    }
    return Outcome::NoAnswer;
}

void HostAnswers::addOutcome(Outcome outcome, const QString &errorText)
{
    m_outcomes.append(outcome);
    if (outcome != Outcome::Records && !errorText.isEmpty())
        m_errorText = errorText;
}

bool HostAnswers::addAddress(const QHostAddress &address)
{
    QList<QHostAddress> &list = address.protocol() == QAbstractSocket::IPv4Protocol ? m_v4 : m_v6;
    if (address.isNull() || list.contains(address))
        return false;
    list.append(address);
    return true;
}

bool HostAnswers::onlyEmptyAnswers() const
{
    return !m_outcomes.isEmpty()
        && std::all_of(m_outcomes.cbegin(), m_outcomes.cend(), [](Outcome o) { return o == Outcome::NoData; });
}

bool HostAnswers::wantsOtherFamily(TestPlan::IpFamily family) const
{
    return family != TestPlan::IpFamily::Any && !otherFamilyAsked && !hasAddresses() && onlyEmptyAnswers();
}

std::optional<Problem> HostAnswers::problem(bool serverAnswers) const
{
    if (hasAddresses())
        return std::nullopt;
    if (m_outcomes.isEmpty() && !m_otherFamilyHasAddresses)
        return Problem::DnsNoAnswer; // nothing came back before the deadline
    const auto has = [this](Outcome o) { return m_outcomes.contains(o); };
    if (m_otherFamilyHasAddresses)
        return Problem::NoUsableAddress;
    // Silence and failures first: they may pass, so they must not read as "no address".
    if (has(Outcome::NoAnswer))
        return Problem::DnsNoAnswer;
    if (has(Outcome::ServerFailure))
        return Problem::DnsServerFailure;
    if (onlyEmptyAnswers() && !serverAnswers)
        return Problem::DnsNoAnswer;
    if (m_role == Role::Exchange)
        return Problem::DanglingMx;
    if (has(Outcome::NotFound))
        return Problem::DnsNxDomain;
    return Problem::DnsNoAddress;
}

bool HostAnswers::serverAnswered(qint64 mxElapsedMs, std::optional<bool> livenessAnswered) const
{
    switch (m_role) {
    case Role::Exchange: return true;
    case Role::Implicit: return mxElapsedMs < FastFailureMs && livenessAnswered.value_or(false);
    case Role::Explicit: break;
    }
    return livenessAnswered.value_or(false);
}
