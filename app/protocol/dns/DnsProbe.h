#pragma once

#include "model/DnsFindings.h"
#include "protocol/dns/DnsQuerySet.h"
#include "protocol/dns/HostAnswers.h"
#include "model/TestPlan.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

/// Finds the mail servers of a domain as a sending mail server would (RFC 5321 §5):
/// MX records in preference order with equal preferences shuffled, the implicit MX when
/// there are none, RFC 7505 null MX; then the A/AAAA of each exchange and the PTR of
/// each address. Tells "the domain has no MX" from "the DNS server did not answer",
/// which Qt 6.4's QDnsLookup reports with the same error.
class DnsProbe : public QObject
{
    Q_OBJECT
public:
    explicit DnsProbe(QObject *parent = nullptr);
    ~DnsProbe() override;

    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setIpFamily(TestPlan::IpFamily family) { m_family = family; }
    void setShuffleSeed(quint32 seed) { m_seed = seed; }

    /// MX lookup of a domain (ACE), then addresses and reverse names.
    void lookupDomain(const QString &domain);
    /// Addresses (and reverse names) of one explicit server; no MX lookup.
    void lookupHost(const QString &host);
    /// Aborts every lookup at once. Emits nothing further (no event, no finished()): the
    /// caller that cancels already knows. findings() keeps what was found so far, with
    /// problem Cancelled unless an earlier answer had already decided one.
    void cancel();

    bool isRunning() const { return m_running; }
    const DnsFindings &findings() const { return m_findings; }

Q_SIGNALS:
    /// A line for the transcript: what was asked and what came back.
    void progress(const QString &text);
    /// Emitted exactly once per lookupDomain()/lookupHost(), never synchronously from
    /// them, and never after cancel().
    void finished(const DnsFindings &findings);

private:
    using Purpose = DnsQuerySet::Purpose;
    using Tag = DnsQuerySet::Tag;

    void begin(const QString &name);
    void ask(QDnsLookup::Type type, const QString &name, Purpose purpose, int host = -1, int address = -1);
    void handleAnswer(QDnsLookup *lookup, HostAnswers::Outcome outcome, qint64 elapsedMs, const Tag &tag);
    void handleMxAnswer(QDnsLookup *lookup, HostAnswers::Outcome outcome, qint64 elapsedMs);
    void handleAddressAnswer(QDnsLookup *lookup, HostAnswers::Outcome outcome, qint64 elapsedMs, const Tag &tag);
    void handlePtrAnswer(QDnsLookup *lookup, HostAnswers::Outcome outcome, const Tag &tag);
    void handleLivenessAnswer(QDnsLookup *lookup, int host);
    void resolveHost(int host);
    void completeHost(int host);
    void completeImplicit();
    void reverseAddresses(int host);
    void summariseExchanges();
    void handleDeadline();
    void finishSoon();
    void finishIfIdle();
    void finishNow();
    QString familyName() const;

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout{10'000};
    TestPlan::IpFamily m_family = TestPlan::IpFamily::Any;
    quint32 m_seed = 0;
    bool m_running = false;
    bool m_expired = false; // the deadline passed: ask nothing more
    DnsFindings m_findings;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    DnsQuerySet *m_queries; // a child: the lookups are its children
    QList<HostAnswers> m_hosts; // parallel to m_findings.mx while resolving
    quint64 m_generation = 0;   // invalidates queued finishes after cancel() or a new lookup
    qint64 m_mxElapsedMs = 0;   // a NODATA answer to the MX query comes fast
    std::optional<bool> m_serverAnswers; // the liveness check's verdict, once asked
};
