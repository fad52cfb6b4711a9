#pragma once

#include "model/EnumTable.h"
#include "model/Vocabulary.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// The vocabulary of the domain health checks (SPF, DMARC, MTA-STS, TLS-RPT, DANE,
/// forward-confirmed reverse DNS, the greeting's name). In a header of its own rather
/// than in Vocabulary.h: no other part of a test needs it, and the enums need no moc.
namespace Model {

/// How one check came out; the words `--json` uses (`health.spf.status`).
enum class HealthStatus {
    Ok,      // published and sound
    Missing, // not published (or, per address, no reverse name)
    Invalid, // published but broken: receivers treat it as an error or ignore it
    Warning, // works, but something is worth a look (or could not be checked)
};

/// The colour class a status is shown in, the same in the terminal, reports and the
/// wizard: broken is red, a warning or a missing record amber, ok green.
inline Severity severityOf(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Ok: return Severity::Success;
    case HealthStatus::Invalid: return Severity::Permanent;
    case HealthStatus::Missing:
    case HealthStatus::Warning: break;
    }
    return Severity::Transient;
}

/// Which check a finding belongs to.
enum class HealthCheck { Spf, Dmarc, MtaSts, TlsRpt, Dane, FcrDns, Banner };

/// What is wrong with a record, one value per kind of fault; the catalogue
/// (diagnosis/HealthTable.cpp) has its words.
enum class HealthProblem {
    LookupFailed, // the DNS question got no answer: the check could not be made

    SpfMultipleRecords,
    SpfSyntax,
    SpfTooManyLookups,
    SpfAllPass,
    SpfAllNeutral,
    SpfNoAll,
    SpfTermsAfterAll,
    SpfRedirectIgnored,
    SpfPtr,
    SpfMacroNotFollowed,
    SpfIncludeMissing,
    SpfIncludeInvalid,
    SpfIncludeLoop,
    SpfIncludeLookupFailed,

    DmarcMultipleRecords,
    DmarcSyntax,
    DmarcNoPolicy,
    DmarcPolicyNone,
    DmarcSubdomainNone,
    DmarcPartial,
    DmarcNoRua,
    DmarcRuaInvalid,

    StsMultipleRecords,
    StsSyntax,
    StsPolicyWithoutRecord,
    StsPolicyUnreachable,
    StsPolicyCertificate,
    StsPolicyHttpStatus,
    StsPolicyContentType,
    StsPolicyTooLarge,
    StsPolicySyntax,
    StsPolicyVersion,
    StsModeInvalid,
    StsModeTesting,
    StsModeNone,
    StsMaxAgeInvalid,
    StsMaxAgeShort,
    StsNoMxPattern,
    StsMxNotCovered,

    TlsRptMultipleRecords,
    TlsRptSyntax,
    TlsRptNoRua,
    TlsRptRuaInvalid,

    DaneNotChecked,
    DaneNotSigned,
    DaneRecordInvalid,
    DaneUsagePkix,
    DanePartial,

    PtrMissing,
    PtrForwardMismatch,
    PtrForwardFailed,

    BannerNotSeen,
    BannerNoName,
    BannerMismatch,
};

template <>
struct EnumTable<HealthStatus>
{
    static constexpr const char *context = "Model::HealthStatus";
    static constexpr EnumRow<HealthStatus> rows[] = {
        {HealthStatus::Ok, "ok", QT_TRANSLATE_NOOP("Model::HealthStatus", "OK")},
        {HealthStatus::Missing, "missing", QT_TRANSLATE_NOOP("Model::HealthStatus", "Missing")},
        {HealthStatus::Invalid, "invalid", QT_TRANSLATE_NOOP("Model::HealthStatus", "Broken")},
        {HealthStatus::Warning, "warning", QT_TRANSLATE_NOOP("Model::HealthStatus", "Worth a look")},
    };
};

