#include "cli/TerminalPrinter.h"

#include "diagnosis/HealthCatalog.h"
#include "model/SafeText.h"
#include "report/RelayReportSection.h"

#include <QtGlobal>

#include <unistd.h>

using Model::Severity;

namespace {
// Everything printed may carry a server's words (replies, details, the verdict's
// sentence): made safe before our own colour codes are added around it.
QString safe(const QString &text)
{
    return SafeText::visible(text);
}

constexpr const char *reset = "\x1b[0m";
constexpr const char *dim = "\x1b[2m";
constexpr const char *bold = "\x1b[1m";
} // namespace

TerminalPrinter::TerminalPrinter(QTextStream &out, bool colour)
    : m_out(out), m_colour(colour)
{
}

bool TerminalPrinter::isColourTerminal(int fd)
{
    const QByteArray term = qgetenv("TERM");
    return ::isatty(fd) && term != "dumb" && qEnvironmentVariableIsEmpty("NO_COLOR");
}

QString TerminalPrinter::paint(const QString &text, const char *ansi) const
{
    if (!m_colour || !ansi)
        return text;
    return QLatin1StringView(ansi) + text + QLatin1StringView(reset);
}

const char *TerminalPrinter::colourOf(Severity severity)
{
    switch (severity) {
    case Severity::Success: return "\x1b[32m";
    case Severity::Intermediate: return "\x1b[36m";
    case Severity::Transient: return "\x1b[33m";
    case Severity::Permanent: return "\x1b[31m";
    case Severity::Info: return nullptr;
    }
    return nullptr;
}

void TerminalPrinter::printLine(const QString &text)
{
    m_out << safe(text) << '\n';
    m_out.flush();
}

void TerminalPrinter::printEntry(const TranscriptEntry &entry)
{
    const QString time = QStringLiteral("%1 ms").arg(entry.ms, 6);
    QString prefix;
    const char *colour = nullptr;
    switch (entry.direction) {
    case TranscriptEntry::Direction::Client:
        prefix = QStringLiteral("C: ");
        colour = bold;
        break;
    case TranscriptEntry::Direction::Server:
        prefix = QStringLiteral("S: ");
        colour = entry.severity ? colourOf(*entry.severity) : nullptr;
        break;
    case TranscriptEntry::Direction::Event:
        prefix = QStringLiteral("*  ");
        colour = entry.severity ? colourOf(*entry.severity) : dim;
        break;
    }
    m_out << paint(time, dim) << "  " << paint(prefix + safe(entry.text), colour) << '\n';
    m_out.flush();
}

void TerminalPrinter::printExplanation(const Explanation &explanation)
{
    if (!explanation.isValid())
        return;
    m_out << paint(QStringLiteral("            -> ") + safe(explanation.title), colourOf(explanation.severity)) << '\n';
    m_out.flush();
}

void TerminalPrinter::printVerdict(const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    const Severity severity = verdict.succeeded() ? Severity::Success
        : verdict.outcome == Verdict::Outcome::Deferred ? Severity::Transient
                                                        : Severity::Permanent;
    m_out << '\n'
          << paint(tr("Verdict: %1").arg(Model::key(verdict.outcome).toUpper()), colourOf(severity)) << '\n';
    if (!verdict.summary.isEmpty())
        m_out << safe(verdict.summary) << '\n';
    if (const auto code = result.decidingCode())
        m_out << paint(safe(tr("Deciding reply: %1 %2 %3").arg(*code).arg(result.decidingEnhancedCode(), result.decidingText())
                                .simplified()),
                       dim)
              << '\n';
    if (!verdict.nextSteps.isEmpty()) {
        m_out << tr("Next steps:") << '\n';
        for (const QString &step : verdict.nextSteps)
            m_out << "  - " << safe(step) << '\n';
    }
    m_out.flush();
}

void TerminalPrinter::printFinding(const QString &title, const HealthFinding &finding, const QString &indent)
{
    using Model::HealthStatus;
    const Severity severity = Model::severityOf(finding.status);
    const QString status = u'[' + Model::label(finding.status).toUpper() + u']';
    m_out << indent << paint(status.leftJustified(15), colourOf(severity)) << ' ' << safe(title) << '\n';
    const QString inner = indent + QString(16, u' ');
    for (const QString &line : finding.record.split(u'\n', Qt::SkipEmptyParts))
        m_out << inner << paint(safe(line), bold) << '\n';
    for (const auto &detail : finding.details)
        m_out << inner << safe(tr("%1: %2").arg(HealthCatalog::detailLabel(detail.first), detail.second)) << '\n';
    if (finding.status != HealthStatus::Ok && !finding.explanation.isEmpty())
        m_out << inner << paint(safe(finding.explanation), dim) << '\n';
    for (const HealthIssue &issue : finding.problems)
        m_out << inner << "- " << safe(issue.text) << '\n';
}

void TerminalPrinter::printHealth(const DomainHealth &health)
{
    using Model::HealthCheck;
    m_out << '\n' << paint(safe(tr("Domain health of %1").arg(health.domain)), bold) << '\n';
    printFinding(Model::label(HealthCheck::Spf), health.spf, QStringLiteral("  "));
    printFinding(Model::label(HealthCheck::Dmarc), health.dmarc, QStringLiteral("  "));
    printFinding(Model::label(HealthCheck::MtaSts), health.mtaSts, QStringLiteral("  "));
    printFinding(Model::label(HealthCheck::TlsRpt), health.tlsRpt, QStringLiteral("  "));
    printFinding(Model::label(HealthCheck::Dane), health.dane, QStringLiteral("  "));
    for (const AddressHealth &address : health.addresses) {
        m_out << "  " << safe(tr("Mail server %1 at %2").arg(address.exchange, address.address.toString())) << '\n';
        printFinding(Model::label(HealthCheck::FcrDns), address.fcrdns, QStringLiteral("    "));
        printFinding(Model::label(HealthCheck::Banner), address.bannerMatchesPtr, QStringLiteral("    "));
    }
    m_out.flush();
}

void TerminalPrinter::printRelay(const TestResult &result)
{
    m_out << '\n' << paint(safe(RelayReportSection::heading(result)), bold) << '\n';
    for (const RelayReportSection::Row &row : RelayReportSection::rows(result)) {
        const Severity severity = row.accepted ? Severity::Permanent : Severity::Success;
        m_out << "  " << paint(RelayReportSection::mark(row).leftJustified(11), colourOf(severity)) << ' '
              << safe(row.form) << '\n';
        m_out << "              " << paint(safe(row.commands), dim) << '\n';
        m_out << "              " << safe(row.reply) << '\n';
        if (!row.explanation.isEmpty())
            m_out << "              " << paint(safe(row.explanation), dim) << '\n';
    }
    m_out.flush();
}
