#include "run/BatchRun.h"

#include "model/SafeText.h"
#include "protocol/dns/MxOrdering.h"
#include "run/MxCache.h"
#include "run/MxLookup.h"
#include "run/RecipientChecker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBatch, "smtpwizard.batch")

using Model::Problem;

namespace {

/// A domain whose DNS answer settles every address in it: no such domain, or a null MX.
bool refusesEveryAddress(const DnsFindings &findings)
{
    return findings.nullMx || findings.problem == Problem::DnsNxDomain || findings.problem == Problem::NullMx;
}

} // namespace

BatchRun::BatchRun(const TestPlan &plan, const QList<BatchInput::Entry> &entries, const BatchPacing &pacing,
                   QObject *parent)
    : QObject(parent), m_plan(plan), m_scheduler(pacing)
{
    m_plan.password.clear(); // the batch check never signs in
    m_plan.token.clear();
    m_plan.auth = TestPlan::Auth::None;
    for (const BatchInput::Entry &entry : entries)
        m_items.append({entry});
    m_cache = new MxCache(m_plan, 8, this);
    connect(m_cache, &MxCache::resolved, this, &BatchRun::handleResolved);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &BatchRun::pump);
}

BatchRun::~BatchRun()
{
    for (RecipientChecker *checker : std::as_const(m_checkers))
        checker->disconnect(this);
}

int BatchRun::lookups() const
{
    return m_cache->lookups();
}

void BatchRun::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    // With a server given, every address goes there: one lookup of its name.
    const bool toServer = !m_plan.usesMxLookup();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString key = toServer ? m_plan.host.toLower() : m_items.at(i).entry.domain;
        m_byDomain[key].append(int(i));
    }
    for (auto it = m_byDomain.cbegin(); it != m_byDomain.cend(); ++it)
        m_cache->request(it.key());
    if (m_items.isEmpty())
        QMetaObject::invokeMethod(this, &BatchRun::finishIfDone, Qt::QueuedConnection);
}

void BatchRun::handleResolved(const QString &domain, const DnsFindings &found)
{
    if (m_finished)
        return;
    const QList<int> items = m_byDomain.value(domain);
    DnsFindings findings = found;
    QList<Route> routes;
    if (!findings.problem && !findings.nullMx) {
        routes = MxOrdering::routes(findings, m_plan.ipFamily, m_plan.port);
        if (routes.isEmpty()) {
            findings.problem = m_plan.ipFamily == TestPlan::IpFamily::Any ? Problem::DnsNoAddress : Problem::NoUsableAddress;
            MxLookup::explain(findings);
        }
    }
    if (routes.isEmpty()) {
        BatchRow row;
        row.outcome = refusesEveryAddress(findings) ? BatchRow::Outcome::Refused : BatchRow::Outcome::Error;
        row.category = findings.explanation.category;
        row.text = SafeText::visible(findings.errorText.isEmpty() ? findings.explanation.title
                                                                   : findings.explanation.title + QStringLiteral(": ")
                                                                         + findings.errorText);
        for (int item : items)
            finishItem(item, row);
        finishIfDone();
        return;
    }
    // Domains that share an exchanger share its queue: it is the server that is paced.
    const QString mx = routes.constFirst().host.isEmpty() ? routes.constFirst().address.toString()
                                                          : routes.constFirst().host.toLower();
    if (!m_exchanges.contains(mx))
        m_exchanges.insert(mx, Exchange{routes, 0});
    for (int item : items)
        m_scheduler.add(mx, item);
    pump();
}

void BatchRun::pump()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    while (const auto job = m_scheduler.take(now))
        startJob(*job);
    const qint64 wait = m_scheduler.msUntilNext(now);
    if (wait >= 0 && (!m_wake.isActive() || m_wake.remainingTime() > wait))
        m_wake.start(int(std::max<qint64>(wait, 1)));
}

void BatchRun::startJob(const BatchScheduler::Job &job)
{
    const Exchange &exchange = m_exchanges.value(job.mx);
    QStringList recipients;
    for (int item : job.items)
        recipients.append(m_items.at(item).entry.address);
    const Route route = exchange.routes.at(exchange.route);
    qCDebug(lcBatch) << "connection to" << route.name() << route.address << "for" << recipients.size() << "recipients";
    auto *checker = new RecipientChecker(m_plan, recipients, route, m_clock, this);
    m_checkers.append(checker);
    ++m_connections;
    connect(checker, &RecipientChecker::finished, this, [this, checker, job] { handleChecked(checker, job); });
    checker->start();
}

void BatchRun::handleChecked(RecipientChecker *checker, const BatchScheduler::Job &job)
{
    m_checkers.removeAll(checker);
    checker->deleteLater();
    if (m_finished)
        return;
    const RecipientChecker::Reading &reading = checker->reading();
    Exchange &exchange = m_exchanges[job.mx];
    QList<int> again;
    for (qsizetype i = 0; i < job.items.size(); ++i) {
        const int item = job.items.at(i);
        if (i < reading.rows.size() && reading.rows.at(i)) {
            finishItem(item, *reading.rows.at(i));
            continue;
        }
        // Left over by the refusal budget: no fault of the address's, so no try counted.
        const bool anotherRoute = reading.unreachable && exchange.route + 1 < exchange.routes.size();
        if (reading.orderly)
            again.append(item);
        else if ((reading.askAgain || anotherRoute) && ++m_items[item].tries < MaxTries)
            again.append(item);
        else
            finishItem(item, reading.failure);
    }
    if (reading.unreachable && exchange.route + 1 < exchange.routes.size())
        ++exchange.route; // this address did not answer: the exchanger's next one
    m_scheduler.finished(job.mx, m_clock.elapsed());
    if (!again.isEmpty())
        m_scheduler.putBack(job.mx, again);
    pump();
    finishIfDone();
}

void BatchRun::finishItem(int item, BatchRow row)
{
    Item &it = m_items[item];
    if (it.done)
        return;
    it.done = true;
    ++m_done;
    row.line = it.entry.line;
    row.address = it.entry.address;
    Q_EMIT rowReady(row);
}

void BatchRun::finishIfDone()
{
    if (m_finished || m_done < m_items.size() || !m_scheduler.idle())
        return;
    m_finished = true;
    m_wake.stop();
    Q_EMIT finished();
}

void BatchRun::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    m_wake.stop();
    m_cache->cancel();
    for (RecipientChecker *checker : std::as_const(m_checkers)) {
        checker->disconnect(this);
        checker->cancel();
        checker->deleteLater();
    }
    m_checkers.clear();
    QMetaObject::invokeMethod(this, &BatchRun::finished, Qt::QueuedConnection);
}
