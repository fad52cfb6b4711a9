#include "protocol/smtp/ReplyReader.h"

#include <QTest>

/// Reply parsing: single and multi-line replies, enhanced codes, partial reads, garbage
/// and floods.
class TestReplyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data();
    void parseLine();
    void replies_data();
    void replies();
    void partialReads();
    void limits_data();
    void limits();
    void firstErrorKept_data();
    void firstErrorKept();
    void printable();
    void replyTextIsSafe();
};

void TestReplyReader::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("last");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");

    QTest::newRow("simple") << QByteArray("250 OK") << true << 250 << true << QString() << QStringLiteral("OK");
    QTest::newRow("continued") << QByteArray("250-SIZE 1000") << true << 250 << false << QString() << QStringLiteral("SIZE 1000");
    QTest::newRow("enhanced") << QByteArray("550 5.1.1 <x@y>: User unknown") << true << 550 << true
                              << QStringLiteral("5.1.1") << QStringLiteral("<x@y>: User unknown");
    QTest::newRow("enhanced three digits") << QByteArray("550 5.7.606 Access denied") << true << 550 << true
                                           << QStringLiteral("5.7.606") << QStringLiteral("Access denied");
    QTest::newRow("enhanced only") << QByteArray("250 2.0.0") << true << 250 << true << QStringLiteral("2.0.0") << QString();
    QTest::newRow("version not code") << QByteArray("220 2.0.10beta ready") << true << 220 << true << QString()
                                      << QStringLiteral("2.0.10beta ready");
    QTest::newRow("code only") << QByteArray("250") << true << 250 << true << QString() << QString();
    QTest::newRow("empty text") << QByteArray("250 ") << true << 250 << true << QString() << QString();
    QTest::newRow("no separator") << QByteArray("250ok") << false << 250 << true << QString() << QStringLiteral("ok");
    QTest::newRow("letters") << QByteArray("HTTP/1.1 400 Bad Request") << false << 0 << true << QString() << QString();
    QTest::newRow("short") << QByteArray("25") << false << 0 << true << QString() << QString();
    QTest::newRow("out of range") << QByteArray("999 what") << false << 999 << true << QString() << QStringLiteral("what");
    QTest::newRow("utf8 text") << QByteArray("250 Grüße") << true << 250 << true << QString() << QStringLiteral("Grüße");
}

void TestReplyReader::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(int, code);
    QFETCH(bool, last);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    const ReplyLine parsed = ReplyLine::parse(line);
    QCOMPARE(parsed.valid, valid);
    QCOMPARE(parsed.code, code);
    if (valid) {
        QCOMPARE(parsed.last, last);
        QCOMPARE(parsed.enhancedCode, enhanced);
    }
    QCOMPARE(parsed.text, text);
}

void TestReplyReader::replies_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("replyCount");
    QTest::addColumn<int>("lastCode");
    QTest::addColumn<QStringList>("lastLines");
    QTest::addColumn<QString>("lastEnhanced");
    QTest::addColumn<bool>("wellFormed");

    QTest::newRow("greeting") << QByteArray("220 mx.example.com ESMTP\r\n") << 1 << 220
                              << QStringList{QStringLiteral("mx.example.com ESMTP")} << QString() << true;
    QTest::newRow("ehlo multi-line")
        << QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 DSN\r\n") << 1 << 250
        << QStringList{QStringLiteral("mx.example.com"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                       QStringLiteral("DSN")}
        << QString() << true;
    QTest::newRow("two replies") << QByteArray("250 OK\r\n354 go ahead\r\n") << 2 << 354
                                 << QStringList{QStringLiteral("go ahead")} << QString() << true;
    QTest::newRow("bare LF") << QByteArray("250-a\n250 b\n") << 1 << 250
                             << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QString() << true;
    QTest::newRow("enhanced each line")
        << QByteArray("550-5.7.1 Blocked by policy\r\n550 5.7.1 see https://example.com\r\n") << 1 << 550
        << QStringList{QStringLiteral("Blocked by policy"), QStringLiteral("see https://example.com")}
        << QStringLiteral("5.7.1") << true;
    QTest::newRow("code mismatch") << QByteArray("250-a\r\n251 b\r\n") << 1 << 250
                                   << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QString() << false;
    QTest::newRow("incomplete") << QByteArray("250-a\r\n250-b\r\n") << 0 << 0 << QStringList() << QString() << true;
}

void TestReplyReader::replies()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, replyCount);
    QFETCH(int, lastCode);
    QFETCH(QStringList, lastLines);
    QFETCH(QString, lastEnhanced);
    QFETCH(bool, wellFormed);

    ReplyReader reader;
    reader.append(wire);
    QList<SmtpReply> replies;
    while (reader.takeLine()) {
        if (auto reply = reader.takeReply())
            replies.append(*reply);
    }
    QCOMPARE(reader.error(), ReplyReader::Error::None);
    QCOMPARE(replies.size(), replyCount);
    if (replyCount == 0)
        return;
    QCOMPARE(replies.constLast().code, lastCode);
    QCOMPARE(replies.constLast().lines, lastLines);
    QCOMPARE(replies.constLast().enhancedCode, lastEnhanced);
    QCOMPARE(replies.constLast().wellFormed, wellFormed);
}

