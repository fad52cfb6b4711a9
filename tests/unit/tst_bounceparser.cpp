#include "diagnosis/BounceExplainer.h"
#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Stage;

Q_DECLARE_METATYPE(std::optional<Stage>)

class TestBounceParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messyPastes_data();
    void messyPastes();
    void multiLineReplyKeepsLines();
    void emptyInput();
    void likelyStage_data();
    void likelyStage();
    void stageFromText_data();
    void stageFromText();
    void deliveryStatusSkipsDelivered();
    void warningBannerIsADelay();
    void refusedSenderInTranscript();
    void returnedOriginalIsIgnored();
    void largeInputsStayBounded();
    void manyRecipientsAreCapped();
    void looksLikeMessage();
    void mboxSeparatorIsNotAHeader();
    void statusFieldCarriesTheReason();
    void humanTextCompletesBareStatus();
    void reportTextSkipsQuotedHeadersAndFooters();
    void qmailTrailingCodeKeepsItsWords();
    void formEncodedReply();
    void mdaemonLoggedTranscript();
    void forwardedReportIsRead();
    void gatewayDiagnosticWithoutReplyGivesWayToWords();
    void addressWithoutReasonIsNotAReason();
    void recipientsListedAfterOneReason();
    void pastedBodyWithSeveralReplies();
    void deliveryReportAsPlainText();
    void failureInWordsNoRuleKnows();
};

