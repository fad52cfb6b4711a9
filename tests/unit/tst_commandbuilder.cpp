#include "protocol/smtp/CommandBuilder.h"

#include <QTest>

/// MAIL FROM and RCPT TO parameters appear only when the server advertised them.
class TestCommandBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailFrom_data();
    void mailFrom();
    void rcptTo_data();
    void rcptTo();
    void authPlain();
};

namespace {
Capabilities caps(bool dsn, bool size, bool eightBit)
{
    Capabilities c;
    c.dsn = dsn;
    if (size)
        c.size = 1000000;
    c.eightBitMime = eightBit;
    return c;
}
} // namespace

void TestCommandBuilder::mailFrom_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("dsn");
    QTest::addColumn<bool>("size");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("nothing advertised") << QStringLiteral("a@b.test") << false << false << QByteArray("MAIL FROM:<a@b.test>");
    QTest::newRow("size") << QStringLiteral("a@b.test") << false << true << QByteArray("MAIL FROM:<a@b.test> SIZE=123");
    QTest::newRow("dsn") << QStringLiteral("a@b.test") << true << false
                         << QByteArray("MAIL FROM:<a@b.test> RET=HDRS ENVID=ticket+2B1");
    QTest::newRow("null sender") << QString() << false << false << QByteArray("MAIL FROM:<>");
}

void TestCommandBuilder::mailFrom()
{
    QFETCH(QString, from);
    QFETCH(bool, dsn);
    QFETCH(bool, size);
    QFETCH(QByteArray, expected);
    TestPlan plan;
    plan.mailFrom = from;
    plan.ret = TestPlan::Ret::Headers;
    plan.envid = QStringLiteral("ticket+1");
    CommandBuilder::MailOptions options;
    options.size = 123;
    QCOMPARE(CommandBuilder::mailFrom(plan, caps(dsn, size, false), options), expected);
}

void TestCommandBuilder::rcptTo_data()
{
    QTest::addColumn<int>("notify");
    QTest::addColumn<bool>("orcpt");
    QTest::addColumn<bool>("dsn");
    QTest::addColumn<QByteArray>("expected");
    const int sf = TestPlan::NotifySuccess | TestPlan::NotifyFailure;
    QTest::newRow("no dsn advertised") << sf << true << false << QByteArray("RCPT TO:<x@y.test>");
    QTest::newRow("notify") << sf << false << true << QByteArray("RCPT TO:<x@y.test> NOTIFY=SUCCESS,FAILURE");
    QTest::newRow("notify all") << int(TestPlan::NotifySuccess | TestPlan::NotifyFailure | TestPlan::NotifyDelay) << false
                                << true << QByteArray("RCPT TO:<x@y.test> NOTIFY=SUCCESS,FAILURE,DELAY");
    QTest::newRow("never") << int(TestPlan::NotifyNever) << false << true << QByteArray("RCPT TO:<x@y.test> NOTIFY=NEVER");
    QTest::newRow("orcpt") << int(TestPlan::NotifyDefault) << true << true
                           << QByteArray("RCPT TO:<x@y.test> ORCPT=rfc822;x@y.test");
}

void TestCommandBuilder::rcptTo()
{
    QFETCH(int, notify);
    QFETCH(bool, orcpt);
    QFETCH(bool, dsn);
    QFETCH(QByteArray, expected);
    TestPlan plan;
    plan.notify = TestPlan::Notify(notify);
    plan.orcpt = orcpt;
    QCOMPARE(CommandBuilder::rcptTo(plan, caps(dsn, false, false), QStringLiteral("x@y.test")), expected);
}

void TestCommandBuilder::authPlain()
{
    QCOMPARE(QByteArray::fromBase64(CommandBuilder::authPlainResponse(QStringLiteral("u"), QStringLiteral("pä"))),
             QByteArray("\0u\0p\xc3\xa4", 6));
}

QTEST_APPLESS_MAIN(TestCommandBuilder)
#include "tst_commandbuilder.moc"
