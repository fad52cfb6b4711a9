#include "protocol/smtp/Xtext.h"

#include <QTest>

/// RFC 3461 xtext for ENVID and ORCPT.
class TestXtext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
};

void TestXtext::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("xtext");
    QTest::newRow("plain") << QStringLiteral("ticket-4711") << QByteArray("ticket-4711");
    QTest::newRow("plus and equals") << QStringLiteral("a+b=c") << QByteArray("a+2Bb+3Dc");
    QTest::newRow("space") << QStringLiteral("two words") << QByteArray("two+20words");
    QTest::newRow("address") << QStringLiteral("alice@example.com") << QByteArray("alice@example.com");
    QTest::newRow("utf8") << QStringLiteral("ä") << QByteArray("+C3+A4");
    QTest::newRow("del and tilde") << QStringLiteral("~\x7f") << QByteArray("~+7F");
    QTest::newRow("empty") << QString() << QByteArray();
    // Found by fuzz_xtext (tests/fuzz): a value starting with U+FEFF lost it on decoding,
    // which took its UTF-8 for a byte-order mark.
    QTest::newRow("leading U+FEFF") << QStringLiteral("\uFEFF`") << QByteArray("+EF+BB+BF`");
}

void TestXtext::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, xtext);
    QCOMPARE(Xtext::encode(text), xtext);
    QCOMPARE(Xtext::decode(xtext), std::optional<QString>(text));
}

void TestXtext::malformed_data()
{
    QTest::addColumn<QByteArray>("xtext");
    QTest::newRow("short hex") << QByteArray("a+2");
    QTest::newRow("lower hex") << QByteArray("a+2b");
    QTest::newRow("not hex") << QByteArray("a+ZZ");
    QTest::newRow("raw equals") << QByteArray("a=b");
    QTest::newRow("raw space") << QByteArray("a b");
}

void TestXtext::malformed()
{
    QFETCH(QByteArray, xtext);
    QVERIFY(!Xtext::decode(xtext).has_value());
}

QTEST_APPLESS_MAIN(TestXtext)
#include "tst_xtext.moc"
