#include "protocol/dns/DnsProbe.h"
#include "protocol/dns/DnsQuerySet.h"
#include "protocol/dns/MxOrdering.h"

#include "Testbed.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Model::Problem;

namespace {
// Counts the QDnsLookup objects a probe creates: each is a child of the probe's
// DnsQuerySet, and ChildAdded reaches that object's event filters synchronously.
class LookupCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded)
            ++count;
        return false;
    }
};

QString problemText(const std::optional<Problem> &problem)
{
    return problem ? Model::key(*problem) : u"-"_s;
}

// "10 mail.wizard.test 127.0.25.1>mail.wizard.test ::1": preference, exchange, then
// each address, with ">ptr" when its reverse name is part of the contract.
QString describe(const MxHost &host, bool withPtr)
{
    QStringList parts{QString::number(host.preference), host.exchange};
    // The contract gives reverse names for IPv4 addresses only: ::1 is left as it is.
    for (const ResolvedAddress &a : host.addresses) {
        const bool v4 = a.address.protocol() == QAbstractSocket::IPv4Protocol;
        parts.append(withPtr && v4 && a.ptrLookedUp && a.ptrMatches ? a.address.toString() + u'>' + a.ptr
                                                                    : a.address.toString());
    }
    return parts.join(u' ');
}

TestPlan::IpFamily family(const QString &name)
{
    return name == u"v4"_s ? TestPlan::IpFamily::V4 : name == u"v6"_s ? TestPlan::IpFamily::V6 : TestPlan::IpFamily::Any;
}
} // namespace

/// DnsProbe against the real dnsmasq of the test bed: every zone case of the contract.
class tst_DnsProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lookupDomain_data();
    void lookupDomain();
    void equalPreferencesSeeded();
    void lookupHost_data();
    void lookupHost();
    void cancelEmitsNothing();
    void emptyAnswers_data();
    void emptyAnswers();
    // Last: their unanswered queries keep resolver threads busy for a few seconds.
    void noAnswer_data();
    void noAnswer();

private:
    QString expand(QString text) const;
    DnsFindings run(DnsProbe &probe, const std::function<void()> &start, QStringList *events, int *lookups);

    QHostAddress m_dns;
    QString m_zone, m_mail, m_dead;
};

void tst_DnsProbe::initTestCase()
{
    m_dns = Testbed::requireAddress(u"DNS");
    m_zone = Testbed::require(u"ZONE");
    m_mail = Testbed::requireAddress(u"MAIL_ADDR").toString();
    m_dead = Testbed::requireAddress(u"DEAD_ADDR").toString();
    if (m_dns.isNull() || m_zone.isEmpty() || m_mail.isEmpty() || m_dead.isEmpty())
        QFAIL(qPrintable(Testbed::lastError()));
    // glibc reads RES_OPTIONS once, with resolv.conf, at the process's first lookup: set it
    // before that. One 2 s try instead of 5 s x 2 keeps the slow.test cases short.
    qputenv("RES_OPTIONS", "timeout:2 attempts:1");
}

QString tst_DnsProbe::expand(QString text) const
{
    return text.replace(u"@ZONE@"_s, m_zone).replace(u"@MAIL@"_s, m_mail).replace(u"@DEAD@"_s, m_dead);
}

