// The address half of DnsProbe: A/AAAA of each exchange, reverse names, and what the
// answers mean for each host. The MX half and the overall flow are in DnsProbe.cpp.
#include "protocol/dns/DnsProbe.h"

#include "protocol/dns/DnsNames.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Model::Problem;
using DnsNames::aceName;
using Outcome = HostAnswers::Outcome;
using Role = HostAnswers::Role;

void DnsProbe::resolveHost(int host)
{
    const QString &name = m_findings.mx.at(host).exchange;
    if (m_family != TestPlan::IpFamily::V6) {
        ++m_hosts[host].waiting;
        ask(QDnsLookup::A, name, Purpose::Address, host);
    }
    if (m_family != TestPlan::IpFamily::V4) {
        ++m_hosts[host].waiting;
        ask(QDnsLookup::AAAA, name, Purpose::Address, host);
    }
}

void DnsProbe::handleAddressAnswer(QDnsLookup *lookup, Outcome outcome, qint64 elapsedMs, const Tag &tag)
{
    HostAnswers &answers = m_hosts[tag.host];
    const QString &name = m_findings.mx.at(tag.host).exchange;
    --answers.waiting;
    const bool v4 = lookup->type() == QDnsLookup::A;
    if (tag.purpose == Purpose::OtherFamily) {
        answers.setOtherFamilyHasAddresses(outcome == Outcome::Records);
    } else {
        answers.addOutcome(outcome, lookup->errorString());
        if (outcome == Outcome::Records) {
            const QList<QDnsHostAddressRecord> records = lookup->hostAddressRecords();
            for (const QDnsHostAddressRecord &record : records) {
                const QHostAddress address = record.value();
                if ((address.protocol() == QAbstractSocket::IPv4Protocol) == v4 && answers.addAddress(address))
                    Q_EMIT progress(tr("%1 has address %2").arg(name, address.toString()));
            }
        } else if (outcome == Outcome::NoAnswer) {
            Q_EMIT progress(tr("No answer for the %1 address of %2 after %3 ms")
                             .arg(v4 ? u"IPv4"_s : u"IPv6"_s, name).arg(elapsedMs));
        } else if (outcome == Outcome::ServerFailure) {
            Q_EMIT progress(tr("The DNS server failed on the address query for %1: %2").arg(name, lookup->errorString()));
        }
    }
    if (answers.waiting == 0)
        completeHost(tag.host);
}

void DnsProbe::handleLivenessAnswer(QDnsLookup *lookup, int host)
{
    // Any reply, even NXDOMAIN or REFUSED, shows the server talks; only silence (or a
    // refused connection) ends as InvalidReplyError here.
    const QDnsLookup::Error error = lookup->error();
    m_serverAnswers = error != QDnsLookup::InvalidReplyError && error != QDnsLookup::ResolverError
        && error != QDnsLookup::OperationCancelledError;
    Q_EMIT progress(*m_serverAnswers ? tr("The DNS server answers other questions: the empty answers were real")
                                  : tr("The DNS server does not answer at all"));
    --m_hosts[host].waiting;
    completeHost(host);
}

bool DnsProbe::serverAnswers(const HostAnswers &answers) const
{
    switch (answers.role()) {
    case Role::Exchange:
        return true; // it just sent the MX records
    case Role::Implicit:
        return m_mxElapsedMs < HostAnswers::FastFailureMs && m_serverAnswers.value_or(false);
    case Role::Explicit:
        break;
    }
    return m_serverAnswers.value_or(false);
}

void DnsProbe::completeHost(int host)
{
    HostAnswers &answers = m_hosts[host];
    MxHost &server = m_findings.mx[host];
    if (!m_expired && answers.wantsOtherFamily(m_family)) {
        answers.otherFamilyAsked = true;
        ++answers.waiting;
        ask(m_family == TestPlan::IpFamily::V4 ? QDnsLookup::AAAA : QDnsLookup::A, server.exchange,
            Purpose::OtherFamily, host);
        return;
    }
    // Empty answers and a silent server look alike: when it matters, ask a question every
    // server answers.
    const bool mxWasFast = m_mxElapsedMs < HostAnswers::FastFailureMs;
    if (!m_expired && !m_serverAnswers.has_value() && answers.role() != Role::Exchange
        && (answers.role() == Role::Explicit || mxWasFast) && answers.problem(true) != answers.problem(false)) {
        Q_EMIT progress(tr("Checking that the DNS server answers at all"));
        ++answers.waiting;
        ask(QDnsLookup::PTR, DnsNames::livenessName(), Purpose::Liveness, host);
        return;
    }
    answers.done = true;
    const QList<QHostAddress> addresses = answers.addresses();
    for (const QHostAddress &address : addresses)
        server.addresses.append(ResolvedAddress{address, {}, false, false});
    server.problem = answers.problem(serverAnswers(answers));
    if (server.problem == Problem::NoUsableAddress)
        Q_EMIT progress(tr("%1 has no %2 address, and only %2 was asked for").arg(server.exchange, familyName()));
    else if (server.problem == Problem::DanglingMx)
        Q_EMIT progress(tr("%1 has no address records: the MX points nowhere (dangling MX)").arg(server.exchange));

    switch (answers.role()) {
    case Role::Implicit:
        completeImplicit();
        return;
    case Role::Explicit:
        if (server.problem) {
            m_findings.problem = server.problem;
            m_findings.errorText = answers.errorText();
            if (server.problem == Problem::DnsNxDomain)
                Q_EMIT progress(tr("%1 does not exist (NXDOMAIN)").arg(server.exchange));
            else if (server.problem == Problem::DnsNoAddress)
                Q_EMIT progress(tr("%1 has no address records").arg(server.exchange));
            else if (server.problem == Problem::DnsNoAnswer)
                Q_EMIT progress(tr("The DNS server did not answer for %1").arg(server.exchange));
        }
        reverseAddresses(host);
        return;
    case Role::Exchange:
        reverseAddresses(host);
        break;
    }
    if (std::all_of(m_hosts.cbegin(), m_hosts.cend(), [](const HostAnswers &a) { return a.done; }))
        summariseExchanges();
}

