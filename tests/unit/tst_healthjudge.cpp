#include "diagnosis/HealthCatalog.h"
#include "protocol/dns/TlsaRecord.h"
#include "run/HealthJudge.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::HealthProblem;
using Model::HealthStatus;
using Outcome = HostAnswers::Outcome;

namespace {

TxtAnswer txt(const QString &name, const QStringList &records, Outcome outcome = Outcome::Records)
{
    return TxtAnswer{name, true, outcome, records, {}};
}

QStringList keys(const HealthFinding &finding)
{
    QStringList list;
    for (const HealthIssue &issue : finding.problems)
        list.append(Model::key(issue.problem));
    return list;
}

DnsFindings oneMx(const QString &exchange = u"mx.example.com"_s)
{
    DnsFindings dns;
    dns.domain = u"example.com"_s;
    dns.lookedUp = true;
    MxHost host;
    host.preference = 10;
    host.exchange = exchange;
    host.addresses.append(ResolvedAddress{QHostAddress(u"192.0.2.25"_s), exchange, true, true});
    dns.mx.append(host);
    return dns;
}

HealthRecords stsRecords(const QString &policy, const QStringList &txtRecords = {u"v=STSv1; id=20240501;"_s})
{
    HealthRecords records;
    records.domain = u"example.com"_s;
    records.mtaStsTxt = txt(u"_mta-sts.example.com"_s, txtRecords, txtRecords.isEmpty() ? Outcome::NotFound : Outcome::Records);
    records.policyFetched = true;
    records.policy.url = u"https://mta-sts.example.com/.well-known/mta-sts.txt"_s;
    records.policy.outcome = PolicyFetchResult::Outcome::Fetched;
    records.policy.body = policy;
    return records;
}

QByteArray tlsaRdata(int usage, int selector, int type, int length)
{
    QByteArray rdata;
    rdata.append(char(usage)).append(char(selector)).append(char(type));
    rdata.append(QByteArray(length, '\x5a'));
    return rdata;
}

TlsaAnswer tlsa(const QString &exchange, const QList<QByteArray> &rdata, bool authenticated, Outcome outcome = Outcome::Records)
{
    return TlsaAnswer{u"_25._tcp."_s + exchange, true, outcome, authenticated, rdata, {}};
}

Attempt greeted(const QString &address, const QString &greeting)
{
    Attempt attempt;
    attempt.route.address = QHostAddress(address);
    if (!greeting.isNull()) {
        ReplyRecord record;
        record.reply.code = 220;
        record.reply.lines = {greeting};
        record.stage = Model::Stage::Greeting;
        attempt.replies.append(record);
    }
    return attempt;
}

} // namespace

Q_DECLARE_METATYPE(HealthStatus)

/// What the health records mean: each check's status and problems from hand-made answers
/// (no network), and that the catalogue has words for every fault and status.
class tst_HealthJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spf_data();
    void spf();
    void dmarc_data();
    void dmarc();
    void dmarcOfTheOrganizationalDomain();
    void mtaSts_data();
    void mtaSts();
    void mtaStsFetchFailures_data();
    void mtaStsFetchFailures();
    void tlsRpt();
    void tlsaRecord_data();
    void tlsaRecord();
    void dane_data();
    void dane();
    void fcrdns_data();
    void fcrdns();
    void greetings();
    void judgeWordsEverything();
    void catalogueIsComplete();
};

void tst_HealthJudge::spf_data()
{
    QTest::addColumn<TxtAnswer>("answer");
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("ok, other TXT beside it")
        << txt(u"example.com"_s, {u"google-site-verification=x"_s, u"v=spf1 mx -all"_s}) << HealthStatus::Ok << QStringList();
    QTest::newRow("missing") << txt(u"example.com"_s, {u"google-site-verification=x"_s}) << HealthStatus::Missing << QStringList();
    QTest::newRow("NXDOMAIN") << txt(u"example.com"_s, {}, Outcome::NotFound) << HealthStatus::Missing << QStringList();
    QTest::newRow("no answer") << txt(u"example.com"_s, {}, Outcome::NoAnswer) << HealthStatus::Warning
                               << QStringList{u"lookup-failed"_s};
    QTest::newRow("two records") << txt(u"example.com"_s, {u"v=spf1 mx -all"_s, u"v=spf1 a -all"_s}) << HealthStatus::Invalid
                                 << QStringList{u"spf-multiple-records"_s};
    QTest::newRow("syntax before softer faults") << txt(u"example.com"_s, {u"v=spf1 ptr ip4:1.2.3.4/40 -all"_s})
                                                 << HealthStatus::Invalid << QStringList{u"spf-syntax"_s, u"spf-ptr"_s};
    QTest::newRow("+all") << txt(u"example.com"_s, {u"v=spf1 +all"_s}) << HealthStatus::Warning << QStringList{u"spf-all-pass"_s};
    QTest::newRow("include missing") << txt(u"example.com"_s, {u"v=spf1 include:gone.example -all"_s}) << HealthStatus::Invalid
                                     << QStringList{u"spf-include-missing"_s};
}

