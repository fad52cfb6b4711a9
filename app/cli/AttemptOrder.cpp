#include "cli/AttemptOrder.h"

#include <algorithm>
#include <utility>

void AttemptOrder::add(int attemptIndex, Output output)
{
    if (attemptIndex < 0) {
        // Before the first attempt and after the last, nothing runs beside it.
        if (m_live >= m_started)
            output();
        else
            m_pendingRunLines.append(std::move(output));
        return;
    }
    if (attemptIndex == m_live)
        output();
    else
        m_held[attemptIndex].append(std::move(output));
}

void AttemptOrder::attemptStarted(int attemptIndex)
{
    m_started = std::max(m_started, attemptIndex + 1);
    if (m_pendingRunLines.isEmpty())
        return;
    const QList<Output> lines = std::exchange(m_pendingRunLines, {});
    if (attemptIndex == m_live) {
        for (const Output &line : lines)
            line();
        return;
    }
    QList<Output> &held = m_held[attemptIndex];
    held = lines + held;
}

void AttemptOrder::attemptFinished(int attemptIndex)
{
    m_finished.insert(attemptIndex);
    advance();
}

void AttemptOrder::advance()
{
    while (m_finished.contains(m_live)) {
        ++m_live;
        for (const Output &line : m_held.take(m_live))
            line();
    }
}

void AttemptOrder::flush()
{
    for (auto it = m_held.begin(); it != m_held.end(); ++it) {
        for (const Output &line : std::as_const(it.value()))
            line();
    }
    m_held.clear();
    for (const Output &line : std::exchange(m_pendingRunLines, {}))
        line();
}
