#include "run/HealthJudge.h"

#include "diagnosis/HealthCatalog.h"
#include "model/SafeText.h"
#include "protocol/dns/DmarcRecord.h"
#include "protocol/dns/MtaStsPolicy.h"
#include "protocol/dns/MxOrdering.h"
#include "protocol/dns/MtaStsRecord.h"
#include "protocol/dns/SpfLookupCount.h"
#include "protocol/dns/SpfRecord.h"
#include "protocol/dns/TlsRptRecord.h"
#include "protocol/dns/TlsaRecord.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using Model::HealthCheck;
using Model::HealthProblem;
using Model::HealthStatus;
using Outcome = HostAnswers::Outcome;

namespace {

bool answered(Outcome outcome)
{
    return outcome != Outcome::NoAnswer && outcome != Outcome::ServerFailure;
}

HealthIssue issue(HealthProblem problem, const QString &detail = {})
{
    return HealthIssue{problem, detail, {}};
}

/// The start every TXT check shares: the records of its kind among the TXT answer, or
/// the finding already decided (no answer: could not check; none: missing; several:
/// invalid, as every one of these RFCs says).
struct TxtStart
{
    HealthFinding finding;
    QString record; // the one record, when there is exactly one
    bool decided = true;
};

TxtStart startFrom(const TxtAnswer &answer, bool (*is)(const QString &), HealthProblem several)
{
    TxtStart start;
    if (!answered(answer.outcome)) {
        start.finding.status = HealthStatus::Warning;
        start.finding.problems.append(issue(HealthProblem::LookupFailed, answer.name));
        return start;
    }
    QStringList found;
    for (const QString &record : answer.records) {
        if (is(record))
            found.append(record);
    }
    start.finding.record = found.join(u'\n');
    if (found.size() > 1) {
        start.finding.problems.append(issue(several));
        start.finding.status = HealthStatus::Invalid;
    } else if (found.size() == 1) {
        start.record = found.constFirst();
        start.decided = false;
    }
    return start;
}

/// The status the problems add up to: the worst of them, with the broken ones first.
void settle(HealthFinding &finding, const QList<HealthProblem> &breaking)
{
    std::stable_sort(finding.problems.begin(), finding.problems.end(), [&breaking](const HealthIssue &a, const HealthIssue &b) {
        return breaking.contains(a.problem) && !breaking.contains(b.problem);
    });
    const bool broken = std::any_of(finding.problems.cbegin(), finding.problems.cend(),
                                    [&breaking](const HealthIssue &i) { return breaking.contains(i.problem); });
    finding.status = broken ? HealthStatus::Invalid : finding.problems.isEmpty() ? HealthStatus::Ok : HealthStatus::Warning;
}

// The policy file is network text read raw (its lines are the syntax); what of it is
// kept is made safe here, where the findings are made.
void makeSafe(HealthFinding &finding)
{
    QStringList lines = finding.record.split(u'\n'); // several records, one a line
    for (QString &line : lines)
        line = SafeText::visible(line);
    finding.record = lines.join(u'\n');
    for (HealthIssue &i : finding.problems)
        i.detail = SafeText::visible(i.detail);
    for (auto &detail : finding.details)
        detail.second = SafeText::visible(detail.second);
}

} // namespace

HealthFinding HealthJudge::spf(const HealthRecords &records)
{
    TxtStart start = startFrom(records.domainTxt, &SpfRecord::isSpf, HealthProblem::SpfMultipleRecords);
    if (start.decided)
        return start.finding;
    HealthFinding &finding = start.finding;
    const SpfRecord record = SpfRecord::parse(start.record);
    finding.problems = record.faults;
    if (!record.hasSyntaxError()) {
        const SpfLookupCount::Result count = SpfLookupCount::count(records.domain, record, records.spfIncludes);
        finding.problems += count.faults;
        const QString lookups = QString::number(count.lookups) + (count.incomplete ? u"+"_s : QString());
        if (count.lookups > SpfLookupCount::Limit)
            finding.problems.prepend(issue(HealthProblem::SpfTooManyLookups, lookups));
        finding.details.append({u"allQualifier"_s, record.allQualifier ? SpfRecord::qualifierText(*record.allQualifier) + u"all"_s
                                                  : record.redirectApplies() ? u"redirect="_s + record.redirect : u"none"_s});
        finding.details.append({u"dnsLookups"_s, lookups});
    }
    settle(finding, {HealthProblem::SpfSyntax, HealthProblem::SpfTooManyLookups, HealthProblem::SpfIncludeMissing,
                     HealthProblem::SpfIncludeInvalid, HealthProblem::SpfIncludeLoop});
    return finding;
}