void tst_HealthJudge::spf()
{
    QFETCH(TxtAnswer, answer);
    QFETCH(HealthStatus, status);
    QFETCH(QStringList, problems);
    HealthRecords records;
    records.domain = u"example.com"_s;
    records.domainTxt = answer;
    records.spfIncludes.insert(u"gone.example"_s, {SpfLookupCount::Answer::Kind::NoRecord, {}});
    const HealthFinding finding = HealthJudge::spf(records);
    QCOMPARE(finding.status, status);
    QCOMPARE(keys(finding), problems);
}

void tst_HealthJudge::dmarc_data()
{
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("reject with reports") << QStringList{u"v=DMARC1; p=reject; rua=mailto:d@example.com"_s} << HealthStatus::Ok
                                         << QStringList();
    QTest::newRow("none") << QStringList() << HealthStatus::Missing << QStringList();
    QTest::newRow("two") << QStringList{u"v=DMARC1; p=none"_s, u"v=DMARC1; p=reject"_s} << HealthStatus::Invalid
                         << QStringList{u"dmarc-multiple-records"_s};
    QTest::newRow("p=none") << QStringList{u"v=DMARC1; p=none; rua=mailto:d@example.com"_s} << HealthStatus::Warning
                            << QStringList{u"dmarc-policy-none"_s};
    // §6.6.3: no policy but reports asked for reads as p=none; without reports it is nothing.
    QTest::newRow("no policy, reports") << QStringList{u"v=DMARC1; rua=mailto:d@example.com"_s} << HealthStatus::Warning
                                        << QStringList{u"dmarc-no-policy"_s};
    QTest::newRow("no policy, no reports") << QStringList{u"v=DMARC1; p=maybe; rua=d@example.com"_s} << HealthStatus::Invalid
                                           << QStringList{u"dmarc-no-policy"_s, u"dmarc-rua-invalid"_s};
}

void tst_HealthJudge::dmarc()
{
    QFETCH(QStringList, records);
    QFETCH(HealthStatus, status);
    QFETCH(QStringList, problems);
    const HealthFinding finding =
        HealthJudge::dmarc(txt(u"_dmarc.example.com"_s, records, records.isEmpty() ? Outcome::NotFound : Outcome::Records));
    QCOMPARE(finding.status, status);
    QCOMPARE(keys(finding), problems);
    QCOMPARE(finding.record, records.join(u'\n'));
}

