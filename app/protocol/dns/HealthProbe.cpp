#include "protocol/dns/HealthProbe.h"

#include "model/SafeText.h"
#include "protocol/dns/DmarcRecord.h"
#include "protocol/dns/DnsNames.h"
#include "protocol/dns/MtaStsFetch.h"
#include "protocol/dns/PublicSuffix.h"
#include "protocol/dns/SpfRecord.h"
#include "protocol/dns/TlsaLookup.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;
using Outcome = HostAnswers::Outcome;

namespace {
Q_LOGGING_CATEGORY(lcHealth, "smtpwizard.dns")

QStringList joinedStrings(const QDnsLookup *lookup)
{
    QStringList records;
    const QList<QDnsTextRecord> texts = lookup->textRecords();
    for (const QDnsTextRecord &record : texts) {
        // One record may be several strings of up to 255 octets: they are one text,
        // joined without spaces (RFC 7208 §3.3, RFC 7489 §6.6.3).
        QByteArray joined;
        for (const QByteArray &part : record.values())
            joined += part;
        records.append(SafeText::fromWire(joined)); // network text: never raw to a terminal
    }
    return records;
}

QStringList spfOf(const QStringList &records)
{
    QStringList spf;
    for (const QString &record : records) {
        if (SpfRecord::isSpf(record))
            spf.append(record);
    }
    return spf;
}
} // namespace

HealthProbe::HealthProbe(QObject *parent)
    : QObject(parent)
    , m_queries(new DnsQuerySet(this))
    , m_fetch(new MtaStsFetch(this))
{
    connect(m_queries, &DnsQuerySet::answered, this,
            [this](QDnsLookup *lookup, Outcome outcome, qint64, const DnsQuerySet::Tag &tag) {
                handleAnswer(lookup, outcome, tag);
            });
    connect(m_fetch, &MtaStsFetch::finished, this, [this](const PolicyFetchResult &result) {
        m_records.policy = result;
        m_records.policyFetched = true;
        m_fetchWaiting = false;
        finishIfDone();
    });
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &HealthProbe::handleDeadline);
}

HealthProbe::~HealthProbe()
{
    cancel();
}

void HealthProbe::start(const QString &domain, const DnsFindings &mx)
{
    cancel();
    m_running = true;
    m_expired = false;
    m_records = HealthRecords();
    m_records.domain = DnsNames::aceName(domain);
    m_spfNames.clear();
    m_queries->setNameserver(m_nameserver);
    m_deadline.start(m_timeout);
    const QString &d = m_records.domain;
    qCDebug(lcHealth) << "health checks of" << d;

    ask(QDnsLookup::TXT, d, DomainTxt);
    ask(QDnsLookup::TXT, u"_dmarc."_s + d, DmarcTxt);
    ask(QDnsLookup::TXT, u"_mta-sts."_s + d, MtaStsTxt);
    ask(QDnsLookup::TXT, u"_smtp._tls."_s + d, TlsRptTxt);

    for (int h = 0; h < mx.mx.size(); ++h) {
        const MxHost &host = mx.mx.at(h);
        for (int a = 0; a < host.addresses.size(); ++a) {
            const ResolvedAddress &address = host.addresses.at(a);
            if (address.ptr.isEmpty())
                continue;
            ForwardAnswer forward;
            forward.mx = h;
            forward.address = a;
            forward.name = address.ptr;
            m_records.forward.append(forward);
            const bool v4 = address.address.protocol() == QAbstractSocket::IPv4Protocol;
            ask(v4 ? QDnsLookup::A : QDnsLookup::AAAA, address.ptr, Forward, int(m_records.forward.size() - 1));
        }
        if (host.addresses.isEmpty())
            continue;
        // RFC 7672 §2.2.1: TLSA records of the MX host name, for port 25.
        auto *lookup = new TlsaLookup(this);
        const int index = int(m_records.tlsa.size());
        m_records.tlsa.append(TlsaAnswer{u"_25._tcp."_s + host.exchange, false, Outcome::NoAnswer, false, {}, {}});
        m_tlsa.append(lookup);
        ++m_tlsaWaiting;
        connect(lookup, &TlsaLookup::finished, this, [this, index, lookup](const TlsaAnswer &answer) {
            m_records.tlsa[index] = answer;
            --m_tlsaWaiting;
            m_tlsa.removeOne(lookup);
            lookup->deleteLater();
            finishIfDone();
        });
        lookup->lookup(m_records.tlsa.at(index).name, m_nameserver, m_timeout);
    }

    m_fetchWaiting = true;
    m_fetch->setNameserver(m_nameserver);
    m_fetch->setTimeout(m_timeout);
    m_fetch->setCaFile(m_caFile);
    m_fetch->fetch(d);
}

void HealthProbe::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_queries->abortAll();
    m_fetch->cancel();
    for (TlsaLookup *lookup : std::as_const(m_tlsa)) {
        lookup->disconnect(this);
        lookup->deleteLater();
    }
    m_tlsa.clear();
    m_tlsaWaiting = 0;
}