HealthFinding HealthJudge::dmarc(const TxtAnswer &answer)
{
    TxtStart start = startFrom(answer, &DmarcRecord::isDmarc, HealthProblem::DmarcMultipleRecords);
    if (start.decided)
        return start.finding;
    HealthFinding &finding = start.finding;
    const DmarcRecord record = DmarcRecord::parse(start.record);
    finding.problems = record.faults;
    const bool reports = !record.rua.isEmpty() && !record.has(HealthProblem::DmarcRuaInvalid);
    QList<HealthProblem> breaking{HealthProblem::DmarcSyntax};
    if (!reports) // §6.6.3: without reports a record without a policy is no record
        breaking.append(HealthProblem::DmarcNoPolicy);
    settle(finding, breaking);
    if (!record.policy.isEmpty())
        finding.details.append({u"policy"_s, record.policy});
    if (!record.subdomainPolicy.isEmpty())
        finding.details.append({u"subdomainPolicy"_s, record.subdomainPolicy});
    finding.details.append({u"pct"_s, QString::number(record.percent)});
    if (!record.rua.isEmpty())
        finding.details.append({u"rua"_s, record.rua.join(u", "_s)});
    return finding;
}

HealthFinding HealthJudge::mtaSts(const HealthRecords &records, const DnsFindings &mx)
{
    const PolicyFetchResult &fetch = records.policy;
    TxtStart start = startFrom(records.mtaStsTxt, &MtaStsRecord::isMtaSts, HealthProblem::StsMultipleRecords);
    HealthFinding &finding = start.finding;
    if (start.decided) {
        // Still missing for senders, but worth saying when the policy file is there.
        if (finding.status == HealthStatus::Missing && records.policyFetched
            && fetch.outcome == PolicyFetchResult::Outcome::Fetched)
            finding.problems.append(issue(HealthProblem::StsPolicyWithoutRecord, fetch.url));
        return finding;
    }
    const MtaStsRecord record = MtaStsRecord::parse(start.record);
    finding.problems = record.faults;
    if (!record.id.isEmpty())
        finding.details.append({u"id"_s, record.id});
    finding.details.append({u"policyUrl"_s, fetch.url});

    QList<HealthProblem> breaking{HealthProblem::StsSyntax, HealthProblem::StsPolicyUnreachable,
                                  HealthProblem::StsPolicyCertificate, HealthProblem::StsPolicyHttpStatus,
                                  HealthProblem::StsPolicyContentType, HealthProblem::StsPolicyTooLarge,
                                  HealthProblem::StsPolicySyntax, HealthProblem::StsPolicyVersion,
                                  HealthProblem::StsModeInvalid, HealthProblem::StsMaxAgeInvalid,
                                  HealthProblem::StsNoMxPattern};
    using FetchOutcome = PolicyFetchResult::Outcome;
    switch (records.policyFetched ? fetch.outcome : FetchOutcome::DnsNoAnswer) {
    case FetchOutcome::Fetched: {
        const MtaStsPolicy policy = MtaStsPolicy::parse(fetch.body);
        finding.problems += policy.faults;
        if (!policy.mode.isEmpty())
            finding.details.append({u"mode"_s, policy.mode});
        if (!policy.mx.isEmpty())
            finding.details.append({u"mx"_s, policy.mx.join(u", "_s)});
        if (policy.maxAge)
            finding.details.append({u"maxAge"_s, QString::number(*policy.maxAge)});
        if (policy.mode != u"none"_s && !policy.mx.isEmpty()) {
            QStringList exchanges;
            for (const MxHost &host : mx.mx)
                exchanges.append(host.exchange);
            for (const QString &exchange : policy.uncovered(exchanges))
                finding.problems.append(issue(HealthProblem::StsMxNotCovered, exchange));
            if (policy.mode == u"enforce"_s)
                breaking.append(HealthProblem::StsMxNotCovered);
        }
        break;
    }
    case FetchOutcome::NoHost:
        finding.problems.append(issue(HealthProblem::StsPolicyUnreachable,
                                      QCoreApplication::translate("HealthJudge", "%1 has no address in the DNS")
                                          .arg(u"mta-sts."_s + records.domain)));
        break;
    case FetchOutcome::DnsNoAnswer:
    case FetchOutcome::Unreachable:
        finding.problems.append(issue(HealthProblem::StsPolicyUnreachable, fetch.error.isEmpty() ? fetch.url : fetch.error));
        break;
    case FetchOutcome::Certificate:
        finding.problems.append(issue(HealthProblem::StsPolicyCertificate, fetch.tlsErrors.join(u"; "_s)));
        break;
    case FetchOutcome::HttpStatus:
        finding.problems.append(issue(HealthProblem::StsPolicyHttpStatus, QString::number(fetch.httpStatus)));
        break;
    case FetchOutcome::ContentType:
        finding.problems.append(issue(HealthProblem::StsPolicyContentType, fetch.contentType));
        break;
    case FetchOutcome::TooLarge:
        finding.problems.append(issue(HealthProblem::StsPolicyTooLarge));
        break;
    }
    settle(finding, breaking);
    return finding;
}

