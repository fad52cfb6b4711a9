// The spelling tables of every shared enum (Model::EnumTable): one row per value,
// stable lower-case keys that read back, labels for people, and the docs in step.
#include "model/Attempt.h"
#include "model/TestPlan.h"
#include "model/TranscriptEntry.h"
#include "model/Verdict.h"
#include "model/Vocabulary.h"

#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Every value the enum has, as ints: from its meta-object where it is a Q_ENUM, else
/// listed here (a new enumerator must be added). Flags have no row for "no flag" (0).
template <typename E, typename Meta = E>
QList<int> allValues()
{
    const QMetaEnum meta = QMetaEnum::fromType<Meta>();
    QList<int> values;
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (!(meta.isFlag() && meta.value(i) == 0))
            values.append(meta.value(i));
    }
    return values;
}

template <>
QList<int> allValues<TestPlan::NotifyFlag>()
{
    return allValues<TestPlan::NotifyFlag, TestPlan::Notify>(); // Q_FLAG: the meta-enum is the flags type
}

template <>
QList<int> allValues<Attempt::Outcome>()
{
    using O = Attempt::Outcome;
    return {int(O::Completed), int(O::Rejected), int(O::Deferred), int(O::Failed), int(O::Cancelled)};
}

template <>
QList<int> allValues<TranscriptEntry::Direction>()
{
    using D = TranscriptEntry::Direction;
    return {int(D::Client), int(D::Server), int(D::Event)};
}

template <typename E>
void checkTable()
{
    static const QRegularExpression kebab(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    const QList<int> values = allValues<E>();
    QVERIFY(!values.isEmpty());
    QCOMPARE(qsizetype(std::size(Model::EnumTable<E>::rows)), values.size());

    QSet<QString> keys;
    for (const auto &row : Model::EnumTable<E>::rows) {
        const QString key = QString::fromLatin1(row.key);
        QVERIFY2(values.contains(int(row.value)), row.key);
        QVERIFY2(kebab.match(key).hasMatch(), row.key);
        QVERIFY2(!keys.contains(key), row.key);
        keys.insert(key);
    }
    for (int raw : values) {
        const E value = E(raw);
        const auto count = std::count_if(std::begin(Model::EnumTable<E>::rows), std::end(Model::EnumTable<E>::rows),
                                         [value](const auto &row) { return row.value == value; });
        QVERIFY2(count == 1, qPrintable(u"value %1 has %2 rows"_s.arg(raw).arg(count)));
        const QString key = Model::key(value);
        QVERIFY(!key.isEmpty());
        QCOMPARE(Model::fromKey<E>(key), std::optional<E>(value));
        QCOMPARE(Model::fromKey<E>(key.toUpper()), std::optional<E>(value));
        QString mixed = key;
        mixed[0] = mixed.at(0).toUpper();
        QCOMPARE(Model::fromKey<E>(mixed), std::optional<E>(value));
        QVERIFY2(!Model::label(value).isEmpty(), qPrintable(key));
        QVERIFY2(!Model::label(value).contains(u'%'), qPrintable(key));
    }
    QVERIFY(!Model::fromKey<E>(u"no-such-value").has_value());
    QVERIFY(!Model::fromKey<E>(u"").has_value());
    QCOMPARE(Model::values<E>().size(), values.size());

    const QStringList all = Model::keys<E>();
    const QString expected = all.size() < 2 ? all.value(0)
                                            : all.mid(0, all.size() - 1).join(u", "_s) + u" or "_s + all.constLast();
    QCOMPARE(Model::choices<E>(), expected);
}

using Check = void (*)();

} // namespace

Q_DECLARE_METATYPE(Check)

class TestEnumTables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tables_data();
    void tables();
    void choiceList_data();
    void choiceList();
    void stageSentences();
    void categoryClauses();
    void notifyKeys_data();
    void notifyKeys();
    void categoriesMatchTheDocs();
};

void TestEnumTables::tables_data()
{
    QTest::addColumn<Check>("check");
    QTest::newRow("Stage") << Check(&checkTable<Model::Stage>);
    QTest::newRow("Severity") << Check(&checkTable<Model::Severity>);
    QTest::newRow("Category") << Check(&checkTable<Model::Category>);
    QTest::newRow("Problem") << Check(&checkTable<Model::Problem>);
    QTest::newRow("Security") << Check(&checkTable<TestPlan::Security>);
    QTest::newRow("Auth") << Check(&checkTable<TestPlan::Auth>);
    QTest::newRow("StopAfter") << Check(&checkTable<TestPlan::StopAfter>);
    QTest::newRow("IpFamily") << Check(&checkTable<TestPlan::IpFamily>);
    QTest::newRow("Routing") << Check(&checkTable<TestPlan::Routing>);
    QTest::newRow("Ret") << Check(&checkTable<TestPlan::Ret>);
    QTest::newRow("NotifyFlag") << Check(&checkTable<TestPlan::NotifyFlag>);
    QTest::newRow("Verdict::Outcome") << Check(&checkTable<Verdict::Outcome>);
    QTest::newRow("Attempt::Outcome") << Check(&checkTable<Attempt::Outcome>);
    QTest::newRow("TranscriptEntry::Direction") << Check(&checkTable<TranscriptEntry::Direction>);
    QTest::newRow("RelayTrial::Form") << Check(&checkTable<RelayTrial::Form>);
}

