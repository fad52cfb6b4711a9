#include "model/SafeText.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Network text made safe to show: what a terminal or a text layout would obey is shown
// as an escape, everything else stays as it was.
class TestSafeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void visible_data();
    void visible();
    void fromWire_data();
    void fromWire();
};

void TestSafeText::visible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"250 2.0.0 Ok"_s << u"250 2.0.0 Ok"_s;
    QTest::newRow("tab stays") << u"a\tb"_s << u"a\tb"_s;
    QTest::newRow("non-ASCII stays") << u"550 Benutzer unbekannt: Müller, 用户不存在"_s
                                     << u"550 Benutzer unbekannt: Müller, 用户不存在"_s;
    QTest::newRow("ESC") << u"x\x1b[2Jy"_s << u"x\\x1b[2Jy"_s;
    QTest::newRow("BEL, BS, CR, LF") << u"\x07\b\r\n"_s << u"\\x07\\x08\\x0d\\x0a"_s;
    QTest::newRow("NUL") << QString(QChar(0)) << u"\\x00"_s;
    QTest::newRow("DEL") << u"\x7f"_s << u"\\x7f"_s;
    QTest::newRow("C1 CSI and OSC") << u"\u009b6n\u009d0;t"_s << u"\\x9b6n\\x9d0;t"_s;
    QTest::newRow("bidi override") << u"abc\u202Efdp.exe"_s << u"abc\\u{202e}fdp.exe"_s;
    QTest::newRow("bidi isolate") << u"\u2066x\u2069"_s << u"\\u{2066}x\\u{2069}"_s;
    QTest::newRow("emoji stays") << u"ok \U0001F600"_s << u"ok \U0001F600"_s;
}

void TestSafeText::visible()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(SafeText::visible(text), shown);
    QCOMPARE(SafeText::needsEscaping(text), text != shown);
    QVERIFY(!SafeText::needsEscaping(SafeText::visible(text)));
}

void TestSafeText::fromWire_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("ASCII") << QByteArray("220 ready") << u"220 ready"_s;
    QTest::newRow("UTF-8") << QByteArray("550 M\xc3\xbcller") << u"550 Müller"_s;
    QTest::newRow("Latin-1 byte") << QByteArray("550 M\xfcller") << u"550 M\\xfcller"_s;
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x82") << u"a\\xe2\\x82"_s;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << u"\\xc0\\xaf"_s;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << u"\\xed\\xa0\\x80"_s;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << u"\\xf4\\x90\\x80\\x80"_s;
    QTest::newRow("C1 in UTF-8") << QByteArray("\xc2\x9b" "2J") << u"\\x9b2J"_s;
    // Each character was decoded on its own, and QString::fromUtf8 drops a byte order mark
    // that starts its input: a U+FEFF anywhere in a line was lost.
    QTest::newRow("U+FEFF kept") << QByteArray("\xef\xbb\xbf" "a\xef\xbb\xbf" "b") << u"\uFEFFa\uFEFFb"_s;
    QTest::newRow("ESC raw") << QByteArray("\x1b]0;t\x07") << u"\\x1b]0;t\\x07"_s;
}

void TestSafeText::fromWire()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(SafeText::fromWire(bytes), shown);
}

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
