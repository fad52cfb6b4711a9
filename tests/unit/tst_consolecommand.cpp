#include "run/ConsoleCommand.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ConsoleCommand::Kind;
using Model::Stage;

/// The expert console's line parser: what goes on the wire as typed, which slash command
/// is meant, and which lines are refused before anything is sent (CR, LF or NUL inside a
/// line, over RFC 5321's 1000 octets, not UTF-8).
class TestConsoleCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void lineLimit();
    void stageOf_data();
    void stageOf();
    void pathOf();
    void shownAs();
};

void TestConsoleCommand::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("detail"); // the verb, the user, the file or a word of the error

    QTest::newRow("ehlo") << QByteArray("EHLO me.example") << Kind::Smtp << u"EHLO"_s;
    QTest::newRow("lower case verb") << QByteArray("mail from:<a@b.example>") << Kind::Smtp << u"MAIL"_s;
    QTest::newRow("crlf line end") << QByteArray("RCPT TO:<x@y.example>\r") << Kind::Smtp << u"RCPT"_s;
    QTest::newRow("vrfy") << QByteArray("VRFY postmaster") << Kind::Smtp << u"VRFY"_s;
    QTest::newRow("empty") << QByteArray("") << Kind::Empty << QString();
    QTest::newRow("blank") << QByteArray("   ") << Kind::Empty << QString();
    QTest::newRow("cr inside") << QByteArray("NOOP\rRSET") << Kind::Refused << u"CR"_s;
    QTest::newRow("lf inside") << QByteArray("NOOP\nRSET") << Kind::Refused << u"LF"_s;
    QTest::newRow("nul inside") << QByteArray("NOOP\0x", 6) << Kind::Refused << u"NUL"_s;
    QTest::newRow("not utf-8") << QByteArray("EHLO \xff\xfe") << Kind::Refused << u"UTF-8"_s;
    QTest::newRow("starttls") << QByteArray("/starttls") << Kind::StartTls << QString();
    QTest::newRow("starttls upper") << QByteArray("/STARTTLS") << Kind::StartTls << QString();
    QTest::newRow("starttls with argument") << QByteArray("/starttls now") << Kind::Refused << u"no arguments"_s;
    QTest::newRow("quit") << QByteArray("/quit") << Kind::Quit << QString();
    QTest::newRow("help") << QByteArray("/help") << Kind::Help << QString();
    QTest::newRow("auth plain") << QByteArray("/auth PLAIN alice@wizard.test") << Kind::Auth << u"alice@wizard.test"_s;
    QTest::newRow("auth xoauth2") << QByteArray("/auth xoauth2 bob") << Kind::Auth << u"bob"_s;
    QTest::newRow("auth without user") << QByteArray("/auth plain") << Kind::Refused << u"/auth MECH USER"_s;
    QTest::newRow("auth auto refused") << QByteArray("/auth auto bob") << Kind::Refused << u"plain"_s;
    QTest::newRow("data") << QByteArray("/data message.eml") << Kind::Data << u"message.eml"_s;
    QTest::newRow("data with space") << QByteArray("/data my message.eml") << Kind::Data << u"my message.eml"_s;
    QTest::newRow("data without file") << QByteArray("/data") << Kind::Refused << u"/data FILE"_s;
    QTest::newRow("unknown") << QByteArray("/frobnicate") << Kind::Refused << u"/help"_s;
}

void TestConsoleCommand::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(Kind, kind);
    QFETCH(QString, detail);
    const ConsoleCommand command = ConsoleCommand::parse(line);
    QCOMPARE(command.kind, kind);
    switch (kind) {
    case Kind::Smtp:
        QCOMPARE(command.verb, detail);
        QVERIFY(!command.wire.contains('\r'));
        QVERIFY(!command.wire.contains('\n'));
        break;
    case Kind::Auth:
        QCOMPARE(command.user, detail);
        break;
    case Kind::Data:
        QCOMPARE(command.file, detail);
        break;
    case Kind::Refused:
        QVERIFY2(command.error.contains(detail), qPrintable(command.error));
        QVERIFY(command.wire.isEmpty());
        break;
    default:
        break;
    }
}

void TestConsoleCommand::lineLimit()
{
    // RFC 5321 §4.5.3.1.4: 1000 octets with the CRLF, so 998 typed.
    const QByteArray prefix("NOOP ");
    QCOMPARE(ConsoleCommand::parse(QByteArray(prefix + QByteArray(998 - prefix.size(), 'x'))).kind, Kind::Smtp);
    QCOMPARE(ConsoleCommand::parse(QByteArray(prefix + QByteArray(999 - prefix.size(), 'x'))).kind, Kind::Refused);
    QVERIFY(ConsoleCommand::checkLine(QByteArray(999, 'x')).has_value());
    QVERIFY(!ConsoleCommand::checkLine(QByteArray(QByteArray(998, 'x') + "\r")).has_value());
}

void TestConsoleCommand::stageOf_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<Stage>("stage");
    QTest::newRow("ehlo") << u"EHLO"_s << Stage::Ehlo;
    QTest::newRow("helo") << u"HELO"_s << Stage::Ehlo;
    QTest::newRow("mail") << u"MAIL"_s << Stage::Mail;
    QTest::newRow("rcpt") << u"RCPT"_s << Stage::Rcpt;
    QTest::newRow("vrfy") << u"VRFY"_s << Stage::Rcpt;
    QTest::newRow("data") << u"DATA"_s << Stage::Data;
    QTest::newRow("bdat") << u"BDAT"_s << Stage::Message;
    QTest::newRow("starttls") << u"STARTTLS"_s << Stage::StartTls;
    QTest::newRow("auth") << u"AUTH"_s << Stage::Auth;
    QTest::newRow("rset") << u"RSET"_s << Stage::Quit;
    QTest::newRow("quit") << u"QUIT"_s << Stage::Quit;
    QTest::newRow("noop") << u"NOOP"_s << Stage::Quit;
    QTest::newRow("unknown") << u"XYZZY"_s << Stage::Quit;
}

void TestConsoleCommand::stageOf()
{
    QFETCH(QString, verb);
    QFETCH(Stage, stage);
    QCOMPARE(ConsoleCommand::stageOf(verb), stage);
}

void TestConsoleCommand::pathOf()
{
    QCOMPARE(ConsoleCommand::pathOf("RCPT TO:<bob@wizard.test> NOTIFY=NEVER"), u"bob@wizard.test"_s);
    QCOMPARE(ConsoleCommand::pathOf("MAIL FROM:<>"), QString());
    QCOMPARE(ConsoleCommand::pathOf("RCPT TO:bob@wizard.test"), QString());
}

void TestConsoleCommand::shownAs()
{
    // A typed AUTH with its initial response, or the answer to its 334: never recorded as typed.
    QCOMPARE(ConsoleCommand::shownAs("AUTH PLAIN AGFsaWNlAHNlY3JldA==", false), u"AUTH PLAIN ********"_s);
    QCOMPARE(ConsoleCommand::shownAs("auth  login  YWxpY2U=", false), u"auth login ********"_s);
    QCOMPARE(ConsoleCommand::shownAs("c2VjcmV0", true), u"********"_s);
    QCOMPARE(ConsoleCommand::shownAs("AUTH LOGIN", false), QString());
    QCOMPARE(ConsoleCommand::shownAs("MAIL FROM:<a@b.example> AUTH=<>", false), QString());
}

QTEST_GUILESS_MAIN(TestConsoleCommand)
#include "tst_consolecommand.moc"
