// The examples of issue 10's "Why": real replies that the catalogue used to explain
// wrongly. Each must land in the category a mail administrator gives it, rest on the words
// that name the cause, and read as one explanation (no cause twice, none the words rule out).
#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"
#include "diagnosis/RuleMatcher.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::Category;
using Model::Severity;
using Model::Stage;

class TestCatalogExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issueExamples_data();
    void issueExamples();
    void causesReadAsOne_data();
    void causesReadAsOne();
    void wordsNextToCodes_data();
    void wordsNextToCodes();
    void bareCodeSaysItHasNoReason();
    void permanentNeverSaysLater();
    void phraseRulesCompileAndAreUnique();
    void otherLanguages_data();
    void otherLanguages();
};

namespace {
Explanation explain(Stage stage, const QString &line)
{
    const auto entry = BounceParser::parseReply(line);
    return entry ? ReplyCatalog::explainReply(stage, entry->reply) : Explanation{};
}
} // namespace

void TestCatalogExamples::issueExamples_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("basis"); // a word the explanation must say it rests on
    QTest::newRow("reputation") << Stage::Greeting
        << u"550 Connections from mx.example.jp (192.0.2.2) are being rejected due to a poor email reputation score."_s
        << Category::ClientBlocked << u"reputation"_s;
    QTest::newRow("5.3.0 address") << Stage::Rcpt << u"553 5.3.0 Address does not exist"_s
                                   << Category::RecipientUnknown << u"does not exist"_s;
    QTest::newRow("5.7.1 no mailbox") << Stage::Rcpt << u"550 5.7.1 No mailbox found"_s
                                      << Category::RecipientUnknown << u"No mailbox"_s;
    QTest::newRow("5.1.3 does not exist") << Stage::Rcpt << u"501 5.1.3 Recipient user@example.com does not exist"_s
                                          << Category::RecipientUnknown << u"does not exist"_s;
    QTest::newRow("submission port") << Stage::Mail << u"550 5.7.9 Mail to submission port must be authenticated"_s
                                     << Category::AuthRequired << u"must be authenticated"_s;
    QTest::newRow("relay not allowed") << Stage::Rcpt << u"503 5.7.1 Relay not allowed"_s
                                       << Category::RelayDenied << u"Relay not allowed"_s;
    QTest::newRow("not relaying") << Stage::Rcpt << u"550 not relaying to that domain"_s
                                  << Category::RelayDenied << u"not relay"_s;
    QTest::newRow("RecipSizeLimit") << Stage::Message
        << u"550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"_s
        << Category::MessageTooLarge << u"too large"_s;
    QTest::newRow("mailbox size limit") << Stage::Rcpt << u"452 Mailbox size limit exceeded"_s
                                        << Category::MailboxFull << u"Mailbox size limit"_s;
    QTest::newRow("too many messages") << Stage::Rcpt << u"User has too many messages on the server"_s
                                       << Category::MailboxFull << u"too many messages on the server"_s;
    QTest::newRow("no such domain") << Stage::Rcpt << u"550 No such domain at this location"_s
                                    << Category::DomainNotFound << u"No such domain"_s;
    QTest::newRow("postfix name service") << Stage::Rcpt
        << u"Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found, try again"_s
        << Category::DomainNotFound << u"not found"_s;
    QTest::newRow("turn on smtp auth") << Stage::Mail << u"Please turn on SMTP Authentication in your mail client"_s
                                       << Category::AuthRequired << u"SMTP Auth"_s;
    QTest::newRow("IP bloquee") << Stage::Greeting << u"Adresse IP source bloquee pour incident de spam"_s
                                << Category::ClientBlocked << u"IP source bloqu"_s;
    QTest::newRow("IMS not recognized") << Stage::Rcpt << u"The recipient name is not recognized"_s
                                        << Category::RecipientUnknown << u"recipient name is not recognized"_s;
    QTest::newRow("GroupWise user not found") << Stage::Rcpt << u"user@example.com (user not found)"_s
                                              << Category::RecipientUnknown << u"user not found"_s;
    QTest::newRow("IMail mailbox size") << Stage::Rcpt << u"User mailbox exceeds allowed size: user@example.com"_s
                                        << Category::MailboxFull << u"exceeds allowed size"_s;
}

void TestCatalogExamples::issueExamples()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    QFETCH(QString, basis);
    const Explanation e = explain(stage, line);
    QVERIFY2(e.isValid(), qPrintable(line));
    QCOMPARE(e.category, category);
    QVERIFY2(e.matched.contains(basis, Qt::CaseInsensitive), qPrintable(e.matched));
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(e.causes.size() <= 4);
    QVERIFY(!e.nextSteps.isEmpty());
    QVERIFY(e.nextSteps.size() <= 4);
}

void TestCatalogExamples::causesReadAsOne_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("ruledOut"); // a cause the words rule out, or empty
    QTest::newRow("550 5.1.1") << Stage::Rcpt << u"550 5.1.1 User unknown"_s << u"relay"_s;
    QTest::newRow("500 5.3.3") << Stage::Data << u"500 5.3.3 Unrecognized command"_s << QString();
    QTest::newRow("530 5.7.1") << Stage::Mail << u"530 5.7.1 Client was not authenticated"_s << QString();
    // Seen in a saved explanation: "A large message pushes the mailbox over its limit" and
    // "A large message would push the mailbox over its quota", one cause in two tables.
    QTest::newRow("452 4.2.2") << Stage::Rcpt << u"452 4.2.2 Mailbox full"_s << QString();
}

