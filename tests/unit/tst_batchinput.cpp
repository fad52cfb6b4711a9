#include "plan/BatchInput.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// Reading the list of a batch check: addresses checked, duplicates and comments skipped,
/// bad lines kept with their numbers, resumed addresses dropped.
class TestBatchInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheList()
    {
        const BatchInput input = BatchInput::parse(
            u"# customers\r\nalice@Example.com\r\n\r\n  bob@example.com  \nnot an address\nalice@EXAMPLE.COM\n"
            "carol@b\u00fccher.example\nuser@[192.0.2.1]\n\x1b[2Jx@\n"_s);
        QCOMPARE(input.entries().size(), 3);
        QCOMPARE(input.entries().at(0).line, 2);
        // The row names the address as it is asked at RCPT TO: the domain in its wire form
        // (lower case, A-labels), the local part as typed.
        QCOMPARE(input.entries().at(0).address, u"alice@example.com"_s);
        QCOMPARE(input.entries().at(0).domain, u"example.com"_s);
        QCOMPARE(input.entries().at(1).line, 4);
        QCOMPARE(input.entries().at(1).address, u"bob@example.com"_s);
        QCOMPARE(input.entries().at(2).address, u"carol@xn--bcher-kva.example"_s);
        QCOMPARE(input.duplicates(), 1); // the domain's case does not make a new address
        QCOMPARE(input.domains(), (QStringList{u"example.com"_s, u"xn--bcher-kva.example"_s}));

        QCOMPARE(input.badLines().size(), 3);
        QCOMPARE(input.badLines().at(0).line, 5);
        QCOMPARE(input.badLines().at(0).text, u"not an address"_s);
        QVERIFY(!input.badLines().at(0).reason.isEmpty());
        QCOMPARE(input.badLines().at(1).line, 8); // an address literal has no MX to ask
        QCOMPARE(input.badLines().at(2).line, 9);
        QVERIFY(!input.badLines().at(2).text.contains(QChar(0x1b))); // shown safely
    }

    void localPartKeepsItsCase()
    {
        const BatchInput input = BatchInput::parse(u"Bob@example.com\nbob@example.com\n"_s);
        QCOMPARE(input.entries().size(), 2); // RFC 5321 §2.4: the local part may be case-sensitive
    }

    void skipsWhatWasDone()
    {
        BatchInput input = BatchInput::parse(u"a@example.com\nb@example.com\nc@example.com\n"_s);
        QCOMPARE(input.skip({u"b@EXAMPLE.com"_s, u"zz@example.com"_s}), 1);
        QCOMPARE(input.entries().size(), 2);
        QCOMPARE(input.entries().at(1).address, u"c@example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestBatchInput)
#include "tst_batchinput.moc"
