#include "protocol/dns/TlsRptRecord.h"

#include "protocol/dns/TagList.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;
using Model::HealthProblem;

namespace {
// §3: "mailto:" with an address, or an "https:" URL reports are posted to.
bool isReportUri(const QString &uri)
{
    static const QRegularExpression mailto(u"^mailto:[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (mailto.match(uri).hasMatch())
        return true;
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty();
}
} // namespace

bool TlsRptRecord::isTlsRpt(const QString &txt)
{
    return TagList::parse(txt, false).beginsWith(u"v"_s, u"TLSRPTv1"_s);
}

TlsRptRecord TlsRptRecord::parse(const QString &input)
{
    TlsRptRecord record;
    record.text = input;
    const auto fault = [&record](HealthProblem problem, const QString &detail) {
        record.faults.append(HealthIssue{problem, detail, {}});
    };
    const TagList tags = TagList::parse(input, false);
    if (!isTlsRpt(input)) {
        fault(HealthProblem::TlsRptSyntax, input.left(12));
        return record;
    }
    if (!tags.malformed.isEmpty())
        fault(HealthProblem::TlsRptSyntax, tags.malformed);
    if (!tags.contains(u"rua"_s)) {
        fault(HealthProblem::TlsRptNoRua, {});
        return record;
    }
    if (tags.count(u"rua"_s) > 1)
        fault(HealthProblem::TlsRptSyntax, u"rua"_s);
    for (const QString &part : tags.value(u"rua"_s).split(u',')) {
        const QString uri = part.trimmed();
        record.rua.append(uri);
        if (!isReportUri(uri))
            fault(HealthProblem::TlsRptRuaInvalid, uri);
    }
    return record;
}