void TestCatalogExamples::causesReadAsOne()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(QString, ruledOut);
    const Explanation e = explain(stage, line);
    QVERIFY(e.isValid());
    QVERIFY(e.causes.size() <= 4);
    // No cause twice in other words: each pair shares less than half its longer words.
    // Inflections count as one word ("pushes", "push").
    static const QRegularExpression word(u"\\w{4,}"_s);
    static const QRegularExpression ending(u"(?:ing|ed|es|s)$"_s);
    const auto words = [](const QString &text) {
        QSet<QString> set;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
            QString w = it.next().captured(0);
            if (const auto m = ending.match(w); m.hasMatch() && m.capturedStart(0) >= 4)
                w.truncate(m.capturedStart(0));
            set.insert(w);
        }
        return set;
    };
    for (qsizetype i = 0; i < e.causes.size(); ++i) {
        for (qsizetype j = i + 1; j < e.causes.size(); ++j) {
            const auto a = words(e.causes[i]);
            const auto b = words(e.causes[j]);
            const auto common = QSet<QString>(a).intersect(b).size();
            QVERIFY2(2 * common < QSet<QString>(a).unite(b).size(),
                     qPrintable(e.causes[i] + u" ~ "_s + e.causes[j]));
        }
    }
    if (!ruledOut.isEmpty())
        QVERIFY2(!e.causes.join(u' ').contains(ruledOut, Qt::CaseInsensitive), qPrintable(e.causes.join(u'|')));
}

