#include "diagnosis/HealthCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using Model::HealthCheck;
using Model::HealthProblem;
using Model::HealthStatus;

namespace {

struct ProblemWords
{
    HealthProblem problem;
    const char *text; // %1: the detail, where the sentence names it
};

// One sentence per fault: what is wrong, what it does to mail, what to do.
constexpr ProblemWords problemWords[] = {
    {HealthProblem::LookupFailed, QT_TRANSLATE_NOOP("HealthCatalog", "The DNS server gave no usable answer for %1, so this could not be checked. Try again, or ask another DNS server.")},
    {HealthProblem::SpfMultipleRecords, QT_TRANSLATE_NOOP("HealthCatalog", "The domain publishes more than one SPF record. Receivers then treat SPF as broken (permerror, RFC 7208 §4.5): merge them into one record.")},
    {HealthProblem::SpfSyntax, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" is not valid SPF. Receivers treat the whole record as broken (permerror) and ignore it: correct or remove that part.")},
    {HealthProblem::SpfTooManyLookups, QT_TRANSLATE_NOOP("HealthCatalog", "Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists and redirect, counted through every include), more than the 10 receivers allow (RFC 7208 §4.6.4). They then treat SPF as broken: remove includes you no longer use, or list addresses with ip4:/ip6: instead.")},
    {HealthProblem::SpfAllPass, QT_TRANSLATE_NOOP("HealthCatalog", "The record ends in \"+all\": every server on the Internet may send mail for the domain, which makes SPF useless. Use \"-all\" or \"~all\".")},
    {HealthProblem::SpfAllNeutral, QT_TRANSLATE_NOOP("HealthCatalog", "The record ends in \"?all\": servers that are not listed get a neutral result, so SPF protects nothing. Use \"~all\", or \"-all\" once all your senders are listed.")},
    {HealthProblem::SpfNoAll, QT_TRANSLATE_NOOP("HealthCatalog", "The record has no \"all\" at its end and no redirect: servers that are not listed get a neutral result. End it with \"-all\" or \"~all\".")},
    {HealthProblem::SpfTermsAfterAll, QT_TRANSLATE_NOOP("HealthCatalog", "Some terms come after \"all\" and are never looked at: move them before it.")},
    {HealthProblem::SpfRedirectIgnored, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" is ignored because the record also has \"all\" (RFC 7208 §6.1): keep one of the two.")},
    {HealthProblem::SpfPtr, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" uses the ptr mechanism, which is slow and which RFC 7208 §5.5 says not to use; some receivers skip it. List the addresses with ip4:, ip6: or a: instead.")},
    {HealthProblem::SpfMacroNotFollowed, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" uses a macro, which depends on each message: its lookup is counted once, but what it leads to was not checked.")},
    {HealthProblem::SpfIncludeMissing, QT_TRANSLATE_NOOP("HealthCatalog", "The record includes %1, which has no SPF record. Receivers treat that as broken SPF (permerror): fix the name or remove the include.")},
    {HealthProblem::SpfIncludeInvalid, QT_TRANSLATE_NOOP("HealthCatalog", "The record includes %1, whose own SPF record is broken (or which has several). Receivers then treat SPF as broken: ask whoever runs %1, or remove the include.")},
    {HealthProblem::SpfIncludeLoop, QT_TRANSLATE_NOOP("HealthCatalog", "The record includes itself again through %1: receivers stop with an error. Remove the loop.")},
    {HealthProblem::SpfIncludeLookupFailed, QT_TRANSLATE_NOOP("HealthCatalog", "The DNS server did not answer for the included record %1; receivers that meet the same treat SPF as a temporary error.")},
    {HealthProblem::DmarcMultipleRecords, QT_TRANSLATE_NOOP("HealthCatalog", "There is more than one DMARC record at _dmarc: receivers then apply none (RFC 7489 §6.6.3). Keep one.")},
    {HealthProblem::DmarcSyntax, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" is not valid DMARC; correct it.")},
    {HealthProblem::DmarcNoPolicy, QT_TRANSLATE_NOOP("HealthCatalog", "The record has no valid policy (p=none, p=quarantine or p=reject). Receivers ignore such a record, unless it asks for reports: then they read it as p=none.")},
    {HealthProblem::DmarcPolicyNone, QT_TRANSLATE_NOOP("HealthCatalog", "The policy is p=none: receivers only report, and forged mail in the domain's name is still delivered. Once the reports show that all your own mail passes, move to p=quarantine, then p=reject.")},
    {HealthProblem::DmarcSubdomainNone, QT_TRANSLATE_NOOP("HealthCatalog", "Subdomains have sp=none: forged mail from any subdomain is still delivered, although the domain itself is protected.")},
    {HealthProblem::DmarcPartial, QT_TRANSLATE_NOOP("HealthCatalog", "pct=%1: the policy applies to only part of the failing mail; the rest is treated as if the policy were one step milder.")},
    {HealthProblem::DmarcNoRua, QT_TRANSLATE_NOOP("HealthCatalog", "No rua= address: nobody receives the reports that show who sends mail in the domain's name. Add rua=mailto: with an address you read.")},
    {HealthProblem::DmarcRuaInvalid, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" is not a mailto: address receivers can send reports to.")},
    {HealthProblem::StsMultipleRecords, QT_TRANSLATE_NOOP("HealthCatalog", "There is more than one MTA-STS record at _mta-sts: senders then ignore MTA-STS (RFC 8461 §3.1). Keep one.")},
    {HealthProblem::StsSyntax, QT_TRANSLATE_NOOP("HealthCatalog", "The MTA-STS record is malformed at \"%1\"; it must read \"v=STSv1; id=\" and 1 to 32 letters or digits.")},
    {HealthProblem::StsPolicyWithoutRecord, QT_TRANSLATE_NOOP("HealthCatalog", "A policy file is published, but there is no TXT record at _mta-sts, so senders never fetch it. Add \"v=STSv1; id=\" and a version there.")},
    {HealthProblem::StsPolicyUnreachable, QT_TRANSLATE_NOOP("HealthCatalog", "The policy file could not be fetched (%1). Senders then use no MTA-STS for the domain, or a copy they fetched before.")},
    {HealthProblem::StsPolicyCertificate, QT_TRANSLATE_NOOP("HealthCatalog", "The web server of the policy has a certificate that is not trusted (%1). Senders must refuse such a policy: it needs a valid certificate for the mta-sts name.")},
    {HealthProblem::StsPolicyHttpStatus, QT_TRANSLATE_NOOP("HealthCatalog", "The web server answered HTTP %1 instead of 200 with the policy (senders do not follow redirects, RFC 8461 §3.3).")},
    {HealthProblem::StsPolicyContentType, QT_TRANSLATE_NOOP("HealthCatalog", "The policy file is served as \"%1\"; it must be text/plain.")},
    {HealthProblem::StsPolicyTooLarge, QT_TRANSLATE_NOOP("HealthCatalog", "The policy file is larger than 64 KiB; senders may refuse it.")},
    {HealthProblem::StsPolicySyntax, QT_TRANSLATE_NOOP("HealthCatalog", "The line \"%1\" of the policy file is not valid.")},
    {HealthProblem::StsPolicyVersion, QT_TRANSLATE_NOOP("HealthCatalog", "The policy file needs exactly one line \"version: STSv1\".")},
    {HealthProblem::StsModeInvalid, QT_TRANSLATE_NOOP("HealthCatalog", "The policy's mode must be enforce, testing or none.")},
    {HealthProblem::StsModeTesting, QT_TRANSLATE_NOOP("HealthCatalog", "mode: testing: senders report problems but still deliver over unencrypted or unverified connections. Switch to enforce once the reports are clean.")},
    {HealthProblem::StsModeNone, QT_TRANSLATE_NOOP("HealthCatalog", "mode: none: the policy withdraws MTA-STS, and senders no longer insist on encryption.")},
    {HealthProblem::StsMaxAgeInvalid, QT_TRANSLATE_NOOP("HealthCatalog", "max_age must be a number of seconds, at most 31557600 (a year).")},
    {HealthProblem::StsMaxAgeShort, QT_TRANSLATE_NOOP("HealthCatalog", "max_age is %1 seconds, less than a day: senders forget the policy quickly, which weakens it. Weeks are usual (604800 is one).")},
    {HealthProblem::StsNoMxPattern, QT_TRANSLATE_NOOP("HealthCatalog", "The policy lists no mx: lines, so no mail server matches it.")},
    {HealthProblem::StsMxNotCovered, QT_TRANSLATE_NOOP("HealthCatalog", "The mail server %1 is not covered by any mx: line of the policy. In enforce mode senders refuse to deliver to it: add it to the policy.")},
    {HealthProblem::TlsRptMultipleRecords, QT_TRANSLATE_NOOP("HealthCatalog", "There is more than one TLS-RPT record at _smtp._tls: senders then send no reports. Keep one.")},
    {HealthProblem::TlsRptSyntax, QT_TRANSLATE_NOOP("HealthCatalog", "The TLS-RPT record is malformed at \"%1\"; it must read \"v=TLSRPTv1; rua=\" and where reports go.")},
    {HealthProblem::TlsRptNoRua, QT_TRANSLATE_NOOP("HealthCatalog", "The record has no rua= address, so reports go nowhere.")},
    {HealthProblem::TlsRptRuaInvalid, QT_TRANSLATE_NOOP("HealthCatalog", "\"%1\" is neither a mailto: address nor an https: address.")},
    {HealthProblem::DaneNotChecked, QT_TRANSLATE_NOOP("HealthCatalog", "Not checked: this program cannot ask the DNS server in use for TLSA records (%1). Check with the system's resolver, or with a tool such as dig.")},
    {HealthProblem::DaneNotSigned, QT_TRANSLATE_NOOP("HealthCatalog", "TLSA records were found for %1, but the DNS server did not confirm them as DNSSEC-signed. Senders use DANE only with signed answers: sign the zone, or ask a validating resolver.")},
    {HealthProblem::DaneRecordInvalid, QT_TRANSLATE_NOOP("HealthCatalog", "The TLSA record \"%1\" is malformed (an unknown usage, selector or matching type, or data of the wrong length); senders cannot use it.")},
    {HealthProblem::DaneUsagePkix, QT_TRANSLATE_NOOP("HealthCatalog", "The TLSA record \"%1\" has usage 0 or 1, which mail servers ignore (RFC 7672 §3.1.3). Publish usage 3 (DANE-EE) or 2 (DANE-TA).")},
    {HealthProblem::DanePartial, QT_TRANSLATE_NOOP("HealthCatalog", "%1 has no TLSA records, though other mail servers of the domain have: senders cannot verify it the same way.")},
    {HealthProblem::PtrMissing, QT_TRANSLATE_NOOP("HealthCatalog", "The address has no reverse DNS name. Many receivers refuse or distrust mail from such addresses; it matters when this server also sends mail.")},
    {HealthProblem::PtrForwardMismatch, QT_TRANSLATE_NOOP("HealthCatalog", "The reverse name %1 does not lead back to this address, so the reverse DNS is not forward-confirmed. Receivers treat that like no reverse name: add the address to the name's A or AAAA records.")},
    {HealthProblem::PtrForwardFailed, QT_TRANSLATE_NOOP("HealthCatalog", "The DNS server did not answer for the reverse name %1, so it could not be confirmed.")},
    {HealthProblem::BannerNotSeen, QT_TRANSLATE_NOOP("HealthCatalog", "No greeting was read from this address (the test did not talk to it, or could not), so its name could not be compared.")},
    {HealthProblem::BannerNoName, QT_TRANSLATE_NOOP("HealthCatalog", "The server's greeting names no host.")},
    {HealthProblem::BannerMismatch, QT_TRANSLATE_NOOP("HealthCatalog", "The server greets as %1, which is not its reverse DNS name. Receivers do not require them to match, but spam filters often count it against a sender: set the server's host name (Postfix: myhostname) to the reverse name, or the other way round.")},
};

