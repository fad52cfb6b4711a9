#pragma once

#include "model/DnsFindings.h"
#include "protocol/dns/DnsQuerySet.h"
#include "protocol/dns/HealthRecords.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>

class MtaStsFetch;
class TlsaLookup;

/// Asks what the domain health checks need, all at once and all through the run's name
/// server: the TXT records of the domain (SPF), _dmarc, _mta-sts and _smtp._tls; the
/// records SPF includes, round by round (bounded by SpfLookupCount); the forward lookup
/// of each MX address's reverse name; the TLSA records of each exchange; the MTA-STS
/// policy file. Records what came back and explains nothing.
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    explicit HealthProbe(QObject *parent = nullptr);
    ~HealthProbe() override;

    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    /// For the DNS questions together; the policy fetch has the same limit of its own.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setCaFile(const QString &path) { m_caFile = path; }

    /// mx: the domain's mail servers as the run's MX lookup found them (with reverse names).
    void start(const QString &domain, const DnsFindings &mx);
    /// Stops everything; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Exactly once per start(), never synchronously, never after cancel().
    void finished(const HealthRecords &records);

private:
    enum Query { DomainTxt, DmarcTxt, DmarcOrgTxt, MtaStsTxt, TlsRptTxt, SpfInclude, Forward };

    void ask(QDnsLookup::Type type, const QString &name, Query query, int index = -1);
    void handleAnswer(QDnsLookup *lookup, HostAnswers::Outcome outcome, const DnsQuerySet::Tag &tag);
    void followSpf();
    void askOrganizationalDmarc();
    void handleDeadline();
    void finishIfDone();

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout{10'000};
    QString m_caFile;
    HealthRecords m_records;
    DnsQuerySet *m_queries;
    MtaStsFetch *m_fetch;
    QList<TlsaLookup *> m_tlsa;
    QStringList m_spfNames; // SPF include names asked, by Tag::address
    int m_tlsaWaiting = 0;
    bool m_fetchWaiting = false;
    bool m_running = false;
    bool m_expired = false;
    QTimer m_deadline;
};
