#pragma once

#include "protocol/dns/HostAnswers.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

/// What the DNS said to one TLSA question.
struct TlsaAnswer
{
    QString name;          // "_25._tcp.mx.example.com"
    bool asked = false;    // false: this resolver cannot be asked (see TlsaLookup)
    HostAnswers::Outcome outcome = HostAnswers::Outcome::NoAnswer;
    bool authenticated = false; // the AD bit: the resolver validated the answer (DNSSEC)
    QList<QByteArray> rdata;    // one per TLSA record
    QString error;
};

/// Asks for TLSA records (type 52), which Qt 6.4's QDnsLookup cannot ask for: through the
/// C resolver's res_nquery() in a thread of its own, so the event loop never waits, and
/// of the same name server as the rest of the run (set in the resolver's state, as
/// QDnsLookup does for its own types). An IPv6 name server is not supported: the answer
/// then says asked = false instead of asking someone else.
class TlsaLookup : public QObject
{
    Q_OBJECT
public:
    explicit TlsaLookup(QObject *parent = nullptr);

    /// nameserver: null for the system resolver. finished() follows, never synchronously.
    void lookup(const QString &name, const QHostAddress &nameserver, std::chrono::milliseconds timeout);

    /// The blocking query itself (for the worker thread, and for tests).
    static TlsaAnswer query(const QString &name, const QHostAddress &nameserver, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void finished(const TlsaAnswer &answer);
};
