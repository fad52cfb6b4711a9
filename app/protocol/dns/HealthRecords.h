#pragma once

#include "protocol/dns/HostAnswers.h"
#include "protocol/dns/MtaStsFetch.h"
#include "protocol/dns/SpfLookupCount.h"
#include "protocol/dns/TlsaLookup.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

/// The answer to one TXT question: each record's strings joined (RFC 7208 §3.3).
struct TxtAnswer
{
    QString name;
    bool asked = false;
    HostAnswers::Outcome outcome = HostAnswers::Outcome::NoAnswer;
    QStringList records;
    QString error;
};

/// The forward lookup of one MX address's reverse name (forward-confirmed reverse DNS).
struct ForwardAnswer
{
    int mx = -1;      // index into DnsFindings::mx
    int address = -1; // index into that host's addresses
    QString name;     // the reverse name asked for
    HostAnswers::Outcome outcome = HostAnswers::Outcome::NoAnswer;
    QList<QHostAddress> addresses;
};

/// Everything HealthProbe asked and what came back, raw: the run decides what it means
/// (run/HealthJudge), so this layer never explains.
struct HealthRecords
{
    QString domain;
    TxtAnswer domainTxt;   // <domain>: SPF lives here
    TxtAnswer dmarcTxt;    // _dmarc.<domain>
    /// RFC 7489 §6.6.3: without a record of its own, a subdomain is governed by its
    /// organisational domain's. Asked only then; empty when the domain is its own.
    QString organizationalDomain;
    TxtAnswer dmarcOrgTxt; // _dmarc.<organizationalDomain>
    TxtAnswer mtaStsTxt;   // _mta-sts.<domain>
    TxtAnswer tlsRptTxt;   // _smtp._tls.<domain>
    /// The records an SPF include or redirect points at, keyed by SpfLookupCount::key.
    QHash<QString, SpfLookupCount::Answer> spfIncludes;
    QList<ForwardAnswer> forward;
    PolicyFetchResult policy;
    bool policyFetched = false;
    QList<TlsaAnswer> tlsa; // one per exchange with an address, in MX order
};
