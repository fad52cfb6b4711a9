#include "CliProcess.h"
#include "Testbed.h"
#include "plan/PlanBuilder.h"
#include "run/TestRun.h"

#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// Every MX side by side (issue 13): slowmx.<zone> has four exchangers that each greet
/// after 2 s (tests/testbed/slowmx.sh). With --all-mx they are tested at once: all four
/// attempts are there, in MX order; each attempt's lines stay together in the live
/// transcript and in the text, HTML and JSON reports; and the verdict is the one the same
/// run gives one server after another. No timing is asserted here (tests/bench measures it).
class TestAllMx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdictAsOneAfterAnother();
    void cliKeepsEachAttemptTogether();

private:
    PlanRequest request(int parallel) const;
    TestResult run(const PlanRequest &request);
    QString zone() const;
    QTemporaryDir m_home;
};

void TestAllMx::initTestCase()
{
    QString why;
    if (!Testbed::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(!Testbed::value(u"SLOWMX_PORT").isEmpty(), "SMTPWIZARD_TB_SLOWMX_PORT is not set: restart the test bed");
    QVERIFY(m_home.isValid());
}

QString TestAllMx::zone() const
{
    const QString zone = Testbed::value(u"ZONE");
    return zone.isEmpty() ? QStringLiteral("wizard.test") : zone;
}

PlanRequest TestAllMx::request(int parallel) const
{
    PlanRequest r;
    r.dnsServer = Testbed::value(u"DNS");
    r.domain = u"slowmx."_qs + zone();
    r.port = Testbed::value(u"SLOWMX_PORT").toInt();
    r.mailFrom = u"sender@"_qs + zone();
    r.rcptTo = {u"alice@slowmx."_qs + zone()};
    r.ehloName = QStringLiteral("client.wizard.test");
    r.security = TestPlan::Security::None;
    r.timeouts = Timeouts::uniform(std::chrono::seconds(8));
    r.routing = TestPlan::Routing::EveryMx;
    r.parallel = parallel;
    r.ipFamily = TestPlan::IpFamily::V4;
    return r;
}

TestResult TestAllMx::run(const PlanRequest &request)
{
    const PlanBuilder::Result built = PlanBuilder::build(request);
    if (!built.ok())
        return {};
    TestRun run(*built.plan);
    QSignalSpy finished(&run, &TestRun::finished);
    run.start();
    if (!finished.wait(30000))
        qWarning() << "run did not finish";
    return run.result();
}

static QStringList hosts(const TestResult &result)
{
    QStringList names;
    for (const Attempt &attempt : result.attempts)
        names << attempt.route.host;
    return names;
}

void TestAllMx::verdictAsOneAfterAnother()
{
    const TestResult together = run(request(4));
    const TestResult oneByOne = run(request(1));
    const QStringList expected{u"mx1.slowmx."_qs + zone(), u"mx2.slowmx."_qs + zone(), u"mx3.slowmx."_qs + zone(),
                               u"mx4.slowmx."_qs + zone()};
    QCOMPARE(hosts(together), expected);
    QCOMPARE(hosts(oneByOne), expected);
    for (const Attempt &attempt : together.attempts) {
        QCOMPARE(attempt.outcome, Attempt::Outcome::Completed);
        QVERIFY(attempt.messageSent);
        QVERIFY(!attempt.replies.isEmpty());
        QCOMPARE(attempt.replies.first().reply.code, 220);
    }
    QCOMPARE(Model::key(together.verdict.outcome), Model::key(oneByOne.verdict.outcome));
    QCOMPARE(together.verdict.attemptIndex, oneByOne.verdict.attemptIndex);
    QCOMPARE(together.verdict.stage, oneByOne.verdict.stage);
    QCOMPARE(together.verdict.replyIndex, oneByOne.verdict.replyIndex);
    QCOMPARE(together.verdict.summary, oneByOne.verdict.summary);
}

// The numbers N of "mxN.slowmx" in the order the lines name them: each attempt's lines
// together means the sequence never goes back to a smaller N.
static QList<int> mxOrder(const QString &text)
{
    static const QRegularExpression name(u"mx([1-4])\\.slowmx\\."_qs);
    QList<int> order;
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch m = name.match(line);
        if (m.hasMatch())
            order << m.captured(1).toInt();
    }
    return order;
}

