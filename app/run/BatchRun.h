#pragma once

#include "model/BatchRow.h"
#include "model/DnsFindings.h"
#include "model/Route.h"
#include "model/TestPlan.h"
#include "plan/BatchInput.h"
#include "run/BatchScheduler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

class MxCache;
class RecipientChecker;

/// A batch check (issue 12, docs/batch.md): for every address of a list, what its mail
/// server says at RCPT TO, without sending anything. The MX of each domain is looked up
/// once (MxCache); the addresses are grouped by mail exchanger, and BatchScheduler decides
/// when each exchanger gets a connection (RecipientChecker) for which of them. One row per
/// address comes out as soon as it is known; observable through signals only.
class BatchRun : public QObject
{
    Q_OBJECT
public:
    /// plan: the sender, port, security, EHLO name, name server and time limits for every
    /// connection (PlanBuilder's); its recipients are ignored.
    BatchRun(const TestPlan &plan, const QList<BatchInput::Entry> &entries, const BatchPacing &pacing = {},
             QObject *parent = nullptr);
    ~BatchRun() override;

    void start();
    /// Stops at once; the addresses not answered yet get no row. finished() follows.
    void cancel();
    int total() const { return int(m_items.size()); }
    int done() const { return m_done; }
    /// Connections opened so far, and MX lookups made.
    int connections() const { return m_connections; }
    int lookups() const;

    /// Broken connections one address may meet before it gets the failure as its row.
    static constexpr int MaxTries = 3;

Q_SIGNALS:
    void rowReady(const BatchRow &row);
    void finished();

private:
    struct Item
    {
        BatchInput::Entry entry;
        int tries = 0;
        bool done = false;
    };
    struct Exchange
    {
        QList<Route> routes; // every address of the exchanger, in the order to try
        int route = 0;       // the one connections go to now
    };

    void handleResolved(const QString &domain, const DnsFindings &findings);
    void pump();
    void startJob(const BatchScheduler::Job &job);
    void handleChecked(RecipientChecker *checker, const BatchScheduler::Job &job);
    void finishItem(int item, BatchRow row);
    void finishIfDone();

    TestPlan m_plan;
    QList<Item> m_items;
    QHash<QString, QList<int>> m_byDomain; // the lookup key (domain or server) -> items
    QHash<QString, Exchange> m_exchanges;  // by the exchanger's key
    MxCache *m_cache = nullptr;
    BatchScheduler m_scheduler;
    QTimer m_wake;
    QElapsedTimer m_clock;
    QList<RecipientChecker *> m_checkers;
    int m_done = 0;
    int m_connections = 0;
    bool m_started = false;
    bool m_finished = false;
};