// RFC 7489 §6.6.3: a subdomain without a record is governed by its organisational
// domain's record, with sp= where it is given.
void tst_HealthJudge::dmarcOfTheOrganizationalDomain()
{
    HealthRecords records;
    records.domain = u"mail.example.com"_s;
    records.dmarcTxt = txt(u"_dmarc.mail.example.com"_s, {}, Outcome::NotFound);
    records.organizationalDomain = u"example.com"_s;
    records.dmarcOrgTxt = txt(u"_dmarc.example.com"_s, {u"v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com"_s});
    DomainHealth health = HealthJudge::judge(records, oneMx());
    QCOMPARE(health.dmarc.status, HealthStatus::Ok);
    QCOMPARE(health.dmarc.record, u"v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com"_s);
    QCOMPARE(health.dmarc.detail(u"inheritedFrom"_s), u"example.com"_s);
    QCOMPARE(health.dmarc.detail(u"appliedPolicy"_s), u"quarantine"_s);
    QCOMPARE(health.dmarc.details.constFirst().first, u"inheritedFrom"_s); // said first

    // Without sp=, p= applies to subdomains too.
    records.dmarcOrgTxt = txt(u"_dmarc.example.com"_s, {u"v=DMARC1; p=reject; rua=mailto:d@example.com"_s});
    QCOMPARE(HealthJudge::judge(records, oneMx()).dmarc.detail(u"appliedPolicy"_s), u"reject"_s);

    // Neither has one: missing, and nothing is said to be inherited.
    records.dmarcOrgTxt = txt(u"_dmarc.example.com"_s, {}, Outcome::NotFound);
    health = HealthJudge::judge(records, oneMx());
    QCOMPARE(health.dmarc.status, HealthStatus::Missing);
    QVERIFY(health.dmarc.detail(u"inheritedFrom"_s).isEmpty());

    // A record of its own is never replaced.
    records.dmarcTxt = txt(u"_dmarc.mail.example.com"_s, {u"v=DMARC1; p=none; rua=mailto:d@example.com"_s});
    records.dmarcOrgTxt = txt(u"_dmarc.example.com"_s, {u"v=DMARC1; p=reject"_s});
    health = HealthJudge::judge(records, oneMx());
    QCOMPARE(health.dmarc.status, HealthStatus::Warning);
    QVERIFY(health.dmarc.detail(u"inheritedFrom"_s).isEmpty());
}

void tst_HealthJudge::mtaSts_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("txtRecords");
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QStringList>("problems");
    const QStringList good{u"v=STSv1; id=20240501;"_s};
    QTest::newRow("covers the MX") << u"version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 604800\n"_s << good
                                   << HealthStatus::Ok << QStringList();
    QTest::newRow("enforce misses the MX") << u"version: STSv1\nmode: enforce\nmx: mail.example.net\nmax_age: 604800\n"_s << good
                                           << HealthStatus::Invalid << QStringList{u"sts-mx-not-covered"_s};
    QTest::newRow("testing misses the MX") << u"version: STSv1\nmode: testing\nmx: mail.example.net\nmax_age: 604800\n"_s << good
                                           << HealthStatus::Warning << QStringList{u"sts-mode-testing"_s, u"sts-mx-not-covered"_s};
    QTest::newRow("policy without record") << u"version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 604800\n"_s
                                           << QStringList() << HealthStatus::Missing
                                           << QStringList{u"sts-policy-without-record"_s};
    QTest::newRow("broken id, good policy") << u"version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 604800\n"_s
                                            << QStringList{u"v=STSv1; id=a-b;"_s} << HealthStatus::Invalid
                                            << QStringList{u"sts-syntax"_s};
}

void tst_HealthJudge::mtaSts()
{
    QFETCH(QString, policy);
    QFETCH(QStringList, txtRecords);
    QFETCH(HealthStatus, status);
    QFETCH(QStringList, problems);
    const HealthFinding finding = HealthJudge::mtaSts(stsRecords(policy, txtRecords), oneMx());
    QCOMPARE(finding.status, status);
    QCOMPARE(keys(finding), problems);
    if (status == HealthStatus::Ok)
        QCOMPARE(finding.detail(u"mode"_s), u"enforce"_s);
}

void tst_HealthJudge::mtaStsFetchFailures_data()
{
    QTest::addColumn<PolicyFetchResult::Outcome>("outcome");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no host") << PolicyFetchResult::Outcome::NoHost << u"sts-policy-unreachable"_s;
    QTest::newRow("refused") << PolicyFetchResult::Outcome::Unreachable << u"sts-policy-unreachable"_s;
    QTest::newRow("certificate") << PolicyFetchResult::Outcome::Certificate << u"sts-policy-certificate"_s;
    QTest::newRow("404") << PolicyFetchResult::Outcome::HttpStatus << u"sts-policy-http-status"_s;
    QTest::newRow("text/html") << PolicyFetchResult::Outcome::ContentType << u"sts-policy-content-type"_s;
    QTest::newRow("too large") << PolicyFetchResult::Outcome::TooLarge << u"sts-policy-too-large"_s;
}

void tst_HealthJudge::mtaStsFetchFailures()
{
    QFETCH(PolicyFetchResult::Outcome, outcome);
    QFETCH(QString, problem);
    HealthRecords records = stsRecords({});
    records.policy.outcome = outcome;
    records.policy.httpStatus = 404;
    const HealthFinding finding = HealthJudge::mtaSts(records, oneMx());
    QCOMPARE(finding.status, HealthStatus::Invalid);
    QCOMPARE(keys(finding), QStringList{problem});
}

