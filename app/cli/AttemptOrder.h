#pragma once

#include <QList>
#include <QMap>
#include <QSet>

#include <functional>

/// Keeps the live output of attempts that run side by side in attempt order: the lowest
/// attempt still running prints at once, later ones are held until every attempt before
/// them has finished, so each attempt's lines stay together as in a run one after another.
/// Run-level lines while attempts talk belong to the next attempt that starts.
class AttemptOrder
{
public:
    using Output = std::function<void()>;

    /// attemptIndex -1: a run-level line.
    void add(int attemptIndex, Output output);
    void attemptStarted(int attemptIndex);
    void attemptFinished(int attemptIndex);
    /// Prints whatever is still held (the run is over).
    void flush();

private:
    void advance();

    int m_live = 0;                  // the attempt whose lines print at once
    int m_started = 0;               // attempts started so far
    QSet<int> m_finished;
    QMap<int, QList<Output>> m_held; // attempt index -> its lines not yet printed
    QList<Output> m_pendingRunLines; // run-level lines waiting for the next attempt
};