void HealthProbe::ask(QDnsLookup::Type type, const QString &name, Query query, int index)
{
    switch (query) {
    case DomainTxt: m_records.domainTxt = TxtAnswer{name, true, Outcome::NoAnswer, {}, {}}; break;
    case DmarcTxt: m_records.dmarcTxt = TxtAnswer{name, true, Outcome::NoAnswer, {}, {}}; break;
    case DmarcOrgTxt: m_records.dmarcOrgTxt = TxtAnswer{name, true, Outcome::NoAnswer, {}, {}}; break;
    case MtaStsTxt: m_records.mtaStsTxt = TxtAnswer{name, true, Outcome::NoAnswer, {}, {}}; break;
    case TlsRptTxt: m_records.tlsRptTxt = TxtAnswer{name, true, Outcome::NoAnswer, {}, {}}; break;
    case SpfInclude:
    case Forward:
        break;
    }
    m_queries->ask(type, name, DnsQuerySet::Tag{DnsQuerySet::Purpose::Record, int(query), index});
}

void HealthProbe::handleAnswer(QDnsLookup *lookup, Outcome outcome, const DnsQuerySet::Tag &tag)
{
    const auto fillTxt = [&](TxtAnswer &answer) {
        answer.outcome = outcome;
        answer.records = outcome == Outcome::Records ? joinedStrings(lookup) : QStringList();
        answer.error = outcome == Outcome::Records ? QString() : lookup->errorString();
    };
    switch (Query(tag.host)) {
    case DomainTxt:
        fillTxt(m_records.domainTxt);
        followSpf();
        break;
    case DmarcTxt:
        fillTxt(m_records.dmarcTxt);
        askOrganizationalDmarc();
        break;
    case DmarcOrgTxt:
        fillTxt(m_records.dmarcOrgTxt);
        break;
    case MtaStsTxt:
        fillTxt(m_records.mtaStsTxt);
        break;
    case TlsRptTxt:
        fillTxt(m_records.tlsRptTxt);
        break;
    case SpfInclude: {
        SpfLookupCount::Answer answer;
        // Qt 6.4 reports NODATA like silence (HostAnswers::classify tells them apart by time).
        answer.kind = outcome == Outcome::Records ? SpfLookupCount::Answer::Kind::Records
                      : outcome == Outcome::NoAnswer || outcome == Outcome::ServerFailure
                          ? SpfLookupCount::Answer::Kind::NoAnswer
                          : SpfLookupCount::Answer::Kind::NoRecord;
        answer.spf = spfOf(joinedStrings(lookup));
        if (answer.kind == SpfLookupCount::Answer::Kind::Records && answer.spf.isEmpty())
            answer.kind = SpfLookupCount::Answer::Kind::NoRecord;
        m_records.spfIncludes.insert(m_spfNames.at(tag.address), answer);
        followSpf();
        break;
    }
    case Forward: {
        ForwardAnswer &forward = m_records.forward[tag.address];
        forward.outcome = outcome;
        const QList<QDnsHostAddressRecord> records = lookup->hostAddressRecords();
        for (const QDnsHostAddressRecord &record : records)
            forward.addresses.append(record.value());
        break;
    }
    }
    finishIfDone();
}

void HealthProbe::followSpf()
{
    if (m_expired)
        return;
    const QStringList spf = spfOf(m_records.domainTxt.records);
    if (spf.size() != 1)
        return; // none, or several (a permerror: nothing is followed)
    const SpfRecord root = SpfRecord::parse(spf.constFirst());
    if (root.hasSyntaxError())
        return;
    QHash<QString, SpfLookupCount::Answer> known = m_records.spfIncludes;
    // Names already asked count as known, so each is asked once.
    for (const QString &name : std::as_const(m_spfNames))
        known.insert(name, known.value(name));
    const QStringList wanted = SpfLookupCount::wanted(m_records.domain, root, known);
    for (const QString &name : wanted) {
        m_spfNames.append(name);
        ask(QDnsLookup::TXT, name, SpfInclude, int(m_spfNames.size() - 1));
    }
}

void HealthProbe::handleDeadline()
{
    if (!m_running)
        return;
    m_expired = true;
    const QList<DnsQuerySet::Tag> unanswered = m_queries->abortAll();
    for (const DnsQuerySet::Tag &tag : unanswered) {
        if (Query(tag.host) == SpfInclude)
            m_records.spfIncludes.insert(m_spfNames.at(tag.address), {SpfLookupCount::Answer::Kind::NoAnswer, {}});
    }
    finishIfDone();
}

// Only when the domain answered that it has no DMARC record: a lookup that failed says
// nothing about whether one exists, and the finding says that instead.
void HealthProbe::askOrganizationalDmarc()
{
    const TxtAnswer &own = m_records.dmarcTxt;
    if (own.outcome == Outcome::NoAnswer || own.outcome == Outcome::ServerFailure)
        return;
    if (std::any_of(own.records.cbegin(), own.records.cend(), &DmarcRecord::isDmarc))
        return;
    const QString organizational = PublicSuffix::organizationalDomain(m_records.domain);
    if (organizational.isEmpty() || organizational == m_records.domain)
        return;
    m_records.organizationalDomain = organizational;
    ask(QDnsLookup::TXT, u"_dmarc."_s + organizational, DmarcOrgTxt);
}

void HealthProbe::finishIfDone()
{
    if (!m_running || !m_queries->isIdle() || m_tlsaWaiting > 0 || m_fetchWaiting)
        return;
    m_running = false;
    m_deadline.stop();
    qCDebug(lcHealth) << "health checks of" << m_records.domain << "done";
    Q_EMIT finished(m_records);
}