static void verifyTogether(const QString &what, const QString &text)
{
    const QList<int> order = mxOrder(text);
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY2(order == sorted, qPrintable(what + u": the attempts' lines are mixed:\n"_qs + text));
    for (int n = 1; n <= 4; ++n)
        QVERIFY2(order.contains(n), qPrintable(what + u": nothing of mx"_qs + QString::number(n)));
}

// A report: the sections "Attempt k of 4" come in order, and each names only its own server.
static void verifySections(const QString &what, const QString &report)
{
    QList<qsizetype> starts;
    for (int k = 1; k <= 4; ++k) {
        const qsizetype at = report.indexOf(u"Attempt %1 of 4"_qs.arg(k));
        QVERIFY2(at >= 0 && (starts.isEmpty() || at > starts.last()),
                 qPrintable(what + u": no section for attempt "_qs + QString::number(k)));
        starts << at;
    }
    starts << report.size();
    for (int k = 1; k <= 4; ++k) {
        QList<int> named = mxOrder(report.mid(starts.at(k - 1), starts.at(k) - starts.at(k - 1)));
        QVERIFY2(!named.isEmpty(), qPrintable(what + u": attempt "_qs + QString::number(k) + u" is empty"_qs));
        named.removeAll(k);
        QVERIFY2(named.isEmpty(), qPrintable(what + u": attempt "_qs + QString::number(k) + u" holds another's lines"_qs));
    }
}

void TestAllMx::cliKeepsEachAttemptTogether()
{
    const PlanRequest r = request(4);
    const QString text = m_home.filePath(u"allmx.txt"_qs);
    const QString html = m_home.filePath(u"allmx.html"_qs);
    const QString json = m_home.filePath(u"allmx.json"_qs);
    const QStringList arguments{u"--domain"_qs, r.domain, u"--port"_qs, QString::number(r.port.value_or(0)),
                                u"--dns-server"_qs, r.dnsServer, u"--from"_qs, r.mailFrom.value_or(QString()), u"--to"_qs,
                                r.rcptTo.first(), u"--security"_qs, u"none"_qs, u"--ehlo"_qs, r.ehloName,
                                u"--timeout"_qs, u"8"_qs, u"-4"_qs, u"--no-color"_qs, u"--all-mx"_qs,
                                u"--parallel"_qs, u"4"_qs, u"--report"_qs, text, u"--report"_qs, html,
                                u"--report"_qs, json};
    const CliProcess::Output out = CliProcess::run(m_home.path(), arguments);
    QVERIFY2(out.exitCode == 0, out.err.constData());
    // From the first connection on (the DNS step before it names every server).
    const QString live = QString::fromUtf8(out.out);
    const qsizetype talking = live.indexOf(u"Connecting to"_qs);
    QVERIFY2(talking >= 0, out.out.constData());
    verifyTogether(u"live transcript"_qs, live.mid(talking));
    for (const QString &path : {text, html}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifySections(path, QString::fromUtf8(file.readAll()));
    }
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray attempts = QJsonDocument::fromJson(file.readAll()).object().value(u"attempts"_qs).toArray();
    QCOMPARE(attempts.size(), 4);
    for (int i = 0; i < attempts.size(); ++i) {
        const QString dump = QString::fromUtf8(QJsonDocument(attempts.at(i).toObject()).toJson());
        QList<int> named = mxOrder(dump);
        named.removeAll(i + 1);
        QVERIFY2(named.isEmpty(), qPrintable(u"attempt "_qs + QString::number(i) + u" holds another's lines"_qs));
    }
}

QTEST_GUILESS_MAIN(TestAllMx)
#include "tst_allmx.moc"
