#include "BatchCheckController.h"

#include "plan/BatchInput.h"
#include "plan/PlanBuilder.h"
#include "run/BatchRun.h"

BatchCheckController::BatchCheckController(QObject *parent)
    : QObject(parent)
{
}

BatchCheckController::~BatchCheckController()
{
    if (m_run)
        m_run->disconnect(this);
}

void BatchCheckController::start(const PlanRequest &base, const QString &list)
{
    if (m_running)
        return;
    const BatchInput input = BatchInput::parse(list);
    if (input.entries().isEmpty() && input.badLines().isEmpty()) {
        Q_EMIT refused({tr("The list holds no address: type or paste one address per line.")});
        return;
    }
    TestPlan plan;
    if (!input.entries().isEmpty()) {
        // One plan for every connection, as the runner builds it: the first address stands
        // for the recipients, which BatchRun gives each connection itself.
        PlanRequest request = base;
        request.domain.clear();
        request.server.clear();
        request.relayTest = false;
        request.auth = TestPlan::Auth::None;
        request.rcptTo = {input.entries().constFirst().address};
        request.stopAfter = TestPlan::StopAfter::Rcpt;
        const PlanBuilder::Result built = PlanBuilder::build(request);
        if (!built.ok()) {
            QStringList messages;
            for (const Plan::FieldError &error : built.errors) {
                const QString label = Plan::fieldLabel(error.field);
                messages.append(error.message.startsWith(label) ? error.message
                                                                : tr("%1: %2").arg(label, error.message));
            }
            Q_EMIT refused(messages);
            return;
        }
        plan = *built.plan;
    }

    m_running = true;
    m_stopped = false;
    Q_EMIT started(int(input.entries().size() + input.badLines().size()), int(input.domains().size()));
    // No line disappears silently: the bad ones are rows too, first, with their numbers.
    for (const BatchInput::BadLine &line : input.badLines())
        Q_EMIT rowReady(BatchInput::rowFor(line));
    m_run = new BatchRun(plan, input.entries(), {}, this);
    connect(m_run, &BatchRun::rowReady, this, &BatchCheckController::rowReady);
    connect(m_run, &BatchRun::finished, this, &BatchCheckController::handleFinished);
    // With bad lines only, BatchRun has nothing to ask and finishes on the next turn.
    m_run->start();
}

void BatchCheckController::cancel()
{
    if (!m_running || !m_run)
        return;
    m_stopped = true;
    m_run->cancel(); // finished() follows, queued
}

void BatchCheckController::handleFinished()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    m_running = false;
    Q_EMIT finished(m_stopped);
}
