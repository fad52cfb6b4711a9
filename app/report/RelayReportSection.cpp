#include "report/RelayReportSection.h"

#include "report/HtmlReport.h"

using namespace Qt::StringLiterals;

QList<RelayReportSection::Row> RelayReportSection::rows(const TestResult &result)
{
    QList<Row> out;
    const int index = result.verdict.attemptIndex;
    if (!result.plan.relayTest || index < 0 || index >= result.attempts.size())
        return out;
    const Attempt &attempt = result.attempts.at(index);
    for (const RelayTrial &trial : attempt.relayTrials) {
        Row row;
        row.accepted = trial.accepted;
        row.form = Model::label(trial.form);
        row.commands = u"MAIL FROM:<"_s + trial.mailFrom + u">  RCPT TO:<"_s + trial.rcptTo + u'>';
        const int reply = trial.decidingReplyIndex();
        if (reply >= 0 && reply < attempt.replies.size()) {
            const ReplyRecord &record = attempt.replies.at(reply);
            row.reply = record.reply.summaryLine();
            if (trial.rcptReplyIndex < 0)
                row.reply = tr("MAIL FROM refused: %1").arg(row.reply);
            row.explanation = record.explanation.title;
        } else {
            row.reply = tr("not tried: the session ended before this form");
        }
        out.append(row);
    }
    return out;
}

QString RelayReportSection::heading(const TestResult &result)
{
    return result.verdict.outcome == Verdict::Outcome::OpenRelay ? tr("Open-relay check: OPEN RELAY")
                                                                 : tr("Open-relay check");
}

QString RelayReportSection::mark(const Row &row)
{
    return row.accepted ? tr("[ACCEPTED]") : tr("[refused]");
}

QString RelayReportSection::text(const TestResult &result)
{
    QString out;
    for (const Row &row : rows(result)) {
        out += mark(row).leftJustified(11) + u' ' + row.form + u'\n';
        out += u"    "_s + row.commands + u'\n';
        out += u"    "_s + row.reply + u'\n';
        if (!row.explanation.isEmpty())
            out += u"    "_s + row.explanation + u'\n';
    }
    return out;
}

QString RelayReportSection::html(const TestResult &result)
{
    const auto esc = &HtmlReport::escape;
    QString html = u"<h2 style=\"margin-top: 18px;\">"_s + esc(heading(result)) + u"</h2>\n"_s;
    html += u"<table class=\"relay\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color: #bbbbbb;\">\n<tr><th>"_s
        + esc(tr("Form")) + u"</th><th>"_s + esc(tr("Result")) + u"</th><th>"_s + esc(tr("Sent")) + u"</th><th>"_s
        + esc(tr("Reply")) + u"</th></tr>\n"_s;
    for (const Row &row : rows(result)) {
        // An accepted outside recipient is the problem here: the error colour, not success.
        const Model::Severity severity = row.accepted ? Model::Severity::Permanent : Model::Severity::Success;
        html += u"<tr><td>"_s + esc(row.form) + u"</td><td style=\""_s + HtmlReport::lineStyle(severity, false)
            + u" font-weight: bold;\">"_s + esc(row.accepted ? tr("accepted: relays") : tr("refused"))
            + u"</td><td class=\"mono\"><code>"_s + esc(row.commands) + u"</code></td><td><code>"_s + esc(row.reply)
            + u"</code><br><span class=\"muted\">"_s + esc(row.explanation) + u"</span></td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
    return html;
}