// How words and codes weigh together. Phrasings from public documentation and MTA sources,
// as cited; none is a corpus row.
void TestCatalogExamples::wordsNextToCodes_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("line");
    QTest::addColumn<Category>("category");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("ruleId"); // empty: any rule

    // Size words outrank a loose 5.7.1 and the 554 after the message; an oversized SIZE=
    // parameter is the size, not the syntax 5.5.4 names.
    QTest::newRow("oversized 5.7.1") << Stage::Message << u"550 5.7.1 Oversized message rejected"_s
                                     << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("maximum allowed size") << Stage::Message << u"554 Message exceeded maximum allowed size"_s
                                          << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("SIZE parameter") << Stage::Mail << u"555 5.5.4 SIZE parameter exceeds the limit"_s
                                    << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("tcp connect failed") << Stage::Rcpt << u"451 4.4.0 TCP connect failed"_s << Category::Network
                                        << Severity::Transient << QString();
    // "Relaying to <domain> is not allowed" names the domain between the words.
    QTest::newRow("relaying to domain not allowed") << Stage::Rcpt << u"550 relaying mail to example.net is not allowed"_s
                                                    << Category::RelayDenied << Severity::Permanent << QString();
    // Lotus Domino's router, in a report without a reply code.
    QTest::newRow("domino no matching person") << Stage::Rcpt << u"Router: No matching Person found in Domino Directory"_s
                                               << Category::RecipientUnknown << Severity::Permanent << QString();
    // A failure stated without its reason: the basic code at RCPT does not make it a
    // missing mailbox, nor 554 after the message a spam verdict.
    QTest::newRow("delivery error") << Stage::Message << u"554 delivery error"_s << Category::Other
                                    << Severity::Permanent << u"phrase-no-reason"_s;
    QTest::newRow("undeliverable") << Stage::Rcpt << u"550 5.0.0 Undeliverable"_s << Category::Other
                                   << Severity::Permanent << u"phrase-no-reason"_s;
    QTest::newRow("delivery error with a reason") << Stage::Rcpt
                                                  << u"554 delivery error: dd This user doesn't have a yahoo.com account"_s
                                                  << Category::RecipientUnknown << Severity::Permanent << QString();
    // Not allowed to send to a recipient is a local rule; from an address, the sender.
    QTest::newRow("not permitted to send to") << Stage::Rcpt
                                              << u"550 5.7.1 You are not permitted to send messages to this group"_s
                                              << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("internet senders") << Stage::Rcpt
                                      << u"550 Mail is not accepted for this recipient from the internet"_s
                                      << Category::Policy << Severity::Permanent << u"phrase-policy-explicit"_s;
    QTest::newRow("socket read failed") << Stage::Rcpt << u"451 4.4.2 Socket read failed"_s << Category::Network
                                        << Severity::Transient << QString();
    // X.4.1 "No answer from host" is sent for any failed connection attempt; the words say
    // which kind. Sendmail (deliver.c) reports "Connection refused by <host>".
    QTest::newRow("4.4.1 refused") << Stage::Rcpt << u"451 4.4.1 Connection refused by mx.example.net"_s
                                   << Category::Network << Severity::Transient << QString();
    // Postfix (smtp_connect.c): "connect to host[addr]:port: Connection refused".
    QTest::newRow("4.4.1 postfix refused") << Stage::Rcpt
                                           << u"451 4.4.1 connect to mx.example.net[192.0.2.1]:25: Connection refused"_s
                                           << Category::Network << Severity::Transient << QString();
    QTest::newRow("4.4.1 timed out") << Stage::Rcpt << u"451 4.4.1 Connection timed out"_s
                                     << Category::Timeout << Severity::Transient << QString();
    // X.4.2 "Bad connection" is sent for any broken connection; the words say which kind:
    // Postfix's "421 4.4.2 <host> Error: timeout exceeded" (smtpd.c) is its own time-out
    // waiting for the client, as is Haraka's "451 4.4.2 Bad connection (io timeout)".
    QTest::newRow("4.4.2 timed out") << Stage::Message << u"421 4.4.2 mx.example.net Error: timeout exceeded"_s
                                     << Category::Timeout << Severity::Transient << u"phrase-timeout"_s;
    QTest::newRow("4.4.2 dropped") << Stage::Rcpt << u"421 4.4.2 Connection dropped due to SocketError"_s
                                   << Category::Network << Severity::Transient << u"enhanced-X.4.2"_s;
    // A specific code still outranks symptom words outside the connection codes.
    QTest::newRow("4.3.2 vs timeout") << Stage::Rcpt << u"421 4.3.2 System not accepting network messages, timeout"_s
                                      << Category::ServerUnavailable << Severity::Transient << u"enhanced-X.3.2"_s;
    // Microsoft's NDR intro names no cause: the enhanced code decides.
    QTest::newRow("NDR intro + 5.1.1") << Stage::Rcpt << u"550 5.1.1 Delivery has failed to these recipients or groups"_s
                                       << Category::RecipientUnknown << Severity::Permanent << u"enhanced-X.1.1"_s;
    // Exim specification, generic router option cannot_route_message (default "Unrouteable
    // address"): a remote Exim's reply is about its user; the reporting Exim's own
    // failure, without a code, is about the domain.
    QTest::newRow("exim unrouteable reply") << Stage::Rcpt << u"550 Unrouteable address"_s
                                            << Category::RecipientUnknown << Severity::Permanent << u"exim-unrouteable"_s;
    QTest::newRow("exim unrouteable local") << Stage::Rcpt << u"someone@example.invalid Unrouteable address"_s
                                            << Category::DomainNotFound << Severity::Permanent << u"phrase-domain-not-found"_s;
    // Exim specification, "Retry configuration": hosts still backing off is a deferral; the
    // same words "after a long failure period" mean the retry time-out passed.
    QTest::newRow("exim retry not reached") << Stage::Rcpt << u"retry time not reached for any host"_s
                                            << Category::Network << Severity::Transient << u"phrase-network-unreachable"_s;
    QTest::newRow("exim long failure") << Stage::Rcpt << u"retry time not reached for any host after a long failure period"_s
                                       << Category::Expired << Severity::Transient << u"exim-retry-timeout"_s;
    // Google Workspace SMTP error reference, 4.2.1; "rate" inside a word is no rate.
    QTest::newRow("gmail 4.2.1 rate") << Stage::Rcpt
                                      << u"450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered."_s
                                      << Category::RateLimited << Severity::Transient << u"gmail-4.2.1-receiving-too-fast"_s;
    QTest::newRow("4.2.1 separate") << Stage::Rcpt << u"450 4.2.1 Mailbox disabled: user@separate.example"_s
                                    << Category::MailboxDisabled << Severity::Transient << QString();
    // strerror(EDQUOT) is "Disc quota exceeded" on BSD and Solaris (errno.h).
    QTest::newRow("disc quota") << Stage::Message << u"554 mail.local: Disc quota exceeded"_s
                                << Category::MailboxFull << Severity::Permanent << u"phrase-mailbox-full"_s;
    // A size limit worded with "exceeded" and "inbound" (variant of Postfix's "exceeds
    // fixed maximum message size").
    QTest::newRow("exceeded inbound size") << Stage::Message << u"552 Exceeded maximum inbound message size"_s
                                           << Category::MessageTooLarge << Severity::Permanent << u"phrase-message-too-large"_s;
    // HCL Domino: "User ... not listed in Domino Directory" is an unknown user, not a blocklist.
    QTest::newRow("domino not listed") << Stage::Rcpt << u"550 User jdoe@example.com not listed in Domino Directory"_s
                                       << Category::RecipientUnknown << Severity::Permanent << u"phrase-recipient-unknown"_s;
    QTest::newRow("listed at spamhaus") << Stage::Greeting << u"554 192.0.2.1 listed at zen.spamhaus.org"_s
                                        << Category::ClientBlocked << Severity::Permanent << QString();
    // Delay warnings without a code read as temporary: Gmail's DSN and Exim's
    // delay_warning text (Exim specification, "warn_message_file").
    QTest::newRow("gmail delayed") << Stage::Rcpt << u"Delivery to the following recipient has been delayed:"_s
                                   << Category::Other << Severity::Transient << u"phrase-no-cause"_s;
    QTest::newRow("exim delayed") << Stage::Rcpt
                                  << u"A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue"_s
                                  << Category::Other << Severity::Transient << u"phrase-no-cause"_s;
    // qmail-send's bounce intro.
    QTest::newRow("qmail intro") << Stage::Rcpt << u"I'm afraid I wasn't able to deliver your message to the following addresses."_s
                                 << Category::Other << Severity::Permanent << u"phrase-no-cause"_s;
    // Phrasings of a family that are not word for word what a rule was first written for:
    // Exchange Online's NDR text, Exchange 2007's, OpenSSL's and Postfix's TLS errors.
    QTest::newRow("M365 NDR couldn't be found") << Stage::Rcpt
        << u"The email address you entered couldn't be found. Please check the recipient's email address."_s
        << Category::RecipientUnknown << Severity::Permanent << u"phrase-recipient-unknown"_s;
    QTest::newRow("Exchange e-mail address not found") << Stage::Rcpt
        << u"The recipient's e-mail address was not found in the recipient's e-mail system."_s
        << Category::RecipientUnknown << Severity::Permanent << u"phrase-recipient-unknown"_s;
    QTest::newRow("user you are trying to contact") << Stage::Rcpt << u"550 The user you are trying to contact does not exist"_s
                                                   << Category::RecipientUnknown << Severity::Permanent << QString();
    QTest::newRow("no shared cipher") << Stage::StartTls << u"SSL_accept error from mx.example.net[192.0.2.1]: no shared cipher"_s
                                      << Category::TlsFailed << Severity::Permanent << u"phrase-tls-handshake"_s;
    QTest::newRow("sslv3 alert") << Stage::StartTls << u"error:0A000410:SSL routines::sslv3 alert handshake failure"_s
                                 << Category::TlsFailed << Severity::Permanent << u"phrase-tls-handshake"_s;
    QTest::newRow("name mismatch") << Stage::StartTls << u"Hostname mismatch in certificate"_s
                                   << Category::TlsFailed << Severity::Permanent << u"phrase-tls-certificate"_s;
    QTest::newRow("maximum fixed size") << Stage::Data << u"552 Message exceeds maximum fixed size"_s
                                        << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("attachment too large") << Stage::Data << u"552 Message rejected: attachment too large"_s
                                          << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("link blocklisted") << Stage::Data << u"550 5.7.1 URL in message is blocklisted"_s
                                      << Category::ContentRejected << Severity::Permanent << QString();
    QTest::newRow("messaging limits") << Stage::Rcpt << u"451 4.7.1 You have exceeded your messaging limits"_s
                                      << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("sender on the recipient's list") << Stage::Mail << u"551 Sender is on domain's blacklist"_s
                                                    << Category::Policy << Severity::Permanent << u"phrase-address-listed"_s;
    QTest::newRow("user name or password") << Stage::Auth << u"535 Invalid username or password"_s
                                           << Category::AuthFailed << Severity::Permanent << u"phrase-auth-failed"_s;
    QTest::newRow("external senders") << Stage::Rcpt << u"550 5.7.1 This mailbox does not accept mail from external senders"_s
                                      << Category::Policy << Severity::Permanent << u"phrase-policy-explicit"_s;
    QTest::newRow("Gmail security issue") << Stage::Data
        << u"552 5.7.0 This message was blocked because its content presents a potential security issue"_s
        << Category::ContentRejected << Severity::Permanent << u"phrase-content-unsafe"_s;
    QTest::newRow("SES identity not verified") << Stage::Data << u"554 Message rejected: Email address is not verified"_s
                                               << Category::SenderRejected << Severity::Permanent << u"phrase-sender-rejected"_s;
    QTest::newRow("connection lost") << Stage::Data << u"451 SMTP connection lost"_s
                                     << Category::Network << Severity::Transient << QString();
    QTest::newRow("IP on a blacklist is not an address") << Stage::Connect << u"554 Your IP address 192.0.2.1 is on our blacklist"_s
                                                         << Category::ClientBlocked << Severity::Permanent << QString();
    // A failure stated without its reason is filed as such, not read into code and stage;
    // on connecting, a refused greeting still means this client is not welcome.
    QTest::newRow("transaction failed") << Stage::Message << u"554 Transaction failed"_s
                                        << Category::Other << Severity::Permanent << u"phrase-no-reason"_s;
    QTest::newRow("transaction failed at greeting") << Stage::Greeting << u"554 Transaction failed"_s
                                                    << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("RFC words after RCPT") << Stage::Rcpt << u"550 Requested action not taken"_s
                                          << Category::RecipientUnknown << Severity::Permanent << QString();
    QTest::newRow("unknown error, specific code decides") << Stage::Message << u"550 5.2.2 Unknown error"_s
                                                          << Category::MailboxFull << Severity::Permanent << QString();
    // NetEase (163.com, 126.com) names its reasons by code.
    QTest::newRow("NetEase HL:ICC") << Stage::Greeting << u"421 HL:ICC 163mx23 Connection limited"_s
                                    << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("NetEase RP:FRL") << Stage::Rcpt << u"550 RP:FRL 163mx06 Anonymous relay is not permitted"_s
                                    << Category::RelayDenied << Severity::Permanent << QString();
    // A server that says why it refuses the connection is not sendmail's bare "Connection refused".
    QTest::newRow("refused, too many sessions") << Stage::Greeting << u"421 4.7.0 Connection refused, too many sessions from 192.0.2.1"_s
                                                << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("header check") << Stage::Message << u"552 Required header 'Date' missing"_s
                                  << Category::ContentRejected << Severity::Permanent << u"phrase-content-headers"_s;
    QTest::newRow("scanner trouble") << Stage::Message << u"452 Error connecting to virus scanner"_s
                                     << Category::ServerUnavailable << Severity::Transient << QString();
    QTest::newRow("HELO literal") << Stage::Ehlo << u"550 HELO IP literal does not match your IP address"_s
                                  << Category::Policy << Severity::Permanent << u"phrase-helo-address"_s;
    QTest::newRow("hourly limit") << Stage::Mail << u"550 5.4.6 Sender exceeded its hourly message limit"_s
                                  << Category::RateLimited << Severity::Permanent << QString();
    QTest::newRow("length exceeds") << Stage::Message << u"554 Transaction failed: Message length exceeds 10485760 bytes"_s
                                    << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("user suspended") << Stage::Rcpt << u"550 5.2.1 Mailbox unavailable. This user has been suspended"_s
                                    << Category::MailboxDisabled << Severity::Permanent << QString();
    // GMX's wording has no "the": still a full mailbox, not throttling.
    QTest::newRow("too many messages on server") << Stage::Rcpt << u"550 User has too many messages on server"_s
                                                 << Category::MailboxFull << Severity::Permanent << QString();
    QTest::newRow("Comcast BL code") << Stage::Greeting
        << u"554 resimta-po-20v.sys.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000"_s
        << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("Mimecast greylisting") << Stage::Rcpt << u"451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451"_s
                                          << Category::Greylisted << Severity::Transient << QString();
    // RFC 4954's 535 says the sign-in failed, whatever loose enhanced code comes with it;
    // a locked account at AUTH is the sign-in failing, not a recipient's mailbox.
    QTest::newRow("535 with 5.7.1") << Stage::Auth << u"535 5.7.1 Bad credentials"_s
                                    << Category::AuthFailed << Severity::Permanent << QString();
    QTest::newRow("account locked at AUTH") << Stage::Auth << u"535 5.7.0 The account is locked"_s
                                            << Category::AuthFailed << Severity::Permanent << QString();
    QTest::newRow("Winsock 10060") << Stage::Rcpt
        << u"451 4.4.0 Error encountered while communicating with primary target IP address: \"Failed to connect. Winsock error code: 10060, Win32 error code: 10060.\""_s
        << Category::Timeout << Severity::Transient << QString();
    // The server's own sign-in service being down is that server's trouble, not a wrong
    // password; "could not authenticate" and an unsupported mechanism are the sign-in.
    QTest::newRow("auth backend down") << Stage::Auth << u"454 4.7.0 Temporary authentication failure: lost connection to authentication server"_s
                                       << Category::ServerUnavailable << Severity::Transient << u"phrase-auth-backend"_s;
    QTest::newRow("could not authenticate") << Stage::Auth << u"535 Could not authenticate you"_s
                                            << Category::AuthFailed << Severity::Permanent << QString();
    QTest::newRow("unsupported mechanism") << Stage::Auth << u"504 5.5.4 Unsupported authentication mechanism"_s
                                           << Category::AuthFailed << Severity::Permanent << QString();
    // Throttling worded per second, as a short period, or as a count of sessions.
    QTest::newRow("per second") << Stage::Mail << u"421 4.7.0 You are sending more than 5 messages per second"_s
                                << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("short period") << Stage::Rcpt << u"450 Too many recipients in a short period of time from your address"_s
                                  << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("reconnect too fast") << Stage::Greeting << u"421 Temporarily rejected: you reconnected too fast"_s
                                        << Category::Greylisted << Severity::Transient << QString();
    QTest::newRow("STARTTLS not advertised") << Stage::StartTls << u"503 5.5.1 STARTTLS used when not advertised"_s
                                             << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("blocked file type") << Stage::Message << u"554 5.7.1 Attachment rejected: blocked file type (.js)"_s
                                       << Category::ContentRejected << Severity::Permanent << QString();
    QTest::newRow("URI blocklist") << Stage::Message << u"554 5.7.1 Message body contains URL listed on uribl"_s
                                   << Category::ContentRejected << Severity::Permanent << u"phrase-content-unsafe"_s;
    // The sender: its domain not set up for sending, or a reserved example domain.
    QTest::newRow("unconfigured sending domain") << Stage::Mail << u"550 5.7.1 Unconfigured sending domain example.org"_s
                                                 << Category::SenderRejected << Severity::Permanent << QString();
    QTest::newRow("reserved sender domain") << Stage::Mail << u"550 5.7.1 Sender from reserved domain example.com"_s
                                            << Category::SenderRejected << Severity::Permanent << QString();
    QTest::newRow("host unknown TLD") << Stage::Greeting << u"554 Client host name mx.example.zz from unknown TLD"_s
                                      << Category::ReverseDns << Severity::Permanent << QString();
    // The answer to a first command that looks like HTTP (a browser or proxy on port 25).
    QTest::newRow("HTTP on port 25") << Stage::Ehlo << u"421 HTTP commands are not allowed here"_s
                                     << Category::Policy << Severity::Transient << QString();
    QTest::newRow("HELO disbelieved") << Stage::Ehlo << u"550 I do not believe you are gmail.com"_s
                                      << Category::Policy << Severity::Permanent << u"phrase-helo-name"_s;
    // A temporary reply about a part of the receiving side is that side's trouble.
    QTest::newRow("filter failed") << Stage::Message << u"451 4.3.0 Content filter failed, try again"_s
                                   << Category::ServerUnavailable << Severity::Transient << QString();
    QTest::newRow("header line too long") << Stage::Message << u"554 5.6.0 Header line too long"_s
                                          << Category::ContentRejected << Severity::Permanent << QString();
    QTest::newRow("need HELO") << Stage::Mail << u"503 Need HELO first"_s
                               << Category::SyntaxError << Severity::Permanent << QString();
    QTest::newRow("mailbox temporarily suspended") << Stage::Rcpt << u"550 Mailbox temporarily suspended"_s
                                                   << Category::MailboxDisabled << Severity::Permanent << QString();
    QTest::newRow("Node getaddrinfo") << Stage::Connect << u"421 getaddrinfo ENOTFOUND mx.example.invalid"_s
                                      << Category::DomainNotFound << Severity::Transient << QString();
    // "Could not resolve" a domain names the domain, whatever X.4.3 says; at MAIL it is the
    // sender's. Not resolving the client's own address is its reverse DNS.
    QTest::newRow("could not resolve at MAIL") << Stage::Mail << u"451 Could not resolve sender.example (#4.4.3)"_s
                                               << Category::SenderRejected << Severity::Transient << QString();
    QTest::newRow("could not resolve the MX") << Stage::Rcpt << u"451 4.4.3 Could not resolve mx.example.net"_s
                                              << Category::DomainNotFound << Severity::Transient << QString();
    QTest::newRow("could not resolve the client") << Stage::Greeting << u"450 Could not resolve your IP address to a name"_s
                                                  << Category::ReverseDns << Severity::Transient << QString();
    // Spamhaus refusing the receiving server's query is that server's fault, not a listing.
    QTest::newRow("Spamhaus open resolver") << Stage::Rcpt
        << u"554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/203.0.113.9/"_s
        << Category::ServerUnavailable << Severity::Permanent << u"spamhaus-query-refused"_s;
    QTest::newRow("Spamhaus listed") << Stage::Rcpt
        << u"554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.7"_s
        << Category::ClientBlocked << Severity::Permanent << u"spamhaus-ip"_s;
    QTest::newRow("qpsmtpd greylisting") << Stage::Rcpt << u"450 This mail is temporarily denied"_s
                                         << Category::Greylisted << Severity::Transient << QString();
    // 501 is a syntax error in the argument: an invalid EHLO name's form. The same words
    // with 550, or Postfix's "Helo command rejected", are a local rule about the name.
    QTest::newRow("501 invalid HELO") << Stage::Ehlo << u"501 5.5.2 Invalid HELO argument"_s
                                      << Category::SyntaxError << Severity::Permanent << QString();
    QTest::newRow("550 invalid HELO") << Stage::Ehlo << u"550 5.7.1 Invalid HELO name, see RFC 5321 4.1.1.1"_s
                                      << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("501 Helo command rejected") << Stage::Ehlo << u"501 5.5.2 <x>: Helo command rejected: Invalid name"_s
                                               << Category::Policy << Severity::Permanent << u"postfix-helo-rejected"_s;
    // A refusal of EHLO with no other words is a rule about the EHLO name, not the IP.
    QTest::newRow("550 at EHLO") << Stage::Ehlo << u"550 Go away, you are not who you say"_s
                                 << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("550 at the greeting") << Stage::Greeting << u"550 Go away"_s
                                         << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("EHLO refused") << Stage::Ehlo << u"554 EHLO refused"_s
                                  << Category::Policy << Severity::Permanent << u"phrase-helo-name"_s;
    QTest::newRow("TLS connect failed") << Stage::StartTls << u"TLS connect failed: connection reset by peer"_s
                                        << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("DNS resolve error") << Stage::Rcpt << u"451 DNS resolve error for example.net"_s
                                       << Category::DomainNotFound << Severity::Transient << QString();
    QTest::newRow("recipient domain must exist") << Stage::Rcpt << u"553 sorry, the recipient domain must exist (#5.7.1)"_s
                                                 << Category::DomainNotFound << Severity::Permanent << QString();
    QTest::newRow("size of the message over the limit") << Stage::Message << u"552 The size of the message content exceeds the limit"_s
                                                        << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("use EHLO first") << Stage::Mail << u"503 Send HELO/EHLO first"_s
                                    << Category::SyntaxError << Severity::Permanent << QString();
    QTest::newRow("bounces refused") << Stage::Mail << u"550 Bounces are not accepted here"_s
                                     << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("karma") << Stage::Mail << u"550 bad karma, go away"_s
                           << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("Daum DAS51") << Stage::Rcpt << u"554 5.7.1 DAS51 192.0.2.9: blocked"_s
                                << Category::ClientBlocked << Severity::Permanent << u"daum-das51-ip-blocked"_s;
    // A filter's own time-out is the receiving side's trouble, not the connection's.
    QTest::newRow("scanner timed out") << Stage::Message << u"451 4.3.0 Virus scanner timed out, try again"_s
                                       << Category::ServerUnavailable << Severity::Transient << QString();
    QTest::newRow("AUTH after HELO") << Stage::Auth << u"503 5.5.1 STARTTLS not allowed after HELO, say EHLO"_s
                                     << Category::SyntaxError << Severity::Permanent << QString();
    QTest::newRow("HELO name fails FCrDNS") << Stage::Ehlo << u"550 Your HELO name fails FCrDNS"_s
                                            << Category::Policy << Severity::Permanent << u"phrase-helo-name"_s;
    QTest::newRow("client fails FCrDNS") << Stage::Greeting << u"550 Client fails FCrDNS"_s
                                         << Category::ReverseDns << Severity::Permanent << QString();
    // iRedAPD's limit on one message's size is the size, not a full mailbox.
    QTest::newRow("iRedAPD single message size") << Stage::Message << u"552 5.3.4 Quota exceeded (size of single mail message)"_s
                                                 << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("quota exceeded") << Stage::Rcpt << u"552 Quota exceeded"_s
                                    << Category::MailboxFull << Severity::Permanent << QString();
    // The sending server failing to sign is its own trouble, not the domain's DKIM failing.
    QTest::newRow("DKIM signing failed") << Stage::Message << u"451 4.3.0 DKIM signing failed, try again later"_s
                                         << Category::ServerUnavailable << Severity::Transient << QString();
    QTest::newRow("DKIM failed") << Stage::Message << u"550 5.7.1 DKIM check failed"_s
                                 << Category::SenderAuthentication << Severity::Permanent << QString();
    // A relay's "credentials" words at RCPT: the relaying is refused, no sign-in was tried.
    QTest::newRow("no credentials for relay") << Stage::Rcpt << u"554 5.7.1 No credentials for relay to example.net"_s
                                              << Category::RelayDenied << Severity::Permanent << QString();
    // An account barred from sending is refused like a banned IP (the corpus convention for
    // Microsoft's 5.1.8 and account bans); a recipient's disabled account stays the mailbox.
    QTest::newRow("sending account disabled") << Stage::Mail << u"550 Message sending from your account has been suspended"_s
                                              << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("recipient account disabled") << Stage::Rcpt << u"550 5.2.1 This account is disabled"_s
                                                << Category::MailboxDisabled << Severity::Permanent << QString();
    // JavaMail's "Couldn't connect to host" is the network, unless it names a time-out.
    QTest::newRow("couldn't connect") << Stage::Connect
        << u"MailConnectException: Couldn't connect to host, port: mx.example.net, 25; timeout -1"_s
        << Category::Network << Severity::Permanent << QString();
    QTest::newRow("couldn't connect, timed out") << Stage::Connect
        << u"MailConnectException: Couldn't connect to host, port: mx.example.net, 25; timeout 30000; nested exception is: connect timed out"_s
        << Category::Timeout << Severity::Permanent << QString();
    QTest::newRow("SCRAM not possible") << Stage::Auth << u"454 4.3.0 SCRAM-SHA-256 not possible"_s
                                        << Category::AuthFailed << Severity::Transient << QString();
    QTest::newRow("PHPMailer data not accepted") << Stage::Message << u"SMTP Error: data not accepted."_s
                                                 << Category::Other << Severity::Permanent << QString();
    // A number with a unit inside the text is a quantity, not the reply code; the enhanced
    // code that opens the reply and the words decide.
    QTest::newRow("greylisted for 300 sec") << Stage::Rcpt << u"4.2.0 Sender address rejected: Greylisted for 300 sec."_s
                                            << Category::Greylisted << Severity::Transient << QString();
    QTest::newRow("code before a unit word") << Stage::Message << u"552 Message body is too big"_s
                                             << Category::MessageTooLarge << Severity::Permanent << QString();
    QTest::newRow("relaying is denied") << Stage::Rcpt << u"550 5.7.1 Relaying is denied"_s
                                        << Category::RelayDenied << Severity::Permanent << QString();
    QTest::newRow("encryption is required") << Stage::Rcpt << u"550 Encryption is required from you"_s
                                            << Category::TlsRequired << Severity::Permanent << QString();
    QTest::newRow("TLS-only server") << Stage::Rcpt << u"451 4.2.2 Server accepts messages only on TLS connection"_s
                                     << Category::TlsRequired << Severity::Transient << QString();
    QTest::newRow("unauthenticated session") << Stage::Rcpt << u"550 unauthenticated session on submission port"_s
                                             << Category::AuthRequired << Severity::Permanent << QString();
    QTest::newRow("sent to many, typo") << Stage::Rcpt << u"4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes"_s
                                        << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("recipients per minutes") << Stage::Rcpt << u"only 5 recipients per 5 minutes allowed"_s
                                            << Category::RateLimited << Severity::Transient << QString();
    QTest::newRow("sender domain without MX") << Stage::Rcpt << u"550 Sender domain does not have any MX records."_s
                                              << Category::SenderRejected << Severity::Permanent << QString();
    QTest::newRow("no HELO before MAIL") << Stage::Mail << u"550 no HELO given before MAIL command"_s
                                         << Category::SyntaxError << Severity::Permanent << QString();
    QTest::newRow("disabled recipient") << Stage::Rcpt << u"525 5.7.13 Disabled recipient address"_s
                                        << Category::MailboxDisabled << Severity::Permanent << QString();
    QTest::newRow("attachment length threshold") << Stage::Message << u"510 The length of Attach is achieved the maximum threshold"_s
                                                 << Category::MessageTooLarge << Severity::Permanent << QString();
    // The sending side's own TLS, DNS and route, as Postfix and Exim report them.
    QTest::newRow("TLS engine unavailable") << Stage::Connect << u"TLS is required, but our TLS engine is unavailable"_s
                                            << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("attempt to start TLS failed") << Stage::Ehlo << u"a TLS session is required, but an attempt to start TLS failed"_s
                                                 << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("name server loop") << Stage::Connect << u"Name server loop for example.com"_s
                                      << Category::DomainNotFound << Severity::Permanent << QString();
    QTest::newRow("failure in MX lookup") << Stage::Connect << u"Temporary failure in MX lookup"_s
                                          << Category::DomainNotFound << Severity::Transient << QString();
    QTest::newRow("host is down") << Stage::Connect << u"Deferred: Host mx.example.com. is down"_s
                                  << Category::Network << Severity::Transient << QString();
    QTest::newRow("exim hosts failing past the cutoff") << Stage::Connect
        << u"all hosts for 'example.com' have been failing for a long time and were last tried after this message arrived"_s
        << Category::Expired << Severity::Permanent << QString();
    QTest::newRow("SMTPUTF8 nowhere offered") << Stage::Connect
        << u"message requires SMTPUTF8, but no server was found that supports SMTPUTF8. The last attempted server was mx.example.com[192.0.2.1]"_s
        << Category::Other << Severity::Permanent << u"phrase-smtputf8-not-offered"_s;
    QTest::newRow("AUTH not advertised") << Stage::Auth << u"authentication required but server did not advertise AUTH support"_s
                                         << Category::AuthFailed << Severity::Permanent << QString();
    QTest::newRow("only subscribers may post") << Stage::Message
        << u"Sorry, only subscribers may post. If you are a subscriber, please forward this message to testing-owner@example.org to get your new address included."_s
        << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("recipient rejected for policy reasons") << Stage::Rcpt
        << u"554 5.7.1 <user@example.com.mx>: Recipient address rejected: Recipient address rejected for policy reasons"_s
        << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("AOL CON:B1") << Stage::Connect << u"521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html"_s
                                << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("protocol deviation") << Stage::Rcpt << u"Server responded with 550 esmtp: protocol deviation"_s
                                        << Category::SyntaxError << Severity::Permanent << QString();
    QTest::newRow("DNSSEC invalid") << Stage::Connect << u"dnssec-invalid: Destination domain returned invalid DNSSEC records"_s
                                    << Category::TlsFailed << Severity::Permanent << QString();
    // No code and no known cause, but words that report a failure: said so, not nothing.
    QTest::newRow("failure words, no known cause") << Stage::Connect << u"All routes to destination blocked"_s
                                                  << Category::Other << Severity::Permanent << u"words-unrecognised"_s;
    QTest::newRow("failure words, temporary") << Stage::Connect
        << u"Mail for this domain cannot be accepted right now; please retry (Unable to handle in active connection.)"_s
        << Category::Other << Severity::Transient << u"words-unrecognised"_s;
    QTest::newRow("Mimecast blocked senders") << Stage::Mail << u"Rejected by header based Blocked Senders: user@example.com"_s
                                              << Category::Policy << Severity::Permanent << QString();
    // A local list that names an address is a rule about that address, not the IP's
    // reputation, whichever way round the words come.
    QTest::newRow("blacklisted sender") << Stage::Mail << u"550 blacklisted sender: user@example.com"_s
                                        << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("RCPT in the blacklist") << Stage::Rcpt << u"554 RCPT user@example.org is in the blacklist"_s
                                           << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("M365 tenant allow/block list") << Stage::Rcpt
        << u"5.7.703 Your message can't be delivered because one or more recipients are blocked by your organization's tenant allow/block list policy."_s
        << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("access to this mail system rejected") << Stage::Greeting
        << u"550 #5.7.1 Your access to submit messages to this e-mail system has been rejected."_s
        << Category::ClientBlocked << Severity::Permanent << QString();
    QTest::newRow("SPFBL sender invalid") << Stage::Mail << u"551 5.7.1 SPFBL IP or sender is invalid."_s
                                          << Category::SenderRejected << Severity::Permanent << QString();
    // A refusal by a rule it does not name is a local rule, not "550 at RCPT = no mailbox".
    QTest::newRow("550 Forbidden") << Stage::Rcpt << u"550 Forbidden"_s << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("rejected by rule") << Stage::Rcpt << u"550 Recipient rejected by filter rule"_s
                                      << Category::Policy << Severity::Permanent << QString();
    QTest::newRow("forbidden sender domain") << Stage::Mail << u"550 Forbidden domain 'example.de' in Envelope-From (B-EFROM-STRATO)"_s
                                             << Category::SenderRejected << Severity::Permanent << QString();
    // The sending server gave up, in the words of other MTAs and gateways.
    QTest::newRow("undeliverable for days") << Stage::Message << u"The message has been undeliverable for 7 days"_s
                                            << Category::Expired << Severity::Permanent << QString();
    QTest::newRow("time to live exceeded") << Stage::Message << u"Maximum time to live exceeded"_s
                                           << Category::Expired << Severity::Permanent << QString();
    QTest::newRow("too many delivery attempts") << Stage::Message << u"Too many delivery attempts"_s
                                                << Category::Expired << Severity::Permanent << QString();
    // TLS as client libraries report it (Java, .NET, Node, GnuTLS, Python): the TLS words
    // outrank "could not connect" and "Authentication failed" around them.
    QTest::newRow("Java PKIX") << Stage::StartTls
        << u"PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"_s
        << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow(".NET transport stream closed") << Stage::StartTls
        << u"System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream."_s
        << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("JavaMail plaintext on 465") << Stage::Connect
        << u"Could not connect to SMTP host: smtp.gmail.com, port: 465; nested exception is: javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?"_s
        << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("Node altnames") << Stage::StartTls << u"Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames"_s
                                   << Category::TlsFailed << Severity::Permanent << QString();
    QTest::newRow("smtplib no STARTTLS") << Stage::Ehlo << u"smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server."_s
                                         << Category::TlsFailed << Severity::Permanent << QString();
    // The sender's own address, however the words that follow it are phrased.
    QTest::newRow("postfix unlisted sender") << Stage::Mail
        << u"550 5.1.0 <>: Sender address rejected: User unknown in local recipient table"_s
        << Category::SenderRejected << Severity::Permanent << QString();
    QTest::newRow("envelope sender not valid") << Stage::Mail << u"550 Your envelope sender address is not valid"_s
                                               << Category::SenderRejected << Severity::Permanent << QString();
    QTest::newRow("sendmail sender domain required") << Stage::Mail
        << u"553 5.5.4 <user>... Domain name required for sender address user"_s
        << Category::SenderRejected << Severity::Permanent << QString();
    QTest::newRow("DNS temporary failure") << Stage::Rcpt << u"451 4.4.0 DNS temporary failure"_s
                                           << Category::DomainNotFound << Severity::Transient << QString();
    QTest::newRow("Sophos vendor code") << Stage::Rcpt << u"550 5.7.1 XGEMAIL_0011 Command rejected"_s
                                        << Category::RecipientUnknown << Severity::Permanent << QString();
}

