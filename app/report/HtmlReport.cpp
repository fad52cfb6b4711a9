#include "report/HtmlReport.h"

#include "model/LineColours.h"
#include "model/SafeText.h"

#include "report/HealthReportSection.h"
#include "report/RelayReportSection.h"
#include "report/HtmlAttemptSection.h"
#include "report/ReportFacts.h"
#include "report/ResultScrubber.h"

using namespace Qt::StringLiterals;

namespace {

// Kept simple on purpose: QTextDocument (used for the PDF) understands this subset.
const QString styleSheet = uR"(
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1f1f1f; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; border-bottom: 1px solid #999999; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
table { border-collapse: collapse; }
th { text-align: left; background-color: #eeeeee; font-weight: bold; }
td, th { padding: 2px 6px; vertical-align: top; }
.mono { font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 9pt; }
.muted { color: #666666; }
.note { color: #444444; }
)"_s;

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th>"_s + HtmlReport::escape(label) + u"</th><td>"_s + valueHtml + u"</td></tr>\n"_s;
}

QString verdictSection(const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    std::optional<Model::Severity> severity = Model::Severity::Permanent;
    if (verdict.succeeded())
        severity = Model::Severity::Success;
    else if (verdict.outcome == Verdict::Outcome::Deferred || verdict.outcome == Verdict::Outcome::Timeout
             || verdict.outcome == Verdict::Outcome::Unreachable)
        severity = Model::Severity::Transient;
    else if (verdict.outcome == Verdict::Outcome::Cancelled)
        severity = Model::Severity::Info;

    // The sentence and the steps, nothing else: the codes are under "Technical details".
    QString html = u"<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"8\" style=\"border-color: "_s
        + HtmlReport::foreground(severity) + u"; border-style: solid;\"><tr><td style=\"background-color: "_s
        + HtmlReport::background(severity) + u";\">"_s;
    html += u"<p style=\"font-size: 13pt; font-weight: bold; color: "_s + HtmlReport::foreground(severity) + u";\">"_s
        + HtmlReport::escape(ReportFacts::verdictSentence(result)) + u"</p>\n"_s;
    if (!verdict.nextSteps.isEmpty()) {
        html += u"<p><b>"_s + HtmlReport::escape(HtmlReport::tr("Next steps")) + u"</b></p>\n<ol>"_s;
        for (const QString &step : verdict.nextSteps)
            html += u"<li>"_s + HtmlReport::escape(step) + u"</li>"_s;
        html += u"</ol>\n"_s;
    }
    html += u"</td></tr></table>\n"_s;
    return html;
}

QString recipientsSection(const TestResult &result)
{
    const QList<ReportFacts::RecipientLine> lines = ReportFacts::recipientLines(result);
    if (lines.isEmpty())
        return {};
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + HtmlReport::escape(HtmlReport::tr("Recipients")) + u"</h2>\n"_s;
    html += u"<table class=\"recipients\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color: #bbbbbb;\">\n<tr><th>"_s
        + HtmlReport::escape(HtmlReport::tr("Address")) + u"</th><th>"_s + HtmlReport::escape(HtmlReport::tr("Outcome"))
        + u"</th><th>"_s + HtmlReport::escape(HtmlReport::tr("Reason")) + u"</th></tr>\n"_s;
    for (const ReportFacts::RecipientLine &line : lines) {
        QString reason = HtmlReport::escape(line.reason);
        if (!line.server.isEmpty())
            reason += u" <span class=\"muted\">"_s + HtmlReport::escape(HtmlReport::tr("(asked %1)").arg(line.server))
                + u"</span>"_s;
        html += u"<tr><td>"_s + HtmlReport::escape(line.address) + u"</td><td style=\""_s
            + HtmlReport::lineStyle(line.severity, false) + u" font-weight: bold;\">"_s + HtmlReport::escape(line.outcome)
            + u"</td><td>"_s + reason + u"</td></tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString technicalSection(const TestResult &result)
{
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + HtmlReport::escape(HtmlReport::tr("Technical details"))
        + u"</h2>\n<table class=\"technical\" cellspacing=\"0\" cellpadding=\"2\">\n"_s;
    for (const auto &pair : ReportFacts::technicalRows(result))
        html += row(pair.first, HtmlReport::escape(pair.second));
    return html + u"</table>\n"_s;
}

QString legendSection()
{
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + HtmlReport::escape(HtmlReport::tr("Colours in the transcript")) + u"</h2>\n"_s;
    html += u"<table class=\"legend\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
    const auto swatch = [](const QString &style, const QString &label) -> QString {
        return u"<td style=\""_s + style + u" border: 1px solid #bbbbbb;\">"_s + HtmlReport::escape(label)
            + u"</td><td width=\"8\"></td>"_s;
    };
    using Sev = Model::Severity;
    for (Sev severity : {Sev::Success, Sev::Intermediate, Sev::Transient, Sev::Permanent})
        html += swatch(HtmlReport::lineStyle(severity, false), Model::label(severity));
    html += swatch(HtmlReport::lineStyle(std::nullopt, true),
                   HtmlReport::tr("C: %1").arg(Model::label(TranscriptEntry::Direction::Client)));
    html += swatch(HtmlReport::lineStyle(Sev::Info, false),
                   HtmlReport::tr("*: %1").arg(Model::label(TranscriptEntry::Direction::Event)));
    html += u"</tr></table>\n"_s;
    return html;
}

QString planSection(const TestPlan &plan)
{
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + HtmlReport::escape(HtmlReport::tr("Test plan")) + u"</h2>\n"_s;
    html += u"<table class=\"plan\" cellspacing=\"0\" cellpadding=\"2\">\n"_s;
    for (const auto &pair : ReportFacts::planRows(plan))
        html += row(pair.first, HtmlReport::escape(pair.second));
    html += u"</table>\n"_s;
    return html;
}

QString dnsSection(const DnsFindings &dns)
{
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + HtmlReport::escape(HtmlReport::tr("Mail servers (DNS) for %1").arg(dns.domain))
        + u"</h2>\n"_s;
    if (!dns.dnsServer.isEmpty() || dns.elapsedMs > 0) {
        html += u"<p class=\"muted\">"_s
            + HtmlReport::escape(HtmlReport::tr("Asked %1; the answer took %2.")
                                     .arg(dns.dnsServer.isEmpty() ? HtmlReport::tr("this computer's resolver") : dns.dnsServer,
                                          ReportFacts::duration(dns.elapsedMs)))
            + u"</p>\n"_s;
    }
    const auto note = [](const QString &text, Model::Severity severity) -> QString {
        return u"<p style=\""_s + HtmlReport::lineStyle(severity, false) + u"\">"_s + HtmlReport::escape(text)
            + u"</p>\n"_s;
    };
    if (dns.nullMx)
        html += note(HtmlReport::tr("Null MX: the domain says it accepts no mail (RFC 7505)."), Model::Severity::Permanent);
    if (dns.implicitMx)
        html += note(HtmlReport::tr("No MX records: the domain's own address is used (implicit MX)."), Model::Severity::Info);
    if (dns.problem) {
        QString text = HtmlReport::tr("Problem: %1").arg(Model::key(*dns.problem));
        if (!dns.errorText.isEmpty())
            text += u" ("_s + dns.errorText + u')';
        html += note(text, Model::Severity::Permanent);
    }
    if (dns.mx.isEmpty())
        return html;

    html += u"<table class=\"dns\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color: #bbbbbb;\">\n<tr><th>"_s
        + HtmlReport::escape(HtmlReport::tr("Preference")) + u"</th><th>"_s + HtmlReport::escape(HtmlReport::tr("Mail server (MX)"))
        + u"</th><th>"_s + HtmlReport::escape(HtmlReport::tr("Address")) + u"</th><th>"_s
        + HtmlReport::escape(HtmlReport::tr("Reverse DNS (PTR)")) + u"</th></tr>\n"_s;
    for (const MxHost &host : dns.mx) {
        const QString preference = host.preference >= 0 ? QString::number(host.preference) : HtmlReport::tr("implicit");
        if (host.addresses.isEmpty()) {
            const QString problem = host.problem ? Model::key(*host.problem) : HtmlReport::tr("no addresses");
            html += u"<tr><td>"_s + HtmlReport::escape(preference) + u"</td><td>"_s + HtmlReport::escape(host.exchange)
                + u"</td><td colspan=\"2\" style=\""_s + HtmlReport::lineStyle(Model::Severity::Permanent, false)
                + u"\">"_s + HtmlReport::escape(problem) + u"</td></tr>\n"_s;
            continue;
        }
        for (const ResolvedAddress &address : host.addresses) {
            const bool noPtr = address.ptrLookedUp && (address.ptr.isEmpty() || !address.ptrMatches);
            html += u"<tr><td>"_s + HtmlReport::escape(preference) + u"</td><td>"_s + HtmlReport::escape(host.exchange)
                + u"</td><td class=\"mono\">"_s + HtmlReport::escape(address.address.toString()) + u"</td><td"_s
                + (noPtr ? u" style=\""_s + HtmlReport::lineStyle(Model::Severity::Transient, false) + u"\""_s : QString())
                + u">"_s + HtmlReport::escape(ReportFacts::reverseDns(address)) + u"</td></tr>\n"_s;
        }
    }
    html += u"</table>\n"_s;
    return html;
}

} // namespace

QString HtmlReport::escape(const QString &text)
{
    // Control characters and bidi overrides a server sent are shown, not obeyed.
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = SafeText::visible(line).toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

QString HtmlReport::foreground(std::optional<Model::Severity> severity, bool client)
{
    return LineColours::paperForeground(severity, client);
}

QString HtmlReport::background(std::optional<Model::Severity> severity, bool client)
{
    return LineColours::paperBackground(severity, client);
}

QString HtmlReport::lineStyle(std::optional<Model::Severity> severity, bool client)
{
    QString style = u"color: "_s + foreground(severity, client) + u"; background-color: "_s + background(severity, client)
        + u';';
    if (severity == Model::Severity::Info)
        style += u" font-style: italic;"_s;
    return style;
}

QString HtmlReport::render(const TestResult &unsafe)
{
    const TestResult result = ResultScrubber::withoutSecrets(unsafe);
    const QString heading = ReportFacts::title() + u": "_s + result.plan.destination();

    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>"_s + escape(heading)
        + u"</title>\n<meta name=\"generator\" content=\"SMTP Wizard "_s + escape(result.appVersion)
        + u"\">\n<style>"_s + styleSheet + u"</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + escape(heading) + u"</h1>\n"_s;

    // Plain words first (the verdict, what to do, each recipient), then the technical
    // facts for those who want them, then the transcript.
    html += verdictSection(result);
    if (result.plan.relayTest)
        html += RelayReportSection::html(result);
    html += recipientsSection(result);
    html += technicalSection(result);
    html += planSection(result.plan);
    if (result.dns.lookedUp || !result.dns.mx.isEmpty())
        html += dnsSection(result.dns);
    if (result.health)
        html += HealthReportSection::html(*result.health);
    html += legendSection();
    if (!result.events.isEmpty()) {
        html += u"<h2 style=\"margin-top: 18px;\">"_s + escape(tr("Looking up the mail servers")) + u"</h2>\n"_s;
        html += HtmlAttemptSection::transcriptTable(result, nullptr, result.events);
    }
    for (int i = 0; i < result.attempts.size(); ++i)
        html += HtmlAttemptSection::render(result, i);

    html += u"<hr>\n<p class=\"muted\">"_s
        + escape(tr("Made by SMTP Wizard %1 on %2 at %3. Times are UTC. Passwords are never included in reports.")
                     .arg(result.appVersion, result.machineName, ReportFacts::dateTime(result.startedAt)))
        + u"</p>\n</body></html>\n"_s;
    return html;
}