void tst_HealthJudge::tlsRpt()
{
    QCOMPARE(HealthJudge::tlsRpt(txt(u"_smtp._tls.example.com"_s, {u"v=TLSRPTv1; rua=mailto:t@example.com"_s})).status,
             HealthStatus::Ok);
    QCOMPARE(HealthJudge::tlsRpt(txt(u"_smtp._tls.example.com"_s, {}, Outcome::NoData)).status, HealthStatus::Missing);
    // One of two addresses broken: reports still arrive at the other.
    const HealthFinding half = HealthJudge::tlsRpt(
        txt(u"_smtp._tls.example.com"_s, {u"v=TLSRPTv1; rua=mailto:t@example.com,http://x.example.com/"_s}));
    QCOMPARE(half.status, HealthStatus::Warning);
    const HealthFinding none = HealthJudge::tlsRpt(txt(u"_smtp._tls.example.com"_s, {u"v=TLSRPTv1; rua=http://x.example.com/"_s}));
    QCOMPARE(none.status, HealthStatus::Invalid);
    QCOMPARE(keys(none), QStringList{u"tlsrpt-rua-invalid"_s});
}

void tst_HealthJudge::tlsaRecord_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("3 1 1 (DANE-EE, SPKI, SHA-256)") << tlsaRdata(3, 1, 1, 32) << u"3 1 1 "_s + QString(64, u'5').replace(u"55"_s, u"5A"_s)
                                                   << QStringList();
    QTest::newRow("2 0 2 (DANE-TA, SHA-512)") << tlsaRdata(2, 0, 2, 64) << QString() << QStringList();
    QTest::newRow("SHA-256 of two bytes") << tlsaRdata(3, 1, 1, 2) << u"3 1 1 5A5A"_s << QStringList{u"dane-record-invalid"_s};
    QTest::newRow("usage 4") << tlsaRdata(4, 1, 1, 32) << QString() << QStringList{u"dane-record-invalid"_s};
    QTest::newRow("PKIX-EE") << tlsaRdata(1, 1, 1, 32) << QString() << QStringList{u"dane-usage-pkix"_s};
}

void tst_HealthJudge::tlsaRecord()
{
    QFETCH(QByteArray, rdata);
    QFETCH(QString, text);
    QFETCH(QStringList, faults);
    const auto record = TlsaRecord::fromRdata(rdata);
    QVERIFY(record);
    if (!text.isEmpty())
        QCOMPARE(record->text(), text);
    QStringList found;
    for (const HealthIssue &fault : record->faults())
        found.append(Model::key(fault.problem));
    QCOMPARE(found, faults);
    QVERIFY(!TlsaRecord::fromRdata(QByteArray("\x03\x01", 2)));
}

void tst_HealthJudge::dane_data()
{
    QTest::addColumn<QList<TlsaAnswer>>("answers");
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QStringList>("problems");
    const QByteArray good = tlsaRdata(3, 1, 1, 32);
    QTest::newRow("signed") << QList<TlsaAnswer>{tlsa(u"mx1.example.com"_s, {good}, true)} << HealthStatus::Ok << QStringList();
    QTest::newRow("unsigned") << QList<TlsaAnswer>{tlsa(u"mx1.example.com"_s, {good}, false)} << HealthStatus::Warning
                              << QStringList{u"dane-not-signed"_s};
    QTest::newRow("none") << QList<TlsaAnswer>{tlsa(u"mx1.example.com"_s, {}, false, Outcome::NoData)} << HealthStatus::Missing
                          << QStringList();
    QTest::newRow("one of two") << QList<TlsaAnswer>{tlsa(u"mx1.example.com"_s, {good}, true),
                                                     tlsa(u"mx2.example.com"_s, {}, true, Outcome::NotFound)}
                                << HealthStatus::Warning << QStringList{u"dane-partial"_s};
    QTest::newRow("broken record") << QList<TlsaAnswer>{tlsa(u"mx1.example.com"_s, {tlsaRdata(3, 1, 1, 3)}, true)}
                                   << HealthStatus::Invalid << QStringList{u"dane-record-invalid"_s};
    TlsaAnswer notAsked{u"_25._tcp.mx1.example.com"_s, false, Outcome::NoAnswer, false, {}, u"IPv6 name server"_s};
    TlsaAnswer notAsked2 = notAsked;
    notAsked2.name = u"_25._tcp.mx2.example.com"_s;
    // Honest, not a fake ok: said once for all exchanges.
    QTest::newRow("resolver cannot ask") << QList<TlsaAnswer>{notAsked, notAsked2} << HealthStatus::Warning
                                         << QStringList{u"dane-not-checked"_s};
    QTest::newRow("no answer") << QList<TlsaAnswer>{tlsa(u"mx1.example.com"_s, {}, false, Outcome::NoAnswer)}
                               << HealthStatus::Warning << QStringList{u"lookup-failed"_s};
}