DnsFindings tst_DnsProbe::run(DnsProbe &probe, const std::function<void()> &start, QStringList *events, int *lookups)
{
    LookupCounter counter;
    auto *queries = probe.findChild<DnsQuerySet *>();
    if (!queries) {
        QTest::qFail("the probe has no DnsQuerySet child", __FILE__, __LINE__);
        return {};
    }
    queries->installEventFilter(&counter);
    const QMetaObject::Connection log = connect(&probe, &DnsProbe::progress, this, [events](const QString &text) {
        events->append(text);
    });
    QSignalSpy finished(&probe, &DnsProbe::finished);
    start();
    [&] {
        QCOMPARE(finished.count(), 0); // never from inside the call that starts it
        QVERIFY(probe.isRunning());
        QVERIFY(finished.wait(20'000));
        QTest::qWait(50); // a second finished() would show up here
        QCOMPARE(finished.count(), 1);
        QVERIFY(!probe.isRunning());
    }();
    disconnect(log);
    queries->removeEventFilter(&counter);
    *lookups = counter.count;
    return finished.isEmpty() ? DnsFindings() : finished.constFirst().constFirst().value<DnsFindings>();
}

void tst_DnsProbe::lookupDomain_data()
{
    QTest::addColumn<QString>("label");         // under the zone; empty: the zone itself
    QTest::addColumn<QString>("family");        // any, v4, v6
    QTest::addColumn<QStringList>("mx");        // describe() of each host, in order
    QTest::addColumn<QStringList>("hostProblems");
    QTest::addColumn<QString>("problem");       // problemKey or "-"
    QTest::addColumn<bool>("implicitMx");
    QTest::addColumn<bool>("nullMx");
    QTest::addColumn<int>("lookups");           // QDnsLookups made, PTR included
    QTest::addColumn<QString>("eventText");     // one transcript line that must appear

    QTest::newRow("one MX, addresses, matching PTR")
        << QString() << u"any"_s << QStringList{u"10 mail.@ZONE@ @MAIL@>mail.@ZONE@ ::1"_s} << QStringList{u"-"_s}
        << u"-"_s << false << false << 5 << u"MX lookup for @ZONE@: 1 record"_s;
    QTest::newRow("IPv4 only asks A only")
        << QString() << u"v4"_s << QStringList{u"10 mail.@ZONE@ @MAIL@>mail.@ZONE@"_s} << QStringList{u"-"_s}
        << u"-"_s << false << false << 3 << u"mail.@ZONE@ has address @MAIL@"_s;
    QTest::newRow("IPv6 only asks AAAA only")
        << QString() << u"v6"_s << QStringList{u"10 mail.@ZONE@ ::1"_s} << QStringList{u"-"_s}
        << u"-"_s << false << false << 3 << u"mail.@ZONE@ has address ::1"_s;
    QTest::newRow("failover: two MX in order")
        << u"failover"_s << u"any"_s
        << QStringList{u"10 dead.@ZONE@ @DEAD@>dead.@ZONE@"_s, u"20 mail.@ZONE@ @MAIL@>mail.@ZONE@ ::1"_s}
        << QStringList{u"-"_s, u"-"_s} << u"-"_s << false << false << 8 << u"MX lookup for failover.@ZONE@: 2 record"_s;
    QTest::newRow("implicit MX")
        << u"implicit"_s << u"any"_s << QStringList{u"-1 implicit.@ZONE@ @MAIL@"_s} << QStringList{u"-"_s}
        << u"-"_s << true << false << 4 << u"No MX records: using the domain's own address (implicit MX)"_s;
    QTest::newRow("implicit MX, IPv6 asked, IPv4 only")
        << u"implicit"_s << u"v6"_s << QStringList{u"-1 implicit.@ZONE@"_s} << QStringList{u"no-usable-address"_s}
        << u"no-usable-address"_s << true << false << 3 << u"implicit.@ZONE@ has no IPv6 address"_s;
    QTest::newRow("implicit MX via AAAA, IPv4 asked")
        << u"mail6"_s << u"v4"_s << QStringList{u"-1 mail6.@ZONE@"_s} << QStringList{u"no-usable-address"_s}
        << u"no-usable-address"_s << true << false << 3 << u"mail6.@ZONE@ has no IPv4 address"_s;
    QTest::newRow("null MX: no address lookups")
        << u"nullmx"_s << u"any"_s << QStringList() << QStringList() << u"null-mx"_s << false << true << 1
        << u"null MX (RFC 7505)"_s;
    QTest::newRow("dangling MX")
        << u"dangling"_s << u"any"_s << QStringList{u"10 nowhere.@ZONE@"_s} << QStringList{u"dangling-mx"_s}
        << u"dangling-mx"_s << false << false << 3 << u"dangling MX"_s;
    QTest::newRow("dangling MX, IPv4 only")
        << u"dangling"_s << u"v4"_s << QStringList{u"10 nowhere.@ZONE@"_s} << QStringList{u"dangling-mx"_s}
        << u"dangling-mx"_s << false << false << 2 << u"dangling MX"_s;
    QTest::newRow("NXDOMAIN")
        << u"no-such-domain"_s << u"any"_s << QStringList() << QStringList() << u"dns-nx-domain"_s << false << false
        << 1 << u"no-such-domain.@ZONE@ does not exist (NXDOMAIN)"_s;
    QTest::newRow("IPv6-only exchange, IPv4 asked")
        << u"v6only"_s << u"v4"_s << QStringList{u"10 mail6.@ZONE@"_s} << QStringList{u"no-usable-address"_s}
        << u"no-usable-address"_s << false << false << 3 << u"mail6.@ZONE@ has no IPv4 address, and only IPv4 was asked for"_s;
    QTest::newRow("IPv6-only exchange, any family")
        << u"v6only"_s << u"any"_s << QStringList{u"10 mail6.@ZONE@ ::1"_s} << QStringList{u"-"_s}
        << u"-"_s << false << false << 4 << u"mail6.@ZONE@ has address ::1"_s;
}

void tst_DnsProbe::lookupDomain()
{
    QFETCH(QString, label);
    QFETCH(QString, family);
    QFETCH(QStringList, mx);
    QFETCH(QStringList, hostProblems);
    QFETCH(QString, problem);
    QFETCH(bool, implicitMx);
    QFETCH(bool, nullMx);
    QFETCH(int, lookups);
    QFETCH(QString, eventText);

    const QString domain = label.isEmpty() ? m_zone : label + u'.' + m_zone;
    DnsProbe probe;
    probe.setNameserver(m_dns);
    probe.setIpFamily(::family(family));
    probe.setShuffleSeed(1);
    QStringList events;
    int made = 0;
    const DnsFindings f = run(probe, [&] { probe.lookupDomain(domain.toUpper() + u'.'); }, &events, &made);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(f.domain, domain);
    QVERIFY(f.lookedUp);
    QCOMPARE(f.dnsServer, m_dns.toString());
    QCOMPARE(problemText(f.problem), problem);
    QCOMPARE(f.implicitMx, implicitMx);
    QCOMPARE(f.nullMx, nullMx);
    QStringList described, problems;
    for (const MxHost &host : f.mx) {
        described.append(describe(host, true));
        problems.append(problemText(host.problem));
    }
    for (QString &line : mx)
        line = expand(line);
    QCOMPARE(described, mx);
    QCOMPARE(problems, hostProblems);
    QVERIFY2(events.join(u'\n').contains(expand(eventText)), qPrintable(events.join(u'\n')));
    QCOMPARE(made, lookups);
    // Every answer here comes from a live local server: nothing waited for a timeout.
    QVERIFY2(f.elapsedMs < 1500, qPrintable(QString::number(f.elapsedMs)));
    QCOMPARE(probe.findings().mx.size(), f.mx.size());
}

void tst_DnsProbe::equalPreferencesSeeded()
{
    const QString domain = u"equal."_s + m_zone;
    QList<MxOrdering::Record> published;
    for (const char *name : {"mx-a", "mx-b", "mx-c"})
        published.append({10, QLatin1StringView(name) + u".equal."_s + m_zone});
    published.append({20, u"mx-d.equal."_s + m_zone});

    QSet<QString> orders;
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        QStringList seen;
        for (int round = 0; round < 2; ++round) {
            DnsProbe probe;
            probe.setNameserver(m_dns);
            probe.setShuffleSeed(seed);
            QStringList events;
            int made = 0;
            const DnsFindings f = run(probe, [&] { probe.lookupDomain(domain); }, &events, &made);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(!f.problem);
            QCOMPARE(made, 1 + 4 * 3); // MX, then A and AAAA of each exchange, and the PTR of its address
            QStringList names;
            QList<int> preferences;
            for (const MxHost &host : f.mx) {
                names.append(host.exchange);
                preferences.append(host.preference);
                // mx-a .. mx-d have 127.0.25.11 .. 14.
                QCOMPARE(host.addresses.size(), 1);
                const int index = host.exchange.at(3).unicode() - u'a';
                QCOMPARE(host.addresses.constFirst().address, QHostAddress(u"127.0.25.%1"_s.arg(11 + index)));
            }
            QCOMPARE(preferences, (QList<int>{10, 10, 10, 20}));
            QStringList expected;
            for (const MxOrdering::Record &r : MxOrdering::order(published, seed).records)
                expected.append(r.exchange);
            QCOMPARE(names, expected); // the seed alone decides, not the server's answer order
            if (round == 1)
                QCOMPARE(names, seen);
            seen = names;
        }
        orders.insert(seen.join(u' '));
    }
    QVERIFY2(orders.size() >= 2, "different seeds should give different orders");
}

void tst_DnsProbe::lookupHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("expected"); // describe() of the one host
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("eventText");

    QTest::newRow("name") << u"mail.@ZONE@"_s << u"any"_s << u"-1 mail.@ZONE@ @MAIL@>mail.@ZONE@ ::1"_s << u"-"_s << 4
                          << u"Looking up the addresses of mail.@ZONE@"_s;
    QTest::newRow("name, IPv4") << u"MAIL.@ZONE@."_s << u"v4"_s << u"-1 mail.@ZONE@ @MAIL@>mail.@ZONE@"_s << u"-"_s
                                << 2 << u"mail.@ZONE@ has address @MAIL@"_s;
    QTest::newRow("IPv4 literal: PTR only") << u"@MAIL@"_s << u"any"_s << u"-1 @MAIL@ @MAIL@"_s << u"-"_s << 1
                                            << u"Reverse DNS of @MAIL@: mail.@ZONE@"_s;
    QTest::newRow("bracketed IPv6 literal") << u"[::1]"_s << u"any"_s << u"-1 ::1 ::1"_s << u"-"_s << 1
                                            << u"::1 is an IP address: no DNS lookup needed"_s;
    QTest::newRow("RFC 5321 IPv6 literal") << u"[IPv6:::1]"_s << u"v6"_s << u"-1 ::1 ::1"_s << u"-"_s << 1
                                           << u"::1 is an IP address"_s;
    QTest::newRow("IPv6 literal, IPv4 asked") << u"::1"_s << u"v4"_s << u"-1 ::1"_s << u"no-usable-address"_s << 0
                                              << u"::1 is not an IPv4 address"_s;
    QTest::newRow("IPv6-only name, IPv4 asked") << u"mail6.@ZONE@"_s << u"v4"_s << u"-1 mail6.@ZONE@"_s
                                                << u"no-usable-address"_s << 2 << u"has no IPv4 address"_s;
    QTest::newRow("NXDOMAIN") << u"nosuch.@ZONE@"_s << u"any"_s << u"-1 nosuch.@ZONE@"_s << u"dns-nx-domain"_s << 2
                              << u"nosuch.@ZONE@ does not exist (NXDOMAIN)"_s;
}