void TestCatalogExamples::wordsNextToCodes()
{
    QFETCH(Stage, stage);
    QFETCH(QString, line);
    QFETCH(Category, category);
    QFETCH(Severity, severity);
    QFETCH(QString, ruleId);
    const Explanation e = explain(stage, line);
    QVERIFY2(e.isValid(), qPrintable(line));
    QCOMPARE(e.category, category);
    QCOMPARE(e.severity, severity);
    if (!ruleId.isEmpty())
        QCOMPARE(e.ruleId, ruleId);
}

void TestCatalogExamples::bareCodeSaysItHasNoReason()
{
    const Explanation e = explain(Stage::Rcpt, u"550"_s);
    QVERIFY(e.isValid());
    QVERIFY2(e.meaning.startsWith(u"The server gave no reason; by its code alone this means"_s), qPrintable(e.meaning));
    QCOMPARE(e.matched, u"550"_s);
    // Words the catalogue does not know: it says so instead of guessing.
    const Explanation vague = explain(Stage::Rcpt, u"550 5.1.1 zxqv"_s);
    QVERIFY2(vague.meaning.contains(u"by its code alone"_s), qPrintable(vague.meaning));
    QCOMPARE(vague.matched, u"5.1.1"_s);
    // Words that name the cause: no such sentence.
    QVERIFY(!explain(Stage::Rcpt, u"550 5.1.1 User unknown"_s).meaning.contains(u"by its code alone"_s));
}