void tst_HealthJudge::dane()
{
    QFETCH(QList<TlsaAnswer>, answers);
    QFETCH(HealthStatus, status);
    QFETCH(QStringList, problems);
    const HealthFinding finding = HealthJudge::dane(answers);
    QCOMPARE(finding.status, status);
    QCOMPARE(keys(finding), problems);
}

void tst_HealthJudge::fcrdns_data()
{
    QTest::addColumn<QString>("ptr");
    QTest::addColumn<bool>("lookedUp");
    QTest::addColumn<int>("forward"); // 0: none, 1: back to the address, 2: elsewhere, 3: no answer
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("confirmed") << u"mx.example.com"_s << true << 1 << HealthStatus::Ok << QStringList();
    QTest::newRow("leads elsewhere") << u"host.isp.example"_s << true << 2 << HealthStatus::Invalid
                                     << QStringList{u"ptr-forward-mismatch"_s};
    QTest::newRow("forward unanswered") << u"mx.example.com"_s << true << 3 << HealthStatus::Warning
                                        << QStringList{u"ptr-forward-failed"_s};
    QTest::newRow("no reverse name") << QString() << true << 0 << HealthStatus::Missing << QStringList{u"ptr-missing"_s};
    QTest::newRow("reverse unanswered") << QString() << false << 0 << HealthStatus::Warning << QStringList{u"lookup-failed"_s};
}

void tst_HealthJudge::fcrdns()
{
    QFETCH(QString, ptr);
    QFETCH(bool, lookedUp);
    QFETCH(int, forward);
    QFETCH(HealthStatus, status);
    QFETCH(QStringList, problems);
    const ResolvedAddress address{QHostAddress(u"192.0.2.25"_s), ptr, lookedUp, false};
    ForwardAnswer answer{0, 0, ptr, forward == 3 ? Outcome::NoAnswer : Outcome::Records, {}};
    if (forward == 1)
        answer.addresses = {QHostAddress(u"192.0.2.99"_s), QHostAddress(u"192.0.2.25"_s)};
    else if (forward == 2)
        answer.addresses = {QHostAddress(u"198.51.100.7"_s)};
    const HealthFinding finding = HealthJudge::fcrdns(address, forward ? &answer : nullptr);
    QCOMPARE(finding.status, status);
    QCOMPARE(keys(finding), problems);
}

void tst_HealthJudge::greetings()
{
    HealthRecords records;
    records.domain = u"example.com"_s;
    DnsFindings dns = oneMx(u"MX.example.com"_s);
    dns.mx[0].addresses[0].ptr = u"mx.example.com"_s;
    dns.mx[0].addresses.append(ResolvedAddress{QHostAddress(u"2001:db8::25"_s), u"mx6.example.com"_s, true, false});
    dns.mx[0].addresses.append(ResolvedAddress{QHostAddress(u"192.0.2.26"_s), u"mx.example.com"_s, true, true});
    DomainHealth health = HealthJudge::judge(records, dns);
    QCOMPARE(health.addresses.size(), 3);
    for (const AddressHealth &address : std::as_const(health.addresses))
        QCOMPARE(keys(address.bannerMatchesPtr), QStringList{u"banner-not-seen"_s}); // until the run has talked

    // The first attempt to .25 failed before any greeting; the second greeted.
    const QList<Attempt> attempts{greeted(u"192.0.2.25"_s, QString()), greeted(u"192.0.2.25"_s, u"MX.Example.COM. ESMTP ready"_s),
                                  greeted(u"2001:db8::25"_s, u"mail.hoster.example ESMTP"_s)};
    HealthJudge::addGreetings(health, attempts);
    QCOMPARE(health.addresses.at(0).greetingName, u"MX.Example.COM."_s);
    QCOMPARE(health.addresses.at(0).bannerMatchesPtr.status, HealthStatus::Ok);
    QCOMPARE(health.addresses.at(1).bannerMatchesPtr.status, HealthStatus::Warning);
    QCOMPARE(keys(health.addresses.at(1).bannerMatchesPtr), QStringList{u"banner-mismatch"_s});
    QVERIFY(health.addresses.at(1).bannerMatchesPtr.problems.constFirst().text.contains(u"mail.hoster.example"_s));
    QCOMPARE(keys(health.addresses.at(2).bannerMatchesPtr), QStringList{u"banner-not-seen"_s});

    QCOMPARE(HealthJudge::greetingName(greeted(u"192.0.2.25"_s, u"  mx.example.com ESMTP"_s)), u"mx.example.com"_s);
    QCOMPARE(keys(HealthJudge::banner(u"mx.example.com"_s, QString(), true)), QStringList{u"banner-no-name"_s});
}