void tst_DnsProbe::lookupHost()
{
    QFETCH(QString, host);
    QFETCH(QString, family);
    QFETCH(QString, expected);
    QFETCH(QString, problem);
    QFETCH(int, lookups);
    QFETCH(QString, eventText);

    DnsProbe probe;
    probe.setNameserver(m_dns);
    probe.setIpFamily(::family(family));
    QStringList events;
    int made = 0;
    const DnsFindings f = run(probe, [&] { probe.lookupHost(expand(host)); }, &events, &made);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!f.lookedUp);
    QVERIFY(!f.implicitMx && !f.nullMx);
    QCOMPARE(problemText(f.problem), problem);
    QCOMPARE(f.mx.size(), 1);
    // An address literal is no name: its PTR is recorded but cannot "match" it.
    const bool literal = !QHostAddress(f.mx.constFirst().exchange).isNull();
    QString described = describe(f.mx.constFirst(), !literal);
    if (literal && !f.mx.constFirst().addresses.isEmpty()) {
        const ResolvedAddress &a = f.mx.constFirst().addresses.constFirst();
        QVERIFY(!a.ptrMatches);
        if (a.address == QHostAddress(m_mail)) {
            QVERIFY(a.ptrLookedUp);
            QCOMPARE(a.ptr, u"mail."_s + m_zone);
        }
    }
    QCOMPARE(described, expand(expected));
    QCOMPARE(problemText(f.mx.constFirst().problem), problem);
    QCOMPARE(made, lookups);
    QVERIFY2(events.join(u'\n').contains(expand(eventText)), qPrintable(events.join(u'\n')));
    QVERIFY2(f.elapsedMs < 1500, qPrintable(QString::number(f.elapsedMs)));
}

