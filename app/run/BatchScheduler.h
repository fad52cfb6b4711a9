#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

/// How hard a batch check may push: connections at once, and per mail exchanger at most
/// one connection at a time with a pause between one ending and the next starting.
struct BatchPacing
{
    int jobs = 4;             // connections at once (--jobs)
    int gapMs = 200;          // pause between two connections to one mail exchanger
    int perConnection = 100;  // recipients handed to one connection at most
};

/// Decides which mail exchanger gets the next connection of a batch check, and with which
/// recipients: bounded concurrency, one connection per exchanger at a time, a minimum gap
/// between connections to one exchanger, the exchangers taken in turn. Pure (the caller
/// passes the time in and arms its own timer), so the pacing is tested without a network.
class BatchScheduler
{
public:
    struct Job
    {
        QString mx;       // the exchanger's key
        QList<int> items; // the caller's recipient numbers, in the order they were added
    };

    explicit BatchScheduler(const BatchPacing &pacing = {});

    void add(const QString &mx, int item);
    /// Recipients a connection left unasked go first next time.
    void putBack(const QString &mx, const QList<int> &items);
    /// The next connection to open now, if the limits allow one; the exchanger counts as
    /// busy until finished().
    std::optional<Job> take(qint64 nowMs);
    void finished(const QString &mx, qint64 nowMs);
    /// Milliseconds until take() can give a job (0: now), or -1 when only a finished()
    /// can change that (every slot busy, or nothing waiting outside busy exchangers).
    qint64 msUntilNext(qint64 nowMs) const;

    int running() const { return m_running; }
    int pending() const;
    bool idle() const { return m_running == 0 && pending() == 0; }

private:
    struct Queue
    {
        std::deque<int> items;
        bool busy = false;
        std::optional<qint64> lastEnd;
    };
    qint64 readyAt(const Queue &queue) const;

    BatchPacing m_pacing;
    QHash<QString, Queue> m_queues;
    QStringList m_order; // the exchangers in the order first seen, taken in turn
    qsizetype m_turn = 0;
    int m_running = 0;
};