void TestBounceParser::messyPastes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<QString>("textLacks");
    QTest::addColumn<std::optional<Stage>>("stage");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("remoteMta");
    const std::optional<Stage> none;

    QTest::newRow("plain") << u"550 5.1.1 User unknown"_s << 550 << u"5.1.1"_s << u"User unknown"_s
                           << u"550"_s << none << QString() << QString();
    QTest::newRow("gmail joined") << u"550-5.7.26 This mail has been blocked 550-5.7.26 because the sender 550 5.7.26 is unauthenticated. - gsmtp"_s
                                  << 550 << u"5.7.26"_s << u"because the sender"_s << u"550-"_s << none << QString() << QString();
    QTest::newRow("smtp; prefix") << u"smtp; 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown"_s
                                  << 550 << u"5.1.1"_s << u"Recipient address rejected"_s << u"smtp;"_s << none
                                  << u"a@b.example"_s << QString();
    QTest::newRow("diagnostic-code line") << u"Diagnostic-Code: smtp; 554 5.7.1 Service unavailable"_s << 554
                                          << u"5.7.1"_s << u"Service unavailable"_s << u"Diagnostic"_s << none
                                          << QString() << QString();
    QTest::newRow("postfix said") << u"<x@y.example>: host mx.y.example[192.0.2.1] said: 550 5.1.1 <x@y.example>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"_s
                                  << 550 << u"5.1.1"_s << u"User unknown in virtual mailbox table"_s << u"in reply to"_s
                                  << std::optional<Stage>(Stage::Rcpt) << u"x@y.example"_s << u"mx.y.example"_s;
    QTest::newRow("host said spaced") << u"host mx.example.com [192.0.2.1] said: 451 4.7.1 Greylisted, try again (in reply to MAIL FROM command)"_s
                                      << 451 << u"4.7.1"_s << u"Greylisted"_s << u"said"_s
                                      << std::optional<Stage>(Stage::Mail) << QString() << u"mx.example.com"_s;
    QTest::newRow("exim rcpt") << u"SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 5.1.1 <a@b.example>: User unknown"_s
                               << 550 << u"5.1.1"_s << u"User unknown"_s << u"SMTP error"_s
                               << std::optional<Stage>(Stage::Rcpt) << u"a@b.example"_s << QString();
    QTest::newRow("exim end of data") << u"SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected as spam"_s
                                      << 550 << u"5.7.1"_s << u"rejected as spam"_s << u"SMTP error"_s
                                      << std::optional<Stage>(Stage::Message) << QString() << QString();
    QTest::newRow("exchange returned") << u"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"_s
                                       << 550 << u"5.1.10"_s << u"RecipientNotFound"_s << u"'"_s << none << QString() << QString();
    QTest::newRow("exchange hashes") << u"#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"_s << 550 << u"5.1.1"_s
                                     << u"RecipNotFound; not found"_s << u"#"_s << none << QString() << QString();
    QTest::newRow("sendmail <<<") << u"<<< 550 5.1.1 <u@example.com>... User unknown"_s << 550 << u"5.1.1"_s
                                  << u"User unknown"_s << u"<<<"_s << none << u"u@example.com"_s << QString();
    QTest::newRow("enhanced only") << u"Status: 5.2.2"_s << 0 << u"5.2.2"_s << QString() << u"Status"_s << none
                                   << QString() << QString();
    QTest::newRow("no code") << u"Connection timed out"_s << 0 << QString() << u"Connection timed out"_s << u"@"_s
                             << none << QString() << QString();
    QTest::newRow("basic only") << u"421 Service not available, closing channel"_s << 421 << QString()
                                << u"Service not available"_s << u"421"_s << none << QString() << QString();
    QTest::newRow("hash enhanced") << u"550 #5.1.0 Address rejected"_s << 550 << u"5.1.0"_s << u"Address rejected"_s
                                   << u"#"_s << none << QString() << QString();
    QTest::newRow("qmail trailing") << u"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"_s << 553
                                    << u"5.7.1"_s << u"allowed rcpthosts"_s << u"#5.7.1"_s << none << QString() << QString();
    QTest::newRow("enhanced on next line") << u"<j@example.fr>: host smtp.example.fr[192.0.2.3] said: 450\n    4.2.1 <j@example.fr>: Recipient address rejected: this mailbox\n    is inactive (in reply to RCPT TO command)"_s
                                           << 450 << u"4.2.1"_s << u"this mailbox is inactive"_s << u"4.2.1"_s
                                           << std::optional<Stage>(Stage::Rcpt) << u"j@example.fr"_s << u"smtp.example.fr"_s;
    QTest::newRow("quoted enhanced") << u"Unknown address error 550-'5.4.1 Recipient address rejected: Access denied.'"_s << 550
                                    << u"5.4.1"_s << u"Access denied"_s << u"'"_s << none << QString() << QString();
    QTest::newRow("crlf and quotes") << u"  \"550 5.7.1 Blocked\"\r\n"_s << 550 << u"5.7.1"_s << u"Blocked"_s << u"\""_s
                                     << none << QString() << QString();
    QTest::newRow("ip digits ignored") << u"Your IP 192.0.2.250 was blocked: 550 5.7.1 Blocked"_s << 550 << u"5.7.1"_s
                                       << u"Blocked"_s << u"550"_s << none << QString() << QString();
    QTest::newRow("date digits ignored") << u"On 2025-05-21 at 10:15: 550 Rejected"_s << 550 << QString() << u"Rejected"_s
                                         << u"2025"_s << none << QString() << QString();
    QTest::newRow("multi-line real") << u"250-mx.example.com Hello\r\n250-SIZE 1000\r\n250 HELP\r\n"_s << 250 << QString()
                                     << u"SIZE 1000"_s << u"250"_s << none << QString() << QString();
    // Client libraries' wrappers: the code they wanted is no reply, their own words are no
    // part of the server's text.
    QTest::newRow("symfony expected") << u"Expected response code \"250\" but got code \"550\", with message \"550 5.7.1 Relaying denied\"."_s
                                      << 550 << u"5.7.1"_s << u"Relaying denied"_s << u"Expected"_s << none << QString() << QString();
    QTest::newRow("symfony without repeat") << u"Expected response code 354 but got code \"554\", with message \"Transaction failed\"."_s
                                            << 554 << QString() << u"Transaction failed"_s << u"354"_s << none << QString() << QString();
    QTest::newRow("python tuple") << u"smtplib.SMTPRecipientsRefused: {'a@b.example': (550, b'5.1.1 User unknown')}"_s
                                  << 550 << u"5.1.1"_s << u"User unknown"_s << u"b'"_s << none << u"a@b.example"_s << QString();
    QTest::newRow("code field") << u"Error: code = 550, details = \"Mailbox disabled for this recipient\""_s
                                << 550 << QString() << u"Mailbox disabled"_s << u"details"_s << none << QString() << QString();
    QTest::newRow("phpmailer") << u"SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Message size exceeds fixed limit SMTP code: 552 Additional SMTP info: 5.3.4"_s
                               << 552 << u"5.3.4"_s << u"Message size exceeds"_s << u"SMTP code"_s << none << QString() << QString();
    // A server's words about the client's host are its reason, not Postfix's "host X[ip] said:".
    QTest::newRow("host in the reason") << u"550 5.7.1 host a.example.invalid [192.0.2.9] from unknown TLD"_s
                                        << 550 << u"5.7.1"_s << u"host a.example.invalid [192.0.2.9] from"_s << u"550"_s << none
                                        << QString() << QString();
    QTest::newRow("url fragment is no code") << u"451 Internal resource temporarily unavailable - https://example.com/docs/DOC-1369#550"_s
                                             << 451 << QString() << u"Internal resource"_s << u"550 "_s << none << QString() << QString();
}