void TestCatalogExamples::permanentNeverSaysLater()
{
    static const QRegularExpression later(u"again later|try later|in a few minutes"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : {u"552 5.2.2 Mailbox full"_s, u"550 5.7.1 Relay not allowed"_s, u"554 5.7.1 spam detected"_s,
                                u"550 5.4.316 Message expired, connection refused"_s, u"550 5.3.0 Error: command failed"_s}) {
        const Explanation e = explain(Stage::Rcpt, line);
        QCOMPARE(e.severity, Severity::Permanent);
        QVERIFY2(!later.match(e.causes.join(u' ')).hasMatch(), qPrintable(line + u": "_s + e.causes.join(u'|')));
    }
}

void TestCatalogExamples::phraseRulesCompileAndAreUnique()
{
    const QStringList ids = RuleMatcher::phraseRuleIds();
    QVERIFY(ids.size() >= 25);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    // Every phrase row's borrowed text exists: a match never gives an empty explanation.
    for (const QString &line : {u"550 mailbox is full"_s, u"550 relaying denied"_s, u"421 greylisted"_s,
                                u"550 Domain does not accept mail (nullMX)"_s, u"connection refused"_s}) {
        const Explanation e = explain(Stage::Rcpt, line);
        QVERIFY2(e.isValid() && !e.causes.isEmpty() && !e.meaning.isEmpty(), qPrintable(line));
    }
}

