#include "protocol/dns/SpfLookupCount.h"
#include "protocol/dns/SpfRecord.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Model::HealthProblem;
using Answer = SpfLookupCount::Answer;
using Answers = QHash<QString, SpfLookupCount::Answer>;

namespace {
QStringList problemKeys(const QList<HealthIssue> &issues)
{
    QStringList keys;
    for (const HealthIssue &issue : issues)
        keys.append(Model::key(issue.problem) + (issue.detail.isEmpty() ? QString() : u' ' + issue.detail));
    return keys;
}

Answer spf(const QString &record)
{
    return Answer{Answer::Kind::Records, {record}};
}

// Google's published chain (2024): gmail.com redirects to _spf.google.com, which
// includes three netblock records of addresses only.
QHash<QString, Answer> googleChain()
{
    return {
        {u"_spf.google.com"_s, spf(u"v=spf1 include:_netblocks.google.com include:_netblocks2.google.com include:_netblocks3.google.com ~all"_s)},
        {u"_netblocks.google.com"_s, spf(u"v=spf1 ip4:35.190.247.0/24 ip4:64.233.160.0/19 ip4:66.102.0.0/20 ip4:66.249.80.0/20 ip4:72.14.192.0/18 ip4:74.125.0.0/16 ip4:108.177.8.0/21 ip4:173.194.0.0/16 ip4:209.85.128.0/17 ip4:216.58.192.0/19 ip4:216.239.32.0/19 ~all"_s)},
        {u"_netblocks2.google.com"_s, spf(u"v=spf1 ip6:2001:4860:4000::/36 ip6:2404:6800:4000::/36 ip6:2607:f8b0:4000::/36 ip6:2800:3f0:4000::/36 ip6:2a00:1450:4000::/36 ip6:2c0f:fb50:4000::/36 ~all"_s)},
        {u"_netblocks3.google.com"_s, spf(u"v=spf1 ip4:172.217.0.0/19 ip4:172.217.32.0/20 ip4:172.217.128.0/19 ip4:108.177.96.0/19 ip4:35.191.0.0/16 ip4:130.211.0.0/22 ~all"_s)},
    };
}
} // namespace

/// SPF records read term by term (RFC 7208 §12) and their DNS lookups counted through
/// includes (§4.6.4), with real-world records and the usual mistakes.
class tst_SpfRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isSpf_data();
    void isSpf();
    void parse_data();
    void parse();
    void followedNames();
    void countsThroughIncludes_data();
    void countsThroughIncludes();
    void wantedRoundByRound();
    void wantedIsBounded();
};

void tst_SpfRecord::isSpf_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<bool>("spf");
    QTest::newRow("plain") << u"v=spf1 -all"_s << true;
    QTest::newRow("upper case") << u"V=SPF1 MX -ALL"_s << true;
    QTest::newRow("version only") << u"v=spf1"_s << true;
    QTest::newRow("spf10") << u"v=spf10 mx"_s << false;
    QTest::newRow("verification token") << u"google-site-verification=abc"_s << false;
    QTest::newRow("leading space") << u" v=spf1 mx"_s << false;
    QTest::newRow("spf2.0 (Sender ID)") << u"spf2.0/pra mx -all"_s << false;
}

void tst_SpfRecord::isSpf()
{
    QFETCH(QString, txt);
    QFETCH(bool, spf);
    QCOMPARE(SpfRecord::isSpf(txt), spf);
}

