// QBENCHMARK micro-benchmarks of the reply catalogue (make bench; never part of make test):
// explaining a reply that a provider rule recognises, one known only by its enhanced code,
// and one known only by its basic code, as a run does for every reply it records.
#include "diagnosis/ReplyCatalog.h"
#include "diagnosis/RuleCompilation.h"

#include <QTest>

class BenchCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void explainReply_data();
    void explainReply();
};

void BenchCatalog::initTestCase()
{
    RuleCompilation::preferInterpreter(); // as both programs run it
    // The first call compiles the rule tables; the figures below are the steady state.
    QVERIFY(ReplyCatalog::explainReply(Model::Stage::Rcpt, SmtpReply{550, u"5.1.1"_qs, {u"User unknown"_qs}}).isValid());
}

void BenchCatalog::explainReply_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::newRow("provider rule") << int(Model::Stage::Rcpt) << 550 << u"5.7.1"_qs
                                   << u"Service unavailable, Client host [192.0.2.1] blocked using Spamhaus"_qs;
    QTest::newRow("enhanced code") << int(Model::Stage::Rcpt) << 550 << u"5.1.1"_qs << u"<bob@example.org>: nope"_qs;
    QTest::newRow("basic code") << int(Model::Stage::Mail) << 451 << QString() << u"try later"_qs;
    QTest::newRow("greeting") << int(Model::Stage::Greeting) << 220 << QString() << u"mail.example.org ESMTP"_qs;
}

void BenchCatalog::explainReply()
{
    QFETCH(int, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    const SmtpReply reply{code, enhanced, {text}};
    bool valid = false;
    QBENCHMARK {
        valid = ReplyCatalog::explainReply(Model::Stage(stage), reply).isValid();
    }
    QVERIFY(valid);
}

QTEST_GUILESS_MAIN(BenchCatalog)
#include "bench_catalog.moc"