void DnsProbe::completeImplicit()
{
    const QString &domain = m_findings.domain;
    const MxHost &host = m_findings.mx.at(0);
    if (!host.addresses.isEmpty() || host.problem == Problem::NoUsableAddress) {
        m_findings.implicitMx = true;
        m_findings.problem = host.problem;
        m_findings.errorText.clear();
        Q_EMIT progress(tr("No MX records: using the domain's own address (implicit MX)"));
        reverseAddresses(0);
        return;
    }
    m_findings.problem = host.problem;
    if (!m_hosts.constFirst().errorText().isEmpty())
        m_findings.errorText = m_hosts.constFirst().errorText();
    m_findings.mx.clear();
    m_hosts.clear();
    switch (*m_findings.problem) {
    case Problem::DnsNxDomain:
        Q_EMIT progress(tr("%1 does not exist (NXDOMAIN)").arg(domain));
        break;
    case Problem::DnsNoAddress:
        Q_EMIT progress(tr("%1 has neither MX records nor an address: it cannot receive mail").arg(domain));
        break;
    case Problem::DnsServerFailure:
        Q_EMIT progress(tr("The DNS server failed to answer for %1").arg(domain));
        break;
    default:
        m_findings.problem = Problem::DnsNoAnswer;
        Q_EMIT progress(tr("The DNS server did not answer for %1").arg(domain));
        break;
    }
}

void DnsProbe::reverseAddresses(int host)
{
    if (!m_reverse || m_expired)
        return;
    const QList<ResolvedAddress> &addresses = m_findings.mx.at(host).addresses;
    for (int i = 0; i < addresses.size(); ++i)
        ask(QDnsLookup::PTR, DnsNames::reverseName(addresses.at(i).address), Purpose::Ptr, host, i);
}

void DnsProbe::handlePtrAnswer(QDnsLookup *lookup, Outcome outcome, const Tag &tag)
{
    const QString &exchange = m_findings.mx.at(tag.host).exchange;
    ResolvedAddress &resolved = m_findings.mx[tag.host].addresses[tag.address];
    const QString address = resolved.address.toString();
    switch (outcome) {
    case Outcome::Records: {
        QStringList names;
        const QList<QDnsDomainNameRecord> records = lookup->pointerRecords();
        for (const QDnsDomainNameRecord &record : records)
            names.append(aceName(record.value()));
        resolved.ptrLookedUp = true;
        resolved.ptrMatches = names.contains(exchange);
        resolved.ptr = resolved.ptrMatches ? exchange : names.constFirst();
        if (resolved.ptrMatches)
            Q_EMIT progress(tr("Reverse DNS of %1: %2 (matches)").arg(address, resolved.ptr));
        else
            Q_EMIT progress(tr("Reverse DNS of %1: %2 (not %3)").arg(address, resolved.ptr, exchange));
        return;
    }
    case Outcome::NotFound:
    case Outcome::NoData:
        resolved.ptrLookedUp = true;
        Q_EMIT progress(tr("%1 has no reverse DNS name").arg(address));
        return;
    case Outcome::NoAnswer:
    case Outcome::ServerFailure:
        Q_EMIT progress(tr("No answer for the reverse DNS name of %1").arg(address));
        return;
    }
}

void DnsProbe::summariseExchanges()
{
    const QList<MxHost> &hosts = m_findings.mx;
    if (hosts.isEmpty() || std::any_of(hosts.cbegin(), hosts.cend(), [](const MxHost &h) { return !h.addresses.isEmpty(); }))
        return;
    // No exchange can be reached: say why, preferring the causes a retry might cure.
    const auto any = [&](Problem p) {
        return std::any_of(hosts.cbegin(), hosts.cend(), [p](const MxHost &h) { return h.problem == p; });
    };
    if (any(Problem::DnsNoAnswer))
        m_findings.problem = Problem::DnsNoAnswer;
    else if (any(Problem::DnsServerFailure))
        m_findings.problem = Problem::DnsServerFailure;
    else if (any(Problem::NoUsableAddress))
        m_findings.problem = Problem::NoUsableAddress;
    else
        m_findings.problem = Problem::DanglingMx;
    Q_EMIT progress(tr("None of the mail servers of %1 has a usable address").arg(m_findings.domain));
}
