#include "HealthFixture.h"
#include "ReportFixture.h"

#include "cli/TerminalPrinter.h"
#include "report/ResultJson.h"
#include "report/ResultJsonReader.h"
#include "report/HtmlReport.h"
#include "report/ResultScrubber.h"
#include "report/TextReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::HealthStatus;

/// The domain health findings in the result JSON (`health`, docs/json.md), read back,
/// scrubbed, and printed by the runner.
class tst_HealthReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureIsWhatItSays();
    void jsonHasTheIssuesShape();
    void jsonRoundTrip();
    void noHealthNoKey();
    void secretsAndAnonymity();
    void printedSafely();
    void reportsShowTheSection();
};

void tst_HealthReport::fixtureIsWhatItSays()
{
    const DomainHealth health = HealthFixture::sample();
    QCOMPARE(health.spf.status, HealthStatus::Ok);
    QCOMPARE(health.spf.detail(u"dnsLookups"_s), u"2"_s);
    QCOMPARE(health.dmarc.status, HealthStatus::Warning);
    QCOMPARE(health.mtaSts.status, HealthStatus::Invalid);
    QCOMPARE(health.tlsRpt.status, HealthStatus::Missing);
    QCOMPARE(health.dane.status, HealthStatus::Warning);
    QCOMPARE(health.addresses.size(), 2);
    QCOMPARE(health.addresses.at(0).fcrdns.status, HealthStatus::Ok);
    QCOMPARE(health.addresses.at(0).bannerMatchesPtr.status, HealthStatus::Ok);
    QCOMPARE(health.addresses.at(1).fcrdns.status, HealthStatus::Invalid);
    QCOMPARE(health.addresses.at(1).bannerMatchesPtr.status, HealthStatus::Warning);
}

void tst_HealthReport::jsonHasTheIssuesShape()
{
    TestResult result = ReportFixture::failoverResult();
    result.health = HealthFixture::sample();
    const QJsonObject health = ResultJson::toJson(result).value(u"health").toObject();
    for (const QString &check : {u"spf"_s, u"dmarc"_s, u"mtaSts"_s, u"tlsRpt"_s, u"dane"_s}) {
        const QJsonObject finding = health.value(check).toObject();
        QVERIFY2(finding.contains(u"status") && finding.contains(u"record") && finding.value(u"problems").isArray()
                     && finding.value(u"explanation").isString(),
                 qPrintable(check));
    }
    QCOMPARE(health.value(u"mtaSts").toObject().value(u"status").toString(), u"invalid"_s);
    const QJsonObject problem = health.value(u"mtaSts").toObject().value(u"problems").toArray().at(0).toObject();
    QCOMPARE(problem.value(u"problem").toString(), u"sts-mx-not-covered"_s);
    QCOMPARE(problem.value(u"detail").toString(), u"mail.wizard.test"_s);
    QVERIFY(problem.value(u"text").toString().contains(u"mail.wizard.test"_s));
    QCOMPARE(health.value(u"dmarc").toObject().value(u"details").toObject().value(u"policy").toString(), u"none"_s);
    const QJsonArray addresses = health.value(u"addresses").toArray();
    QCOMPARE(addresses.size(), 2);
    const QJsonObject v6 = addresses.at(1).toObject();
    QCOMPARE(v6.value(u"address").toString(), u"2001:db8::25"_s);
    QCOMPARE(v6.value(u"greetingName").toString(), u"mx7.hoster.example"_s);
    QCOMPARE(v6.value(u"fcrdns").toObject().value(u"status").toString(), u"invalid"_s);
    QCOMPARE(v6.value(u"bannerMatchesPtr").toObject().value(u"status").toString(), u"warning"_s);
    QCOMPARE(v6.value(u"ptrAddresses").toArray(), QJsonArray{u"2001:db8::99"_s});
}