template <>
struct EnumTable<HealthCheck>
{
    static constexpr const char *context = "Model::HealthCheck";
    static constexpr EnumRow<HealthCheck> rows[] = {
        {HealthCheck::Spf, "spf", QT_TRANSLATE_NOOP("Model::HealthCheck", "SPF (who may send for the domain)")},
        {HealthCheck::Dmarc, "dmarc", QT_TRANSLATE_NOOP("Model::HealthCheck", "DMARC (what receivers do with forged mail)")},
        {HealthCheck::MtaSts, "mtaSts", QT_TRANSLATE_NOOP("Model::HealthCheck", "MTA-STS (encryption required for mail to the domain)")},
        {HealthCheck::TlsRpt, "tlsRpt", QT_TRANSLATE_NOOP("Model::HealthCheck", "TLS-RPT (reports about failed encryption)")},
        {HealthCheck::Dane, "dane", QT_TRANSLATE_NOOP("Model::HealthCheck", "DANE (certificates pinned in the DNS)")},
        {HealthCheck::FcrDns, "fcrdns", QT_TRANSLATE_NOOP("Model::HealthCheck", "Reverse DNS, confirmed forward")},
        {HealthCheck::Banner, "bannerMatchesPtr", QT_TRANSLATE_NOOP("Model::HealthCheck", "Greeting name against reverse DNS")},
    };
};

template <>
struct EnumTable<HealthProblem>
{
    static constexpr const char *context = "Model::HealthProblem";
    // Keys only: the words need the detail (a term, a count, a name) and come from the
    // catalogue, which stores them in HealthIssue::text.
    static constexpr EnumRow<HealthProblem> rows[] = {
        {HealthProblem::LookupFailed, "lookup-failed"},
        {HealthProblem::SpfMultipleRecords, "spf-multiple-records"},
        {HealthProblem::SpfSyntax, "spf-syntax"},
        {HealthProblem::SpfTooManyLookups, "spf-too-many-lookups"},
        {HealthProblem::SpfAllPass, "spf-all-pass"},
        {HealthProblem::SpfAllNeutral, "spf-all-neutral"},
        {HealthProblem::SpfNoAll, "spf-no-all"},
        {HealthProblem::SpfTermsAfterAll, "spf-terms-after-all"},
        {HealthProblem::SpfRedirectIgnored, "spf-redirect-ignored"},
        {HealthProblem::SpfPtr, "spf-ptr"},
        {HealthProblem::SpfMacroNotFollowed, "spf-macro-not-followed"},
        {HealthProblem::SpfIncludeMissing, "spf-include-missing"},
        {HealthProblem::SpfIncludeInvalid, "spf-include-invalid"},
        {HealthProblem::SpfIncludeLoop, "spf-include-loop"},
        {HealthProblem::SpfIncludeLookupFailed, "spf-include-lookup-failed"},
        {HealthProblem::DmarcMultipleRecords, "dmarc-multiple-records"},
        {HealthProblem::DmarcSyntax, "dmarc-syntax"},
        {HealthProblem::DmarcNoPolicy, "dmarc-no-policy"},
        {HealthProblem::DmarcPolicyNone, "dmarc-policy-none"},
        {HealthProblem::DmarcSubdomainNone, "dmarc-subdomain-none"},
        {HealthProblem::DmarcPartial, "dmarc-partial"},
        {HealthProblem::DmarcNoRua, "dmarc-no-rua"},
        {HealthProblem::DmarcRuaInvalid, "dmarc-rua-invalid"},
        {HealthProblem::StsMultipleRecords, "sts-multiple-records"},
        {HealthProblem::StsSyntax, "sts-syntax"},
        {HealthProblem::StsPolicyWithoutRecord, "sts-policy-without-record"},
        {HealthProblem::StsPolicyUnreachable, "sts-policy-unreachable"},
        {HealthProblem::StsPolicyCertificate, "sts-policy-certificate"},
        {HealthProblem::StsPolicyHttpStatus, "sts-policy-http-status"},
        {HealthProblem::StsPolicyContentType, "sts-policy-content-type"},
        {HealthProblem::StsPolicyTooLarge, "sts-policy-too-large"},
        {HealthProblem::StsPolicySyntax, "sts-policy-syntax"},
        {HealthProblem::StsPolicyVersion, "sts-policy-version"},
        {HealthProblem::StsModeInvalid, "sts-mode-invalid"},
        {HealthProblem::StsModeTesting, "sts-mode-testing"},
        {HealthProblem::StsModeNone, "sts-mode-none"},
        {HealthProblem::StsMaxAgeInvalid, "sts-max-age-invalid"},
        {HealthProblem::StsMaxAgeShort, "sts-max-age-short"},
        {HealthProblem::StsNoMxPattern, "sts-no-mx-pattern"},
        {HealthProblem::StsMxNotCovered, "sts-mx-not-covered"},
        {HealthProblem::TlsRptMultipleRecords, "tlsrpt-multiple-records"},
        {HealthProblem::TlsRptSyntax, "tlsrpt-syntax"},
        {HealthProblem::TlsRptNoRua, "tlsrpt-no-rua"},
        {HealthProblem::TlsRptRuaInvalid, "tlsrpt-rua-invalid"},
        {HealthProblem::DaneNotChecked, "dane-not-checked"},
        {HealthProblem::DaneNotSigned, "dane-not-signed"},
        {HealthProblem::DaneRecordInvalid, "dane-record-invalid"},
        {HealthProblem::DaneUsagePkix, "dane-usage-pkix"},
        {HealthProblem::DanePartial, "dane-partial"},
        {HealthProblem::PtrMissing, "ptr-missing"},
        {HealthProblem::PtrForwardMismatch, "ptr-forward-mismatch"},
        {HealthProblem::PtrForwardFailed, "ptr-forward-failed"},
        {HealthProblem::BannerNotSeen, "banner-not-seen"},
        {HealthProblem::BannerNoName, "banner-no-name"},
        {HealthProblem::BannerMismatch, "banner-mismatch"},
    };
};

} // namespace Model

