#pragma once

#include "model/DnsFindings.h"
#include "model/DomainHealth.h"
#include "model/TestPlan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class HealthProbe;

/// The domain health checks of a plan, for both faces: asks HealthProbe with the plan's
/// name server, time limit and extra CA file, starting from the MX lookup the run (or the
/// Mail servers page) already made, and judges and words what came back once
/// (HealthJudge, HealthCatalog). The greeting comparison needs the attempts: the face
/// calls HealthJudge::addGreetings() when the run is over.
class HealthCheck : public QObject
{
    Q_OBJECT
public:
    explicit HealthCheck(const TestPlan &plan, QObject *parent = nullptr);
    ~HealthCheck() override;

    /// findings: the MX lookup of the plan's domain. finished() follows, never synchronously.
    void start(const DnsFindings &findings);
    /// Stops at once; finished() is not emitted.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const DomainHealth &health);

private:
    TestPlan m_plan;
    QPointer<HealthProbe> m_probe;
    QElapsedTimer m_clock;
};
