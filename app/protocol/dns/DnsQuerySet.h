#pragma once

#include "protocol/dns/HostAnswers.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

/// The outstanding QDnsLookups of one DnsProbe: asks one DNS server, times each question
/// (Qt 6.4 leaves timing as the only clue between NODATA and silence), reports each
/// answer exactly once, and aborts them all without a word.
class DnsQuerySet : public QObject
{
    Q_OBJECT
public:
    /// What a question is for.
    enum class Purpose {
        Mx,
        Address,     // A or AAAA of a host, in the family asked for
        OtherFamily, // the family not asked for, to explain an empty answer
        Liveness,    // does the server answer at all?
        Ptr,
        Record, // asked by another prober (HealthProbe): host indexes its own list
    };
    struct Tag
    {
        Purpose purpose = Purpose::Mx;
        int host = -1;    // index into DnsFindings::mx
        int address = -1; // index into that host's addresses (PTR)
    };

    explicit DnsQuerySet(QObject *parent = nullptr);
    ~DnsQuerySet() override;

    /// Null: the system's resolver.
    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    void ask(QDnsLookup::Type type, const QString &name, const Tag &tag);
    /// Aborts every outstanding lookup (no answered() for them) and returns their tags.
    QList<Tag> abortAll();
    bool isIdle() const { return m_pending.isEmpty(); }

Q_SIGNALS:
    /// One answer or failure. lookup is valid during the emission only.
    void answered(QDnsLookup *lookup, HostAnswers::Outcome outcome, qint64 elapsedMs, const DnsQuerySet::Tag &tag);

private:
    struct Pending
    {
        Tag tag;
        QElapsedTimer clock;
    };
    void handleFinished(QDnsLookup *lookup);

    QHostAddress m_nameserver;
    QHash<QDnsLookup *, Pending> m_pending;
};
