#pragma once

#include "dns/DnsFindings.h"
#include "plan/TestPlan.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>

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
    void setReverseLookups(bool enabled) { m_reverse = enabled; }

    /// MX lookup of a domain (ACE), then addresses and reverse names.
    void lookupDomain(const QString &domain);
    /// Addresses (and reverse names) of one explicit server; no MX lookup.
    void lookupHost(const QString &host);
    void cancel();

    bool isRunning() const { return m_running; }
    const DnsFindings &findings() const { return m_findings; }

Q_SIGNALS:
    /// A line for the transcript: what was asked and what came back.
    void event(const QString &text);
    void finished(const DnsFindings &findings);

private:
    struct Pending;
    void startLookup(QDnsLookup::Type type, const QString &name, int mxIndex, int addressIndex);
    void handleLookupFinished(QDnsLookup *lookup);
    void handleMxAnswer(QDnsLookup *lookup);
    void handleImplicitAnswer(QDnsLookup *lookup, int family);
    void handleAddressAnswer(QDnsLookup *lookup, int mxIndex);
    void handlePtrAnswer(QDnsLookup *lookup, int mxIndex, int addressIndex);
    void resolveExchanges();
    void reverseAddresses();
    void finishIfIdle();
    void finishNow();
    void abortLookups();

    QHostAddress m_nameserver;
    std::chrono::milliseconds m_timeout{10'000};
    TestPlan::IpFamily m_family = TestPlan::IpFamily::Any;
    quint32 m_seed = 0;
    bool m_reverse = true;
    bool m_running = false;
    enum class Phase { Mx, Implicit, Addresses, Reverse, Done } m_phase = Phase::Done;
    DnsFindings m_findings;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QList<QDnsLookup *> m_lookups;
    // Implicit-MX bookkeeping: how the MX query failed and what A/AAAA said.
    QDnsLookup::Error m_mxError = QDnsLookup::NoError;
    qint64 m_mxElapsedMs = 0;
    int m_implicitAnswers = 0;
    bool m_implicitNoAnswer = false;
};
