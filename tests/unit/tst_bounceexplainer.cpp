#include "diagnosis/BounceExplainer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Model::Category;
using Model::Severity;

// What a whole report means beside its last reply: a success notice, a sending server
// that gave up after temporary errors, Microsoft 365's list of attempts.
class TestBounceExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successReportSaysDelivered();
    void gaveUpAfterTemporaryErrors_data();
    void gaveUpAfterTemporaryErrors();
    void latestAttemptDecides();
    void reportsWithoutDeliveryStatus_data();
    void reportsWithoutDeliveryStatus();
    void pastedReportListsEveryRecipient();
};

namespace {
QByteArray report(const QByteArray &text, const QByteArray &recipientFields)
{
    return "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
           "--B\nContent-Type: text/plain\n\n" + text + "\n\n"
           "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; a.example\n\n"
           + recipientFields + "\n--B--\n";
}
} // namespace

void TestBounceExplainer::successReportSaysDelivered()
{
    const auto items = BounceExplainer::explainMessage(
        report("Your message was successfully delivered to the destination(s) listed below.",
               "Final-Recipient: rfc822; new@x.example\nAction: delivered\nStatus: 2.0.0\n"
               "Diagnostic-Code: X-Postfix; delivered to mailbox\n"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().entry.recipient, u"new@x.example"_s);
    QCOMPARE(items.first().explanation.category, Category::Accepted);
    QCOMPARE(items.first().explanation.severity, Severity::Success);
    QCOMPARE(items.first().entry.reply.text(), u"delivered to mailbox"_s);
}

void TestBounceExplainer::gaveUpAfterTemporaryErrors_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("lastAttempt"); // a title the meaning names, or empty

    // Postfix after maximal_queue_lifetime: a failure whose status is temporary.
    QTest::newRow("lost connection, given up") << QByteArray("Final-Recipient: rfc822; team@x.example\nAction: failed\nStatus: 4.4.2\n"
                                                              "Diagnostic-Code: X-Postfix; lost connection with mx.x.example[192.0.2.1] "
                                                              "while receiving the initial server greeting\n")
                                               << Category::Expired << u"network"_s;
    QTest::newRow("deferred, given up") << QByteArray("Final-Recipient: rfc822; team@x.example\nAction: failed\nStatus: 4.3.0\n"
                                                      "Diagnostic-Code: smtp; 451 4.3.0 Temporary system problem. Try again later\n")
                                        << Category::Expired << QString();
    // A lasting cause stays what it is, however long it was retried.
    QTest::newRow("no such mailbox after retries") << QByteArray("Final-Recipient: rfc822; gone@x.example\nAction: failed\nStatus: 4.1.1\n"
                                                                 "Diagnostic-Code: smtp; 450 4.1.1 <gone@x.example>: Recipient address rejected: User unknown\n")
                                                   << Category::RecipientUnknown << QString();
    // The words say the queue gave up on a temporary refusal (qmail keeps no DSN; its
    // words are in the reply here): expired, the refusal the last attempt.
    QTest::newRow("gave up in words") << QByteArray("Final-Recipient: rfc822; list@x.example\nAction: failed\nStatus: 5.0.0\n"
                                                    "Diagnostic-Code: smtp; 450 4.7.1 Client host rejected: cannot find your hostname, "
                                                    "[198.51.100.243] I'm not going to try again; this message has been in the queue too long.\n")
                                      << Category::Expired << QString();
    // A 4xx that says itself it is final is no temporary refusal that expired.
    QTest::newRow("final 4xx") << QByteArray("Final-Recipient: rfc822; a@x.example\nAction: failed\nStatus: 5.0.0\n"
                                             "Diagnostic-Code: smtp; 421 4.7.1 [TS03] All messages from 192.0.2.236 will be permanently "
                                             "deferred; Retrying will NOT succeed: retry timeout exceeded\n")
                               << Category::RateLimited << QString();
    // Still trying: a delay, not an expiry.
    QTest::newRow("delayed") << QByteArray("Final-Recipient: rfc822; team@x.example\nAction: delayed\nStatus: 4.4.2\n"
                                           "Diagnostic-Code: X-Postfix; lost connection with mx.x.example[192.0.2.1]\n")
                             << Category::Network << QString();
    // Windows' SMTP service and Exchange send 4.4.7 with every delay warning: by the code
    // alone that is "Delivery time expired", but the sending server is still trying.
    QTest::newRow("delayed, 4.4.7 alone") << QByteArray("Final-Recipient: rfc822; team@x.example\nAction: delayed\nStatus: 4.4.7\n")
                                          << Category::Other << QString();
}

void TestBounceExplainer::gaveUpAfterTemporaryErrors()
{
    QFETCH(QByteArray, fields);
    QFETCH(Category, category);
    QFETCH(QString, lastAttempt);
    const auto items = BounceExplainer::explainMessage(report("Your message could not be delivered.", fields));
    QCOMPARE(items.size(), 1);
    const Explanation &e = items.first().explanation;
    QCOMPARE(e.category, category);
    if (fields.contains("Action: delayed")) {
        QCOMPARE(e.severity, Severity::Transient);
        QVERIFY2(!e.title.contains(u"expired"_s, Qt::CaseInsensitive), qPrintable(e.title));
    }
    if (category == Category::Expired) {
        QCOMPARE(e.severity, Severity::Permanent);
        QVERIFY2(e.meaning.contains(u"The last attempt ended with:"_s), qPrintable(e.meaning));
        QVERIFY(!e.causes.isEmpty() && e.causes.size() <= 4);
        QVERIFY(!e.matched.isEmpty());
    }
    if (!lastAttempt.isEmpty()) {
        // The connection's story stays among the causes.
        const Explanation alone = BounceExplainer::explainMessage(report("x", QByteArray(fields).replace("failed", "delayed"))).first().explanation;
        QCOMPARE(alone.category, Category::Network);
        QVERIFY2(e.causes.contains(alone.causes.first()), qPrintable(e.causes.join(u" | "_s)));
        QVERIFY2(e.meaning.contains(alone.title), qPrintable(e.meaning));
    }
}

