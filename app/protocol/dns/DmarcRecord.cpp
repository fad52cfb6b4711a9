#include "protocol/dns/DmarcRecord.h"

#include "protocol/dns/TagList.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Model::HealthProblem;

namespace {

const QStringList policies{u"none"_s, u"quarantine"_s, u"reject"_s};

// §6.2: "mailto:" with an address, optionally "!" and a size limit (10m). Receivers
// deliver aggregate reports by mail only.
bool isReportUri(const QString &uri)
{
    static const QRegularExpression mailto(u"^mailto:[^@\\s!,;]+@[^@\\s!,;]+\\.[^@\\s!,;]+(![0-9]+[kmgtKMGT]?)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return mailto.match(uri).hasMatch();
}

QStringList uris(const QString &value)
{
    QStringList list;
    for (const QString &part : value.split(u','))
        list.append(part.trimmed());
    return list;
}

} // namespace

bool DmarcRecord::isDmarc(const QString &txt)
{
    return TagList::parse(txt, true).beginsWith(u"v"_s, u"DMARC1"_s);
}

bool DmarcRecord::has(HealthProblem problem) const
{
    return hasProblem(faults, problem);
}

DmarcRecord DmarcRecord::parse(const QString &input)
{
    DmarcRecord record;
    record.text = input;
    const auto fault = [&record](HealthProblem problem, const QString &detail) {
        record.faults.append(HealthIssue{problem, detail, {}});
    };
    const TagList tags = TagList::parse(input, true);
    if (!isDmarc(input)) {
        fault(HealthProblem::DmarcSyntax, input.left(12));
        return record;
    }
    if (!tags.malformed.isEmpty())
        fault(HealthProblem::DmarcSyntax, tags.malformed);
    for (const auto &tag : tags.tags) {
        if (tags.count(tag.first) > 1) {
            fault(HealthProblem::DmarcSyntax, tag.first + u'=' + tag.second);
            break;
        }
    }

    const QString p = tags.value(u"p"_s);
    if (policies.contains(p)) {
        record.policy = p;
        if (p == u"none"_s)
            fault(HealthProblem::DmarcPolicyNone, u"p=none"_s);
    } else {
        // §6.6.3: an absent or unknown p= makes the record no policy at all, unless
        // reports are asked for (then it is read as p=none).
        fault(HealthProblem::DmarcNoPolicy, tags.contains(u"p"_s) ? u"p="_s + p : QString());
    }
    if (tags.contains(u"sp"_s)) {
        const QString sp = tags.value(u"sp"_s);
        if (!policies.contains(sp)) {
            fault(HealthProblem::DmarcSyntax, u"sp="_s + sp);
        } else {
            record.subdomainPolicy = sp;
            if (sp == u"none"_s && !record.policy.isEmpty() && record.policy != u"none"_s)
                fault(HealthProblem::DmarcSubdomainNone, u"sp=none"_s);
        }
    }
    if (tags.contains(u"pct"_s)) {
        bool ok = false;
        const QString pct = tags.value(u"pct"_s);
        const int n = pct.toInt(&ok);
        static const QRegularExpression digits(u"^[0-9]{1,3}$"_s);
        if (!ok || n < 0 || n > 100 || !digits.match(pct).hasMatch()) {
            fault(HealthProblem::DmarcSyntax, u"pct="_s + pct);
        } else {
            record.percent = n;
            if (n < 100)
                fault(HealthProblem::DmarcPartial, pct);
        }
    }
    for (const QString &alignment : {u"adkim"_s, u"aspf"_s}) {
        if (tags.contains(alignment) && tags.value(alignment) != u"r"_s && tags.value(alignment) != u"s"_s)
            fault(HealthProblem::DmarcSyntax, alignment + u'=' + tags.value(alignment));
    }
    if (tags.contains(u"fo"_s)) {
        static const QRegularExpression fo(u"^[01ds](:[01ds])*$"_s);
        if (!fo.match(tags.value(u"fo"_s)).hasMatch())
            fault(HealthProblem::DmarcSyntax, u"fo="_s + tags.value(u"fo"_s));
    }
    if (tags.contains(u"ri"_s)) {
        static const QRegularExpression ri(u"^[0-9]{1,10}$"_s);
        if (!ri.match(tags.value(u"ri"_s)).hasMatch())
            fault(HealthProblem::DmarcSyntax, u"ri="_s + tags.value(u"ri"_s));
    }

    if (tags.contains(u"rua"_s)) {
        record.rua = uris(tags.value(u"rua"_s));
        for (const QString &uri : std::as_const(record.rua)) {
            if (!isReportUri(uri))
                fault(HealthProblem::DmarcRuaInvalid, u"rua="_s + uri);
        }
    } else {
        fault(HealthProblem::DmarcNoRua, {});
    }
    if (tags.contains(u"ruf"_s)) {
        record.ruf = uris(tags.value(u"ruf"_s));
        for (const QString &uri : std::as_const(record.ruf)) {
            if (!isReportUri(uri))
                fault(HealthProblem::DmarcRuaInvalid, u"ruf="_s + uri);
        }
    }
    return record;
}
