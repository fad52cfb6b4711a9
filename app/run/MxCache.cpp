#include "run/MxCache.h"

#include "run/MxLookup.h"

#include <algorithm>

MxCache::MxCache(const TestPlan &plan, int parallel, QObject *parent)
    : QObject(parent), m_plan(plan), m_parallel(std::max(1, parallel))
{
}

MxCache::~MxCache()
{
    cancel();
}

void MxCache::request(const QString &domain)
{
    const QString key = domain.toLower();
    if (m_asked.contains(key))
        return;
    m_asked.insert(key);
    m_waiting.append(key);
    // Queued: the caller may still be setting up, and resolved() never comes from inside.
    QMetaObject::invokeMethod(this, &MxCache::startNext, Qt::QueuedConnection);
}

const DnsFindings *MxCache::find(const QString &domain) const
{
    const auto it = m_found.constFind(domain.toLower());
    return it == m_found.cend() ? nullptr : &*it;
}

void MxCache::startNext()
{
    m_running.removeAll(nullptr);
    while (!m_waiting.isEmpty() && m_running.size() < m_parallel) {
        const QString domain = m_waiting.takeFirst();
        TestPlan plan = m_plan;
        if (plan.usesMxLookup())
            plan.domain = domain;
        auto *lookup = new MxLookup(plan, this);
        m_running.append(lookup);
        ++m_started;
        connect(lookup, &MxLookup::finished, this, [this, lookup, domain](const DnsFindings &findings) {
            m_running.removeAll(lookup);
            lookup->deleteLater();
            m_found.insert(domain, findings);
            Q_EMIT resolved(domain, findings);
            startNext();
        });
        lookup->start();
    }
}

void MxCache::cancel()
{
    m_waiting.clear();
    for (const QPointer<MxLookup> &lookup : std::as_const(m_running)) {
        if (lookup) {
            lookup->disconnect(this);
            lookup->cancel();
            lookup->deleteLater();
        }
    }
    m_running.clear();
}
