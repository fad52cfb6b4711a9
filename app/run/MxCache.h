#pragma once

#include "model/DnsFindings.h"
#include "model/TestPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class MxLookup;

/// The batch check's DNS step: one MxLookup per domain, whatever the number of addresses
/// that need it, a few at a time, the findings kept (explained) for every later address.
/// With a server given in the plan there is one lookup of that server's name.
class MxCache : public QObject
{
    Q_OBJECT
public:
    /// parallel: lookups at once (each asks for MX, addresses and reverse names).
    explicit MxCache(const TestPlan &plan, int parallel = 8, QObject *parent = nullptr);
    ~MxCache() override;

    /// Looks the domain up unless it was asked for before; resolved() follows once per
    /// domain (queued, never from inside this call).
    void request(const QString &domain);
    /// The findings of a domain resolved before, or null.
    const DnsFindings *find(const QString &domain) const;
    /// Lookups started so far (one per distinct domain).
    int lookups() const { return m_started; }
    void cancel();

Q_SIGNALS:
    void resolved(const QString &domain, const DnsFindings &findings);

private:
    void startNext();

    TestPlan m_plan;
    int m_parallel;
    QHash<QString, DnsFindings> m_found;
    QSet<QString> m_asked;
    QStringList m_waiting;
    QList<QPointer<MxLookup>> m_running;
    int m_started = 0;
};
