#include "protocol/dns/DnsNames.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Name spelling for DNS questions: ACE names and reverse (PTR) names.
class tst_DnsNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aceName_data();
    void aceName();
    void reverseName_data();
    void reverseName();
};

void tst_DnsNames::aceName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"mail.example.com"_s << u"mail.example.com"_s;
    QTest::newRow("trailing dot, case") << u"Mail.Example.COM."_s << u"mail.example.com"_s;
    QTest::newRow("unicode to ACE") << u"mx.bücher.example."_s << u"mx.xn--bcher-kva.example"_s;
    QTest::newRow("ACE kept") << u"MX.XN--BCHER-KVA.example"_s << u"mx.xn--bcher-kva.example"_s;
    QTest::newRow("root") << u"."_s << QString();
}

void tst_DnsNames::aceName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DnsNames::aceName(input), expected);
}

void tst_DnsNames::reverseName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IPv4") << u"192.0.2.1"_s << u"1.2.0.192.in-addr.arpa"_s;
    QTest::newRow("IPv4 loopback") << u"127.0.25.1"_s << u"1.25.0.127.in-addr.arpa"_s;
    QTest::newRow("IPv4 zeros") << u"10.0.0.0"_s << u"0.0.0.10.in-addr.arpa"_s;
    QTest::newRow("IPv6 loopback") << u"::1"_s
                                   << u"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa"_s;
    // RFC 3596 §2.5's own example.
    QTest::newRow("IPv6 RFC 3596") << u"4321:0:1:2:3:4:567:89ab"_s
                                   << u"b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.1.2.3.4.ip6.arpa"_s;
    QTest::newRow("null") << QString() << QString();
}

void tst_DnsNames::reverseName()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QCOMPARE(DnsNames::reverseName(QHostAddress(address)), expected);
}

QTEST_GUILESS_MAIN(tst_DnsNames)
#include "tst_dnsnames.moc"
