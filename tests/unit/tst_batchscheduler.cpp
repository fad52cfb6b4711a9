#include "run/BatchScheduler.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// The batch check's pacing without a network or a clock: the time is passed in.
class TestBatchScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundedConcurrency()
    {
        BatchScheduler scheduler({2, 0, 10});
        for (int i = 0; i < 3; ++i)
            scheduler.add(u"mx%1"_s.arg(i), i);
        QVERIFY(scheduler.take(0));
        QVERIFY(scheduler.take(0));
        QVERIFY(!scheduler.take(0)); // two jobs at once, however many exchangers wait
        QCOMPARE(scheduler.msUntilNext(0), -1);
        scheduler.finished(u"mx0"_s, 5);
        const auto third = scheduler.take(5);
        QVERIFY(third);
        QCOMPARE(third->mx, u"mx2"_s);
    }

    void oneConnectionPerExchangerAndTheGap()
    {
        BatchScheduler scheduler({4, 200, 2});
        for (int i = 0; i < 5; ++i)
            scheduler.add(u"mx"_s, i);
        const auto first = scheduler.take(0);
        QVERIFY(first);
        QCOMPARE(first->items, (QList<int>{0, 1})); // at most perConnection recipients
        QVERIFY(!scheduler.take(0)); // the exchanger is busy: no second connection
        QCOMPARE(scheduler.msUntilNext(0), -1);
        scheduler.finished(u"mx"_s, 1000);
        QVERIFY(!scheduler.take(1000)); // the gap after a connection ends
        QVERIFY(!scheduler.take(1199));
        QCOMPARE(scheduler.msUntilNext(1100), 100);
        const auto second = scheduler.take(1200);
        QVERIFY(second);
        QCOMPARE(second->items, (QList<int>{2, 3}));
    }

    void exchangersInTurn()
    {
        BatchScheduler scheduler({1, 0, 1});
        scheduler.add(u"a"_s, 0);
        scheduler.add(u"a"_s, 1);
        scheduler.add(u"b"_s, 2);
        QStringList order;
        qint64 now = 0;
        while (const auto job = scheduler.take(now)) {
            order << job->mx;
            scheduler.finished(job->mx, ++now);
        }
        QCOMPARE(order, (QStringList{u"a"_s, u"b"_s, u"a"_s}));
        QVERIFY(scheduler.idle());
    }

    void putBackGoesFirst()
    {
        BatchScheduler scheduler({1, 0, 3});
        for (int i = 0; i < 4; ++i)
            scheduler.add(u"mx"_s, i);
        const auto job = scheduler.take(0);
        QCOMPARE(job->items, (QList<int>{0, 1, 2}));
        scheduler.finished(u"mx"_s, 1);
        scheduler.putBack(u"mx"_s, {1, 2});
        QCOMPARE(scheduler.pending(), 3);
        QCOMPARE(scheduler.take(1)->items, (QList<int>{1, 2, 3}));
    }

    void nothingWaiting()
    {
        BatchScheduler scheduler;
        QVERIFY(scheduler.idle());
        QCOMPARE(scheduler.msUntilNext(0), -1);
        QVERIFY(!scheduler.take(0));
    }
};

QTEST_GUILESS_MAIN(TestBatchScheduler)
#include "tst_batchscheduler.moc"