// Microsoft 365's delay report: its own "400 4.4.7 Message delayed" first, then each
// attempt with a time stamp; the latest attempt says what is wrong.
void TestBounceExplainer::latestAttemptDecides()
{
    const QByteArray text =
        "Delivery is delayed to these recipients or groups:\n\ncompta@x.example\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: EX1.example\n\n"
        "compta@x.example\nServer at mx.x.example (192.0.2.150) returned '400 4.4.7 Message delayed'\n"
        "18/07/2025 11:04:12 - Server at mx.x.example (192.0.2.150) returned '451 4.4.0 Primary target IP address "
        "responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, "
        "but that did not succeed.'";
    const auto items = BounceExplainer::explainMessage(
        report(text, "Final-Recipient: rfc822;compta@x.example\nAction: delayed\nStatus: 4.4.7\n"));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().explanation.category, Category::Network);
    QCOMPARE(items.first().explanation.severity, Severity::Transient);
    QVERIFY2(items.first().entry.reply.text().contains(u"SocketError"_s), qPrintable(items.first().entry.reply.text()));
}

// Reports with no delivery-status part: the words say whether the sending server is
// still trying, has given up, or quotes the remote server after a sentence of its own.
void TestBounceExplainer::reportsWithoutDeliveryStatus_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<Category>("category");
    QTest::addColumn<Severity>("severity");

    // Exim's delay warning (exim's default warn_message_file wording).
    QTest::newRow("exim delay") << QByteArray(
        "From: Mail Delivery System <Mailer-Daemon@a.example>\nSubject: Warning: message 1aB-0001-AB delayed 24 hours\n\n"
        "A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue.\n\n"
        "  team@x.example\n    host mx.x.example [192.0.2.1]\n    Delay reason: SMTP error from remote mail server after initial connection:\n"
        "    Connection refused\n\nNo action is required on your part.\n")
                                << Category::Network << Severity::Transient;
    // Gmail: its own sentence first, then "The response was:" and the remote side's words.
    QTest::newRow("gmail response was") << QByteArray(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Delay)\n\n"
        "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to team@x.example. "
        "Gmail will retry for 46 more hours.\n\nThe response was:\n\nThe recipient server did not accept our requests to "
        "connect. [mx.x.example. 192.0.2.1: timed out]\n")
                                       << Category::Timeout << Severity::Transient;
    // qmail gave up on a message it could only defer: expired, not the last attempt's network.
    QTest::newRow("qmail queue too long") << QByteArray(
        "From: MAILER-DAEMON@a.example\nSubject: failure notice\n\nHi. This is the qmail-send program at a.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<team@x.example>:\n"
        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
        "I'm not going to try again; this message has been in the queue too long.\n")
                                         << Category::Expired << Severity::Permanent;
    // qmail's "Giving up on <host>" is about one host, not the queue: the reply decides.
    QTest::newRow("qmail giving up on a host") << QByteArray(
        "From: MAILER-DAEMON@a.example\nSubject: failure notice\n\nHi. This is the qmail-send program at a.example.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<team@x.example>:\n"
        "192.0.2.39 does not like recipient.\nRemote host said: 451 4.7.1 greylisting, please try again later\nGiving up on 192.0.2.39.\n")
                                              << Category::Greylisted << Severity::Transient;
    // qmail's paragraph for the recipient is the reason, whatever its words: the report
    // says it failed. Words no rule knows are "Reason not recognised", resting on them.
    QTest::newRow("qmail, reason no rule knows") << QByteArray(
        "From: MAILER-DAEMON@a.example\nSubject: failure notice\n\n"
        "Hi. This is the qmail-send program at a.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<team@x.example>:\nmaildrop: signal 0x09\n\n"
        "--- Below this line is a copy of the message.\n\nSubject: hello\n\nhi\n")
                                                << Category::Other << Severity::Permanent;
}

// The same qmail report pasted as text, two recipients: the one whose reason no rule
// knows is still listed (seen in the GUI: only the other one was).
void TestBounceExplainer::pastedReportListsEveryRecipient()
{
    const QString text = u"Hi. This is the qmail-send program at a.example.\n"
                         "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                         "<fabi@x.example>:\nmaildrop: signal 0x09\n\n"
                         "<ana@x.example>:\nThe users mailfolder is over the allowed quota (size).\n"_s;
    const auto items = BounceExplainer::explainText(text);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).entry.recipient, u"fabi@x.example"_s);
    QCOMPARE(items.at(0).explanation.ruleId, u"words-unrecognised"_s);
    QCOMPARE(items.at(1).explanation.category, Category::MailboxFull);
    // One line pasted alone is no report: words no rule knows explain nothing.
    QVERIFY(BounceExplainer::explainText(u"maildrop: signal 0x09"_s).isEmpty());
}

void TestBounceExplainer::reportsWithoutDeliveryStatus()
{
    QFETCH(QByteArray, message);
    QFETCH(Category, category);
    QFETCH(Severity, severity);
    const auto items = BounceExplainer::explainMessage(message);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().entry.recipient, u"team@x.example"_s);
    QCOMPARE(items.first().explanation.category, category);
    QCOMPARE(items.first().explanation.severity, severity);
}

QTEST_GUILESS_MAIN(TestBounceExplainer)
#include "tst_bounceexplainer.moc"