/// One fault found in a record: its kind, the part of the record it is about (a term, a
/// count, a name) and the catalogue's words for it.
struct HealthIssue
{
    Model::HealthProblem problem = Model::HealthProblem::LookupFailed;
    QString detail;
    QString text; // filled by the run from the catalogue

    bool operator==(const HealthIssue &) const = default;
};

/// Whether issues hold one of kind problem.
inline bool hasProblem(const QList<HealthIssue> &issues, Model::HealthProblem problem)
{
    for (const HealthIssue &issue : issues) {
        if (issue.problem == problem)
            return true;
    }
    return false;
}

/// The outcome of one check: `{status, record, problems[], explanation}` in `--json`.
struct HealthFinding
{
    Model::HealthStatus status = Model::HealthStatus::Missing;
    QString record;                  // as published (several records: one per line)
    QList<HealthIssue> problems;     // most serious first
    QString explanation;             // the catalogue's words for the check and its status
    /// Facts read from the record ("policy", "reject"), in the order they are shown;
    /// the keys are fixed per check (docs/json.md).
    QList<QPair<QString, QString>> details;

    bool has(Model::HealthProblem problem) const { return hasProblem(problems, problem); }
    QString detail(const QString &key) const
    {
        for (const auto &d : details) {
            if (d.first == key)
                return d.second;
        }
        return {};
    }
    bool operator==(const HealthFinding &) const = default;
};

/// The checks of one address of one mail exchanger: its reverse name confirmed forward,
/// and the name its greeting gives against that reverse name.
struct AddressHealth
{
    QString exchange;
    QHostAddress address;
    QString ptr;                      // the reverse name, empty when there is none
    QList<QHostAddress> ptrAddresses; // what the reverse name resolves to
    QString greetingName;             // the first word of its 220, empty when not seen
    HealthFinding fcrdns;
    HealthFinding bannerMatchesPtr;

    bool operator==(const AddressHealth &) const = default;
};

/// Everything the domain health checks found (`health` in `--json`).
struct DomainHealth
{
    QString domain; // ACE
    HealthFinding spf;
    HealthFinding dmarc;
    HealthFinding mtaSts;
    HealthFinding tlsRpt;
    HealthFinding dane;
    QList<AddressHealth> addresses;
    QString dnsServer; // empty: the system resolver
    qint64 elapsedMs = 0;

    bool operator==(const DomainHealth &) const = default;
};
