#include "protocol/dns/MxOrdering.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using MxOrdering::Record;

Q_DECLARE_METATYPE(QList<MxOrdering::Record>)

namespace {
// "10 a, 20 b" -> records; "." is the root (null MX).
QList<Record> records(const QString &spec)
{
    QList<Record> list;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.trimmed().split(u' ', Qt::KeepEmptyParts);
        list.append({parts.at(0).toInt(), parts.size() > 1 ? parts.at(1) : QString()});
    }
    return list;
}

QStringList names(const QList<Record> &list)
{
    QStringList out;
    for (const Record &r : list)
        out.append(r.exchange);
    return out;
}

QList<int> preferences(const QList<Record> &list)
{
    QList<int> out;
    for (const Record &r : list)
        out.append(r.preference);
    return out;
}
} // namespace

/// MX ordering, equal-preference shuffling and null MX recognition, without a network.
class tst_MxOrdering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizeName_data();
    void normalizeName();
    void orderedByPreference_data();
    void orderedByPreference();
    void nullMx_data();
    void nullMx();
    void seedIsDeterministic_data();
    void seedIsDeterministic();
    void seedsGiveDifferentOrders_data();
    void seedsGiveDifferentOrders();
    void randomSeedKeepsPreferenceOrder();
};

void tst_MxOrdering::normalizeName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"mx1.example.com"_s << u"mx1.example.com"_s;
    QTest::newRow("trailing dot") << u"mx1.example.com."_s << u"mx1.example.com"_s;
    QTest::newRow("two trailing dots") << u"mx1.example.com.."_s << u"mx1.example.com"_s;
    QTest::newRow("upper case") << u"MX1.Example.COM."_s << u"mx1.example.com"_s;
    QTest::newRow("spaces") << u" mx1.example.com. "_s << u"mx1.example.com"_s;
    QTest::newRow("root") << u"."_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ace kept") << u"XN--BCHER-KVA.example."_s << u"xn--bcher-kva.example"_s;
}

void tst_MxOrdering::normalizeName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MxOrdering::normalizeName(input), expected);
}

void tst_MxOrdering::orderedByPreference_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expectedNames");   // exact order (no equal preferences)
    QTest::addColumn<int>("duplicatesDropped");
    QTest::newRow("empty") << QString() << QStringList() << 0;
    QTest::newRow("single") << u"10 mail.example.com."_s << QStringList{u"mail.example.com"_s} << 0;
    QTest::newRow("already ordered") << u"10 a.example, 20 b.example"_s
                                     << QStringList{u"a.example"_s, u"b.example"_s} << 0;
    QTest::newRow("reversed") << u"20 b.example, 10 a.example"_s << QStringList{u"a.example"_s, u"b.example"_s} << 0;
    QTest::newRow("three scrambled") << u"30 c.example., 5 a.example., 10 b.example."_s
                                     << QStringList{u"a.example"_s, u"b.example"_s, u"c.example"_s} << 0;
    QTest::newRow("zero preference first") << u"65535 z.example, 0 a.example"_s
                                           << QStringList{u"a.example"_s, u"z.example"_s} << 0;
    QTest::newRow("case and dots") << u"20 B.Example., 10 A.EXAMPLE."_s
                                   << QStringList{u"a.example"_s, u"b.example"_s} << 0;
    QTest::newRow("duplicate keeps best") << u"20 a.example, 10 A.example., 15 b.example"_s
                                          << QStringList{u"a.example"_s, u"b.example"_s} << 1;
}

void tst_MxOrdering::orderedByPreference()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expectedNames);
    QFETCH(int, duplicatesDropped);
    for (quint32 seed : {0u, 1u, 7u}) {
        const MxOrdering::Result result = MxOrdering::order(records(input), seed);
        QVERIFY(!result.nullMx);
        QCOMPARE(names(result.records), expectedNames);
        QCOMPARE(result.duplicatesDropped, duplicatesDropped);
    }
}

void tst_MxOrdering::nullMx_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("nullMx");
    QTest::addColumn<bool>("amongOthers");
    QTest::newRow("MX 0 .") << u"0 ."_s << true << false;
    QTest::newRow("MX 0 empty") << u"0"_s << true << false;
    QTest::newRow("MX 10 .") << u"10 ."_s << true << false;
    QTest::newRow("dot among others") << u"10 mail.example, 0 ."_s << true << true;
    QTest::newRow("dot after others") << u"0 ., 20 b.example, 10 a.example"_s << true << true;
    QTest::newRow("not null: name") << u"0 mail.example"_s << false << false;
    QTest::newRow("not null: dotted name") << u"0 mail.example."_s << false << false;
    QTest::newRow("no records") << QString() << false << false;
}