void tst_SpfRecord::parse_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("all"); // the qualifier of all, "" when none

    QTest::newRow("Google Workspace") << u"v=spf1 include:_spf.google.com ~all"_s << QStringList() << 1 << u"~"_s;
    QTest::newRow("Microsoft 365") << u"v=spf1 include:spf.protection.outlook.com -all"_s << QStringList() << 1 << u"-"_s;
    QTest::newRow("Microsoft's own netblocks")
        << u"v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:52.102.0.0/16 ip4:104.47.0.0/17 "
           "ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 ip6:2a01:111:f403:8000::/51 -all"_s
        << QStringList() << 0 << u"-"_s;
    QTest::newRow("gmail.com redirect") << u"v=spf1 redirect=_spf.google.com"_s << QStringList() << 1 << QString();
    QTest::newRow("Salesforce exists macro") << u"v=spf1 exists:%{i}._spf.mta.salesforce.com -all"_s << QStringList() << 1 << u"-"_s;
    QTest::newRow("everything once")
        << u"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a a:mail.example.com/24//64 mx mx:example.org/28 -all"_s
        << QStringList() << 4 << u"-"_s;
    QTest::newRow("spaces between terms") << u"v=spf1  mx   -all "_s << QStringList() << 1 << u"-"_s;
    QTest::newRow("upper case") << u"V=SPF1 MX INCLUDE:Example.COM -ALL"_s << QStringList() << 2 << u"-"_s;
    QTest::newRow("unknown modifier is ignored") << u"v=spf1 mx moo=bar.example -all"_s << QStringList() << 1 << u"-"_s;
    QTest::newRow("exp") << u"v=spf1 mx exp=explain._spf.example.com -all"_s << QStringList() << 1 << u"-"_s;

    QTest::newRow("+all") << u"v=spf1 mx +all"_s << QStringList{u"spf-all-pass +all"_s} << 1 << u"+"_s;
    QTest::newRow("bare all is +all") << u"v=spf1 all"_s << QStringList{u"spf-all-pass +all"_s} << 0 << u"+"_s;
    QTest::newRow("?all (Mailchimp's old advice)") << u"v=spf1 include:servers.mcsv.net ?all"_s
                                                  << QStringList{u"spf-all-neutral ?all"_s} << 1 << u"?"_s;
    QTest::newRow("no all") << u"v=spf1 mx a"_s << QStringList{u"spf-no-all"_s} << 2 << QString();
    QTest::newRow("terms after all") << u"v=spf1 -all mx"_s << QStringList{u"spf-terms-after-all"_s} << 1 << u"-"_s;
    QTest::newRow("redirect beside all") << u"v=spf1 mx -all redirect=_spf.example.com"_s
                                        << QStringList{u"spf-redirect-ignored redirect=_spf.example.com"_s} << 1 << u"-"_s;
    QTest::newRow("ptr") << u"v=spf1 ptr -all"_s << QStringList{u"spf-ptr ptr"_s} << 1 << u"-"_s;
    QTest::newRow("macro in include") << u"v=spf1 include:%{d}.spf.example.com -all"_s
                                     << QStringList{u"spf-macro-not-followed include:%{d}.spf.example.com"_s} << 1 << u"-"_s;

    QTest::newRow("address out of range") << u"v=spf1 ip4:192.0.2.300 -all"_s << QStringList{u"spf-syntax ip4:192.0.2.300"_s} << 0 << u"-"_s;
    QTest::newRow("ip4 with leading zero prefix") << u"v=spf1 ip4:192.0.2.0/024 -all"_s << QStringList{u"spf-syntax ip4:192.0.2.0/024"_s} << 0 << u"-"_s;
    QTest::newRow("ip6 address in ip4") << u"v=spf1 ip4:2001:db8::1 -all"_s << QStringList{u"spf-syntax ip4:2001:db8::1"_s} << 0 << u"-"_s;
    QTest::newRow("prefix too long") << u"v=spf1 a/33 -all"_s << QStringList{u"spf-syntax a/33"_s} << 0 << u"-"_s;
    QTest::newRow("include without name") << u"v=spf1 include: -all"_s << QStringList{u"spf-syntax include:"_s} << 0 << u"-"_s;
    QTest::newRow("include of an address") << u"v=spf1 include:192.0.2.1 -all"_s << QStringList{u"spf-syntax include:192.0.2.1"_s} << 0 << u"-"_s;
    QTest::newRow("unknown mechanism") << u"v=spf1 mx ipv4:192.0.2.1 -all"_s << QStringList{u"spf-syntax ipv4:192.0.2.1"_s} << 1 << u"-"_s;
    QTest::newRow("all with an argument") << u"v=spf1 all:example.com"_s << QStringList{u"spf-syntax all:example.com"_s} << 0 << QString();
    QTest::newRow("two redirects") << u"v=spf1 redirect=a.example.com redirect=b.example.com"_s
                                  << QStringList{u"spf-syntax redirect=b.example.com"_s} << 1 << QString();
    QTest::newRow("broken macro") << u"v=spf1 exists:%{x}.example.com -all"_s << QStringList{u"spf-syntax exists:%{x}.example.com"_s} << 0 << u"-"_s;
}

void tst_SpfRecord::parse()
{
    QFETCH(QString, record);
    QFETCH(QStringList, faults);
    QFETCH(int, lookups);
    QFETCH(QString, all);
    const SpfRecord parsed = SpfRecord::parse(record);
    QCOMPARE(problemKeys(parsed.faults), faults);
    QCOMPARE(parsed.lookupTerms(), lookups);
    QCOMPARE(parsed.allQualifier ? SpfRecord::qualifierText(*parsed.allQualifier) : QString(), all);
    QCOMPARE(parsed.hasSyntaxError(), !faults.isEmpty() && faults.constFirst().startsWith(u"spf-syntax"_s));
}

void tst_SpfRecord::followedNames()
{
    QCOMPARE(SpfRecord::parse(u"v=spf1 include:a.example include:%{d}.b.example redirect=c.example"_s).followedNames(),
             (QStringList{u"a.example"_s, u"c.example"_s}));
    // With all, the redirect is never used: neither followed nor counted.
    const SpfRecord withAll = SpfRecord::parse(u"v=spf1 include:a.example -all redirect=c.example"_s);
    QCOMPARE(withAll.followedNames(), QStringList{u"a.example"_s});
    QCOMPARE(withAll.lookupTerms(), 1);
}

