#pragma once

// Hand-made domain health findings for the report and GUI tests: what HealthJudge makes
// of a domain with one mail server at two addresses, a sound SPF, DMARC at p=none, an
// MTA-STS policy that misses the MX, no TLS-RPT and unsigned TLSA records; the IPv6
// address greets under another name. Header-only; no network.

#include "run/HealthJudge.h"

#include <QHostAddress>

namespace HealthFixture {

inline DomainHealth sample()
{
    using Outcome = HostAnswers::Outcome;
    HealthRecords records;
    records.domain = QStringLiteral("wizard.test");
    records.domainTxt = {QStringLiteral("wizard.test"), true, Outcome::Records,
                         {QStringLiteral("v=spf1 mx include:_spf.wizard.test -all")}, {}};
    records.spfIncludes.insert(QStringLiteral("_spf.wizard.test"),
                               {SpfLookupCount::Answer::Kind::Records, {QStringLiteral("v=spf1 ip4:192.0.2.0/24 ~all")}});
    records.dmarcTxt = {QStringLiteral("_dmarc.wizard.test"), true, Outcome::Records,
                        {QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@wizard.test")}, {}};
    records.mtaStsTxt = {QStringLiteral("_mta-sts.wizard.test"), true, Outcome::Records, {QStringLiteral("v=STSv1; id=1;")}, {}};
    records.policyFetched = true;
    records.policy.outcome = PolicyFetchResult::Outcome::Fetched;
    records.policy.url = QStringLiteral("https://mta-sts.wizard.test/.well-known/mta-sts.txt");
    records.policy.body = QStringLiteral("version: STSv1\nmode: enforce\nmx: mx.elsewhere.test\nmax_age: 604800\n");
    records.tlsRptTxt = {QStringLiteral("_smtp._tls.wizard.test"), true, Outcome::NotFound, {}, {}};
    QByteArray rdata("\x03\x01\x01", 3);
    rdata.append(QByteArray(32, '\x11'));
    records.tlsa = {{QStringLiteral("_25._tcp.mail.wizard.test"), true, Outcome::Records, false, {rdata}, {}}};

    DnsFindings dns;
    dns.domain = QStringLiteral("wizard.test");
    dns.lookedUp = true;
    MxHost host;
    host.preference = 10;
    host.exchange = QStringLiteral("mail.wizard.test");
    host.addresses = {{QHostAddress(QStringLiteral("192.0.2.25")), QStringLiteral("mail.wizard.test"), true, true},
                      {QHostAddress(QStringLiteral("2001:db8::25")), QStringLiteral("mail.wizard.test"), true, true}};
    dns.mx = {host};
    records.forward = {{0, 0, QStringLiteral("mail.wizard.test"), Outcome::Records, {QHostAddress(QStringLiteral("192.0.2.25"))}},
                       {0, 1, QStringLiteral("mail.wizard.test"), Outcome::Records, {QHostAddress(QStringLiteral("2001:db8::99"))}}};
    DomainHealth health = HealthJudge::judge(records, dns);

    QList<Attempt> attempts;
    for (const auto &[address, greeting] : {std::pair{QStringLiteral("192.0.2.25"), QStringLiteral("mail.wizard.test ESMTP")},
                                            std::pair{QStringLiteral("2001:db8::25"), QStringLiteral("mx7.hoster.example ESMTP")}}) {
        Attempt attempt;
        attempt.route.address = QHostAddress(address);
        ReplyRecord record;
        record.reply.code = 220;
        record.reply.lines = {greeting};
        record.stage = Model::Stage::Greeting;
        attempt.replies = {record};
        attempts.append(attempt);
    }
    HealthJudge::addGreetings(health, attempts);
    return health;
}

} // namespace HealthFixture
