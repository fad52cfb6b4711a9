#pragma once

#include "model/BatchRow.h"
#include "plan/PlanRequest.h"

#include <QObject>
#include <QPointer>

class BatchRun;

/// Owns the work behind "Check a list of addresses": reads the list (BatchInput), checks
/// the sender and connection settings once (PlanBuilder) and runs the engine's BatchRun.
/// The pages only ask; rows and the end come from this object's signals.
class BatchCheckController : public QObject
{
    Q_OBJECT
public:
    explicit BatchCheckController(QObject *parent = nullptr);
    ~BatchCheckController() override;

    /// Starts checking every address of list with request's sender, port, security, EHLO
    /// name, name server and time limits (its destination and recipients are ignored: each
    /// address goes to its own domain's mail servers). refused() when that does not check out.
    void start(const PlanRequest &request, const QString &list);
    /// Stops at once; the addresses not answered yet get no row. finished(true) follows.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The check began: total rows to come (addresses and bad lines), and the domains asked.
    void started(int total, int domains);
    void refused(const QStringList &messages);
    void rowReady(const BatchRow &row);
    /// stopped: the user stopped it before every address was answered.
    void finished(bool stopped);

private:
    void handleFinished();

    QPointer<BatchRun> m_run;
    bool m_running = false;
    bool m_stopped = false;
};