constexpr struct
{
    HealthCheck check;
    const char *purpose;
} purposes[] = {
    {HealthCheck::Spf, QT_TRANSLATE_NOOP("HealthCatalog", "SPF lists the servers allowed to send mail for the domain; receivers check it to spot forged senders.")},
    {HealthCheck::Dmarc, QT_TRANSLATE_NOOP("HealthCatalog", "DMARC tells receivers what to do with mail in the domain's name that fails SPF and DKIM, and where to send reports about it.")},
    {HealthCheck::MtaSts, QT_TRANSLATE_NOOP("HealthCatalog", "MTA-STS tells sending servers to deliver to the domain only over encrypted, verified connections, so nobody on the way can read or divert the mail.")},
    {HealthCheck::TlsRpt, QT_TRANSLATE_NOOP("HealthCatalog", "TLS-RPT asks sending servers to report when they could not set up encryption to the domain's mail servers.")},
    {HealthCheck::Dane, QT_TRANSLATE_NOOP("HealthCatalog", "DANE publishes the mail servers' certificates in DNSSEC-signed TLSA records, so senders can verify them without trusting a certificate authority.")},
    {HealthCheck::FcrDns, QT_TRANSLATE_NOOP("HealthCatalog", "Receivers look up the reverse DNS name of a sending server's address and check that the name leads back to the same address.")},
    {HealthCheck::Banner, QT_TRANSLATE_NOOP("HealthCatalog", "A mail server names itself in its greeting; receivers compare that name with the reverse DNS name of its address.")},
};