void TestBounceParser::messyPastes()
{
    QFETCH(QString, input);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, textContains);
    QFETCH(QString, textLacks);
    QFETCH(std::optional<Stage>, stage);
    QFETCH(QString, recipient);
    QFETCH(QString, remoteMta);
    const auto entry = BounceParser::parseReply(input);
    QVERIFY(entry);
    QCOMPARE(entry->reply.code, code);
    QCOMPARE(entry->reply.enhancedCode, enhanced);
    const QString text = entry->reply.text();
    QVERIFY2(text.contains(textContains), qPrintable(text));
    QVERIFY2(!text.contains(textLacks), qPrintable(text));
    QCOMPARE(entry->stage, stage);
    QCOMPARE(entry->recipient, recipient);
    QCOMPARE(entry->remoteMta, remoteMta);
}

void TestBounceParser::multiLineReplyKeepsLines()
{
    const auto entry = BounceParser::parseReply(u"550-5.7.1 first\r\n550-5.7.1 second\r\n550 5.7.1 third"_s);
    QVERIFY(entry);
    QCOMPARE(entry->reply.lines, (QStringList{u"first"_s, u"second"_s, u"third"_s}));
}

void TestBounceParser::emptyInput()
{
    QVERIFY(!BounceParser::parseReply(QString()));
    QVERIFY(!BounceParser::parseReply(u"   \n\t "_s));
    QVERIFY(BounceParser::parseMessage(QByteArray()).isEmpty());
    QVERIFY(BounceParser::parse(QString()).isEmpty());
}

void TestBounceParser::likelyStage_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("stage");
    QTest::newRow("greeting") << u"220 mx.example.com ESMTP"_s << u"greeting"_s;
    QTest::newRow("bye") << u"221 2.0.0 Bye"_s << u"quit"_s;
    QTest::newRow("signed in") << u"235 2.7.0 Authentication successful"_s << u"auth"_s;
    QTest::newRow("bad password") << u"535 5.7.8 Error: authentication failed"_s << u"auth"_s;
    QTest::newRow("go ahead") << u"354 End data with <CR><LF>.<CR><LF>"_s << u"data"_s;
    QTest::newRow("queued") << u"250 2.0.0 Ok: queued as 4F1C2A"_s << u"message"_s;
    QTest::newRow("sender") << u"553 5.1.8 Sender address domain does not exist"_s << u"mail"_s;
    QTest::newRow("recipient") << u"550 5.1.1 User unknown"_s << u"rcpt"_s;
    // X.1.0 is "other address status", any address's (Gmail reports a recipient with it).
    QTest::newRow("other address status") << u"550 #5.1.0 Address rejected."_s << u"rcpt"_s;
    QTest::newRow("nothing to go on") << u"554 Transaction failed"_s << u"rcpt"_s;
}

void TestBounceParser::likelyStage()
{
    QFETCH(QString, reply);
    QFETCH(QString, stage);
    const auto entry = BounceParser::parseReply(reply);
    QVERIFY(entry.has_value());
    QVERIFY(!entry->stage.has_value()); // nothing in the text names the step
    QCOMPARE(Model::key(BounceParser::likelyStage(entry->reply)), stage);
}

