#include "report/TextReport.h"

#include "model/SafeText.h"

#include "report/HealthReportSection.h"
#include "report/RelayReportSection.h"
#include "report/ReportFacts.h"
#include "report/ResultScrubber.h"

using namespace Qt::StringLiterals;

namespace {

QString underline(const QString &heading, QChar with)
{
    return heading + u'\n' + QString(heading.size(), with) + u'\n';
}

QString prefix(TranscriptEntry::Direction direction)
{
    switch (direction) {
    case TranscriptEntry::Direction::Client: return u"C: "_s;
    case TranscriptEntry::Direction::Server: return u"S: "_s;
    case TranscriptEntry::Direction::Event: return u"*  "_s;
    }
    return u"*  "_s;
}

QString rows(const ReportFacts::Rows &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    QString out;
    for (const auto &row : rows)
        out += QString(row.first + u':').leftJustified(width + 2) + row.second + u'\n';
    return out;
}

QString transcript(const TestResult &result, const Attempt *attempt, const QList<TranscriptEntry> &entries)
{
    QString out;
    for (const TranscriptEntry &entry : entries) {
        QString line = ReportFacts::lineTime(result.startedAt, entry.ms) + u"  "_s + prefix(entry.direction) + entry.text;
        if (attempt && entry.direction == TranscriptEntry::Direction::Server && entry.lastLineOfReply) {
            const Explanation explanation = ReportFacts::explainReply(*attempt, entry.replyIndex);
            if (explanation.isValid())
                line += u"   ["_s + explanation.title + u']';
        }
        out += line + u'\n';
    }
    return out;
}

QString attemptDetails(const Attempt &attempt)
{
    QString out;
    ReportFacts::Rows facts;
    if (attempt.tls) {
        const TlsInfo &tls = *attempt.tls;
        facts << qMakePair(TextReport::tr("TLS"), ReportFacts::tlsSummary(tls));
        for (const CertificateInfo &cert : tls.peerCertificates) {
            facts << qMakePair(TextReport::tr("Certificate"),
                               TextReport::tr("%1, issued by %2, valid %3 to %4")
                                   .arg(cert.subject, cert.issuer, ReportFacts::dateTime(cert.notBefore),
                                        ReportFacts::dateTime(cert.notAfter)));
            if (!cert.subjectAlternativeNames.isEmpty())
                facts << qMakePair(TextReport::tr("Names (SAN)"), cert.subjectAlternativeNames.join(u", "_s));
        }
        if (!tls.established) {
            facts << qMakePair(TextReport::tr("Verification"),
                               TextReport::tr("none: the TLS handshake did not complete"));
        } else if (tls.verified()) {
            facts << qMakePair(TextReport::tr("Verification"), TextReport::tr("the certificate was verified"));
        } else {
            for (const TlsErrorInfo &error : tls.errors)
                facts << qMakePair(TextReport::tr("Certificate error"), error.text);
            if (tls.continuedDespiteErrors)
                facts << qMakePair(TextReport::tr("Verification"), TextReport::tr("failed; the test went on anyway"));
        }
    }
    for (const Finding &finding : attempt.findings) {
        const Explanation explanation = finding.explanation;
        QString text = explanation.isValid() ? explanation.title : Model::key(finding.problem);
        if (!finding.detail.isEmpty() && finding.detail != text)
            text += u" ("_s + finding.detail + u')';
        facts << qMakePair(finding.fatal ? TextReport::tr("Failure") : TextReport::tr("Finding"), text);
    }
    for (const RecipientResult &recipient : attempt.recipients) {
        facts << qMakePair(TextReport::tr("Recipient"),
                           recipient.address + u": "_s
                               + (recipient.reply ? recipient.reply->summaryLine() : TextReport::tr("not answered")));
    }
    if (!attempt.timings.isEmpty()) {
        QStringList timings;
        for (const StageTiming &timing : attempt.timings)
            timings << Model::label(timing.stage) + u' ' + ReportFacts::duration(timing.durationMs);
        facts << qMakePair(TextReport::tr("Timings"), timings.join(u", "_s));
    }
    out += rows(facts);
    return out;
}

QString recipients(const TestResult &result)
{
    const QList<ReportFacts::RecipientLine> lines = ReportFacts::recipientLines(result);
    if (lines.isEmpty())
        return {};
    qsizetype addressWidth = 0;
    qsizetype outcomeWidth = 0;
    for (const ReportFacts::RecipientLine &line : lines) {
        addressWidth = std::max(addressWidth, line.address.size());
        outcomeWidth = std::max(outcomeWidth, line.outcome.size());
    }
    QString out = u'\n' + underline(TextReport::tr("Recipients"), u'-');
    for (const ReportFacts::RecipientLine &line : lines) {
        out += line.address.leftJustified(addressWidth + 2) + line.outcome.leftJustified(outcomeWidth + 2) + line.reason;
        if (!line.server.isEmpty())
            out += u"  "_s + TextReport::tr("(asked %1)").arg(line.server);
        out += u'\n';
    }
    return out;
}

} // namespace