constexpr struct
{
    HealthCheck check;
    HealthStatus status;
    const char *text;
} verdicts[] = {
    {HealthCheck::Spf, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "The domain publishes one valid SPF record.")},
    {HealthCheck::Spf, HealthStatus::Missing, QT_TRANSLATE_NOOP("HealthCatalog", "The domain publishes none: receivers cannot tell forged mail in its name from real mail, and some refuse mail from domains without SPF. Publish one, e.g. \"v=spf1 mx -all\" if only the mail servers send.")},
    {HealthCheck::Dmarc, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "The domain publishes a DMARC policy that protects it, and reports go to an address.")},
    {HealthCheck::Dmarc, HealthStatus::Missing, QT_TRANSLATE_NOOP("HealthCatalog", "There is no record at _dmarc: receivers decide alone what to do with forged mail in the domain's name, and nobody gets reports. Large mail providers expect one from bulk senders; start with \"v=DMARC1; p=none; rua=mailto:…\".")},
    {HealthCheck::MtaSts, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "The record and the policy file are in place, and the policy covers every mail server.")},
    {HealthCheck::MtaSts, HealthStatus::Missing, QT_TRANSLATE_NOOP("HealthCatalog", "The domain publishes no MTA-STS policy. It is optional; without it, mail to the domain can be sent unencrypted when someone on the way removes the offer of encryption.")},
    {HealthCheck::TlsRpt, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "Reports about failed encryption go to the address in the record.")},
    {HealthCheck::TlsRpt, HealthStatus::Missing, QT_TRANSLATE_NOOP("HealthCatalog", "There is no record at _smtp._tls. It is optional; without it you hear of encryption problems only from senders' bounces.")},
    {HealthCheck::Dane, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "Every mail server has valid, DNSSEC-signed TLSA records.")},
    {HealthCheck::Dane, HealthStatus::Missing, QT_TRANSLATE_NOOP("HealthCatalog", "No mail server has TLSA records. DANE is optional and needs a DNSSEC-signed zone.")},
    {HealthCheck::FcrDns, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "The address has a reverse name, and that name leads back to it.")},
    {HealthCheck::FcrDns, HealthStatus::Missing, QT_TRANSLATE_NOOP("HealthCatalog", "The address has no reverse name.")},
    {HealthCheck::FcrDns, HealthStatus::Invalid, QT_TRANSLATE_NOOP("HealthCatalog", "Here the reverse name does not lead back to the address, which receivers count like having no reverse name.")},
    {HealthCheck::FcrDns, HealthStatus::Warning, QT_TRANSLATE_NOOP("HealthCatalog", "Here it could not be checked (see below).")},
    {HealthCheck::Banner, HealthStatus::Warning, QT_TRANSLATE_NOOP("HealthCatalog", "Here the two could not be matched (see below); mail still flows, but some spam filters notice.")},
    {HealthCheck::Banner, HealthStatus::Ok, QT_TRANSLATE_NOOP("HealthCatalog", "The greeting names the server as its reverse DNS name does.")},
};