HealthFinding HealthJudge::tlsRpt(const TxtAnswer &answer)
{
    TxtStart start = startFrom(answer, &TlsRptRecord::isTlsRpt, HealthProblem::TlsRptMultipleRecords);
    if (start.decided)
        return start.finding;
    HealthFinding &finding = start.finding;
    const TlsRptRecord record = TlsRptRecord::parse(start.record);
    finding.problems = record.faults;
    int invalid = 0;
    for (const HealthIssue &fault : record.faults)
        invalid += fault.problem == HealthProblem::TlsRptRuaInvalid ? 1 : 0;
    QList<HealthProblem> breaking{HealthProblem::TlsRptSyntax, HealthProblem::TlsRptNoRua};
    if (invalid > 0 && invalid == record.rua.size()) // no address left to report to
        breaking.append(HealthProblem::TlsRptRuaInvalid);
    settle(finding, breaking);
    if (!record.rua.isEmpty())
        finding.details.append({u"rua"_s, record.rua.join(u", "_s)});
    return finding;
}

HealthFinding HealthJudge::dane(const QList<TlsaAnswer> &answers)
{
    HealthFinding finding;
    QStringList lines;
    QStringList without;
    bool anyRecords = false;
    bool allSigned = true;
    for (const TlsaAnswer &answer : answers) {
        if (!answer.asked) {
            finding.problems.append(issue(HealthProblem::DaneNotChecked, answer.error));
            continue;
        }
        if (!answered(answer.outcome)) {
            finding.problems.append(issue(HealthProblem::LookupFailed, answer.name));
            continue;
        }
        if (answer.rdata.isEmpty()) {
            without.append(answer.name.section(u'.', 2));
            continue;
        }
        anyRecords = true;
        if (!answer.authenticated) {
            allSigned = false;
            finding.problems.append(issue(HealthProblem::DaneNotSigned, answer.name.section(u'.', 2)));
        }
        for (const QByteArray &rdata : answer.rdata) {
            const auto record = TlsaRecord::fromRdata(rdata);
            const QString text = record ? record->text() : QString::fromLatin1(rdata.toHex());
            lines.append(answer.name + u" TLSA "_s + text);
            if (!record)
                finding.problems.append(issue(HealthProblem::DaneRecordInvalid, text));
            else
                finding.problems += record->faults();
        }
    }
    finding.record = lines.join(u'\n');
    // Only one "not checked" is worth saying: every question went the same way.
    for (qsizetype i = finding.problems.size() - 1; i > 0; --i) {
        if (finding.problems.at(i).problem == HealthProblem::DaneNotChecked
            && std::count_if(finding.problems.cbegin(), finding.problems.cbegin() + i, [](const HealthIssue &x) {
                   return x.problem == HealthProblem::DaneNotChecked;
               }) > 0)
            finding.problems.removeAt(i);
    }
    if (!anyRecords) {
        finding.status = finding.problems.isEmpty() ? HealthStatus::Missing : HealthStatus::Warning;
        return finding;
    }
    for (const QString &exchange : without)
        finding.problems.append(issue(HealthProblem::DanePartial, exchange));
    finding.details.append({u"dnssec"_s, allSigned ? u"yes"_s : u"no"_s});
    settle(finding, {HealthProblem::DaneRecordInvalid});
    return finding;
}

HealthFinding HealthJudge::fcrdns(const ResolvedAddress &address, const ForwardAnswer *forward)
{
    HealthFinding finding;
    finding.record = address.ptr;
    if (address.ptr.isEmpty()) {
        if (address.ptrLookedUp) {
            finding.problems.append(issue(HealthProblem::PtrMissing));
            finding.status = HealthStatus::Missing;
        } else {
            finding.problems.append(issue(HealthProblem::LookupFailed, address.address.toString()));
            finding.status = HealthStatus::Warning;
        }
        return finding;
    }
    if (!forward || !answered(forward->outcome)) {
        finding.problems.append(issue(HealthProblem::PtrForwardFailed, address.ptr));
        finding.status = HealthStatus::Warning;
        return finding;
    }
    if (!forward->addresses.contains(address.address)) {
        finding.problems.append(issue(HealthProblem::PtrForwardMismatch, address.ptr));
        finding.status = HealthStatus::Invalid;
        return finding;
    }
    finding.status = HealthStatus::Ok;
    return finding;
}