QString TextReport::render(const TestResult &unsafe)
{
    const TestResult result = ResultScrubber::withoutSecrets(unsafe);
    QString out;

    // Plain words first: a ticket is read from the top, and the reader may stop after the
    // sentence and the steps. Codes and keys follow under "Technical details".
    out += underline(ReportFacts::title() + u": "_s + result.plan.destination(), u'=');
    out += ReportFacts::verdictSentence(result) + u'\n';
    const Verdict &verdict = result.verdict;
    if (!verdict.nextSteps.isEmpty()) {
        out += u'\n' + tr("Next steps:") + u'\n';
        for (int i = 0; i < verdict.nextSteps.size(); ++i)
            out += u"  "_s + QString::number(i + 1) + u". "_s + verdict.nextSteps.at(i) + u'\n';
    }
    out += recipients(result);

    out += u'\n' + underline(tr("Technical details"), u'-');
    out += rows(ReportFacts::technicalRows(result));

    out += u'\n' + underline(tr("Test plan"), u'-');
    out += rows(ReportFacts::planRows(result.plan));

    const DnsFindings &dns = result.dns;
    if (dns.lookedUp || !dns.mx.isEmpty()) {
        out += u'\n' + underline(tr("Mail servers (DNS) for %1").arg(dns.domain), u'-');
        if (dns.nullMx)
            out += tr("Null MX: the domain says it accepts no mail (RFC 7505).") + u'\n';
        if (dns.implicitMx)
            out += tr("No MX records: the domain's own address is used (implicit MX).") + u'\n';
        if (dns.problem)
            out += tr("Problem: %1").arg(Model::key(*dns.problem))
                + (dns.errorText.isEmpty() ? QString() : u" ("_s + dns.errorText + u')') + u'\n';
        for (const MxHost &host : dns.mx) {
            const QString pref = host.preference >= 0 ? u"MX "_s + QString::number(host.preference) : u"A/AAAA"_s;
            const QString head = pref.leftJustified(8) + host.exchange;
            if (host.addresses.isEmpty()) {
                out += head + u"  "_s + tr("(no addresses)") + u'\n';
                continue;
            }
            for (qsizetype i = 0; i < host.addresses.size(); ++i) {
                const ResolvedAddress &address = host.addresses.at(i);
                out += QString(i == 0 ? head : QString()).leftJustified(std::max<qsizetype>(head.size(), 30)) + u"  "_s
                    + address.address.toString() + u"  "_s
                    + tr("PTR: %1").arg(ReportFacts::reverseDns(address)) + u'\n';
            }
        }
    }

    if (result.health) {
        out += u'\n' + underline(HealthReportSection::heading(*result.health), u'-');
        out += HealthReportSection::text(*result.health);
    }

    if (result.plan.relayTest) {
        out += u'\n' + underline(RelayReportSection::heading(result), u'-');
        out += RelayReportSection::text(result);
    }

    out += u'\n' + underline(tr("Transcript (times in UTC)"), u'-');
    out += transcript(result, nullptr, result.events);
    for (int i = 0; i < result.attempts.size(); ++i) {
        const Attempt &attempt = result.attempts.at(i);
        out += u'\n' + ReportFacts::attemptHeading(result, i) + u" - "_s
            + Model::label(attempt.outcome) + u' ' + tr("at %1").arg(Model::label(attempt.stage))
            + u'\n';
        out += transcript(result, &attempt, attempt.transcript);
        out += attemptDetails(attempt);
    }

    // A text report is read with cat and pasted into tickets: what a server sent is shown,
    // never obeyed by the terminal.
    QStringList lines = out.split(u'\n');
    for (QString &line : lines)
        line = SafeText::visible(line);
    return lines.join(u'\n');
}
