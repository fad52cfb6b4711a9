#include "protocol/smtp/MessageBuilder.h"

#include <QTest>
#include <QTimeZone>

/// The DATA payload: CRLF, dot-stuffing, generated headers, 8-bit handling, line limits.
class TestMessageBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotStuff_data();
    void dotStuff();
    void crlf_data();
    void crlf();
    void generatedHeaders();
    void givenHeadersWin();
    void eightBit();
    void quotedPrintableLines();
    void encodedSubject();
    void date();
};

namespace {
TestPlan samplePlan()
{
    TestPlan plan;
    plan.domain = QStringLiteral("wizard.test");
    plan.mailFrom = QStringLiteral("sender@wizard.test");
    plan.rcptTo = {QStringLiteral("alice@wizard.test"), QStringLiteral("bob@wizard.test")};
    plan.subject = QStringLiteral("Test");
    plan.body = QStringLiteral("Hello\n.leading dot\n..two dots\n.\nend");
    return plan;
}
} // namespace

void TestMessageBuilder::dotStuff_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("none") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("leading dot") << QByteArray(".a\r\n") << QByteArray("..a\r\n");
    QTest::newRow("lone dot") << QByteArray("x\r\n.\r\ny\r\n") << QByteArray("x\r\n..\r\ny\r\n");
    QTest::newRow("dot mid line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n");
    QTest::newRow("two dots") << QByteArray("..\r\n") << QByteArray("...\r\n");
}

void TestMessageBuilder::dotStuff()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(MessageBuilder::dotStuff(in), out);
}

void TestMessageBuilder::crlf_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("lf") << QByteArray("a\nb") << QByteArray("a\r\nb");
    QTest::newRow("crlf") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
    QTest::newRow("cr") << QByteArray("a\rb") << QByteArray("a\r\nb");
    QTest::newRow("mixed") << QByteArray("a\r\n\nb\r") << QByteArray("a\r\n\r\nb\r\n");
}

void TestMessageBuilder::crlf()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(MessageBuilder::toCrlf(in), out);
}

void TestMessageBuilder::generatedHeaders()
{
    MessageBuilder builder(samplePlan(), QStringLiteral("client.wizard.test"));
    builder.setMessageId(QStringLiteral("<fixed@client.wizard.test>"));
    const auto message = builder.build(true);
    const QByteArray wire = message.wire;
    QVERIFY(wire.startsWith("Date: "));
    QVERIFY(wire.contains("\r\nFrom: <sender@wizard.test>\r\n"));
    QVERIFY(wire.contains("\r\nTo: <alice@wizard.test>,\r\n <bob@wizard.test>\r\n"));
    QVERIFY(wire.contains("\r\nSubject: Test\r\n"));
    QVERIFY(wire.contains("\r\nMessage-ID: <fixed@client.wizard.test>\r\n"));
    QVERIFY(wire.contains("\r\nContent-Transfer-Encoding: 7bit\r\n"));
    // Body dot-stuffed, and the terminator appears exactly once, at the end.
    QVERIFY(wire.contains("\r\n\r\nHello\r\n..leading dot\r\n...two dots\r\n..\r\nend\r\n.\r\n"));
    QVERIFY(wire.endsWith("\r\nend\r\n.\r\n"));
    QCOMPARE(wire.count("\r\n.\r\n"), 1);
    QVERIFY(!message.eightBit);
    QVERIFY(!wire.contains("\n\n")); // no bare LF anywhere
    for (const QByteArray &line : wire.split('\n'))
        QVERIFY(line.size() <= 1000);
}

void TestMessageBuilder::givenHeadersWin()
{
    TestPlan plan = samplePlan();
    plan.headers = {{QStringLiteral("From"), QStringLiteral("Help Desk <desk@wizard.test>")},
                    {QStringLiteral("X-Ticket"), QStringLiteral("4711")}};
    const auto message = MessageBuilder(plan, QStringLiteral("c.test")).build(true);
    QCOMPARE(message.wire.count("\r\nFrom: "), 1);
    QVERIFY(message.wire.contains("\r\nFrom: Help Desk <desk@wizard.test>\r\n"));
    QVERIFY(message.wire.contains("\r\nX-Ticket: 4711\r\n"));
}

void TestMessageBuilder::eightBit()
{
    TestPlan plan = samplePlan();
    plan.body = QStringLiteral("Grüße aus Köln\n");
    const auto with = MessageBuilder(plan, QStringLiteral("c.test")).build(true);
    QVERIFY(with.eightBit);
    QVERIFY(with.wire.contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(with.wire.contains(QStringLiteral("Grüße aus Köln").toUtf8()));
    const auto without = MessageBuilder(plan, QStringLiteral("c.test")).build(false);
    QVERIFY(!without.eightBit);
    QVERIFY(without.quotedPrintable);
    QVERIFY(without.wire.contains("Gr=C3=BC=C3=9Fe aus K=C3=B6ln"));
    for (const char c : without.wire)
        QVERIFY(static_cast<unsigned char>(c) < 0x80);
}

void TestMessageBuilder::quotedPrintableLines()
{
    const QByteArray longLine = QByteArray(300, 'a') + "\xc3\xa4" + QByteArray(300, 'b') + "\r\n";
    const QByteArray qp = MessageBuilder::quotedPrintable(longLine);
    for (const QByteArray &line : qp.split('\n'))
        QVERIFY2(line.size() <= 77, line.constData());
    QVERIFY(qp.contains("=C3=A4"));
}

void TestMessageBuilder::encodedSubject()
{
    const QByteArray encoded = MessageBuilder::encodeHeaderValue(QString(60, QChar(0x00e9)));
    QVERIFY(encoded.startsWith("=?UTF-8?B?"));
    for (const QByteArray &line : encoded.split('\n'))
        QVERIFY(line.size() <= 78);
    QCOMPARE(MessageBuilder::encodeHeaderValue(QStringLiteral("plain")), QByteArray("plain"));
}

void TestMessageBuilder::date()
{
    const QDateTime date(QDate(2026, 11, 29), QTime(14, 32, 5), QTimeZone(3600));
    QCOMPARE(MessageBuilder::rfc5322Date(date), QStringLiteral("Sun, 29 Nov 2026 14:32:05 +0100"));
}

QTEST_APPLESS_MAIN(TestMessageBuilder)
#include "tst_messagebuilder.moc"