constexpr struct
{
    const char *key;
    const char *label;
} detailLabels[] = {
    {"allQualifier", QT_TRANSLATE_NOOP("HealthCatalog", "For other servers")},
    {"dnsLookups", QT_TRANSLATE_NOOP("HealthCatalog", "DNS lookups (at most 10)")},
    {"inheritedFrom", QT_TRANSLATE_NOOP("HealthCatalog", "No record of its own; the record of this parent domain applies")},
    {"appliedPolicy", QT_TRANSLATE_NOOP("HealthCatalog", "Policy that applies to this domain")},
    {"policy", QT_TRANSLATE_NOOP("HealthCatalog", "Policy")},
    {"subdomainPolicy", QT_TRANSLATE_NOOP("HealthCatalog", "Policy for subdomains")},
    {"rua", QT_TRANSLATE_NOOP("HealthCatalog", "Reports to")},
    {"pct", QT_TRANSLATE_NOOP("HealthCatalog", "Share of mail the policy applies to")},
    {"id", QT_TRANSLATE_NOOP("HealthCatalog", "Policy version (id)")},
    {"policyUrl", QT_TRANSLATE_NOOP("HealthCatalog", "Policy file")},
    {"mode", QT_TRANSLATE_NOOP("HealthCatalog", "Mode")},
    {"mx", QT_TRANSLATE_NOOP("HealthCatalog", "Mail servers in the policy")},
    {"maxAge", QT_TRANSLATE_NOOP("HealthCatalog", "Kept by senders for (seconds)")},
    {"tlsa", QT_TRANSLATE_NOOP("HealthCatalog", "TLSA records")},
    {"dnssec", QT_TRANSLATE_NOOP("HealthCatalog", "Signed (DNSSEC)")},
};

} // namespace