void TestBounceParser::stageFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Stage>>("stage");
    QTest::newRow("rcpt") << u"(in reply to RCPT TO command)"_s << std::optional<Stage>(Stage::Rcpt);
    QTest::newRow("mail") << u"(in reply to MAIL FROM command)"_s << std::optional<Stage>(Stage::Mail);
    QTest::newRow("end of data") << u"(in reply to end of DATA command)"_s << std::optional<Stage>(Stage::Message);
    QTest::newRow("data") << u"(in reply to DATA command)"_s << std::optional<Stage>(Stage::Data);
    QTest::newRow("helo") << u"(in reply to HELO command)"_s << std::optional<Stage>(Stage::Ehlo);
    QTest::newRow("exim initial") << u"SMTP error from remote mail server after initial connection:"_s
                                  << std::optional<Stage>(Stage::Greeting);
    QTest::newRow("exim pipelined") << u"after pipelined RCPT TO:<a@b>"_s << std::optional<Stage>(Stage::Rcpt);
    QTest::newRow("starttls") << u"(in reply to STARTTLS command)"_s << std::optional<Stage>(Stage::StartTls);
    QTest::newRow("refused to talk") << u"host mx.example.net[192.0.2.2] refused to talk to me: 421 4.4.2 Error: timeout exceeded"_s
                                     << std::optional<Stage>(Stage::Greeting);
    QTest::newRow("none") << u"550 5.1.1 User unknown"_s << std::optional<Stage>();
}

void TestBounceParser::stageFromText()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Stage>, stage);
    QCOMPARE(BounceParser::stageFromText(text), stage);
}

void TestBounceParser::deliveryStatusSkipsDelivered()
{
    const QByteArray message =
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\nSee below.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
        "Final-Recipient: rfc822; good@x.example\nAction: delivered\nStatus: 2.0.0\n\n"
        "Final-Recipient: rfc822; bad@x.example\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 unknown\n\n--B--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"bad@x.example"_s);
    QCOMPARE(entries.first().reply.code, 550);
    QCOMPARE(entries.first().action, u"failed"_s);
}

// A warning without a delivery-status part says so in its banner (sendmail, Postfix) or in
// Exim's "attempts will continue", not always in its subject: the last attempt is temporary.
void TestBounceParser::warningBannerIsADelay()
{
    const QByteArray sendmail =
        "Subject: Returned mail: see transcript for details\nContent-Type: text/plain\n\n"
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        "The original message was received at Mon, 1 Dec 2025 10:00:00 GMT\n\n"
        "   ----- Transcript of session follows -----\n"
        "<far@x.example>... Deferred: Connection timed out with mx.x.example.\n";
    auto entries = BounceParser::parseMessage(sendmail);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().action, u"delayed"_s);

    const QByteArray exim =
        "Subject: Mail delivery problem\nContent-Type: text/plain\n\n"
        "A message that you sent could not be delivered to one or more of its recipients.\n\n"
        "  far@x.example\n    host mx.x.example [192.0.2.5]\n    451 4.3.0 Temporary local problem\n\n"
        "Delivery attempts will continue for some time.\n";
    entries = BounceParser::parseMessage(exim);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().action, u"delayed"_s);

    // The same words under a report that says it gave up are no delay.
    const QByteArray gaveUp = QByteArray(sendmail).replace("Deferred: Connection timed out", "Deferred: Connection timed out\n"
        "Message could not be delivered for 5 days; this is a permanent failure");
    entries = BounceParser::parseMessage(gaveUp);
    QVERIFY(!entries.isEmpty());
    QVERIFY(entries.first().action != u"delayed"_s);
}

// Courier shows the command the server refused: a refused MAIL FROM names the sender, who
// is no recipient, and gives the report's entry its stage.
void TestBounceParser::refusedSenderInTranscript()
{
    const QByteArray message =
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\nYour message to the following recipients cannot be delivered:\n\n"
        "<far@x.example>:\n    mx.x.example [192.0.2.47]:\n>>> MAIL FROM:<me@a.example>\n<<< 550 Sender domain has no MX\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
        "Final-Recipient: rfc822; far@x.example\nAction: failed\nStatus: 5.0.0\n"
        "Diagnostic-Code: smtp; 550 Sender domain has no MX\n\n--B--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"far@x.example"_s);
    QCOMPARE(entries.first().stage, std::optional<Stage>(Stage::Mail));
}

void TestBounceParser::returnedOriginalIsIgnored()
{
    const QByteArray message =
        "Subject: Mail delivery failed\nContent-Type: text/plain\n\n"
        "The following address(es) failed:\n\n  one@x.example\n    550 5.1.1 No such user\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        "To: one@x.example, two@y.example\n\n550 5.7.1 quoted in the original body\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"one@x.example"_s);
    QCOMPARE(entries.first().reply.enhancedCode, u"5.1.1"_s);
}

