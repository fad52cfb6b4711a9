#pragma once

#include "model/DnsFindings.h"
#include "model/TestPlan.h"

#include <QObject>
#include <QPointer>

class DnsProbe;

/// The DNS step of a plan, for every face: sets a DnsProbe up from the plan (name
/// server, time limit, IP family, seed), asks for the domain's MX or the explicit host,
/// and explains what it found once (the findings carry the catalogue's words), so the
/// wizard's Mail servers page and a run read the same record.
class MxLookup : public QObject
{
    Q_OBJECT
public:
    explicit MxLookup(const TestPlan &plan, QObject *parent = nullptr);
    ~MxLookup() override;

    void start();
    /// Stops at once; finished() is not emitted.
    void cancel();
    bool isRunning() const;

    /// Fills in the explanations of the findings' problems (the whole destination's and
    /// each exchange's); for findings made elsewhere, such as a remembered lookup.
    static void explain(DnsFindings &findings);

Q_SIGNALS:
    /// A line for the transcript ("MX lookup for wizard.test: 2 records").
    void progress(const QString &text);
    void finished(const DnsFindings &findings);

private:
    TestPlan m_plan;
    QPointer<DnsProbe> m_probe;
};
