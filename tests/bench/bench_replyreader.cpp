// QBENCHMARK micro-benchmarks of ReplyReader (make bench; never part of make test): the
// bytes of a typical EHLO reply, one short reply, and a large multi-line reply, fed and
// taken apart as SmtpSession does.
#include "protocol/smtp/ReplyReader.h"

#include <QTest>

class BenchReplyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data();
    void read();
};

void BenchReplyReader::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("short reply") << QByteArray("250 2.1.5 Ok\r\n");
    QTest::newRow("EHLO reply") << QByteArray("250-mail.example.org Hello client.example.net\r\n250-PIPELINING\r\n"
                                              "250-SIZE 10240000\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n"
                                              "250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n"
                                              "250 SMTPUTF8\r\n");
    QByteArray large;
    for (int i = 0; i < 100; ++i)
        large += "550-5.7.1 This is line " + QByteArray::number(i) + " of a long refusal with its help text\r\n";
    large += "550 5.7.1 End\r\n";
    QTest::newRow("100-line refusal") << large;
}

void BenchReplyReader::read()
{
    QFETCH(QByteArray, bytes);
    int replies = 0;
    QBENCHMARK {
        ReplyReader reader;
        reader.append(bytes);
        while (reader.takeLine()) {
            if (reader.takeReply())
                ++replies;
        }
    }
    QVERIFY(replies > 0);
}

QTEST_GUILESS_MAIN(BenchReplyReader)
#include "bench_replyreader.moc"
