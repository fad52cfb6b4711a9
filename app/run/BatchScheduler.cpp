#include "run/BatchScheduler.h"

#include <algorithm>

BatchScheduler::BatchScheduler(const BatchPacing &pacing)
    : m_pacing(pacing)
{
    m_pacing.jobs = std::max(1, m_pacing.jobs);
    m_pacing.gapMs = std::max(0, m_pacing.gapMs);
    m_pacing.perConnection = std::max(1, m_pacing.perConnection);
}

void BatchScheduler::add(const QString &mx, int item)
{
    if (!m_queues.contains(mx))
        m_order.append(mx);
    m_queues[mx].items.push_back(item);
}

void BatchScheduler::putBack(const QString &mx, const QList<int> &items)
{
    if (!m_queues.contains(mx))
        m_order.append(mx);
    Queue &queue = m_queues[mx];
    for (auto it = items.crbegin(); it != items.crend(); ++it)
        queue.items.push_front(*it);
}

qint64 BatchScheduler::readyAt(const Queue &queue) const
{
    return queue.lastEnd ? *queue.lastEnd + m_pacing.gapMs : 0;
}

std::optional<BatchScheduler::Job> BatchScheduler::take(qint64 nowMs)
{
    if (m_running >= m_pacing.jobs || m_order.isEmpty())
        return std::nullopt;
    // In turn from where the last job was taken, so one long list does not starve the rest.
    for (qsizetype n = 0; n < m_order.size(); ++n) {
        const qsizetype index = (m_turn + n) % m_order.size();
        const QString &mx = m_order.at(index);
        Queue &queue = m_queues[mx];
        if (queue.busy || queue.items.empty() || readyAt(queue) > nowMs)
            continue;
        Job job{mx, {}};
        while (!queue.items.empty() && job.items.size() < m_pacing.perConnection) {
            job.items.append(queue.items.front());
            queue.items.pop_front();
        }
        queue.busy = true;
        ++m_running;
        m_turn = index + 1;
        return job;
    }
    return std::nullopt;
}

void BatchScheduler::finished(const QString &mx, qint64 nowMs)
{
    auto it = m_queues.find(mx);
    if (it == m_queues.end() || !it->busy)
        return;
    it->busy = false;
    it->lastEnd = nowMs;
    --m_running;
}

qint64 BatchScheduler::msUntilNext(qint64 nowMs) const
{
    if (m_running >= m_pacing.jobs)
        return -1;
    qint64 best = -1;
    for (const Queue &queue : m_queues) {
        if (queue.busy || queue.items.empty())
            continue;
        const qint64 wait = std::max<qint64>(0, readyAt(queue) - nowMs);
        if (best < 0 || wait < best)
            best = wait;
    }
    return best;
}

int BatchScheduler::pending() const
{
    qsizetype count = 0;
    for (const Queue &queue : m_queues)
        count += qsizetype(queue.items.size());
    return int(count);
}
