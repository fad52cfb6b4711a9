#pragma once

#include "model/BatchRow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

/// The batch check's progress on standard error: "123/1000 checked, 110 accepted,
/// 9 refused, 4 temporary, about 12 s left". On a terminal the line is rewritten in place
/// (at most ten times a second); into a file or a pipe a new line every few seconds.
class BatchProgress
{
    Q_DECLARE_TR_FUNCTIONS(BatchProgress)
public:
    struct Counts
    {
        int accepted = 0;
        int refused = 0;
        int temporary = 0;
        int errors = 0;
        int done() const { return accepted + refused + temporary + errors; }
    };

    BatchProgress(QTextStream &err, int total, bool terminal);

    void add(const BatchRow &row);
    /// The last line, whatever the time since the one before.
    void finish();
    const Counts &counts() const { return m_counts; }

    /// The line for counts of total after elapsedMs (pure, for tests).
    static QString line(const Counts &counts, int total, qint64 elapsedMs);
    /// The runner's exit code: 0 all accepted, 1 some refused, 2 some temporary (none
    /// refused), 3 errors only (README, docs/batch.md).
    static int exitCode(const Counts &counts);

private:
    void print(bool last);

    QTextStream &m_err;
    int m_total;
    bool m_terminal;
    Counts m_counts;
    QElapsedTimer m_clock;
    qint64 m_lastPrint = -1;
};
