// Domain health: every record a domain's DNS (or its MTA-STS web server) hands us, through
// the parsers and HealthJudge, then into the JSON and the text report. DNS answers are
// bytes from outside like any server reply: a hostile zone must not crash the judge, make
// invalid JSON or put a terminal control into the report.
// The input is cut at "\n\x1e" into: SPF candidates at the domain, _dmarc, the
// organisational _dmarc, _mta-sts, the policy file, _smtp._tls, TLSA rdata, and the
// records of one SPF include; a NUL inside a part separates records.
#include "FuzzCheck.h"

#include "protocol/dns/HealthRecords.h"
#include "protocol/dns/MtaStsPolicy.h"
#include "protocol/dns/SpfRecord.h"
#include "report/HealthJson.h"
#include "report/HealthReportSection.h"
#include "run/HealthJudge.h"

#include <QJsonDocument>

#include <cstdint>

using namespace Qt::StringLiterals;
using Outcome = HostAnswers::Outcome;

namespace {

QStringList splitRecords(const QByteArray &part)
{
    QStringList list;
    for (const QByteArray &record : part.split('\0'))
        list.append(QString::fromUtf8(record));
    return list;
}

TxtAnswer txt(const QString &name, const QByteArray &part)
{
    // An empty part is a name without records; anything else is what the zone says.
    return {name, true, part.isEmpty() ? Outcome::NoData : Outcome::Records, part.isEmpty() ? QStringList() : splitRecords(part), {}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts = input.split('\x1e');
    parts.resize(8);
    for (QByteArray &part : parts) {
        if (part.endsWith('\n'))
            part.chop(1);
    }

    HealthRecords records;
    records.domain = u"mail.example.com"_s;
    records.domainTxt = txt(records.domain, parts.at(0));
    records.dmarcTxt = txt(u"_dmarc.mail.example.com"_s, parts.at(1));
    records.organizationalDomain = u"example.com"_s;
    records.dmarcOrgTxt = txt(u"_dmarc.example.com"_s, parts.at(2));
    records.mtaStsTxt = txt(u"_mta-sts.mail.example.com"_s, parts.at(3));
    records.policyFetched = true;
    records.policy.outcome = PolicyFetchResult::Outcome::Fetched;
    records.policy.url = u"https://mta-sts.mail.example.com/.well-known/mta-sts.txt"_s;
    records.policy.body = QString::fromUtf8(parts.at(4));
    records.tlsRptTxt = txt(u"_smtp._tls.mail.example.com"_s, parts.at(5));
    TlsaAnswer tlsa{u"_25._tcp.mx.example.com"_s, true, Outcome::Records, bool(size & 1), {}, {}};
    for (const QByteArray &rdata : parts.at(6).split('\0'))
        tlsa.rdata.append(rdata);
    records.tlsa.append(tlsa);
    // Whatever include the SPF record names gets the last part as its records.
    for (const QString &candidate : records.domainTxt.records) {
        if (!SpfRecord::isSpf(candidate))
            continue;
        for (const QString &name : SpfRecord::parse(candidate).followedNames())
            records.spfIncludes.insert(SpfLookupCount::key(name), {SpfLookupCount::Answer::Kind::Records, splitRecords(parts.at(7))});
    }

    DnsFindings mx;
    mx.domain = records.domain;
    mx.lookedUp = true;
    mx.mx.append(MxHost{10, u"mx.example.com"_s, {ResolvedAddress{QHostAddress(u"192.0.2.25"_s), u"mx.example.com"_s, true, true}}, {}, {}});

    const DomainHealth health = HealthJudge::judge(records, mx);
    for (const HealthFinding *finding : {&health.spf, &health.dmarc, &health.mtaSts, &health.tlsRpt, &health.dane})
        FUZZ_CHECK(!finding->explanation.isEmpty());

    const QByteArray json = QJsonDocument(HealthJson::toJson(health)).toJson();
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(json, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    // What the JSON says reads back as the same findings.
    FUZZ_CHECK(HealthJson::toJson(HealthJson::fromJson(back.object())) == back.object());
    FUZZ_CHECK(!Fuzz::hasTerminalControl(HealthReportSection::text(health), true));

    // The policy patterns: a pattern never matches a host it does not end like.
    const MtaStsPolicy policy = MtaStsPolicy::parse(records.policy.body);
    for (const QString &pattern : policy.mx) {
        if (MtaStsPolicy::matches(pattern, u"mx.example.com"_s))
            FUZZ_CHECK(pattern.toLower().endsWith(u"example.com"_s) || pattern.toLower().endsWith(u"example.com."_s));
    }
    return 0;
}