QString HealthCatalog::problemText(HealthProblem problem, const QString &detail)
{
    for (const ProblemWords &words : problemWords) {
        if (words.problem != problem)
            continue;
        const QString text = tr(words.text);
        if (text.contains(u"%1"_s))
            return text.arg(detail.isEmpty() ? tr("(not named)") : detail);
        return detail.isEmpty() ? text : tr("%1 (found: %2)").arg(text, detail);
    }
    return Model::key(problem);
}

QString HealthCatalog::explanation(HealthCheck check, HealthStatus status)
{
    QString purpose;
    for (const auto &p : purposes) {
        if (p.check == check)
            purpose = tr(p.purpose);
    }
    for (const auto &v : verdicts) {
        if (v.check == check && v.status == status)
            return purpose + u' ' + tr(v.text);
    }
    switch (status) {
    case HealthStatus::Ok:
        return purpose + u' ' + tr("It is in order.");
    case HealthStatus::Missing:
        return purpose + u' ' + tr("Nothing is published for it.");
    case HealthStatus::Invalid:
        return purpose + u' ' + tr("What is published is broken: receivers treat it as an error or ignore it. The problems below say what to change.");
    case HealthStatus::Warning:
        return purpose + u' ' + tr("It works, but the points below are worth a look.");
    }
    return purpose;
}

QString HealthCatalog::detailLabel(const QString &key)
{
    for (const auto &d : detailLabels) {
        if (key == QLatin1StringView(d.key))
            return tr(d.label);
    }
    return key;
}

void HealthCatalog::orderDetails(HealthFinding &finding)
{
    const auto rank = [](const QString &key) {
        int i = 0;
        for (const auto &d : detailLabels) {
            if (key == QLatin1StringView(d.key))
                return i;
            ++i;
        }
        return i;
    };
    std::stable_sort(finding.details.begin(), finding.details.end(),
                     [&rank](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
}

void HealthCatalog::explain(HealthCheck check, HealthFinding &finding)
{
    orderDetails(finding);
    for (HealthIssue &issue : finding.problems)
        issue.text = problemText(issue.problem, issue.detail);
    finding.explanation = explanation(check, finding.status);
}

void HealthCatalog::explain(DomainHealth &health)
{
    explain(HealthCheck::Spf, health.spf);
    explain(HealthCheck::Dmarc, health.dmarc);
    explain(HealthCheck::MtaSts, health.mtaSts);
    explain(HealthCheck::TlsRpt, health.tlsRpt);
    explain(HealthCheck::Dane, health.dane);
    for (AddressHealth &address : health.addresses) {
        explain(HealthCheck::FcrDns, address.fcrdns);
        explain(HealthCheck::Banner, address.bannerMatchesPtr);
    }
}