void tst_MxOrdering::nullMx()
{
    QFETCH(QString, input);
    QFETCH(bool, nullMx);
    QFETCH(bool, amongOthers);
    const MxOrdering::Result result = MxOrdering::order(records(input), 3);
    QCOMPARE(result.nullMx, nullMx);
    QCOMPARE(result.nullMxAmongOthers, amongOthers);
    if (nullMx)
        QVERIFY2(result.records.isEmpty(), "a null MX leaves nothing to connect to");
    for (const Record &r : records(input))
        QCOMPARE(MxOrdering::isNullExchange(r.exchange), r.exchange.isEmpty() || r.exchange == u"."_s);
}

void tst_MxOrdering::seedIsDeterministic_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QList<int>>("expectedPreferences");
    const QString equal = u"10 mx-a.equal, 10 mx-b.equal, 10 mx-c.equal, 20 mx-d.equal"_s;
    const QString twoGroups = u"5 a, 5 b, 5 c, 9 d, 9 e, 9 f, 1 g"_s;
    for (quint32 seed : {1u, 2u, 42u, 0xdeadbeefu}) {
        QTest::addRow("equal seed %u", seed) << equal << seed << QList<int>{10, 10, 10, 20};
        QTest::addRow("two groups seed %u", seed) << twoGroups << seed << QList<int>{1, 5, 5, 5, 9, 9, 9};
    }
}

void tst_MxOrdering::seedIsDeterministic()
{
    QFETCH(QString, input);
    QFETCH(quint32, seed);
    QFETCH(QList<int>, expectedPreferences);
    const MxOrdering::Result first = MxOrdering::order(records(input), seed);
    QCOMPARE(preferences(first.records), expectedPreferences);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(names(MxOrdering::order(records(input), seed).records), names(first.records));
    // DNS servers rotate equal records: the answer's order must not change the seeded order.
    QList<Record> reversed = records(input);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(MxOrdering::order(reversed, seed).records), names(first.records));
    QList<Record> rotated = records(input);
    rotated.append(rotated.takeFirst());
    QCOMPARE(names(MxOrdering::order(rotated, seed).records), names(first.records));
    // The same set of names, only reordered within each preference.
    QStringList sorted = names(first.records);
    sorted.sort();
    QStringList expected = names(records(input));
    expected.sort();
    QCOMPARE(sorted, expected);
}

void tst_MxOrdering::seedsGiveDifferentOrders_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("minimumDistinctOrders");
    QTest::newRow("three equal") << u"10 a, 10 b, 10 c"_s << 3;
    QTest::newRow("three equal + backup") << u"10 a, 10 b, 10 c, 20 d"_s << 3;
    QTest::newRow("two equal") << u"10 a, 10 b"_s << 2;
    QTest::newRow("four equal") << u"0 a, 0 b, 0 c, 0 d"_s << 4;
}

void tst_MxOrdering::seedsGiveDifferentOrders()
{
    QFETCH(QString, input);
    QFETCH(int, minimumDistinctOrders);
    QSet<QString> orders;
    QSet<QString> firsts;
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const MxOrdering::Result result = MxOrdering::order(records(input), seed);
        orders.insert(names(result.records).join(u' '));
        firsts.insert(result.records.constFirst().exchange);
        // The backup stays behind the equal group, whatever the seed.
        if (input.contains(u"20 d"_s))
            QCOMPARE(result.records.constLast().exchange, u"d"_s);
    }
    QVERIFY2(orders.size() >= minimumDistinctOrders, qPrintable(QStringList(orders.values()).join(u" | ")));
    QVERIFY2(firsts.size() >= 2, "every server of the best preference should get to be first sometimes");
}

void tst_MxOrdering::randomSeedKeepsPreferenceOrder()
{
    const QList<Record> input = records(u"20 d, 10 a, 10 b, 10 c, 30 e"_s);
    QSet<QString> orders;
    for (int i = 0; i < 40; ++i) {
        const MxOrdering::Result result = MxOrdering::order(input, 0);
        QCOMPARE(preferences(result.records), (QList<int>{10, 10, 10, 20, 30}));
        orders.insert(names(result.records).join(u' '));
    }
    // Seed 0 draws a fresh seed each time: 40 draws over 6 possible orders all equal is
    // a chance of 6^-39.
    QVERIFY(orders.size() > 1);
}

QTEST_GUILESS_MAIN(tst_MxOrdering)
#include "tst_mxordering.moc"