void tst_HealthJudge::judgeWordsEverything()
{
    HealthRecords records = stsRecords(u"version: STSv1\nmode: testing\nmx: mail.example.net\nmax_age: 60\n"_s);
    records.domainTxt = txt(u"example.com"_s, {u"v=spf1 ip4:192.0.2.300 -all"_s});
    records.dmarcTxt = txt(u"_dmarc.example.com"_s, {}, Outcome::NoAnswer);
    records.tlsRptTxt = txt(u"_smtp._tls.example.com"_s, {u"v=TLSRPTv1"_s});
    records.tlsa = {tlsa(u"mx.example.com"_s, {tlsaRdata(3, 1, 1, 32)}, false)};
    // Control characters off the wire never reach the findings raw.
    records.policy.body.replace(u"mode: testing"_s, u"mode: testing\nmx: evil\x1b[2J.example"_s);
    const DomainHealth health = HealthJudge::judge(records, oneMx());
    for (const HealthFinding *finding : {&health.spf, &health.dmarc, &health.mtaSts, &health.tlsRpt, &health.dane}) {
        QVERIFY(!finding->explanation.isEmpty());
        for (const HealthIssue &issue : finding->problems) {
            QVERIFY2(!issue.text.isEmpty() && issue.text != Model::key(issue.problem), qPrintable(Model::key(issue.problem)));
            QVERIFY2(!issue.text.contains(QChar(0x1b)) && !issue.detail.contains(QChar(0x1b)), qPrintable(issue.text));
        }
        for (const auto &detail : finding->details)
            QVERIFY(!detail.second.contains(QChar(0x1b)));
    }
    QCOMPARE(health.spf.status, HealthStatus::Invalid);
    QCOMPARE(health.dmarc.status, HealthStatus::Warning);
    QVERIFY(health.dmarc.problems.constFirst().text.contains(u"_dmarc.example.com"_s));
    QCOMPARE(health.mtaSts.status, HealthStatus::Invalid); // the mx: line with a control character
    QCOMPARE(health.tlsRpt.status, HealthStatus::Invalid);
    QCOMPARE(health.dane.status, HealthStatus::Warning);
    QCOMPARE(health.addresses.size(), 1);
    QVERIFY(!health.addresses.constFirst().fcrdns.explanation.isEmpty());
}

void tst_HealthJudge::catalogueIsComplete()
{
    QSet<QString> seen;
    for (const HealthProblem problem : Model::values<HealthProblem>()) {
        QVERIFY2(!seen.contains(Model::key(problem)), qPrintable(Model::key(problem)));
        seen.insert(Model::key(problem));
        const QString text = HealthCatalog::problemText(problem, u"DETAIL"_s);
        QVERIFY2(text != Model::key(problem) && text.contains(u"DETAIL"_s), qPrintable(Model::key(problem)));
    }
    QCOMPARE(qsizetype(seen.size()), qsizetype(int(HealthProblem::BannerMismatch) + 1));
    for (const Model::HealthCheck check : Model::values<Model::HealthCheck>()) {
        for (const HealthStatus status : Model::values<HealthStatus>())
            QVERIFY(HealthCatalog::explanation(check, status).size() > 60);
    }
}

QTEST_GUILESS_MAIN(tst_HealthJudge)
#include "tst_healthjudge.moc"
