#include "report/HtmlAttemptSection.h"

#include "report/HtmlReport.h"
#include "report/ReportFacts.h"

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    return HtmlReport::escape(text);
}

QString heading(int level, const QString &text)
{
    // Inline margins: QTextDocument (the PDF) ignores them in the style sheet.
    const QString tag = u"h"_s + QString::number(level);
    return u'<' + tag + (level == 2 ? u" style=\"margin-top: 18px;\">"_s : u" style=\"margin-top: 10px;\">"_s) + esc(text)
        + u"</"_s + tag + u">\n"_s;
}

QString list(const QString &label, const QStringList &items, bool ordered = false)
{
    if (items.isEmpty())
        return {};
    const QString tag = ordered ? u"ol"_s : u"ul"_s;
    QString html = u"<p><b>"_s + esc(label) + u"</b></p>\n<"_s + tag + u'>';
    for (const QString &item : items)
        html += u"<li>"_s + esc(item) + u"</li>"_s;
    return html + u"</"_s + tag + u">\n"_s;
}

/// One explanation: always its title and meaning; causes, next steps and references
/// when it is a problem (a 2xx needs no advice).
QString explanationBlock(const QString &subject, const Explanation &explanation)
{
    const bool problem = explanation.severity == Model::Severity::Transient
        || explanation.severity == Model::Severity::Permanent;
    QString html = u"<table width=\"100%\" cellpadding=\"4\" style=\"margin-top: 4px; border-left: 4px solid "_s
        + HtmlReport::foreground(explanation.severity) + u";\"><tr><td>"_s;
    html += u"<p><span class=\"mono\" style=\""_s + HtmlReport::lineStyle(explanation.severity, false) + u"\">"_s
        + esc(subject) + u"</span> <b>"_s + esc(explanation.title) + u"</b> <span class=\"muted\">("_s
        + esc(Model::key(explanation.category)) + u")</span></p>\n"_s;
    if (!explanation.meaning.isEmpty())
        html += u"<p>"_s + esc(explanation.meaning) + u"</p>\n"_s;
    if (problem) {
        html += list(HtmlAttemptSection::tr("Likely causes"), explanation.causes);
        html += list(HtmlAttemptSection::tr("Next steps"), explanation.nextSteps, true);
        if (!explanation.references.isEmpty())
            html += u"<p class=\"muted\">"_s + esc(HtmlAttemptSection::tr("References: %1")
                                                       .arg(explanation.references.join(u"; "_s)))
                + u"</p>\n"_s;
    }
    return html + u"</td></tr></table>\n"_s;
}

QString explanationsPart(const Attempt &attempt)
{
    // Routine replies (2xx, 3xx) get one line each; problems get the full explanation.
    QString routine;
    QString problems;
    QSet<QString> seen;
    for (int i = 0; i < attempt.replies.size(); ++i) {
        const SmtpReply &reply = attempt.replies.at(i).reply;
        const Explanation explanation = ReportFacts::explainReply(attempt, i);
        if (!explanation.isValid())
            continue;
        const QString key = QString::number(reply.code) + u'|' + reply.enhancedCode + u'|' + explanation.title;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const QString code = reply.enhancedCode.isEmpty() ? QString::number(reply.code)
                                                          : QString::number(reply.code) + u' ' + reply.enhancedCode;
        if (explanation.severity == Model::Severity::Transient || explanation.severity == Model::Severity::Permanent) {
            problems += explanationBlock(code, explanation);
            continue;
        }
        routine += u"<tr><td class=\"mono\" style=\""_s + HtmlReport::lineStyle(explanation.severity, false) + u"\">"_s
            + esc(code) + u"</td><td><b>"_s + esc(explanation.title) + u"</b></td><td>"_s + esc(explanation.meaning)
            + u"</td></tr>\n"_s;
    }
    for (const Finding &finding : attempt.findings) {
        Explanation explanation = finding.explanation;
        if (!explanation.isValid())
            continue;
        // A finding is worth attention even when the catalogue calls it a note.
        if (explanation.severity == Model::Severity::Info)
            explanation.severity = finding.fatal ? Model::Severity::Permanent : Model::Severity::Transient;
        if (!finding.detail.isEmpty() && !explanation.meaning.contains(finding.detail))
            explanation.meaning += u' ' + HtmlAttemptSection::tr("Details: %1").arg(finding.detail);
        problems += explanationBlock(finding.fatal ? HtmlAttemptSection::tr("failure") : HtmlAttemptSection::tr("finding"),
                                     explanation);
    }
    if (routine.isEmpty() && problems.isEmpty())
        return {};
    QString html = heading(3, HtmlAttemptSection::tr("What the replies mean"));
    html += problems;
    if (!routine.isEmpty())
        html += u"<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top: 6px;\">\n"_s + routine + u"</table>\n"_s;
    return html;
}