void TestBounceParser::largeInputsStayBounded()
{
    QByteArray huge;
    huge.reserve(12 * 1024 * 1024);
    while (huge.size() < 12 * 1024 * 1024)
        huge += "550-5.1.1 x <a@b.example> host h [1.2.3.4] said: 550 5.1.1 (in reply to RCPT TO command)\n";
    QElapsedTimer timer;
    timer.start();
    const auto entries = BounceParser::parseMessage(huge);
    const auto reply = BounceParser::parseReply(QString::fromLatin1(huge));
    QVERIFY(entries.size() <= BounceParser::maxEntries);
    QVERIFY(reply);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestBounceParser::manyRecipientsAreCapped()
{
    QByteArray message = "Content-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n";
    for (int i = 0; i < 1000; ++i)
        message += "Final-Recipient: rfc822; u" + QByteArray::number(i) + "@x.example\nAction: failed\nStatus: 5.1.1\n\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), BounceParser::maxEntries);
}

void TestBounceParser::looksLikeMessage()
{
    QVERIFY(BounceParser::looksLikeMessage(u"Return-Path: <>\nSubject: x\n\nbody"_s));
    QVERIFY(BounceParser::looksLikeMessage(u"Final-Recipient: rfc822; a@b\nStatus: 5.1.1"_s));
    QVERIFY(!BounceParser::looksLikeMessage(u"550 5.1.1 User unknown"_s));
    QVERIFY(!BounceParser::looksLikeMessage(u"<a@b>: host x[1.2.3.4] said: 550 5.1.1 no"_s));
}

// RFC 4155: a message saved in an mbox file starts with a "From " separator line.
void TestBounceParser::mboxSeparatorIsNotAHeader()
{
    const QByteArray message =
        "From MAILER-DAEMON Mon Jul  2 04:05:06 2001\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\nSee below.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
        "Final-Recipient: rfc822; bad@x.example\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 unknown\n\n--B--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"bad@x.example"_s);
    QCOMPARE(entries.first().reply.code, 550);
}

// Without Diagnostic-Code, the Status field may hold a comment (RFC 822 structured field
// syntax, as in RFC 3464 §2.3.4) or a reply instead of a status code.
void TestBounceParser::statusFieldCarriesTheReason()
{
    const auto dsn = [](const QByteArray &status) -> QByteArray {
        return "Content-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
               "Final-Recipient: rfc822; bad@x.example\nAction: failed\nStatus: " + status + "\n";
    };
    auto entries = BounceParser::parseMessage(dsn("5.2.2 (mailbox full)"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().reply.enhancedCode, u"5.2.2"_s);
    QCOMPARE(entries.first().reply.text(), u"mailbox full"_s);
    QVERIFY(!entries.first().hasDiagnostic);

    entries = BounceParser::parseMessage(dsn("552 Message size exceeds fixed maximum message size"));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().reply.code, 552);
    QCOMPARE(entries.first().reply.text(), u"Message size exceeds fixed maximum message size"_s);
}

// A DSN with a bare status: the human-readable part's words say what happened. Sendmail's
// delay notice ("Deferred: Connection refused by <host>", deliver.c) with Status 4.4.1.
void TestBounceParser::humanTextCompletesBareStatus()
{
    const QByteArray message =
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\n"
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **********************************************\n\n"
        "The original message was received at Mon, 1 Jul 2024 10:00:00 GMT\n\n"
        "   ----- Transcript of session follows -----\n"
        "<someone@example.net>... Deferred: Connection refused by mx.example.net.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
        "Final-Recipient: RFC822; someone@example.net\nAction: delayed\nStatus: 4.4.1\n\n--B--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().reply.enhancedCode, u"4.4.1"_s);
    QVERIFY2(entries.first().reply.text().contains(u"Connection refused"_s), qPrintable(entries.first().reply.text()));
    const Explanation e = ReplyCatalog::explainReply(Stage::Rcpt, entries.first().reply);
    QCOMPARE(e.category, Model::Category::Network);

    // A specific status keeps its own meaning next to words that name no cause.
    const QByteArray vague =
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\nYour message could not be delivered to the following recipients.\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
        "Final-Recipient: rfc822; bad@x.example\nAction: failed\nStatus: 5.1.1\n\n--B--\n";
    const auto plain = BounceParser::parseMessage(vague);
    QCOMPARE(plain.size(), 1);
    QCOMPARE(ReplyCatalog::explainReply(Stage::Rcpt, plain.first().reply).category, Model::Category::RecipientUnknown);
}

// Exchange 5.5 IMS reports quote the original's To/Subject before the reason, and company
// footers talk of "attachments"; neither is the failure.
void TestBounceParser::reportTextSkipsQuotedHeadersAndFooters()
{
    const QByteArray message =
        "Subject: Undeliverable: Virus warning\nContent-Type: text/plain\n\n"
        "Your message\n\n  To:      Someone\n  Subject: Virus warning for attachments\n"
        "  Sent:    Fri, 18 Oct 2002 09:25:07 -0600\n\n"
        "did not reach the following recipient(s):\n\n"
        "someone@example.com on Fri, 18 Oct 2002 09:13:24 -0600\n"
        "    The recipient name is not recognized\n\n"
        "This e-mail is intended only for the addressee. If you have received it in error, "
        "delete it together with any attachments.\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().reply.text().contains(u"not recognized"_s), qPrintable(entries.first().reply.text()));

    const QByteArray footerFirst =
        "Subject: Delivery failure\nContent-Type: text/plain\n\n"
        "This message is for the designated recipient only and may contain privileged or confidential "
        "information; any attachments are prohibited from further use.\n\n"
        "someone@example.com: mailbox is full\n";
    const auto second = BounceParser::parseMessage(footerFirst);
    QCOMPARE(second.size(), 1);
    QVERIFY2(second.first().reply.text().contains(u"mailbox is full"_s), qPrintable(second.first().reply.text()));
}

// qmail-local and qmail-send (qmail sources): the enhanced code comes last, the copy of
// the message after "--- Below this line is a copy of the message.".
void TestBounceParser::qmailTrailingCodeKeepsItsWords()
{
    const auto reply = BounceParser::parseReply(u"<a@b.example>:\nSorry, no mailbox here by that name. (#5.1.1)"_s);
    QVERIFY(reply);
    QCOMPARE(reply->reply.enhancedCode, u"5.1.1"_s);
    QCOMPARE(reply->reply.text(), u"Sorry, no mailbox here by that name."_s);

    const QByteArray message =
        "Subject: failure notice\n\n"
        "Hi. This is the qmail-send program at a.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<a@b.example>:\nThis mailbox is full. (#5.2.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Subject: Virus found in attachment\n\n550 5.7.1 quoted in the original body\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"a@b.example"_s);
    QCOMPARE(entries.first().reply.enhancedCode, u"5.2.2"_s);
}

// MDaemon quotes the session as its log: a time on every line, "-->" for what it sent and
// "<--" for the reply. The sentence above it ("set by local policy") is not the reason.
void TestBounceParser::mdaemonLoggedTranscript()
{
    const QByteArray message =
        "Subject: Permanent Delivery Failure\n\n"
        "The attached message had PERMANENT fatal delivery errors!\n\n"
        "After one or more unsuccessful delivery attempts the attached message\n"
        "has been removed from the mail queue on this server.  The number and\n"
        "frequency of delivery attempts are set by local policy.\n\n"
        "--- Session Transcript ---\n"
        " Mon 2025-03-03 10:00:01: <-- 220 mx.b.example ESMTP\n"
        " Mon 2025-03-03 10:00:01: --> MAIL From:<a@a.example>\n"
        " Mon 2025-03-03 10:00:01: <-- 250 2.1.0 Ok\n"
        " Mon 2025-03-03 10:00:01: --> RCPT To:<c@b.example>\n"
        " Mon 2025-03-03 10:00:01: <-- 552 5.2.2 <c@b.example>: Recipient address rejected: Mailbox full\n"
        "--- End Transcript ---\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"c@b.example"_s);
    QCOMPARE(entries.first().reply.code, 552);
    QCOMPARE(entries.first().reply.enhancedCode, u"5.2.2"_s);
    QCOMPARE(entries.first().stage, std::optional(Model::Stage::Rcpt));
}

// application/x-www-form-urlencoded: '+' for a space.
void TestBounceParser::formEncodedReply()
{
    const auto reply = BounceParser::parseReply(u"250+2.1.5+Ok"_s);
    QVERIFY(reply);
    QCOMPARE(reply->reply.code, 250);
    QCOMPARE(reply->reply.enhancedCode, u"2.1.5"_s);
    QCOMPARE(reply->reply.text(), u"Ok"_s);
    // A '+' inside an ordinary reply stays.
    QCOMPARE(BounceParser::parseReply(u"550 5.1.1 <a+tag@b.example> unknown"_s)->reply.text(), u"<a+tag@b.example> unknown"_s);
}

// A bounce passed on as an attachment (a gateway, or a user forwarding it): the embedded
// message is the report, not a returned original, when the outer message has none.
void TestBounceParser::forwardedReportIsRead()
{
    const QByteArray message =
        "From: postmaster@a.example\nContent-Type: multipart/mixed; boundary=\"OUT\"\n\n"
        "--OUT\nContent-Type: message/rfc822\n\n"
        "From: postmaster@a.example\nSubject: Delivery Status Notification (Failure)\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"IN=_01\"\n\n"
        "--IN=_01\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n       bad@b.example\n\n"
        "--IN=_01\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;a.example\n\n"
        "Final-Recipient: rfc822;bad@b.example\nAction: failed\nStatus: 5.1.1\n\n"
        "--IN=_01\nContent-Type: message/rfc822\n\nFrom: someone@c.example\nSubject: Spam offer\n\nBuy now.\n\n"
        "--IN=_01--\n\n--OUT--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"bad@b.example"_s);
    QCOMPARE(entries.first().reply.enhancedCode, u"5.1.1"_s);
    QVERIFY2(!entries.first().reply.text().contains(u"Subject"_s), qPrintable(entries.first().reply.text()));
    QCOMPARE(ReplyCatalog::explainReply(Stage::Rcpt, entries.first().reply).category, Model::Category::RecipientUnknown);

    // A returned original that is itself a report is still only the original.
    const QByteArray own =
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
        "Final-Recipient: rfc822; full@x.example\nAction: failed\nStatus: 5.2.2\n\n"
        "--B\nContent-Type: message/rfc822\n\nContent-Type: multipart/report; boundary=\"C\"\n\n"
        "--C\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; other@y.example\n"
        "Action: failed\nStatus: 5.1.1\n\n--C--\n\n--B--\n";
    const auto outer = BounceParser::parseMessage(own);
    QCOMPARE(outer.size(), 1);
    QCOMPARE(outer.first().recipient, u"full@x.example"_s);
}

// An X.400 gateway's Diagnostic-Code carries no SMTP reply and the status is X.0.0; the
// human-readable part quotes the reply that says why.
void TestBounceParser::gatewayDiagnosticWithoutReplyGivesWayToWords()
{
    const QByteArray message =
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
        "--B\nContent-Type: text/plain\n\nYour message was not delivered to\n        pr@d.example\nfor the following reason:\n"
        "Diagnostic was Unable to transfer, -1\n"
        "Information MTA '192.0.2.7' gives error message 5.7.1 Unable to relay for pr@d.example\n\n"
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: x400; gw.example\n\n"
        "Final-Recipient: rfc822;pr@d.example\nAction: failed\n"
        "Diagnostic-Code: Reason 1 (Unable-To-Transfer); Diagnostic -1 (Unknown)\nStatus: 5.0.0\n\n--B--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().reply.text().contains(u"Unable to relay"_s), qPrintable(entries.first().reply.text()));
    QCOMPARE(ReplyCatalog::explainReply(Stage::Rcpt, entries.first().reply).category, Model::Category::RelayDenied);
}

// qmail lists who failed as "<address>:"; with nothing after it, the report's own words
// (or their absence) decide, not an empty reply.
void TestBounceParser::addressWithoutReasonIsNotAReason()
{
    const QByteArray message =
        "Subject: failure notice\n\nHi. This is the qmail-send program at a.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<who@b.example>:\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <x@c.example>\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"who@b.example"_s);
    QVERIFY2(entries.first().reply.text().contains(u"wasn't able to deliver"_s), qPrintable(entries.first().reply.text()));
    const Explanation e = BounceExplainer::explain(entries.first(), std::nullopt);
    QVERIFY(e.isValid());
    QCOMPARE(e.category, Model::Category::Other);
}

// Sina's report gives one sentence for everyone, then lists each recipient alone in its
// paragraph: every one of them is in the findings, not only the first.
void TestBounceParser::recipientsListedAfterOneReason()
{
    const QByteArray message =
        "From: MAILER-DAEMON@cn.example\nSubject: failure\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: binary\n\n"
        "cn.example.\n\xd3\xca\xbc\xfe\xce\xde\xb7\xa8\xcb\xcd\xb4\xef\n\n"
        "<first@cn.example>:\n\n<second@cn.example>:\n\n<FIRST@cn.example>:\n\n"
        "To: boost-admin@lists.example\n\n--- original message\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).recipient, u"first@cn.example"_s);
    QCOMPARE(entries.at(1).recipient, u"second@cn.example"_s);
    QCOMPARE(entries.at(1).reply.text(), entries.at(0).reply.text());
    // A reason in the words is shared the same way.
    const auto named = BounceParser::parseMessage("Subject: Undeliverable\n\nYour message could not be delivered: "
                                                  "the mailbox is full.\n\na@d.example\nb@d.example\n\nSent by the mail system\n");
    QCOMPARE(named.size(), 2);
    QCOMPARE(named.at(0).recipient, u"a@d.example"_s);
    QCOMPARE(named.at(1).recipient, u"b@d.example"_s);
}

// A report's body pasted without its headers, or with only its first header lines: each
// recipient's paragraph is its own entry, never one reply stitched from both (the code of
// the first with the words of the second).
void TestBounceParser::pastedBodyWithSeveralReplies()
{
    const QString body = u"<one@b.example>: host mx.b.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n"
                         "<two@b.example>: host mx.b.example[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n"_s;
    for (const QString &input : QStringList{body, u"From: MAILER-DAEMON@a.example\nSubject: Undelivered Mail\n\n"_s + body}) {
        const auto entries = BounceParser::parse(input);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).recipient, u"one@b.example"_s);
        QCOMPARE(entries.at(0).reply.code, 550);
        QVERIFY2(entries.at(0).reply.text().contains(u"User unknown"_s), qPrintable(entries.at(0).reply.text()));
        QCOMPARE(entries.at(1).recipient, u"two@b.example"_s);
        QCOMPARE(entries.at(1).reply.enhancedCode, u"5.2.2"_s);
        QVERIFY2(!entries.at(1).reply.text().contains(u"User unknown"_s), qPrintable(entries.at(1).reply.text()));
    }
    // One reply stays one entry.
    QCOMPARE(BounceParser::parse(u"550-5.7.26 This mail has been blocked\n550 5.7.26 because the sender is unauthenticated."_s).size(), 1);
}