void tst_DnsProbe::cancelEmitsNothing()
{
    DnsProbe probe;
    probe.setNameserver(m_dns);
    probe.setTimeout(std::chrono::milliseconds(800));
    QSignalSpy finished(&probe, &DnsProbe::finished);
    QSignalSpy events(&probe, &DnsProbe::progress);
    probe.lookupDomain(u"cancel.slow.test"_s);
    QVERIFY(probe.isRunning());
    QTest::qWait(100);
    const int eventsBefore = events.count();
    probe.cancel();
    QVERIFY(!probe.isRunning());
    QCOMPARE(problemText(probe.findings().problem), u"cancelled"_s);
    probe.cancel(); // twice is harmless
    QTest::qWait(1500); // past the deadline: it must not fire either
    QCOMPARE(finished.count(), 0);
    QCOMPARE(events.count(), eventsBefore);

    // The probe is reusable after a cancel.
    probe.setTimeout(std::chrono::milliseconds(5000));
    probe.lookupDomain(m_zone);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe.findings().problem);
    QCOMPARE(probe.findings().mx.size(), 1);
}

void tst_DnsProbe::emptyAnswers_data()
{
    QTest::addColumn<bool>("deadServer"); // ask DEAD_ADDR, where nothing listens, not dnsmasq
    QTest::addColumn<bool>("host");       // lookupHost instead of lookupDomain
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("eventText");

    // Qt 6.4 says InvalidReplyError, and fast, both for NODATA and for a refused
    // connection: one more question that every live server answers tells them apart.
    // (The zone has no name with neither MX nor address, so the domain case of a real
    // NODATA is covered by tst_hostanswers.)
    QTest::newRow("host without address") << false << true << u"nullmx.@ZONE@"_s << u"dns-no-address"_s << 3
                                          << u"nullmx.@ZONE@ has no address records"_s;
    QTest::newRow("domain, server not listening") << true << false << u"@ZONE@"_s << u"dns-no-answer"_s << 4
                                                  << u"The DNS server does not answer at all"_s;
    QTest::newRow("host, server not listening") << true << true << u"mail.@ZONE@"_s << u"dns-no-answer"_s << 3
                                                << u"The DNS server did not answer for mail.@ZONE@"_s;
}