void TestCatalogExamples::otherLanguages_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("line");
    QFile file(QStringLiteral(SMTPWIZARD_TEST_DATA "/phrase-languages.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        QCOMPARE(f.size(), 4);
        const auto stage = Model::fromKey<Stage>(f.at(0));
        QVERIFY2(stage, qPrintable(f.at(0)));
        QTest::addRow("%d %s %s", ++rows, qPrintable(f.at(2)), qPrintable(f.at(1))) << *stage << f.at(1) << f.at(3);
    }
    QVERIFY(rows >= 25);
}

// The words decide, not only the code: each row's code alone would often say the same, so
// the explanation must rest on the words ("matched" is not the bare code).
void TestCatalogExamples::otherLanguages()
{
    QFETCH(Stage, stage);
    QFETCH(QString, category);
    QFETCH(QString, line);
    const Explanation e = explain(stage, line);
    QCOMPARE(Model::key(e.category), category);
    QVERIFY2(e.ruleId.startsWith(u"phrase-") || e.ruleId.startsWith(u"enhanced-"), qPrintable(e.ruleId));
    QVERIFY2(!e.matched.isEmpty() && !e.matched.at(0).isDigit(), qPrintable(e.matched));
}

QTEST_GUILESS_MAIN(TestCatalogExamples)
#include "tst_catalogexamples.moc"