// o2switch sends its delivery report as a text/plain attachment ("details.txt"): its
// fields make it one, so the failure is its Diagnostic-Code, not a paragraph of advice
// whose link says "spf-dkim".
void TestBounceParser::deliveryReportAsPlainText()
{
    const QByteArray message =
        "From: MAILER-DAEMON@sortant.example\nSubject: Undelivered Mail\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\n"
        "Bonnes pratiques : https://faq.example.fr/tutoriels/authentification-email-spf-dkim\n\n"
        "<support@x.example>: Host or domain name not found. Name service error for name=x.example type=AAAA: Host not found\n\n"
        "--B\nContent-Type: text/plain; name=\"details.txt\"\nContent-Disposition: attachment; filename=\"details.txt\"\n\n"
        "Reporting-MTA: dns; sortant.example\n\nFinal-Recipient: rfc822; support@x.example\nAction: failed\nStatus: 5.4.4\n"
        "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=x.example type=AAAA: Host not found\n\n--B--\n";
    const auto entries = BounceParser::parseMessage(message);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"support@x.example"_s);
    QCOMPARE(entries.first().reply.enhancedCode, u"5.4.4"_s);
    QVERIFY2(entries.first().reply.text().contains(u"Host or domain name not found"_s), qPrintable(entries.first().reply.text()));
}

// A report that says something failed in words no rule knows is still a failure report
// (explained as "Reason not recognised"), where before nothing was found; an auto-reply
// that says its writer is "not available" is none.
void TestBounceParser::failureInWordsNoRuleKnows()
{
    const QByteArray report = "From: MAILER-DAEMON@a.example\nSubject: Returned mail\n\n"
                              "The routing extension could not process the message for <x@b.example>.\n";
    const auto entries = BounceParser::parseMessage(report);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recipient, u"x@b.example"_s);
    QCOMPARE(BounceExplainer::explain(entries.first()).ruleId, u"words-unrecognised"_s);
    const QByteArray away = "From: someone@b.example\nSubject: Automatic reply: Figures\nAuto-Submitted: auto-replied\n\n"
                            "I am not available until Monday and cannot read my mail.\n";
    QVERIFY(BounceParser::parseMessage(away).isEmpty());
}

QTEST_GUILESS_MAIN(TestBounceParser)
#include "tst_bounceparser.moc"
