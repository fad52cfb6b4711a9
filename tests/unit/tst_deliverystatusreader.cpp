// DeliveryStatusReader: the per-recipient fields of an RFC 3464 message/delivery-status.
#include "diagnosis/BounceParser.h"
#include "diagnosis/DeliveryStatusReader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString perMessage = u"Reporting-MTA: dns; mx.wizard.test\nX-Postfix-Queue-ID: 4XyZ1k2LmNz\n"
                           "Arrival-Date: Sun, 29 Nov 2026 14:32:05 +0100 (CET)\n\n"_s;

/// "recipient|action|code|enhanced|remote MTA|stage" of one entry; "-" where it has none.
QString summary(const BounceEntry &e)
{
    return QStringList{e.recipient.isEmpty() ? u"-"_s : e.recipient, e.action.isEmpty() ? u"-"_s : e.action,
                       QString::number(e.reply.code), e.reply.enhancedCode.isEmpty() ? u"-"_s : e.reply.enhancedCode,
                       e.remoteMta.isEmpty() ? u"-"_s : e.remoteMta, e.stage ? Model::key(*e.stage) : u"-"_s}
        .join(u'|');
}

} // namespace

class TestDeliveryStatusReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entries_data();
    void entries();
    void atMostMaxEntries();
};

void TestDeliveryStatusReader::entries_data()
{
    QTest::addColumn<QString>("dsn");
    QTest::addColumn<QStringList>("entries"); // summary() of each
    QTest::addColumn<QStringList>("texts");   // reply.text() of each

    QTest::newRow("postfix, one recipient")
        << perMessage
               + u"Final-Recipient: rfc822; nobody@wizard.test\nOriginal-Recipient: rfc822;nobody@wizard.test\n"
                 "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.contoso.example\n"
                 "Diagnostic-Code: smtp; 550 5.1.1 <nobody@wizard.test>: Recipient address rejected: User unknown in "
                 "virtual mailbox table\n"_s
        << QStringList{u"nobody@wizard.test|failed|550|5.1.1|mail.contoso.example|-"_s}
        << QStringList{u"<nobody@wizard.test>: Recipient address rejected: User unknown in virtual mailbox table"_s};
    QTest::newRow("gmail, folded diagnostic")
        << perMessage
               + u"Final-Recipient: rfc822; someone.unknown@gmail.com\nAction: failed\nStatus: 5.1.1\n"
                 "Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1b, the server for the domain "
                 "gmail.com.)\n"
                 "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n"
                 "    not exist. Please try double-checking the recipient's email address for\n"
                 "\ttypos or unnecessary spaces. a1si123 - gsmtp\n"_s
        << QStringList{u"someone.unknown@gmail.com|failed|550|5.1.1|gmail-smtp-in.l.google.com|-"_s}
        << QStringList{u"The email account that you tried to reach does not exist. Please try double-checking the "
                       "recipient's email address for typos or unnecessary spaces. a1si123 - gsmtp"_s};
    QTest::newRow("several recipients, delivered ones left out")
        << perMessage
               + u"Final-Recipient: rfc822; a@b.test\nAction: failed\nStatus: 5.2.2\n"
                 "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n"
                 "Final-Recipient: rfc822; ok@b.test\nAction: delivered\nStatus: 2.0.0\n\n"
                 "Final-Recipient: rfc822; relay@b.test\nAction: relayed\nStatus: 2.0.0\n\n"
                 "Final-Recipient: rfc822; list@b.test\nAction: expanded\nStatus: 2.0.0\n\n"
                 "Final-Recipient: rfc822; slow@c.test\nAction: delayed\nStatus: 4.4.1\n"
                 "Diagnostic-Code: smtp; 451 4.4.1 Connection timed out\nWill-Retry-Until: Mon, 30 Nov 2026\n"_s
        << QStringList{u"a@b.test|failed|552|5.2.2|-|-"_s, u"slow@c.test|delayed|451|4.4.1|-|-"_s}
        << QStringList{u"Mailbox full"_s, u"Connection timed out"_s};
    QTest::newRow("status only")
        << perMessage + u"Final-Recipient: rfc822;full@b.test\nAction: failed\nStatus: 5.2.2 (mailbox full)\n"_s
        << QStringList{u"full@b.test|failed|0|5.2.2|-|-"_s} << QStringList{u"mailbox full"_s};
    QTest::newRow("status not a status code")
        << u"Final-Recipient: rfc822; a@b.test\nAction: failed\nStatus: 9.9.9\n"_s
        << QStringList{u"a@b.test|failed|0|-|-|-"_s} << QStringList{QString()};
    QTest::newRow("enhanced code of the reply wins")
        << u"Final-Recipient: rfc822; a@b.test\nAction: failed\nStatus: 5.0.0\n"
           "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found\n"_s
        << QStringList{u"a@b.test|failed|550|5.1.10|-|-"_s}
        << QStringList{u"RESOLVER.ADR.RecipientNotFound; not found"_s};
    QTest::newRow("status fills in a reply without one")
        << u"Final-Recipient: rfc822; a@b.test\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp;550 User unknown\n"_s
        << QStringList{u"a@b.test|failed|550|5.1.1|-|-"_s} << QStringList{u"User unknown"_s};
    QTest::newRow("original recipient when there is no final one")
        << u"Original-Recipient: rfc822; <first@b.test>\nAction: failed\nStatus: 5.1.1\n"_s
        << QStringList{u"first@b.test|failed|0|5.1.1|-|-"_s} << QStringList{QString()};
    QTest::newRow("angle brackets, field names in any case")
        << u"FINAL-RECIPIENT: RFC822; <Mixed.Case@B.test>\nACTION: FAILED\nstatus: 5.7.1\n"
           "diagnostic-code: SMTP; 554 5.7.1 Relay access denied\nremote-mta: mx.b.test\n"_s
        << QStringList{u"Mixed.Case@B.test|failed|554|5.7.1|mx.b.test|-"_s} << QStringList{u"Relay access denied"_s};
    QTest::newRow("the step named in the diagnostic")
        << u"Final-Recipient: rfc822; a@b.test\nAction: failed\nStatus: 5.7.1\n"
           "Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam (in reply to end of DATA command)\n"_s
        << QStringList{u"a@b.test|failed|550|5.7.1|-|message"_s} << QStringList{u"Message rejected as spam"_s};
    QTest::newRow("non-smtp diagnostic")
        << u"Final-Recipient: rfc822; a@nowhere.test\nAction: failed\nStatus: 5.4.4\n"
           "Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"_s
        << QStringList{u"a@nowhere.test|failed|0|5.4.4|-|-"_s}
        << QStringList{u"Host or domain name not found. Name service error"_s};
    QTest::newRow("blank lines with spaces between blocks")
        << u"Reporting-MTA: dns; mx\n \t\nFinal-Recipient: rfc822; a@b.test\nAction: failed\nStatus: 5.1.1\n"
           "  \nFinal-Recipient: rfc822; c@b.test\nAction: failed\nStatus: 5.1.2\n"_s
        << QStringList{u"a@b.test|failed|0|5.1.1|-|-"_s, u"c@b.test|failed|0|5.1.2|-|-"_s}
        << QStringList{QString(), QString()};
    QTest::newRow("per-message fields only") << perMessage << QStringList() << QStringList();
    QTest::newRow("empty") << QString() << QStringList() << QStringList();
}

void TestDeliveryStatusReader::entries()
{
    QFETCH(QString, dsn);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, texts);
    const QList<BounceEntry> found = DeliveryStatusReader::entries(dsn);
    QStringList got;
    QStringList gotTexts;
    for (const BounceEntry &e : found) {
        got.append(summary(e));
        gotTexts.append(e.reply.text());
    }
    QCOMPARE(got, entries);
    QCOMPARE(gotTexts, texts);
}

void TestDeliveryStatusReader::atMostMaxEntries()
{
    QString dsn = perMessage;
    for (int i = 0; i < BounceParser::maxEntries + 50; ++i)
        dsn += u"Final-Recipient: rfc822; r%1@b.test\nAction: failed\nStatus: 5.1.1\n\n"_s.arg(i);
    const QList<BounceEntry> found = DeliveryStatusReader::entries(dsn);
    QCOMPARE(found.size(), BounceParser::maxEntries);
    QCOMPARE(found.first().recipient, u"r0@b.test"_s);
    QCOMPARE(found.last().recipient, u"r%1@b.test"_s.arg(BounceParser::maxEntries - 1));
}

QTEST_GUILESS_MAIN(TestDeliveryStatusReader)
#include "tst_deliverystatusreader.moc"