void TestReplyReader::partialReads()
{
    // Byte by byte, as a slow server or a tiny TCP window delivers it.
    const QByteArray wire("250-mx.example.com\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n");
    ReplyReader reader;
    int lines = 0;
    std::optional<SmtpReply> reply;
    for (const char c : wire) {
        reader.append(QByteArrayView(&c, 1));
        while (reader.takeLine()) {
            ++lines;
            if (auto r = reader.takeReply())
                reply = r;
        }
    }
    QCOMPARE(lines, 3);
    QVERIFY(reply.has_value());
    QCOMPARE(reply->lines.size(), 3);
    QCOMPARE(reader.bufferedBytes(), 0);
}

void TestReplyReader::limits_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("error");

    QTest::newRow("garbage") << QByteArray("HELLO THERE\r\n") << int(ReplyReader::Error::Malformed);
    QTest::newRow("http") << QByteArray("HTTP/1.0 400 Bad Request\r\n") << int(ReplyReader::Error::Malformed);
    QTest::newRow("tls bytes") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n", 8) << int(ReplyReader::Error::Malformed);
    QTest::newRow("endless line without LF") << QByteArray(5000, 'A') << int(ReplyReader::Error::LineTooLong);
    QTest::newRow("long line") << QByteArray("250 " + QByteArray(5000, 'x') + "\r\n") << int(ReplyReader::Error::LineTooLong);
    QByteArray flood;
    for (int i = 0; i < 600; ++i)
        flood += "250-flood\r\n";
    QTest::newRow("flood of lines") << flood << int(ReplyReader::Error::TooManyLines);
    // Valid, but 2 MB a reply would fill the transcript (issue 11: 455 MB peak RSS for a
    // session of such replies): a reply is bounded in bytes too.
    const QByteArray longLine = "250-" + QByteArray(4000, 'x') + "\r\n";
    QTest::newRow("reply over 64 KiB") << QByteArray(longLine.repeated(20) + "250 end\r\n")
                                       << int(ReplyReader::Error::ReplyTooLarge);
    QTest::newRow("long reply within the bounds") << QByteArray(longLine.repeated(15) + "250 end\r\n")
                                                  << int(ReplyReader::Error::None);
}

void TestReplyReader::limits()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, error);
    ReplyReader reader;
    reader.append(wire);
    while (reader.takeLine())
        reader.takeReply();
    QCOMPARE(int(reader.error()), error);
}

void TestReplyReader::firstErrorKept_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("maxLineLength");
    QTest::addColumn<int>("error");

    // Garbage followed by an over-long line: the garbage is what went wrong, whether the
    // long line came in the same packet or later (it used to be reported as too long when
    // both arrived together).
    QTest::newRow("garbage, then a long line") << QByteArray("HELLO\r\n" + QByteArray(5000, 'A'))
                                               << int(ReplyReader::defaultMaxLineLength)
                                               << int(ReplyReader::Error::Malformed);
    // Found by fuzz_replyreader (tests/fuzz): a NUL line, then nine bytes with a limit of 8.
    QTest::newRow("fuzz: NUL line, then past the limit")
        << QByteArray("\0\n.\0\0\0\0\0\0\0\0", 11) << 8 << int(ReplyReader::Error::Malformed);
}

void TestReplyReader::firstErrorKept()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, maxLineLength);
    QFETCH(int, error);
    const auto readAll = [&](qsizetype chunk) {
        ReplyReader reader(maxLineLength);
        for (qsizetype i = 0; i < wire.size(); i += chunk) {
            reader.append(QByteArrayView(wire).sliced(i, std::min(chunk, wire.size() - i)));
            while (reader.takeLine())
                reader.takeReply();
        }
        return int(reader.error());
    };
    QCOMPARE(readAll(wire.size()), error);
    QCOMPARE(readAll(1), error);
}

void TestReplyReader::printable()
{
    QCOMPARE(ReplyReader::printable("250 a\x01" "b\x7f"), QStringLiteral("250 a\\x01b\\x7f"));
    QCOMPARE(ReplyReader::printable("250 tab\tok"), QStringLiteral("250 tab\tok"));
}

// The server's words reach the verdict, reports and JSON from the reply itself, not only
// from the transcript line: they are made safe where they are parsed (issue 11).
void TestReplyReader::replyTextIsSafe()
{
    ReplyReader reader;
    reader.append(QByteArrayLiteral("550-5.1.1 \x1b[2J\x1b]0;owned\x07 \xc2\x9b" "6n\r\n"
                                    "550 \xe2\x80\xae" "nwonknu \xff\x00 user unknown\r\n"));
    while (reader.takeLine()) {
        if (const auto reply = reader.takeReply()) {
            QCOMPARE(reply->enhancedCode, QStringLiteral("5.1.1"));
            QCOMPARE(reply->lines.value(0), QStringLiteral("\\x1b[2J\\x1b]0;owned\\x07 \\x9b6n"));
            QCOMPARE(reply->lines.value(1), QStringLiteral("\\u{202e}nwonknu \\xff\\x00 user unknown"));
            return;
        }
    }
    QFAIL("no reply");
}

QTEST_APPLESS_MAIN(TestReplyReader)
#include "tst_replyreader.moc"
