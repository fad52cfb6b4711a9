#include "cli/BatchProgress.h"

#include <cmath>

namespace {
constexpr qint64 terminalInterval = 100; // ms between rewrites of the line on a terminal
constexpr qint64 logInterval = 5000;     // ms between lines into a file or a pipe
} // namespace

BatchProgress::BatchProgress(QTextStream &err, int total, bool terminal)
    : m_err(err), m_total(total), m_terminal(terminal)
{
    m_clock.start();
}

void BatchProgress::add(const BatchRow &row)
{
    switch (row.outcome) {
    case BatchRow::Outcome::Accepted: ++m_counts.accepted; break;
    case BatchRow::Outcome::Refused: ++m_counts.refused; break;
    case BatchRow::Outcome::Temporary: ++m_counts.temporary; break;
    case BatchRow::Outcome::Error: ++m_counts.errors; break;
    }
    const qint64 now = m_clock.elapsed();
    const qint64 interval = m_terminal ? terminalInterval : logInterval;
    if (m_lastPrint < 0 ? now >= interval : now - m_lastPrint >= interval)
        print(false);
}

void BatchProgress::finish()
{
    print(true);
}

void BatchProgress::print(bool last)
{
    m_lastPrint = m_clock.elapsed();
    const QString text = line(m_counts, m_total, m_lastPrint);
    if (m_terminal)
        m_err << '\r' << text << "\x1b[K" << (last ? "\n" : "");
    else
        m_err << text << '\n';
    m_err.flush();
}

QString BatchProgress::line(const Counts &counts, int total, qint64 elapsedMs)
{
    QString text = tr("%1/%2 checked, %3 accepted, %4 refused, %5 temporary")
                       .arg(counts.done())
                       .arg(total)
                       .arg(counts.accepted)
                       .arg(counts.refused)
                       .arg(counts.temporary);
    if (counts.errors > 0)
        text += tr(", %n error(s)", nullptr, counts.errors);
    const int left = total - counts.done();
    if (left <= 0) {
        text += tr(", done in %1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    } else if (counts.done() > 0) {
        // What the addresses so far took, for the rest: rough, but honest about it.
        const double seconds = double(elapsedMs) / 1000.0 * left / counts.done();
        text += tr(", about %n s left", nullptr, int(std::ceil(seconds)));
    }
    return text;
}

int BatchProgress::exitCode(const Counts &counts)
{
    if (counts.refused > 0)
        return 1;
    if (counts.temporary > 0)
        return 2;
    if (counts.errors > 0)
        return 3;
    return 0;
}