QString tlsPart(const TlsInfo &tls)
{
    QString html = heading(3, HtmlAttemptSection::tr("TLS"));
    html += u"<p>"_s + esc(ReportFacts::tlsSummary(tls)) + u"</p>\n"_s;
    if (!tls.established) {
        html += u"<p style=\""_s + HtmlReport::lineStyle(Model::Severity::Permanent, false) + u"\">"_s
            + esc(HtmlAttemptSection::tr("The TLS handshake did not complete: nothing was verified.")) + u"</p>\n"_s;
    } else if (tls.verified()) {
        html += u"<p style=\""_s + HtmlReport::lineStyle(Model::Severity::Success, false) + u"\">"_s
            + esc(HtmlAttemptSection::tr("The certificate was verified.")) + u"</p>\n"_s;
    } else {
        html += u"<p style=\""_s + HtmlReport::lineStyle(Model::Severity::Permanent, false) + u"\">"_s
            + esc(tls.continuedDespiteErrors
                      ? HtmlAttemptSection::tr("The certificate could not be verified; the test went on anyway.")
                      : HtmlAttemptSection::tr("The certificate could not be verified."))
            + u"</p>\n<ul>"_s;
        for (const TlsErrorInfo &error : tls.errors)
            html += u"<li>"_s + esc(error.text) + u"</li>"_s;
        html += u"</ul>\n"_s;
    }
    if (tls.peerCertificates.isEmpty())
        return html;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color: #bbbbbb;\"><tr><th>#</th><th>"_s
        + esc(HtmlAttemptSection::tr("Subject")) + u"</th><th>"_s + esc(HtmlAttemptSection::tr("Issuer")) + u"</th><th>"_s
        + esc(HtmlAttemptSection::tr("Names (SAN)")) + u"</th><th>"_s + esc(HtmlAttemptSection::tr("Valid")) + u"</th></tr>\n"_s;
    for (int i = 0; i < tls.peerCertificates.size(); ++i) {
        const CertificateInfo &cert = tls.peerCertificates.at(i);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool expired = cert.notAfter.isValid() && cert.notAfter < now;
        html += u"<tr><td>"_s + QString::number(i) + u"</td><td>"_s + esc(cert.subject)
            + (cert.selfSigned ? u"<br><i>"_s + esc(HtmlAttemptSection::tr("self-signed")) + u"</i>"_s : QString())
            + u"</td><td>"_s + esc(cert.issuer) + u"</td><td>"_s + esc(cert.subjectAlternativeNames.join(u", "_s))
            + u"</td><td"_s
            + (expired ? u" style=\""_s + HtmlReport::lineStyle(Model::Severity::Permanent, false) + u"\""_s : QString())
            + u">"_s + esc(HtmlAttemptSection::tr("from %1").arg(ReportFacts::dateTime(cert.notBefore))) + u"<br>"_s
            + esc(HtmlAttemptSection::tr("until %1").arg(ReportFacts::dateTime(cert.notAfter))) + u"</td></tr>\n"_s;
        if (!cert.sha256Fingerprint.isEmpty()) {
            html += u"<tr><td></td><td colspan=\"4\" class=\"mono muted\">SHA-256 "_s + esc(cert.sha256Fingerprint)
                + u"</td></tr>\n"_s;
        }
    }
    return html + u"</table>\n"_s;
}

