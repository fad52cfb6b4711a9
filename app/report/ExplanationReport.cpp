#include "report/ExplanationReport.h"

#include "model/SafeText.h"
#include "model/SeverityHeading.h"

#include "report/HtmlReport.h"
#include "report/ReferenceLinks.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString heading(const ExplanationReport::Entry &entry)
{
    return entry.subject.isEmpty() ? entry.explanation.title
                                   : ExplanationReport::tr("%1: %2").arg(entry.subject, entry.explanation.title);
}

QString severityLine(const Explanation &e)
{
    // Without a reply code the class ("5xx") would claim a reply nobody gave.
    const QString withoutCode = SeverityHeading::withoutCode(e);
    QString line = withoutCode.isEmpty() ? Model::label(e.severity) : withoutCode;
    if (e.code > 0)
        line += u", "_s + QString::number(e.code) + (e.enhancedCode.isEmpty() ? QString() : u' ' + e.enhancedCode);
    else if (!e.enhancedCode.isEmpty())
        line += u", "_s + e.enhancedCode;
    return line;
}

bool isWebLink(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

QString htmlList(const QString &tag, const QStringList &items)
{
    QString html = u'<' + tag + u'>';
    for (const QString &item : items)
        html += u"<li>"_s + HtmlReport::escape(item) + u"</li>"_s;
    return html + u"</"_s + tag + u">\n"_s;
}

} // namespace

QString ExplanationReport::detailLabel(BounceDetail::Kind kind)
{
    switch (kind) {
    case BounceDetail::Kind::IpAddress: return tr("IP address named");
    case BounceDetail::Kind::Link: return tr("Link");
    case BounceDetail::Kind::ReportingServer: return tr("Bounce written by");
    case BounceDetail::Kind::RemoteServer: return tr("Answer from");
    }
    return {};
}

QString ExplanationReport::detailHtml(const BounceDetail &detail)
{
    const QString shown = HtmlReport::escape(detail.value);
    if (detail.kind != BounceDetail::Kind::Link || !isWebLink(detail.value))
        return shown;
    return u"<a href=\""_s + QUrl(detail.value).toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s + shown
        + u"</a>"_s;
}

QString ExplanationReport::text(const QList<Entry> &entries, const QString &input)
{
    QString out = tr("What the error message means (SMTP Wizard)") + u"\n\n"_s;
    for (const Entry &entry : entries) {
        const Explanation &e = entry.explanation;
        out += heading(entry) + u'\n' + u"  "_s + severityLine(e) + u'\n';
        if (!e.meaning.isEmpty())
            out += u"  "_s + e.meaning + u'\n';
        if (!e.causes.isEmpty()) {
            out += u"  "_s + tr("Likely causes:") + u'\n';
            for (const QString &cause : e.causes)
                out += u"    - "_s + cause + u'\n';
        }
        if (!e.nextSteps.isEmpty()) {
            out += u"  "_s + tr("What to do next:") + u'\n';
            for (int i = 0; i < e.nextSteps.size(); ++i)
                out += u"    "_s + QString::number(i + 1) + u". "_s + e.nextSteps.at(i) + u'\n';
        }
        if (!e.details.isEmpty()) {
            out += u"  "_s + tr("Details from the bounce:") + u'\n';
            for (const BounceDetail &detail : e.details)
                out += u"    "_s + detailLabel(detail.kind) + u": "_s + detail.value + u'\n';
        }
        if (!e.references.isEmpty())
            out += u"  "_s + tr("References: %1").arg(e.references.join(u"; "_s)) + u'\n';
        out += u'\n';
    }
    out += tr("The text explained:") + u"\n\n"_s + input.trimmed() + u'\n';
    // Pasted into a ticket or read with cat: what a server sent is shown, never obeyed.
    QStringList lines = out.split(u'\n');
    for (QString &line : lines)
        line = SafeText::visible(line);
    return lines.join(u'\n');
}

QString ExplanationReport::html(const QList<Entry> &entries, const QString &input)
{
    const QString title = tr("What the error message means (SMTP Wizard)");
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>"_s + HtmlReport::escape(title)
        + u"</title>\n<style>body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1f1f1f; }"
          " .muted { color: #666666; } pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt;"
          " white-space: pre-wrap; }</style>\n</head>\n<body>\n<h1>"_s
        + HtmlReport::escape(title) + u"</h1>\n"_s;
    for (const Entry &entry : entries) {
        const Explanation &e = entry.explanation;
        html += u"<h2 style=\"color: "_s + HtmlReport::foreground(e.severity) + u";\">"_s + HtmlReport::escape(heading(entry))
            + u"</h2>\n<p><b style=\"color: "_s + HtmlReport::foreground(e.severity) + u";\">"_s
            + HtmlReport::escape(severityLine(e)) + u"</b></p>\n"_s;
        if (!e.meaning.isEmpty())
            html += u"<p>"_s + HtmlReport::escape(e.meaning) + u"</p>\n"_s;
        if (!e.causes.isEmpty())
            html += u"<p><b>"_s + HtmlReport::escape(tr("Likely causes")) + u"</b></p>\n"_s + htmlList(u"ul"_s, e.causes);
        if (!e.nextSteps.isEmpty())
            html += u"<p><b>"_s + HtmlReport::escape(tr("What to do next")) + u"</b></p>\n"_s
                + htmlList(u"ol"_s, e.nextSteps);
        if (!e.details.isEmpty()) {
            html += u"<p><b>"_s + HtmlReport::escape(tr("Details from the bounce")) + u"</b></p>\n<ul>"_s;
            for (const BounceDetail &detail : e.details)
                html += u"<li>"_s + HtmlReport::escape(detailLabel(detail.kind)) + u": "_s + detailHtml(detail) + u"</li>"_s;
            html += u"</ul>\n"_s;
        }
        if (!e.references.isEmpty()) {
            QStringList links;
            for (const QString &reference : e.references)
                links << ReferenceLinks::html(reference);
            html += u"<p class=\"muted\">"_s + HtmlReport::escape(tr("References:")) + u' ' + links.join(u"; "_s)
                + u"</p>\n"_s;
        }
    }
    QStringList lines = input.trimmed().split(u'\n');
    for (QString &line : lines)
        line = SafeText::visible(line).toHtmlEscaped();
    html += u"<h2>"_s + HtmlReport::escape(tr("The text explained")) + u"</h2>\n<pre>"_s + lines.join(u'\n')
        + u"</pre>\n</body></html>\n"_s;
    return html;
}
