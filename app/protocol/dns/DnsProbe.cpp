#include "protocol/dns/DnsProbe.h"

#include "protocol/dns/DnsConclusions.h"
#include "protocol/dns/DnsNames.h"
#include "protocol/dns/MxOrdering.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;
using Model::Problem;
using DnsNames::aceName;
using Outcome = HostAnswers::Outcome;
using Role = HostAnswers::Role;

namespace {
Q_LOGGING_CATEGORY(lcDns, "smtpwizard.dns")

bool hasUsableFamily(const QHostAddress &address, TestPlan::IpFamily family)
{
    switch (family) {
    case TestPlan::IpFamily::V4:
        return address.protocol() == QAbstractSocket::IPv4Protocol;
    case TestPlan::IpFamily::V6:
        return address.protocol() == QAbstractSocket::IPv6Protocol;
    case TestPlan::IpFamily::Any:
        break;
    }
    return true;
}

} // namespace

DnsProbe::DnsProbe(QObject *parent)
    : QObject(parent)
    , m_queries(new DnsQuerySet(this))
{
    connect(m_queries, &DnsQuerySet::answered, this, &DnsProbe::handleAnswer);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_deadline, &QTimer::timeout, this, &DnsProbe::handleDeadline);
}

DnsProbe::~DnsProbe()
{
    m_queries->abortAll();
}

void DnsProbe::begin(const QString &name)
{
    m_queries->abortAll();
    m_queries->setNameserver(m_nameserver);
    ++m_generation;
    m_findings = DnsFindings();
    m_findings.domain = name;
    m_findings.dnsServer = m_nameserver.isNull() ? QString() : m_nameserver.toString();
    m_hosts.clear();
    m_expired = false;
    m_serverAnswers.reset();
    m_mxElapsedMs = 0;
    m_running = true;
    m_clock.start();
    m_deadline.start(m_timeout);
}

void DnsProbe::lookupDomain(const QString &domain)
{
    begin(aceName(domain));
    m_findings.lookedUp = true;
    if (m_findings.domain.isEmpty()) { // PlanBuilder prevents it; never ask QDnsLookup for ""
        m_findings.problem = Problem::DnsNxDomain;
        finishSoon();
        return;
    }
    const QString server = m_nameserver.isNull() ? tr("the system resolver") : tr("DNS server %1").arg(m_findings.dnsServer);
    Q_EMIT progress(tr("Looking up the MX records of %1 (asking %2)").arg(m_findings.domain, server));
    ask(QDnsLookup::MX, m_findings.domain, Purpose::Mx);
}

void DnsProbe::lookupHost(const QString &host)
{
    QString bare = host.trimmed();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.startsWith(u"IPv6:"_s, Qt::CaseInsensitive)) // RFC 5321 address literal
        bare = bare.mid(5);
    const QHostAddress literal(bare);
    begin(literal.isNull() ? aceName(bare) : literal.toString());

    MxHost server;
    server.preference = -1;
    server.exchange = m_findings.domain;
    HostAnswers answers(Role::Explicit);
    if (literal.isNull()) {
        m_findings.mx.append(server);
        m_hosts.append(answers);
        Q_EMIT progress(tr("Looking up the addresses of %1").arg(server.exchange));
        resolveHost(0);
        return;
    }

    // An address literal needs no forward lookup; its reverse name is still worth knowing.
    answers.done = true;
    Q_EMIT progress(tr("%1 is an IP address: no DNS lookup needed").arg(server.exchange));
    if (hasUsableFamily(literal, m_family)) {
        server.addresses.append(ResolvedAddress{literal, {}, false, false});
    } else {
        server.problem = Problem::NoUsableAddress;
        m_findings.problem = Problem::NoUsableAddress;
        Q_EMIT progress(tr("%1 is not an %2 address, and only %2 was asked for").arg(server.exchange, familyName()));
    }
    m_findings.mx.append(server);
    m_hosts.append(answers);
    reverseAddresses(0);
    finishSoon();
}

void DnsProbe::finishSoon()
{
    // Never finish from inside the call that started the probe: its caller may not be
    // ready for finished() yet.
    QMetaObject::invokeMethod(this, [this, generation = m_generation] {
        if (generation == m_generation)
            finishIfIdle();
    }, Qt::QueuedConnection);
}

