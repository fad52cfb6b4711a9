#include "run/MxLookup.h"

#include "diagnosis/ReplyCatalog.h"
#include "protocol/dns/DnsProbe.h"

MxLookup::MxLookup(const TestPlan &plan, QObject *parent)
    : QObject(parent), m_plan(plan)
{
}

MxLookup::~MxLookup()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

void MxLookup::start()
{
    auto *probe = new DnsProbe(this);
    m_probe = probe;
    probe->setNameserver(m_plan.dnsServer);
    probe->setTimeout(m_plan.timeouts.dns);
    probe->setIpFamily(m_plan.ipFamily);
    probe->setShuffleSeed(m_plan.shuffleSeed);
    connect(probe, &DnsProbe::progress, this, &MxLookup::progress);
    connect(probe, &DnsProbe::finished, this, [this, probe](const DnsFindings &found) {
        DnsFindings findings = found;
        explain(findings);
        probe->deleteLater();
        Q_EMIT finished(findings);
    });
    if (m_plan.usesMxLookup())
        probe->lookupDomain(m_plan.domain);
    else
        probe->lookupHost(m_plan.host);
}

void MxLookup::cancel()
{
    if (!m_probe)
        return;
    DnsProbe *probe = m_probe;
    m_probe = nullptr;
    probe->disconnect(this);
    probe->cancel();
    probe->deleteLater();
}

bool MxLookup::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

void MxLookup::explain(DnsFindings &findings)
{
    if (findings.problem)
        findings.explanation = ReplyCatalog::explainProblem(*findings.problem, Model::Stage::Dns, findings.errorText);
    for (MxHost &mx : findings.mx) {
        if (mx.problem)
            mx.explanation = ReplyCatalog::explainProblem(*mx.problem, Model::Stage::Dns);
    }
}
