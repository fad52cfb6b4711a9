#include "run/HealthCheck.h"

#include "protocol/dns/HealthProbe.h"
#include "run/HealthJudge.h"

HealthCheck::HealthCheck(const TestPlan &plan, QObject *parent)
    : QObject(parent), m_plan(plan)
{
}

HealthCheck::~HealthCheck()
{
    cancel();
}

void HealthCheck::start(const DnsFindings &findings)
{
    cancel();
    auto *probe = new HealthProbe(this);
    m_probe = probe;
    probe->setNameserver(m_plan.dnsServer);
    probe->setTimeout(m_plan.timeouts.dns);
    probe->setCaFile(m_plan.caFile);
    m_clock.start();
    connect(probe, &HealthProbe::finished, this, [this, probe, findings](const HealthRecords &records) {
        DomainHealth health = HealthJudge::judge(records, findings);
        health.elapsedMs = m_clock.elapsed();
        probe->deleteLater();
        m_probe = nullptr;
        Q_EMIT finished(health);
    });
    probe->start(findings.domain.isEmpty() ? m_plan.domain : findings.domain, findings);
}

void HealthCheck::cancel()
{
    if (!m_probe)
        return;
    HealthProbe *probe = m_probe;
    m_probe = nullptr;
    probe->disconnect(this);
    probe->cancel();
    probe->deleteLater();
}

bool HealthCheck::isRunning() const
{
    return m_probe && m_probe->isRunning();
}