QString recipientsPart(const Attempt &attempt)
{
    if (attempt.recipients.isEmpty())
        return {};
    QString html = heading(3, HtmlAttemptSection::tr("Recipients"));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color: #bbbbbb;\">\n"_s;
    for (const RecipientResult &recipient : attempt.recipients) {
        std::optional<Model::Severity> severity;
        if (recipient.reply)
            severity = recipient.accepted() ? Model::Severity::Success
                : recipient.reply->isTransient() ? Model::Severity::Transient
                                                 : Model::Severity::Permanent;
        html += u"<tr><td>"_s + esc(recipient.address) + u"</td><td class=\"mono\" style=\""_s
            + HtmlReport::lineStyle(severity, false) + u"\">"_s
            + esc(recipient.reply ? recipient.reply->summaryLine() : HtmlAttemptSection::tr("not answered"))
            + u"</td></tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString timingsPart(const Attempt &attempt)
{
    if (attempt.timings.isEmpty())
        return {};
    qint64 longest = 1;
    for (const StageTiming &timing : attempt.timings)
        longest = std::max(longest, timing.durationMs);
    QString html = heading(3, HtmlAttemptSection::tr("Timings"));
    html += u"<table cellspacing=\"0\" cellpadding=\"2\">\n<tr><th>"_s + esc(HtmlAttemptSection::tr("Step"))
        + u"</th><th>"_s + esc(HtmlAttemptSection::tr("Started")) + u"</th><th>"_s
        + esc(HtmlAttemptSection::tr("Took")) + u"</th><th></th></tr>\n"_s;
    for (const StageTiming &timing : attempt.timings) {
        const int width = std::max<int>(1, int(200 * timing.durationMs / longest));
        html += u"<tr><td>"_s + esc(Model::label(timing.stage)) + u"</td><td align=\"right\">+"_s
            + esc(ReportFacts::duration(timing.startMs)) + u"</td><td align=\"right\">"_s
            + esc(ReportFacts::duration(timing.durationMs))
            + u"</td><td><table cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\""_s + QString::number(width)
            + u"\" style=\"background-color: #7f9fcf;\">&nbsp;</td></tr></table></td></tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

} // namespace

QString HtmlAttemptSection::transcriptTable(const TestResult &result, const Attempt *attempt,
                                            const QList<TranscriptEntry> &entries)
{
    QString html = u"<table class=\"transcript\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n"_s;
    const QHash<int, Model::Severity> shown = attempt ? ReportFacts::replySeverities(*attempt) : QHash<int, Model::Severity>();
    for (const TranscriptEntry &entry : entries) {
        const bool client = entry.direction == TranscriptEntry::Direction::Client;
        std::optional<Model::Severity> severity = ReportFacts::lineSeverity(attempt, entry, shown);
        if (entry.direction == TranscriptEntry::Direction::Event && !severity)
            severity = Model::Severity::Info;
        const QString style = HtmlReport::lineStyle(severity, client);
        QString marker = u"*&nbsp;"_s;
        if (entry.direction == TranscriptEntry::Direction::Client)
            marker = u"C:"_s;
        else if (entry.direction == TranscriptEntry::Direction::Server)
            marker = u"S:"_s;

        QString title;
        QString tooltip;
        if (attempt && entry.direction == TranscriptEntry::Direction::Server && entry.lastLineOfReply) {
            const Explanation explanation = ReportFacts::explainReply(*attempt, entry.replyIndex);
            title = explanation.title;
            tooltip = explanation.meaning;
        }
        // Percent widths: QTextDocument (the PDF) ignores "nowrap" and would break the
        // time into one character per line.
        html += u"<tr"_s + (tooltip.isEmpty() ? QString() : u" title=\""_s + esc(tooltip) + u"\""_s)
            + u"><td class=\"mono\" width=\"12%\" style=\""_s + style + u" white-space: nowrap;\">"_s
            + esc(ReportFacts::lineTime(result.startedAt, entry.ms)) + u"</td><td class=\"mono\" style=\""_s + style
            + u"\">"_s + marker + u"&nbsp;"_s + esc(entry.text)
            + u"</td><td width=\"20%\" style=\""_s + style + u"\">"_s
            + (title.isEmpty() ? QString() : u"<b>"_s + esc(title) + u"</b>"_s) + u"</td></tr>\n"_s;
    }
    return html + u"</table>\n"_s;
}

QString HtmlAttemptSection::render(const TestResult &result, int attemptIndex)
{
    const Attempt &attempt = result.attempts.at(attemptIndex);
    QString html = heading(2, ReportFacts::attemptHeading(result, attemptIndex));

    std::optional<Model::Severity> severity = Model::Severity::Success;
    if (attempt.outcome == Attempt::Outcome::Rejected || attempt.outcome == Attempt::Outcome::Failed)
        severity = Model::Severity::Permanent;
    else if (attempt.outcome == Attempt::Outcome::Deferred)
        severity = Model::Severity::Transient;
    else if (attempt.outcome == Attempt::Outcome::Cancelled)
        severity = Model::Severity::Info;
    QString outcome = tr("%1 at %2, after %3")
                          .arg(Model::label(attempt.outcome),
                               Model::label(attempt.stage), ReportFacts::duration(attempt.durationMs));
    if (attempt.finalReply)
        outcome += u": "_s + attempt.finalReply->summaryLine();
    else if (!attempt.errorText.isEmpty())
        outcome += u": "_s + attempt.errorText;
    html += u"<p><span style=\""_s + HtmlReport::lineStyle(severity, false) + u" font-weight: bold;\">"_s + esc(outcome)
        + u"</span></p>\n"_s;

    html += heading(3, tr("Transcript"));
    html += transcriptTable(result, &attempt, attempt.transcript);
    html += explanationsPart(attempt);
    if (attempt.tls)
        html += tlsPart(*attempt.tls);
    if (attempt.capabilities.esmtp || !attempt.capabilities.keywords.isEmpty()) {
        html += heading(3, tr("What the server offers (EHLO)"));
        html += u"<p class=\"mono\">"_s + esc(attempt.capabilities.keywords.join(u" \u00b7 "_s)) + u"</p>\n"_s;
    }
    html += recipientsPart(attempt);
    html += timingsPart(attempt);
    return html;
}
