#include "report/ExplanationReport.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// The Explain page's ticket text and HTML: how each explanation is headed.
class TestExplanationReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severityHeading_data();
    void severityHeading();
};

void TestExplanationReport::severityHeading_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<bool>("permanent");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("absent");
    QTest::newRow("reply with codes") << 550 << u"5.1.1"_s << u"enhanced-5.1.1"_s << true
                                      << u"Permanent failure (5xx), 550 5.1.1"_s << u"no reply code"_s;
    // A report's words alone ("could not be delivered ... user unknown"): no server gave
    // a code, so no reply class is claimed.
    QTest::newRow("words alone, permanent") << 0 << QString() << u"phrase-user-unknown"_s << true
                                            << u"Permanent failure (no reply code given)"_s << u"5xx"_s;
    QTest::newRow("words alone, temporary") << 0 << QString() << u"phrase-mailbox-full"_s << false
                                            << u"Temporary failure (no reply code given)"_s << u"4xx"_s;
    QTest::newRow("words with an enhanced code") << 0 << u"5.1.1"_s << u"enhanced-5.1.1"_s << true
                                                 << u"Permanent failure (no reply code given), 5.1.1"_s << u"5xx"_s;
    QTest::newRow("no reply at all") << 0 << QString() << u"problem-connection-refused"_s << true
                                     << u"Problem (no reply from the server)"_s << u"5xx"_s;
}

void TestExplanationReport::severityHeading()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, ruleId);
    QFETCH(bool, permanent);
    QFETCH(QString, heading);
    QFETCH(QString, absent);
    Explanation e;
    e.severity = permanent ? Model::Severity::Permanent : Model::Severity::Transient;
    e.category = Model::Category::RecipientUnknown;
    e.title = u"Recipient unknown"_s;
    e.meaning = u"The mailbox does not exist."_s;
    e.code = code;
    e.enhancedCode = enhanced;
    e.ruleId = ruleId;
    const QList<ExplanationReport::Entry> entries{{u"someone@contoso.com"_s, e}};
    const QString text = ExplanationReport::text(entries, u"pasted"_s);
    QVERIFY2(text.contains(heading), qPrintable(text));
    QVERIFY2(!text.contains(absent), qPrintable(text));
    const QString html = ExplanationReport::html(entries, u"pasted"_s);
    QVERIFY2(html.contains(heading), qPrintable(html));
    QVERIFY2(!html.contains(absent), qPrintable(html));
}

QTEST_GUILESS_MAIN(TestExplanationReport)
#include "tst_explanationreport.moc"