HealthFinding HealthJudge::banner(const QString &ptr, const QString &greeting, bool seen)
{
    HealthFinding finding;
    finding.record = greeting;
    finding.status = HealthStatus::Warning;
    if (!seen)
        finding.problems.append(issue(HealthProblem::BannerNotSeen));
    else if (greeting.isEmpty())
        finding.problems.append(issue(HealthProblem::BannerNoName));
    else if (ptr.isEmpty())
        finding.problems.append(issue(HealthProblem::PtrMissing));
    else if (MxOrdering::normalizeName(ptr) != MxOrdering::normalizeName(greeting))
        finding.problems.append(issue(HealthProblem::BannerMismatch, greeting));
    else
        finding.status = HealthStatus::Ok;
    return finding;
}

DomainHealth HealthJudge::judge(const HealthRecords &records, const DnsFindings &mx)
{
    DomainHealth health;
    health.domain = records.domain;
    health.dnsServer = mx.dnsServer;
    health.spf = spf(records);
    health.dmarc = dmarc(records.dmarcTxt);
    // RFC 7489 §6.6.3: a subdomain without a record of its own is governed by its
    // organisational domain's record, with that record's sp= (or p=) policy.
    if (health.dmarc.status == HealthStatus::Missing && records.dmarcOrgTxt.asked) {
        HealthFinding inherited = dmarc(records.dmarcOrgTxt);
        if (inherited.status != HealthStatus::Missing) {
            const QString sp = inherited.detail(u"subdomainPolicy"_s);
            inherited.details.append({u"inheritedFrom"_s, records.organizationalDomain});
            inherited.details.append({u"appliedPolicy"_s, sp.isEmpty() ? inherited.detail(u"policy"_s) : sp});
            health.dmarc = inherited;
        }
    }
    health.mtaSts = mtaSts(records, mx);
    health.tlsRpt = tlsRpt(records.tlsRptTxt);
    health.dane = dane(records.tlsa);
    for (int h = 0; h < mx.mx.size(); ++h) {
        const MxHost &host = mx.mx.at(h);
        for (int a = 0; a < host.addresses.size(); ++a) {
            const ResolvedAddress &resolved = host.addresses.at(a);
            const ForwardAnswer *forward = nullptr;
            for (const ForwardAnswer &f : records.forward) {
                if (f.mx == h && f.address == a)
                    forward = &f;
            }
            AddressHealth address;
            address.exchange = host.exchange;
            address.address = resolved.address;
            address.ptr = resolved.ptr;
            if (forward)
                address.ptrAddresses = forward->addresses;
            address.fcrdns = fcrdns(resolved, forward);
            address.bannerMatchesPtr = banner(resolved.ptr, {}, false);
            health.addresses.append(address);
        }
    }
    for (HealthFinding *finding : {&health.spf, &health.dmarc, &health.mtaSts, &health.tlsRpt, &health.dane})
        makeSafe(*finding);
    HealthCatalog::explain(health);
    return health;
}

QString HealthJudge::greetingName(const Attempt &attempt)
{
    for (const ReplyRecord &record : attempt.replies) {
        if (record.stage == Model::Stage::Greeting && record.reply.code == 220)
            return record.reply.lines.value(0).section(u' ', 0, 0, QString::SectionSkipEmpty);
    }
    return {};
}

void HealthJudge::addGreetings(DomainHealth &health, const QList<Attempt> &attempts)
{
    for (AddressHealth &address : health.addresses) {
        bool seen = false;
        QString name;
        for (const Attempt &attempt : attempts) {
            if (attempt.route.address != address.address)
                continue;
            const bool greeted = std::any_of(attempt.replies.cbegin(), attempt.replies.cend(), [](const ReplyRecord &r) {
                return r.stage == Model::Stage::Greeting && r.reply.code == 220;
            });
            if (greeted) {
                seen = true;
                name = greetingName(attempt);
                break;
            }
        }
        address.greetingName = name; // the reply was made safe where it was parsed
        address.bannerMatchesPtr = banner(address.ptr, name, seen);
        HealthCatalog::explain(HealthCheck::Banner, address.bannerMatchesPtr);
    }
}
