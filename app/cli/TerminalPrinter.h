#pragma once

#include "model/Explanation.h"
#include "model/TestResult.h"
#include "model/TranscriptEntry.h"

#include <QCoreApplication>
#include <QTextStream>

/// Prints a run as it happens, like a telnet log with each reply's explanation beside it,
/// then the verdict. ANSI colours only when asked for and the output is a terminal.
class TerminalPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPrinter)
public:
    TerminalPrinter(QTextStream &out, bool colour);

    void printEntry(const TranscriptEntry &entry);
    void printExplanation(const Explanation &explanation);
    void printVerdict(const TestResult &result);
    /// The domain health checks, one block per check and per mail server address.
    void printHealth(const DomainHealth &health);
    /// The open-relay check: one line per form tried, accepted ones in the error colour.
    void printRelay(const TestResult &result);
    void printLine(const QString &text);

    /// True when the file descriptor is a terminal that understands colours.
    static bool isColourTerminal(int fd);

private:
    QString paint(const QString &text, const char *ansi) const;
    static const char *colourOf(Model::Severity severity);
    void printFinding(const QString &title, const HealthFinding &finding, const QString &indent);

    QTextStream &m_out;
    bool m_colour;
};