void tst_SpfRecord::countsThroughIncludes_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QStringList>("faults");

    QTest::newRow("Google Workspace") << u"v=spf1 include:_spf.google.com ~all"_s << googleChain() << 4 << QStringList();
    QTest::newRow("gmail.com redirect") << u"v=spf1 redirect=_spf.google.com"_s << googleChain() << 4 << QStringList();
    QHash<QString, Answer> many{
        {u"_a.example.com"_s, spf(u"v=spf1 a mx exists:%{i}.x.example.com include:_c.example.com ~all"_s)},
        {u"_b.example.com"_s, spf(u"v=spf1 a:one.example.com a:two.example.com mx:three.example.com ~all"_s)},
        {u"_c.example.com"_s, spf(u"v=spf1 ptr a ~all"_s)},
    };
    QTest::newRow("twelve") << u"v=spf1 include:_a.example.com include:_b.example.com mx -all"_s << many << 12 << QStringList();
    // Every include is evaluated where it stands: the same name twice costs twice.
    QTest::newRow("same include twice") << u"v=spf1 include:_b.example.com include:_b.example.com -all"_s << many << 8 << QStringList();
    QTest::newRow("include without SPF")
        << u"v=spf1 include:_spf.gone.example -all"_s << QHash<QString, Answer>{{u"_spf.gone.example"_s, {Answer::Kind::NoRecord, {}}}}
        << 1 << QStringList{u"spf-include-missing _spf.gone.example"_s};
    QTest::newRow("include with two records")
        << u"v=spf1 include:two.example -all"_s
        << QHash<QString, Answer>{{u"two.example"_s, {Answer::Kind::Records, {u"v=spf1 -all"_s, u"v=spf1 mx -all"_s}}}}
        << 1 << QStringList{u"spf-include-invalid two.example"_s};
    QTest::newRow("include with a syntax error")
        << u"v=spf1 include:bad.example -all"_s << QHash<QString, Answer>{{u"bad.example"_s, spf(u"v=spf1 ip4:1.2.3 -all"_s)}}
        << 1 << QStringList{u"spf-include-invalid bad.example"_s};
    QTest::newRow("loop") << u"v=spf1 include:a.example -all"_s
                          << QHash<QString, Answer>{{u"a.example"_s, spf(u"v=spf1 include:b.example -all"_s)},
                                                    {u"b.example"_s, spf(u"v=spf1 include:a.example -all"_s)}}
                          << 3 << QStringList{u"spf-include-loop a.example"_s}; // b's include still costs one
    QTest::newRow("includes the domain itself") << u"v=spf1 include:Example.COM. -all"_s << QHash<QString, Answer>() << 1
                                               << QStringList{u"spf-include-loop example.com"_s};
    QTest::newRow("no answer")
        << u"v=spf1 include:slow.example -all"_s << QHash<QString, Answer>{{u"slow.example"_s, {Answer::Kind::NoAnswer, {}}}}
        << 1 << QStringList{u"spf-include-lookup-failed slow.example"_s};
}

void tst_SpfRecord::countsThroughIncludes()
{
    QFETCH(QString, root);
    QFETCH(Answers, answers);
    QFETCH(int, lookups);
    QFETCH(QStringList, faults);
    const SpfLookupCount::Result result = SpfLookupCount::count(u"example.com"_s, SpfRecord::parse(root), answers);
    QCOMPARE(result.lookups, lookups);
    QCOMPARE(problemKeys(result.faults), faults);
    QVERIFY(!result.incomplete);
}

void tst_SpfRecord::wantedRoundByRound()
{
    const SpfRecord root = SpfRecord::parse(u"v=spf1 include:_spf.google.com ~all"_s);
    QHash<QString, Answer> known;
    QCOMPARE(SpfLookupCount::wanted(u"google.com"_s, root, known), QStringList{u"_spf.google.com"_s});
    QVERIFY(SpfLookupCount::count(u"google.com"_s, root, known).incomplete);
    known.insert(u"_spf.google.com"_s, googleChain().value(u"_spf.google.com"_s));
    QCOMPARE(SpfLookupCount::wanted(u"google.com"_s, root, known),
             (QStringList{u"_netblocks.google.com"_s, u"_netblocks2.google.com"_s, u"_netblocks3.google.com"_s}));
    known = googleChain();
    QVERIFY(SpfLookupCount::wanted(u"google.com"_s, root, known).isEmpty());
}

void tst_SpfRecord::wantedIsBounded()
{
    // Forty includes: far over the limit after the first round, and never more than
    // MaxNames records asked for.
    QString record = u"v=spf1"_s;
    for (int i = 0; i < 40; ++i)
        record += u" include:n%1.example"_s.arg(i);
    record += u" -all"_s;
    const SpfRecord root = SpfRecord::parse(record);
    const QStringList first = SpfLookupCount::wanted(u"example.com"_s, root, {});
    QCOMPARE(first.size(), SpfLookupCount::MaxNames);
    QHash<QString, Answer> known;
    for (const QString &name : first)
        known.insert(name, spf(u"v=spf1 include:deeper.example -all"_s));
    QCOMPARE(SpfLookupCount::wanted(u"example.com"_s, root, known), QStringList());
    const SpfLookupCount::Result result = SpfLookupCount::count(u"example.com"_s, root, known);
    QVERIFY(result.incomplete);
    QVERIFY(result.lookups > SpfLookupCount::Limit);
}

QTEST_GUILESS_MAIN(tst_SpfRecord)
#include "tst_spfrecord.moc"