void DnsProbe::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_deadline.stop();
    m_queries->abortAll();
    m_running = false;
    if (!m_findings.problem)
        m_findings.problem = Problem::Cancelled;
    m_findings.elapsedMs = m_clock.elapsed();
    qCDebug(lcDns) << "cancelled after" << m_findings.elapsedMs << "ms";
}

void DnsProbe::ask(QDnsLookup::Type type, const QString &name, Purpose purpose, int host, int address)
{
    m_queries->ask(type, name, Tag{purpose, host, address});
}

void DnsProbe::handleAnswer(QDnsLookup *lookup, Outcome outcome, qint64 elapsedMs, const Tag &tag)
{
    switch (tag.purpose) {
    case Purpose::Mx:
        handleMxAnswer(lookup, outcome, elapsedMs);
        break;
    case Purpose::Address:
    case Purpose::OtherFamily:
        handleAddressAnswer(lookup, outcome, elapsedMs, tag);
        break;
    case Purpose::Liveness:
        handleLivenessAnswer(lookup, tag.host);
        break;
    case Purpose::Ptr:
        handlePtrAnswer(lookup, outcome, tag);
        break;
    case Purpose::Record: // never asked by this probe
        break;
    }
    finishIfIdle();
}

void DnsProbe::handleMxAnswer(QDnsLookup *lookup, Outcome outcome, qint64 elapsedMs)
{
    m_mxElapsedMs = elapsedMs;
    const QString &domain = m_findings.domain;
    switch (outcome) {
    case Outcome::Records: {
        QList<MxOrdering::Record> records;
        const QList<QDnsMailExchangeRecord> answers = lookup->mailExchangeRecords();
        for (const QDnsMailExchangeRecord &record : answers)
            records.append({record.preference(), aceName(record.exchange())});
        const MxOrdering::Result ordered = MxOrdering::order(records, m_seed);
        Q_EMIT progress(tr("MX lookup for %1: %n record(s)", nullptr, int(records.size())).arg(domain));
        if (ordered.nullMx) {
            m_findings.nullMx = true;
            m_findings.problem = Problem::NullMx;
            if (ordered.nullMxAmongOthers)
                Q_EMIT progress(tr("%1 publishes a null MX next to other MX records, which RFC 7505 forbids; "
                                "taking the null MX at its word").arg(domain));
            Q_EMIT progress(tr("%1 has a null MX (RFC 7505): the domain accepts no mail").arg(domain));
            finishNow();
            return;
        }
        for (const MxOrdering::Record &record : ordered.records) {
            MxHost host;
            host.preference = record.preference;
            host.exchange = record.exchange;
            m_findings.mx.append(host);
            m_hosts.append(HostAnswers(Role::Exchange));
            Q_EMIT progress(tr("MX preference %1: %2").arg(record.preference).arg(record.exchange));
        }
        if (ordered.duplicatesDropped > 0)
            Q_EMIT progress(tr("%n duplicate MX record(s) ignored", nullptr, ordered.duplicatesDropped));
        for (int i = 0; i < m_findings.mx.size(); ++i)
            resolveHost(i);
        return;
    }
    case Outcome::NotFound:
        m_findings.problem = Problem::DnsNxDomain;
        m_findings.errorText = lookup->errorString();
        Q_EMIT progress(tr("%1 does not exist (NXDOMAIN)").arg(domain));
        finishNow();
        return;
    case Outcome::ServerFailure:
        m_findings.problem = Problem::DnsServerFailure;
        m_findings.errorText = lookup->errorString();
        Q_EMIT progress(tr("The DNS server failed on the MX query for %1: %2").arg(domain, lookup->errorString()));
        finishNow();
        return;
    case Outcome::NoData:
    case Outcome::NoAnswer:
        break;
    }
    // "No MX records" or "no answer": Qt cannot say which, the domain's own address can.
    m_findings.errorText = lookup->errorString();
    if (outcome == Outcome::NoData)
        Q_EMIT progress(tr("MX lookup for %1: no MX records; asking for the domain's own address").arg(domain));
    else
        Q_EMIT progress(tr("MX lookup for %1 failed after %2 ms (%3); asking for the domain's own address "
                        "to tell \"no MX records\" from \"no answer\"").arg(domain).arg(elapsedMs).arg(lookup->errorString()));
    MxHost host;
    host.preference = -1;
    host.exchange = domain;
    m_findings.mx.append(host);
    m_hosts.append(HostAnswers(Role::Implicit));
    resolveHost(0);
}