void TestEnumTables::tables()
{
    QFETCH(Check, check);
    check();
}

void TestEnumTables::choiceList_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one") << QStringList{u"tls"_s} << u"tls"_s;
    QTest::newRow("two") << QStringList{u"any"_s, u"ipv4"_s} << u"any or ipv4"_s;
    QTest::newRow("three") << QStringList{u"a"_s, u"b"_s, u"c"_s} << u"a, b or c"_s;
    QTest::newRow("four") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << u"a, b, c or d"_s;
}

void TestEnumTables::choiceList()
{
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    QCOMPARE(Model::choiceList(words), expected);
    // A subset reads the same way, in the order given.
    QList<TestPlan::Security> subset;
    for (int i = 0; i < words.size() && i < 4; ++i)
        subset.append(TestPlan::Security(3 - i));
    QStringList keys;
    for (TestPlan::Security s : std::as_const(subset))
        keys.append(Model::key(s));
    QCOMPARE(Model::choices(subset), Model::choiceList(keys));
    QCOMPARE(Model::keys(subset), keys);
}

void TestEnumTables::stageSentences()
{
    const QMetaEnum meta = QMetaEnum::fromType<Model::Stage>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto stage = Model::Stage(meta.value(i));
        QVERIFY2(!Model::stageStep(stage).isEmpty(), meta.key(i));
        QVERIFY2(!Model::stagePhrase(stage).isEmpty(), meta.key(i));
        QVERIFY2(Model::stageStep(stage) != Model::label(stage), meta.key(i));
        QVERIFY2(Model::stagePhrase(stage).at(0).isLower(), meta.key(i)); // it goes mid-sentence
    }
    QCOMPARE(Model::stageStep(Model::Stage::Rcpt), u"Checking the recipients (RCPT TO)"_s);
    QCOMPARE(Model::stagePhrase(Model::Stage::Rcpt), u"the recipient"_s);
}

void TestEnumTables::categoryClauses()
{
    const QMetaEnum meta = QMetaEnum::fromType<Model::Category>();
    QSet<QString> seen;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const QString clause = Model::categoryClause(Model::Category(meta.value(i)));
        QVERIFY2(!clause.isEmpty(), meta.key(i));
        QVERIFY2(!clause.endsWith(u'.'), meta.key(i)); // the sentence ends after it
        QVERIFY2(!seen.contains(clause), meta.key(i));
        seen.insert(clause);
    }
    QCOMPARE(Model::categoryClause(Model::Category::RecipientUnknown), u"the mailbox does not exist"_s);
}

void TestEnumTables::notifyKeys_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("default") << int(TestPlan::NotifyDefault) << QStringList();
    QTest::newRow("never") << int(TestPlan::NotifyNever) << QStringList{u"never"_s};
    QTest::newRow("success and failure") << int(TestPlan::NotifyFailure | TestPlan::NotifySuccess)
                                         << QStringList{u"success"_s, u"failure"_s};
    QTest::newRow("all three") << int(TestPlan::NotifyDelay | TestPlan::NotifyFailure | TestPlan::NotifySuccess)
                               << QStringList{u"success"_s, u"failure"_s, u"delay"_s};
}

void TestEnumTables::notifyKeys()
{
    QFETCH(int, flags);
    QFETCH(QStringList, keys);
    QCOMPARE(Model::notifyKeys(TestPlan::Notify(flags)), keys);
}

void TestEnumTables::categoriesMatchTheDocs()
{
    QFile file(QString::fromUtf8(SMTPWIZARD_TEST_DATA) + u"/../../docs/categories.md"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    // The table's first column: "| `recipient-unknown` | ... |".
    static const QRegularExpression row(u"^\\|\\s*`([^`]+)`\\s*\\|"_s, QRegularExpression::MultilineOption);
    QStringList documented;
    auto it = row.globalMatch(QString::fromUtf8(file.readAll()));
    while (it.hasNext())
        documented.append(it.next().captured(1));
    QCOMPARE(documented, Model::keys<Model::Category>());
}

QTEST_GUILESS_MAIN(TestEnumTables)
#include "tst_enumtables.moc"
