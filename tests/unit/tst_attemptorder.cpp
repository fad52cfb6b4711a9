#include "cli/AttemptOrder.h"

#include <QTest>

/// AttemptOrder: the runner's live transcript when every MX talks at once. Each attempt's
/// lines come out together and in attempt order, the run's own lines before the attempt
/// they lead into, whatever order the lines arrived in.
class TestAttemptOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAttemptsTogether();
    void oneAfterAnotherIsUnchanged();
};

namespace {
struct Recorder
{
    AttemptOrder order;
    QStringList printed;
    void add(int attempt, const QString &text)
    {
        order.add(attempt, [this, text] { printed << text; });
    }
};
} // namespace

void TestAttemptOrder::keepsAttemptsTogether()
{
    Recorder r;
    r.add(-1, u"dns"_qs);
    r.order.attemptStarted(0);
    r.add(0, u"a0 connect"_qs);
    r.add(-1, u"next 1"_qs);
    r.order.attemptStarted(1);
    r.add(1, u"a1 connect"_qs);
    r.add(-1, u"next 2"_qs);
    r.order.attemptStarted(2);
    r.add(2, u"a2 connect"_qs);
    r.add(2, u"a2 greeting"_qs);
    r.order.attemptFinished(2); // the last one is done first
    r.add(1, u"a1 greeting"_qs);
    r.add(0, u"a0 greeting"_qs);
    QCOMPARE(r.printed, (QStringList{u"dns"_qs, u"a0 connect"_qs, u"a0 greeting"_qs}));
    r.order.attemptFinished(0);
    QCOMPARE(r.printed.size(), 6); // attempt 1 is live now: what it had is out
    r.add(1, u"a1 quit"_qs);
    r.order.attemptFinished(1);
    r.order.flush();
    QCOMPARE(r.printed, (QStringList{u"dns"_qs, u"a0 connect"_qs, u"a0 greeting"_qs, u"next 1"_qs, u"a1 connect"_qs,
                                     u"a1 greeting"_qs, u"a1 quit"_qs, u"next 2"_qs, u"a2 connect"_qs,
                                     u"a2 greeting"_qs}));
}

void TestAttemptOrder::oneAfterAnotherIsUnchanged()
{
    Recorder r;
    r.order.attemptStarted(0);
    r.add(0, u"a0"_qs);
    r.order.attemptFinished(0);
    r.add(-1, u"next"_qs);
    r.order.attemptStarted(1);
    r.add(1, u"a1"_qs);
    r.order.attemptFinished(1);
    r.add(-1, u"verdict"_qs);
    QCOMPARE(r.printed, (QStringList{u"a0"_qs, u"next"_qs, u"a1"_qs, u"verdict"_qs})); // all at once, in order
}

QTEST_GUILESS_MAIN(TestAttemptOrder)
#include "tst_attemptorder.moc"