void DnsProbe::handleDeadline()
{
    if (!m_running)
        return;
    const QList<Tag> unanswered = m_queries->abortAll();
    m_expired = true;
    const QString noAnswer = tr("No answer within %1 ms").arg(m_timeout.count());
    Q_EMIT progress(tr("DNS lookups stopped after %1 ms without all answers").arg(m_clock.elapsed()));
    for (const Tag &p : unanswered) {
        switch (p.purpose) {
        case Purpose::Mx:
            m_findings.problem = Problem::DnsNoAnswer;
            m_findings.errorText = noAnswer;
            Q_EMIT progress(tr("The DNS server did not answer the MX query for %1").arg(m_findings.domain));
            break;
        case Purpose::Address:
            m_hosts[p.host].addOutcome(Outcome::NoAnswer, noAnswer);
            break;
        case Purpose::Liveness:
            m_serverAnswers = false;
            break;
        case Purpose::OtherFamily:
        case Purpose::Record:
            break;
        case Purpose::Ptr:
            Q_EMIT progress(tr("No answer for the reverse DNS name of %1")
                             .arg(m_findings.mx.at(p.host).addresses.at(p.address).address.toString()));
            break;
        }
    }
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (!m_hosts.at(i).done) {
            m_hosts[i].waiting = 0;
            completeHost(i);
        }
    }
    finishNow();
}

void DnsProbe::finishIfIdle()
{
    if (m_running && m_queries->isIdle())
        finishNow();
}

void DnsProbe::finishNow()
{
    if (!m_running)
        return;
    m_deadline.stop();
    m_queries->abortAll();
    m_running = false;
    m_findings.elapsedMs = m_clock.elapsed();
    qCDebug(lcDns) << "done:" << m_findings.domain << m_findings.mx.size() << "exchanges, problem"
                   << (m_findings.problem ? Model::key(*m_findings.problem) : u"none"_s) << "after"
                   << m_findings.elapsedMs << "ms";
    Q_EMIT finished(m_findings);
}

QString DnsProbe::familyName() const
{
    return m_family == TestPlan::IpFamily::V6 ? u"IPv6"_s : u"IPv4"_s;
}

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
    server.problem = answers.problem(answers.serverAnswered(m_mxElapsedMs, m_serverAnswers));
    if (const auto event = DnsConclusions::hostProblem(server, answers.role() == Role::Explicit, familyName()))
        Q_EMIT progress(*event);

    switch (answers.role()) {
    case Role::Implicit:
        completeImplicit();
        return;
    case Role::Explicit:
        if (server.problem) {
            m_findings.problem = server.problem;
            m_findings.errorText = answers.errorText();
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
    QString event;
    const bool implicit = DnsConclusions::concludeImplicit(m_findings, m_hosts.constFirst().errorText(), &event);
    Q_EMIT progress(event);
    if (implicit)
        reverseAddresses(0);
    else
        m_hosts.clear();
}

void DnsProbe::reverseAddresses(int host)
{
    if (m_expired)
        return;
    const QList<ResolvedAddress> &addresses = m_findings.mx.at(host).addresses;
    for (int i = 0; i < addresses.size(); ++i)
        ask(QDnsLookup::PTR, DnsNames::reverseName(addresses.at(i).address), Purpose::Ptr, host, i);
}

void DnsProbe::handlePtrAnswer(QDnsLookup *lookup, Outcome outcome, const Tag &tag)
{
    QStringList names;
    if (outcome == Outcome::Records) {
        const QList<QDnsDomainNameRecord> records = lookup->pointerRecords();
        for (const QDnsDomainNameRecord &record : records)
            names.append(aceName(record.value()));
    }
    Q_EMIT progress(DnsConclusions::reverseAnswer(m_findings.mx[tag.host].addresses[tag.address], outcome, names,
                                                  m_findings.mx.at(tag.host).exchange));
}

void DnsProbe::summariseExchanges()
{
    if (const auto event = DnsConclusions::concludeExchanges(m_findings))
        Q_EMIT progress(*event);
}
