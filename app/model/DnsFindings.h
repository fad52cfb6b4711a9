#pragma once

#include "model/Explanation.h"
#include "model/Vocabulary.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

/// One address of a mail exchanger with its reverse DNS name.
struct ResolvedAddress
{
    QHostAddress address;
    QString ptr;           // reverse DNS name, empty when there is none
    bool ptrLookedUp = false;
    /// Forward-confirmed: the PTR name is the exchange name (what receivers check).
    bool ptrMatches = false;
};

/// One mail exchanger, in the order it should be tried.
struct MxHost
{
    int preference = 0;    // -1 for an implicit MX or an explicit server
    QString exchange;      // host name, ACE, without the trailing dot
    QList<ResolvedAddress> addresses;
    std::optional<Model::Problem> problem; // DnsNoAddress, DanglingMx, DnsNoAnswer
    Explanation explanation;  // of the problem, made once by whoever ran the lookup
};

/// Everything the DNS step found for one destination.
struct DnsFindings
{
    QString domain;          // what was looked up (ACE)
    bool lookedUp = false;   // false when an explicit server skipped the MX lookup
    bool implicitMx = false; // no MX records: the domain's own address is the MX
    bool nullMx = false;     // RFC 7505 "MX 0 ." : the domain accepts no mail
    QList<MxHost> mx;        // in the order to try, equal preferences shuffled
    std::optional<Model::Problem> problem; // fatal for the whole destination
    QString errorText;       // the resolver's own words, for the report
    Explanation explanation; // of the problem (or of a null MX), made once by the run
    QString dnsServer;       // empty: the system's resolver
    qint64 elapsedMs = 0;
};
