#pragma once

#include "dns/DnsFindings.h"
#include "plan/TestPlan.h"
#include "run/TestResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

class DnsProbe;
class TestRun;

/// Owns the work behind the wizard: the DNS lookup of the Mail servers page and the
/// TestRun. The pages only ask; they learn what happened from this object's signals.
class WizardController : public QObject
{
    Q_OBJECT
public:
    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    /// The mail servers of plan.domain, or the addresses of plan.host.
    void lookup(const TestPlan &plan);
    void cancelLookup();
    bool isLookingUp() const;

    /// Starts a run; findings from the Mail servers page spare it a second lookup.
    void startRun(const TestPlan &plan, const std::optional<DnsFindings> &findings);
    void cancelRun();
    bool isRunning() const;
    const std::optional<TestResult> &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void lookupStarted(const QString &destination);
    void lookupFinished(const DnsFindings &findings);
    void lookupCancelled();
    /// Emitted before the run starts, so that views can connect to it first.
    void runStarted(const TestRun *run);
    void runFinished(const TestResult &result);

private:
    void handleRunFinished(const TestResult &result);

    QPointer<DnsProbe> m_probe;
    QPointer<TestRun> m_run;
    std::optional<TestResult> m_lastResult;
};