void tst_DnsProbe::emptyAnswers()
{
    QFETCH(bool, deadServer);
    QFETCH(bool, host);
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QFETCH(int, lookups);
    QFETCH(QString, eventText);

    name = expand(name);
    DnsProbe probe;
    probe.setNameserver(deadServer ? QHostAddress(m_dead) : m_dns);
    QStringList events;
    int made = 0;
    const DnsFindings f = run(probe, [&] { host ? probe.lookupHost(name) : probe.lookupDomain(name); }, &events, &made);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(problemText(f.problem), problem);
    QVERIFY(!f.implicitMx);
    if (host) {
        QCOMPARE(f.mx.size(), 1);
        QVERIFY(f.mx.constFirst().addresses.isEmpty());
        QCOMPARE(problemText(f.mx.constFirst().problem), problem);
    } else {
        QVERIFY(f.mx.isEmpty());
    }
    QCOMPARE(made, lookups);
    QVERIFY2(events.join(u'\n').contains(expand(eventText)), qPrintable(events.join(u'\n')));
    QVERIFY2(f.elapsedMs < 1500, qPrintable(QString::number(f.elapsedMs)));
}

void tst_DnsProbe::noAnswer_data()
{
    QTest::addColumn<bool>("host");   // lookupHost instead of lookupDomain
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<QString>("eventText");

    // The resolver gives up after 2 s on the MX query (InvalidReplyError, as for NODATA);
    // the domain's A/AAAA then fail after 2 s more, and so it is "no answer", not
    // "no MX records". Without RES_OPTIONS it would be 10 s + 10 s.
    QTest::newRow("resolver timeout") << false << 15'000 << 3'500 << 6'500 << 3
                                      << u"The DNS server did not answer for no-reply.slow.test"_s;
    // Our own deadline comes first and ends the probe with what it has.
    QTest::newRow("own deadline") << false << 1'500 << 1'400 << 2'500 << 1
                                  << u"did not answer the MX query for no-reply.slow.test"_s;
    QTest::newRow("host, resolver timeout") << true << 15'000 << 1'700 << 3'500 << 2
                                            << u"The DNS server did not answer for no-reply.slow.test"_s;
    QTest::newRow("host, own deadline") << true << 1'500 << 1'400 << 2'500 << 2 << u"DNS lookups stopped after"_s;
}

void tst_DnsProbe::noAnswer()
{
    QFETCH(bool, host);
    QFETCH(int, timeoutMs);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    QFETCH(int, lookups);
    QFETCH(QString, eventText);

    DnsProbe probe;
    probe.setNameserver(m_dns);
    probe.setTimeout(std::chrono::milliseconds(timeoutMs));
    QStringList events;
    int made = 0;
    QElapsedTimer clock;
    clock.start();
    const DnsFindings f = run(probe, [&] {
        if (host)
            probe.lookupHost(u"no-reply.slow.test"_s);
        else
            probe.lookupDomain(u"no-reply.slow.test"_s);
    }, &events, &made);
    const qint64 elapsed = clock.elapsed();
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(problemText(f.problem), u"dns-no-answer"_s);
    QVERIFY(!f.implicitMx);
    QVERIFY(!f.nullMx);
    if (host) {
        QCOMPARE(f.mx.size(), 1);
        QVERIFY(f.mx.constFirst().addresses.isEmpty());
        QCOMPARE(problemText(f.mx.constFirst().problem), u"dns-no-answer"_s);
    } else {
        QVERIFY(f.mx.isEmpty());
    }
    QCOMPARE(made, lookups);
    QVERIFY2(elapsed >= minMs && elapsed <= maxMs, qPrintable(u"%1 ms"_s.arg(elapsed)));
    QVERIFY2(f.elapsedMs >= minMs && f.elapsedMs <= maxMs, qPrintable(u"%1 ms"_s.arg(f.elapsedMs)));
    QVERIFY2(events.join(u'\n').contains(eventText), qPrintable(events.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_DnsProbe)
#include "tst_dnsprobe.moc"