void tst_HealthReport::jsonRoundTrip()
{
    TestResult result = ReportFixture::failoverResult();
    result.health = HealthFixture::sample();
    const QJsonObject json = ResultJson::toJson(result);
    QString error;
    const auto read = ResultJsonReader::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->health);
    QCOMPARE(ResultJson::toJson(*read), json);
    // Details come back in reading order, though a JSON object sorts its keys.
    QCOMPARE(read->health->spf.details, result.health->spf.details);
    QCOMPARE(*read->health, *ResultScrubber::withoutSecrets(result).health);
}

void tst_HealthReport::noHealthNoKey()
{
    const TestResult result = ReportFixture::failoverResult();
    const QJsonObject json = ResultJson::toJson(result);
    QVERIFY(!json.contains(u"health"));
    QVERIFY(!ResultJsonReader::fromJson(json)->health);
}

void tst_HealthReport::secretsAndAnonymity()
{
    TestResult result = ReportFixture::failoverResult();
    DomainHealth health = HealthFixture::sample();
    // A password that turns up in a record is masked like anywhere else.
    health.dmarc.record += u" ; x="_s + ReportFixture::password;
    result.health = health;
    const QByteArray json = ResultJson::toJsonBytes(result);
    QVERIFY(!json.contains(ReportFixture::password.toUtf8()));
    const TestResult anonymous = ResultScrubber::anonymised(result);
    QVERIFY(!anonymous.health->dmarc.record.contains(u"dmarc@wizard.test"_s));
    QVERIFY(!anonymous.health->dmarc.detail(u"rua"_s).contains(u"dmarc@"_s));
}

void tst_HealthReport::printedSafely()
{
    DomainHealth health = HealthFixture::sample();
    health.tlsRpt.record = u"v=TLSRPTv1; rua=mailto:a@b.example\x1b]0;owned\x07"_s;
    QString text;
    QTextStream out(&text);
    TerminalPrinter printer(out, false);
    printer.printHealth(health);
    out.flush();
    QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)));
    QVERIFY(text.contains(u"\\x1b]0;owned\\x07"_s));
    QVERIFY(text.contains(u"Domain health of wizard.test"_s));
    QVERIFY(text.contains(u"[BROKEN]"_s));
    QVERIFY(text.contains(u"mx7.hoster.example"_s));
    // Every problem is printed in the catalogue's words.
    for (const HealthIssue &issue : std::as_const(health.mtaSts.problems))
        QVERIFY(text.contains(issue.text));
}

void tst_HealthReport::reportsShowTheSection()
{
    TestResult result = ReportFixture::failoverResult();
    DomainHealth health = HealthFixture::sample();
    health.tlsRpt.record = u"<script>alert(1)</script>\x1b[2J"_s;
    result.health = health;
    const QString text = TextReport::render(result);
    QVERIFY(text.contains(u"Domain health of wizard.test\n----------------------------"_s));
    QVERIFY(text.contains(u"[Broken] MTA-STS"_s));
    QVERIFY(text.contains(health.mtaSts.problems.constFirst().text));
    QVERIFY(text.contains(u"Greeting name against reverse DNS: mail.wizard.test (2001:db8::25)"_s));
    QVERIFY(text.indexOf(u"Domain health of"_s) < text.indexOf(u"Transcript (times in UTC)"_s));
    QVERIFY(!text.contains(QChar(0x1b)));

    const QString html = HtmlReport::render(result);
    QVERIFY(html.contains(u"<h2 style=\"margin-top: 18px;\">Domain health of wizard.test</h2>"_s));
    QVERIFY(html.contains(HtmlReport::escape(health.dmarc.explanation)));
    QVERIFY(html.contains(HtmlReport::escape(health.addresses.at(1).bannerMatchesPtr.problems.constFirst().text)));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;\\x1b[2J"_s));
    // Without the checks there is no section.
    QVERIFY(!TextReport::render(ReportFixture::failoverResult()).contains(u"Domain health"_s));
    QVERIFY(!HtmlReport::render(ReportFixture::failoverResult()).contains(u"Domain health"_s));
}

QTEST_GUILESS_MAIN(tst_HealthReport)
#include "tst_healthreport.moc"
