#include "report/HealthReportSection.h"

#include "diagnosis/HealthCatalog.h"
#include "report/HtmlReport.h"

using namespace Qt::StringLiterals;
using Model::HealthCheck;

namespace {

struct Entry
{
    QString title;
    const HealthFinding *finding;
};

// The checks in reading order: the domain's own records, then each address.
QList<Entry> entries(const DomainHealth &health)
{
    QList<Entry> list{
        {Model::label(HealthCheck::Spf), &health.spf},       {Model::label(HealthCheck::Dmarc), &health.dmarc},
        {Model::label(HealthCheck::MtaSts), &health.mtaSts}, {Model::label(HealthCheck::TlsRpt), &health.tlsRpt},
        {Model::label(HealthCheck::Dane), &health.dane},
    };
    for (const AddressHealth &address : health.addresses) {
        const QString where = HealthReportSection::tr("%1 (%2)").arg(address.exchange, address.address.toString());
        list.append({Model::label(HealthCheck::FcrDns) + u": "_s + where, &address.fcrdns});
        list.append({Model::label(HealthCheck::Banner) + u": "_s + where, &address.bannerMatchesPtr});
    }
    return list;
}

QString statusText(const HealthFinding &finding)
{
    return Model::label(finding.status);
}

} // namespace

QString HealthReportSection::heading(const DomainHealth &health)
{
    return tr("Domain health of %1").arg(health.domain);
}

QString HealthReportSection::text(const DomainHealth &health)
{
    QString out;
    for (const Entry &entry : entries(health)) {
        const HealthFinding &f = *entry.finding;
        out += u'[' + statusText(f) + u"] "_s + entry.title + u'\n';
        for (const QString &line : f.record.split(u'\n', Qt::SkipEmptyParts))
            out += u"    "_s + line + u'\n';
        for (const auto &detail : f.details)
            out += u"    "_s + tr("%1: %2").arg(HealthCatalog::detailLabel(detail.first), detail.second) + u'\n';
        out += u"    "_s + f.explanation + u'\n';
        for (const HealthIssue &issue : f.problems)
            out += u"    - "_s + issue.text + u'\n';
    }
    return out;
}

QString HealthReportSection::findingHtml(const HealthFinding &f)
{
    const auto esc = &HtmlReport::escape;
    QString html;
    if (!f.record.isEmpty())
        html += u"<div class=\"mono\"><code>"_s + esc(f.record) + u"</code></div>"_s;
    for (const auto &detail : f.details)
        html += u"<div>"_s + esc(tr("%1: %2").arg(HealthCatalog::detailLabel(detail.first), detail.second)) + u"</div>"_s;
    html += u"<p class=\"muted\">"_s + esc(f.explanation) + u"</p>"_s;
    if (!f.problems.isEmpty()) {
        html += u"<ul>"_s;
        for (const HealthIssue &issue : f.problems)
            html += u"<li>"_s + esc(issue.text) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

QString HealthReportSection::html(const DomainHealth &health)
{
    const auto esc = &HtmlReport::escape;
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + esc(heading(health)) + u"</h2>\n"_s;
    html += u"<table class=\"health\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color: #bbbbbb;\">\n<tr><th>"_s
        + esc(tr("Check")) + u"</th><th>"_s + esc(tr("Status")) + u"</th><th>"_s + esc(tr("What was found")) + u"</th></tr>\n"_s;
    for (const Entry &entry : entries(health)) {
        const HealthFinding &f = *entry.finding;
        html += u"<tr><td>"_s + esc(entry.title) + u"</td><td style=\""_s
            + HtmlReport::lineStyle(Model::severityOf(f.status), false) + u" font-weight: bold;\">"_s + esc(statusText(f))
            + u"</td><td>"_s + findingHtml(f) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
    return html;
}
