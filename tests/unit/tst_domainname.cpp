#include "plan/DomainName.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Domains to ACE, strict IP addresses and RFC 5321 address literals.
class TestDomainName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toAce_data();
    void toAce();
    void ipAddress_data();
    void ipAddress();
    void addressLiteral_data();
    void addressLiteral();
};

void TestDomainName::toAce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ace");     // empty: refused
    QTest::addColumn<QString>("message"); // part of the error when refused

    QTest::newRow("ASCII") << u"mail.example.com"_s << u"mail.example.com"_s << QString();
    QTest::newRow("upper case") << u"MAIL.Example.Com"_s << u"mail.example.com"_s << QString();
    QTest::newRow("single label") << u"localhost"_s << u"localhost"_s << QString();
    QTest::newRow("IDN") << u"bücher.example"_s << u"xn--bcher-kva.example"_s << QString();
    QTest::newRow("IDN upper case") << u"BÜCHER.example"_s << u"xn--bcher-kva.example"_s << QString();
    QTest::newRow("already ACE") << u"xn--bcher-kva.example"_s << u"xn--bcher-kva.example"_s << QString();
    QTest::newRow("Cyrillic") << u"пример.испытание"_s << u"xn--e1afmkfd.xn--80akhbyknj4f"_s << QString();
    QTest::newRow("digits inside") << u"123.example"_s << u"123.example"_s << QString();
    QTest::newRow("empty") << QString() << QString() << u"empty"_s;
    QTest::newRow("trailing dot") << u"example.com."_s << QString() << u"ends with a dot"_s;
    QTest::newRow("leading dot") << u".example.com"_s << QString() << u"empty part"_s;
    QTest::newRow("underscore") << u"_dmarc.example.com"_s << QString() << u"\"_\""_s;
    QTest::newRow("leading hyphen") << u"-a.example"_s << QString() << u"hyphen"_s;
    QTest::newRow("label 64") << QString(64, u'a') + u".example"_s << QString() << u"longer than 63"_s;
    QTest::newRow("IP address") << u"192.0.2.1"_s << QString() << u"[192.0.2.1]"_s;
    QTest::newRow("numeric top label") << u"example.123"_s << QString() << u"only digits"_s;
    QTest::newRow("tab") << u"exa\tmple.com"_s << QString() << u"control character"_s;
    QTest::newRow("space") << u"exa mple.com"_s << QString() << u"space"_s;
}

void TestDomainName::toAce()
{
    QFETCH(QString, text);
    QFETCH(QString, ace);
    QFETCH(QString, message);
    QString error;
    const auto result = DomainName::toAce(text, &error);
    QCOMPARE(result.value_or(QString()), ace);
    if (ace.isEmpty())
        QVERIFY2(error.contains(message), qPrintable(error));
}

void TestDomainName::ipAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: refused

    QTest::newRow("IPv4") << u"192.0.2.1"_s << u"192.0.2.1"_s;
    QTest::newRow("IPv6") << u"2001:DB8:0::1"_s << u"2001:db8::1"_s;
    QTest::newRow("IPv6 loopback") << u"::1"_s << u"::1"_s;
    QTest::newRow("IPv4-mapped") << u"::ffff:192.0.2.1"_s << u"::ffff:192.0.2.1"_s;
    QTest::newRow("short IPv4") << u"127.1"_s << QString();
    QTest::newRow("one number") << u"2130706433"_s << QString();
    QTest::newRow("octet 256") << u"192.0.2.256"_s << QString();
    QTest::newRow("hex") << u"0x7f.0.0.1"_s << QString();
    QTest::newRow("empty octet") << u"192..2.1"_s << QString();
    QTest::newRow("scope id") << u"fe80::1%eth0"_s << QString();
    QTest::newRow("bad IPv6") << u"2001:db8:::1"_s << QString();
    QTest::newRow("name") << u"example.com"_s << QString();
}

void TestDomainName::ipAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto address = DomainName::parseIpAddress(text);
    QCOMPARE(address ? address->toString() : QString(), canonical);
}

void TestDomainName::addressLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("literal"); // as written back; empty: refused

    QTest::newRow("IPv4") << u"[192.0.2.1]"_s << u"[192.0.2.1]"_s;
    QTest::newRow("IPv6") << u"[IPv6:2001:db8::1]"_s << u"[IPv6:2001:db8::1]"_s;
    QTest::newRow("IPv6 tag lower case") << u"[ipv6:::1]"_s << u"[IPv6:::1]"_s;
    QTest::newRow("IPv6 without tag") << u"[2001:db8::1]"_s << QString();
    QTest::newRow("IPv4 under IPv6 tag") << u"[IPv6:192.0.2.1]"_s << QString();
    QTest::newRow("no brackets") << u"192.0.2.1"_s << QString();
    QTest::newRow("empty") << u"[]"_s << QString();
    QTest::newRow("unknown tag") << u"[X400:c=us]"_s << QString();
}

void TestDomainName::addressLiteral()
{
    QFETCH(QString, text);
    QFETCH(QString, literal);
    QString error;
    const auto address = DomainName::parseAddressLiteral(text, &error);
    QCOMPARE(address ? DomainName::addressLiteral(*address) : QString(), literal);
    QCOMPARE(error.isEmpty(), !literal.isEmpty());
}

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
