#include "WizardController.h"

#include "dns/DnsProbe.h"
#include "run/TestRun.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWizard, "smtpwizard.ui")

WizardController::WizardController(QObject *parent)
    : QObject(parent)
{
}

WizardController::~WizardController()
{
    // Nothing may call back into pages that are being destroyed.
    if (m_probe)
        m_probe->cancel();
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
    }
}

void WizardController::lookup(const TestPlan &plan)
{
    cancelLookup();
    auto *probe = new DnsProbe(this);
    m_probe = probe;
    probe->setNameserver(plan.dnsServer);
    probe->setTimeout(plan.timeouts.dns);
    probe->setIpFamily(plan.ipFamily);
    probe->setShuffleSeed(plan.shuffleSeed);
    connect(probe, &DnsProbe::finished, this, [this, probe](const DnsFindings &findings) {
        if (probe != m_probe)
            return;
        qCDebug(lcWizard) << "lookup finished for" << findings.domain;
        Q_EMIT lookupFinished(findings);
        probe->deleteLater();
    });
    Q_EMIT lookupStarted(plan.destination());
    if (plan.usesMxLookup())
        probe->lookupDomain(plan.domain);
    else
        probe->lookupHost(plan.host);
}

void WizardController::cancelLookup()
{
    if (!m_probe)
        return;
    DnsProbe *probe = m_probe;
    m_probe = nullptr;
    const bool wasRunning = probe->isRunning();
    probe->cancel();
    probe->deleteLater();
    if (wasRunning)
        Q_EMIT lookupCancelled();
}

bool WizardController::isLookingUp() const
{
    return m_probe && m_probe->isRunning();
}

void WizardController::startRun(const TestPlan &plan, const std::optional<DnsFindings> &findings)
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
        m_run->deleteLater();
    }
    auto *run = new TestRun(plan, this);
    m_run = run;
    if (findings)
        run->useDnsFindings(*findings);
    connect(run, &TestRun::finished, this, &WizardController::handleRunFinished);
    Q_EMIT runStarted(run);
    run->start();
}

void WizardController::cancelRun()
{
    if (m_run && m_run->state() != TestRun::State::Finished)
        m_run->cancel();
}

bool WizardController::isRunning() const
{
    return m_run && m_run->state() != TestRun::State::Finished && m_run->state() != TestRun::State::Idle;
}

void WizardController::handleRunFinished(const TestResult &result)
{
    m_lastResult = result;
    Q_EMIT runFinished(result);
}
