#include "model/Capabilities.h"

#include <QTest>

/// EHLO keyword parsing, tolerant of odd lines and old AUTH= forms.
class TestCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void oddLines();
};

void TestCapabilities::parse_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("greetingName");
    QTest::addColumn<qint64>("size");   // -1: not advertised
    QTest::addColumn<QStringList>("auth");
    QTest::addColumn<QStringList>("flags"); // which boolean capabilities are set

    QTest::newRow("postfix") << QStringList{QStringLiteral("mail.wizard.test"),
                                            QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                                            QStringLiteral("VRFY"), QStringLiteral("ETRN"), QStringLiteral("STARTTLS"),
                                            QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME"),
                                            QStringLiteral("DSN"), QStringLiteral("SMTPUTF8"), QStringLiteral("CHUNKING")}
                             << QStringLiteral("mail.wizard.test") << qint64(10240000) << QStringList()
                             << QStringList{QStringLiteral("pipelining"), QStringLiteral("starttls"),
                                            QStringLiteral("enhanced"), QStringLiteral("8bit"), QStringLiteral("dsn"),
                                            QStringLiteral("utf8"), QStringLiteral("chunking")};
    QTest::newRow("exchange auth") << QStringList{QStringLiteral("EX01.contoso.com Hello [192.0.2.1]"),
                                                  QStringLiteral("SIZE 37748736"), QStringLiteral("AUTH LOGIN Plain XOAUTH2"),
                                                  QStringLiteral("AUTH=LOGIN"), QStringLiteral("BINARYMIME")}
                                   << QStringLiteral("EX01.contoso.com") << qint64(37748736)
                                   << QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("XOAUTH2")}
                                   << QStringList{QStringLiteral("binary")};
    QTest::newRow("old auth form only") << QStringList{QStringLiteral("old.example"), QStringLiteral("AUTH=PLAIN LOGIN")}
                                        << QStringLiteral("old.example") << qint64(-1)
                                        << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")} << QStringList();
    QTest::newRow("size without number") << QStringList{QStringLiteral("x"), QStringLiteral("SIZE")} << QStringLiteral("x")
                                         << qint64(0) << QStringList() << QStringList();
    QTest::newRow("lower case keywords") << QStringList{QStringLiteral("x"), QStringLiteral("starttls"), QStringLiteral("size 5")}
                                         << QStringLiteral("x") << qint64(5) << QStringList()
                                         << QStringList{QStringLiteral("starttls")};
    QTest::newRow("smtp-sink empty last line") << QStringList{QStringLiteral("sink"), QStringLiteral("DSN"), QString()}
                                               << QStringLiteral("sink") << qint64(-1) << QStringList()
                                               << QStringList{QStringLiteral("dsn")};
    // Found by fuzz_capabilities: a "mechanism" whose Unicode case mapping does not
    // round-trip. Only RFC 4422 names (A-Z 0-9 - _, at most 20) are mechanisms.
    QTest::newRow("not sasl names") << QStringList{QStringLiteral("x"),
                                                   QStringLiteral("AUTH PLAIN \u01C5X \u00DF CRAM_MD5 ABCDEFGHIJKLMNOPQRSTU scram-sha-256")}
                                    << QStringLiteral("x") << qint64(-1)
                                    << QStringList{QStringLiteral("PLAIN"), QStringLiteral("CRAM_MD5"), QStringLiteral("SCRAM-SHA-256")}
                                    << QStringList();
    QTest::newRow("greeting only") << QStringList{QStringLiteral("tiny")} << QStringLiteral("tiny") << qint64(-1)
                                   << QStringList() << QStringList();
}

void TestCapabilities::parse()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, greetingName);
    QFETCH(qint64, size);
    QFETCH(QStringList, auth);
    QFETCH(QStringList, flags);

    const Capabilities caps = Capabilities::fromEhloLines(lines);
    QVERIFY(caps.esmtp);
    QCOMPARE(caps.greetingName, greetingName);
    QCOMPARE(caps.size.value_or(-1), size);
    QCOMPARE(caps.authMechanisms, auth);
    QCOMPARE(caps.pipelining, flags.contains(u"pipelining"));
    QCOMPARE(caps.startTls, flags.contains(u"starttls"));
    QCOMPARE(caps.enhancedStatusCodes, flags.contains(u"enhanced"));
    QCOMPARE(caps.eightBitMime, flags.contains(u"8bit"));
    QCOMPARE(caps.dsn, flags.contains(u"dsn"));
    QCOMPARE(caps.smtpUtf8, flags.contains(u"utf8"));
    QCOMPARE(caps.chunking, flags.contains(u"chunking"));
    QCOMPARE(caps.binaryMime, flags.contains(u"binary"));
    for (const QString &mechanism : auth)
        QVERIFY(caps.supportsAuth(mechanism.toLower()));
}

void TestCapabilities::oddLines()
{
    const Capabilities caps = Capabilities::fromEhloLines(
        {QStringLiteral("x"), QStringLiteral("-BROKEN"), QStringLiteral("STARTTLS"), QStringLiteral("***")});
    QCOMPARE(caps.oddLines, (QStringList{QStringLiteral("-BROKEN"), QStringLiteral("***")}));
    QVERIFY(caps.startTls);
    QCOMPARE(caps.keywords, QStringList{QStringLiteral("STARTTLS")});
}

QTEST_APPLESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
