#include "plan/ServerAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Explicit servers as people write them: host, host:port, IPv4, bracketed and bare IPv6.
class TestServerAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestServerAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host"); // empty: refused
    QTest::addColumn<int>("port");     // 0: none given
    QTest::addColumn<QString>("message");

    QTest::newRow("host") << u"mx.example.com"_s << u"mx.example.com"_s << 0 << QString();
    QTest::newRow("host:port") << u"mx.example.com:587"_s << u"mx.example.com"_s << 587 << QString();
    QTest::newRow("spaces around") << u" mx.example.com:25 "_s << u"mx.example.com"_s << 25 << QString();
    QTest::newRow("root dot") << u"mx.example.com.:25"_s << u"mx.example.com"_s << 25 << QString();
    QTest::newRow("IDN") << u"mx.bücher.example"_s << u"mx.xn--bcher-kva.example"_s << 0 << QString();
    QTest::newRow("IPv4:port") << u"192.0.2.1:2525"_s << u"192.0.2.1"_s << 2525 << QString();
    QTest::newRow("[v6]:port") << u"[2001:db8::1]:587"_s << u"2001:db8::1"_s << 587 << QString();
    QTest::newRow("[IPv6:v6]") << u"[IPv6:::1]"_s << u"::1"_s << 0 << QString();
    QTest::newRow("[v4]:port") << u"[127.0.0.1]:25"_s << u"127.0.0.1"_s << 25 << QString();
    QTest::newRow("bare v6") << u"2001:db8::25"_s << u"2001:db8::25"_s << 0 << QString();
    QTest::newRow("port 65535") << u"h.example:65535"_s << u"h.example"_s << 65535 << QString();
    QTest::newRow("empty") << u"  "_s << QString() << 0 << u"empty"_s;
    QTest::newRow("port 0") << u"h.example:0"_s << QString() << 0 << u"1 to 65535"_s;
    QTest::newRow("port 65536") << u"h.example:65536"_s << QString() << 0 << u"1 to 65535"_s;
    QTest::newRow("port sign") << u"h.example:+25"_s << QString() << 0 << u"1 to 65535"_s;
    QTest::newRow("no host") << u":25"_s << QString() << 0 << u"no server name"_s;
    QTest::newRow("unclosed [") << u"[::1:25"_s << QString() << 0 << u"no closing ]"_s;
    QTest::newRow("junk after ]") << u"[::1]25"_s << QString() << 0 << u"only a port"_s;
    QTest::newRow("bad bracketed") << u"[mx.example.com]:25"_s << QString() << 0 << u"not a valid IP"_s;
    QTest::newRow("bad v6") << u"2001:db8::1::25"_s << QString() << 0 << u"[2001:db8::1]:587"_s;
    QTest::newRow("bad v4") << u"10.0.0.300"_s << QString() << 0 << u"not a valid IPv4"_s;
    QTest::newRow("underscore") << u"mail_1.example"_s << QString() << 0 << u"\"_\""_s;
    QTest::newRow("line break") << u"mx.example.com\r\nQUIT"_s << QString() << 0 << u"line break"_s;
}

void TestServerAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, message);
    QString error;
    const auto server = ServerAddress::parse(text, &error);
    QCOMPARE(server.has_value(), !host.isEmpty());
    if (!server) {
        QVERIFY2(error.contains(message), qPrintable(error));
        return;
    }
    QCOMPARE(server->host, host);
    QCOMPARE(server->port.value_or(0), port);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
