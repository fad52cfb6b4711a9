#pragma once

// A fixed, hand-built TestResult for the report tests: a failover run to wizard.test
// where the first MX refuses the connection and the second takes the message for one
// recipient and refuses the other. Every field is set so that every format has
// something to show; the password is set on purpose to prove it never leaves.

#include "model/TestResult.h"
#include "run/RunExplainer.h"

#include <QTimeZone>

namespace ReportFixture {

inline const QString password = QStringLiteral("S3cr3t-P\u00e4ssw\u00f6rd!");
inline const QString user = QStringLiteral("alice@wizard.test");

inline TranscriptEntry line(qint64 ms, TranscriptEntry::Direction dir, const QString &text,
                            Model::Stage stage, int replyIndex = -1, bool last = false,
                            std::optional<Model::Severity> severity = std::nullopt,
                            std::optional<Model::Category> category = std::nullopt)
{
    TranscriptEntry e;
    e.ms = ms;
    e.direction = dir;
    e.text = text;
    e.stage = stage;
    e.replyIndex = replyIndex;
    e.lastLineOfReply = last;
    e.severity = severity;
    e.category = category;
    return e;
}

inline SmtpReply reply(int code, const QString &enhanced, const QStringList &lines)
{
    SmtpReply r;
    r.code = code;
    r.enhancedCode = enhanced;
    r.lines = lines;
    return r;
}

inline TestResult failoverResult()
{
    using D = TranscriptEntry::Direction;
    using S = Model::Stage;
    using Sev = Model::Severity;
    using Cat = Model::Category;

    TestResult result;
    TestPlan &plan = result.plan;
    plan.domain = QStringLiteral("wizard.test");
    plan.port = 25;
    plan.security = TestPlan::Security::StartTls;
    plan.ehloName = QStringLiteral("pc-helpdesk-07.corp.example");
    plan.auth = TestPlan::Auth::Plain;
    plan.user = user;
    plan.password = password;
    plan.mailFrom = QStringLiteral("sender@wizard.test");
    plan.rcptTo = {QStringLiteral("alice@wizard.test"), QStringLiteral("nobody@wizard.test")};
    plan.notify = TestPlan::NotifySuccess | TestPlan::NotifyFailure;
    plan.ret = TestPlan::Ret::Headers;
    plan.envid = QStringLiteral("ticket-4711");
    plan.subject = QStringLiteral("SMTP Wizard test");
    plan.body = QStringLiteral("Hello from SMTP Wizard.\n.A line starting with a dot");
    plan.headers = {{QStringLiteral("X-Ticket"), QStringLiteral("4711")}};
    plan.dnsServer = QHostAddress(QStringLiteral("127.0.53.1"));

    result.startedAt = QDateTime(QDate(2026, 11, 29), QTime(14, 32, 5, 123), Qt::UTC);
    result.durationMs = 1375;
    result.appVersion = QStringLiteral("0.1.0");
    result.machineName = QStringLiteral("pc-helpdesk-07.corp.example");

    DnsFindings &dns = result.dns;
    dns.domain = QStringLiteral("wizard.test");
    dns.lookedUp = true;
    dns.dnsServer = QStringLiteral("127.0.53.1");
    dns.elapsedMs = 12;
    MxHost dead;
    dead.preference = 10;
    dead.exchange = QStringLiteral("dead.wizard.test");
    dead.addresses = {{QHostAddress(QStringLiteral("127.0.25.99")), QString(), true, false}};
    MxHost mail;
    mail.preference = 20;
    mail.exchange = QStringLiteral("mail.wizard.test");
    mail.addresses = {{QHostAddress(QStringLiteral("127.0.25.1")), QStringLiteral("mail.wizard.test"), true, true},
                      {QHostAddress(QStringLiteral("::1")), QString(), false, false}};
    dns.mx = {dead, mail};

    result.events = {
        line(0, D::Event, QStringLiteral("Looking up MX records of wizard.test at 127.0.53.1"), S::Dns),
        line(12, D::Event, QStringLiteral("MX 10 dead.wizard.test, MX 20 mail.wizard.test"), S::Dns),
    };

    Attempt first;
    first.route.host = QStringLiteral("dead.wizard.test");
    first.route.address = QHostAddress(QStringLiteral("127.0.25.99"));
    first.route.port = 25;
    first.route.preference = 10;
    first.outcome = Attempt::Outcome::Failed;
    first.stage = S::Connect;
    first.fatalProblem = Model::Problem::ConnectionRefused;
    first.errorText = QStringLiteral("Connection refused");
    first.startMs = 14;
    first.durationMs = 3;
    first.transcript = {
        line(14, D::Event, QStringLiteral("Connecting to 127.0.25.99 port 25"), S::Connect),
        line(17, D::Event, QStringLiteral("Connection refused"), S::Connect, -1, false, Sev::Transient, Cat::Network),
    };
    first.findings = {{Model::Problem::ConnectionRefused, S::Connect, QStringLiteral("Connection refused"), true, {}}};
    first.timings = {{S::Connect, 14, 3}};

    Attempt second;
    second.route.host = QStringLiteral("mail.wizard.test");
    second.route.address = QHostAddress(QStringLiteral("127.0.25.1"));
    second.route.port = 25;
    second.route.preference = 20;
    second.outcome = Attempt::Outcome::Completed;
    second.stage = S::Quit;
    second.startMs = 18;
    second.durationMs = 1357;
    second.authenticated = true;
    second.messageSent = true;
    const QList<SmtpReply> replies = {
        reply(220, {}, {QStringLiteral("mail.wizard.test ESMTP Postfix (Debian/GNU)")}),
        reply(250, {}, {QStringLiteral("mail.wizard.test"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                        QStringLiteral("STARTTLS"), QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME"),
                        QStringLiteral("DSN")}),
        reply(220, QStringLiteral("2.0.0"), {QStringLiteral("Ready to start TLS")}),
        reply(250, {}, {QStringLiteral("mail.wizard.test"), QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                        QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME"),
                        QStringLiteral("DSN")}),
        reply(235, QStringLiteral("2.7.0"), {QStringLiteral("Authentication successful")}),
        reply(250, QStringLiteral("2.1.0"), {QStringLiteral("Ok")}),
        reply(250, QStringLiteral("2.1.5"), {QStringLiteral("Ok")}),
        reply(550, QStringLiteral("5.1.1"), {QStringLiteral("<nobody@wizard.test>: Recipient address rejected: User unknown in virtual mailbox table")}),
        reply(354, {}, {QStringLiteral("End data with <CR><LF>.<CR><LF>")}),
        reply(250, QStringLiteral("2.0.0"), {QStringLiteral("Ok: queued as 4XyZ1k2LmNz")}),
        reply(221, QStringLiteral("2.0.0"), {QStringLiteral("Bye")}),
    };
    const QList<S> stages = {S::Greeting, S::Ehlo, S::StartTls, S::Ehlo, S::Auth, S::Mail,
                             S::Rcpt, S::Rcpt, S::Data, S::Message, S::Quit};
    for (qsizetype i = 0; i < replies.size(); ++i)
        second.replies.append(ReplyRecord{replies.at(i), stages.at(i), {}});
    second.transcript = {
        line(18, D::Event, QStringLiteral("Connecting to 127.0.25.1 port 25"), S::Connect),
        line(19, D::Event, QStringLiteral("Connected to 127.0.25.1 port 25"), S::Connect),
        line(31, D::Server, QStringLiteral("220 mail.wizard.test ESMTP Postfix (Debian/GNU)"), S::Greeting, 0, true, Sev::Success, Cat::Accepted),
        line(31, D::Client, QStringLiteral("EHLO pc-helpdesk-07.corp.example"), S::Ehlo),
        line(33, D::Server, QStringLiteral("250-mail.wizard.test"), S::Ehlo, 1),
        line(33, D::Server, QStringLiteral("250-PIPELINING"), S::Ehlo, 1),
        line(33, D::Server, QStringLiteral("250-SIZE 10240000"), S::Ehlo, 1),
        line(33, D::Server, QStringLiteral("250-STARTTLS"), S::Ehlo, 1),
        line(33, D::Server, QStringLiteral("250-ENHANCEDSTATUSCODES"), S::Ehlo, 1),
        line(33, D::Server, QStringLiteral("250-8BITMIME"), S::Ehlo, 1),
        line(33, D::Server, QStringLiteral("250 DSN"), S::Ehlo, 1, true, Sev::Success, Cat::Accepted),
        line(34, D::Client, QStringLiteral("STARTTLS"), S::StartTls),
        line(35, D::Server, QStringLiteral("220 2.0.0 Ready to start TLS"), S::StartTls, 2, true, Sev::Success, Cat::Accepted),
        line(61, D::Event, QStringLiteral("TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384"), S::StartTls),
        line(61, D::Client, QStringLiteral("EHLO pc-helpdesk-07.corp.example"), S::Ehlo),
        line(62, D::Server, QStringLiteral("250-mail.wizard.test"), S::Ehlo, 3),
        line(62, D::Server, QStringLiteral("250-PIPELINING"), S::Ehlo, 3),
        line(62, D::Server, QStringLiteral("250-SIZE 10240000"), S::Ehlo, 3),
        line(62, D::Server, QStringLiteral("250-AUTH PLAIN LOGIN"), S::Ehlo, 3),
        line(62, D::Server, QStringLiteral("250-ENHANCEDSTATUSCODES"), S::Ehlo, 3),
        line(62, D::Server, QStringLiteral("250-8BITMIME"), S::Ehlo, 3),
        line(62, D::Server, QStringLiteral("250 DSN"), S::Ehlo, 3, true, Sev::Success, Cat::Accepted),
        line(63, D::Client, QStringLiteral("AUTH PLAIN ********"), S::Auth),
        line(80, D::Server, QStringLiteral("235 2.7.0 Authentication successful"), S::Auth, 4, true, Sev::Success, Cat::Accepted),
        line(80, D::Client, QStringLiteral("MAIL FROM:<sender@wizard.test> RET=HDRS ENVID=ticket-4711"), S::Mail),
        line(82, D::Server, QStringLiteral("250 2.1.0 Ok"), S::Mail, 5, true, Sev::Success, Cat::Accepted),
        line(82, D::Client, QStringLiteral("RCPT TO:<alice@wizard.test> NOTIFY=SUCCESS,FAILURE"), S::Rcpt),
        line(85, D::Server, QStringLiteral("250 2.1.5 Ok"), S::Rcpt, 6, true, Sev::Success, Cat::Accepted),
        line(85, D::Client, QStringLiteral("RCPT TO:<nobody@wizard.test> NOTIFY=SUCCESS,FAILURE"), S::Rcpt),
        line(88, D::Server, QStringLiteral("550 5.1.1 <nobody@wizard.test>: Recipient address rejected: User unknown in virtual mailbox table"),
             S::Rcpt, 7, true, Sev::Permanent, Cat::RecipientUnknown),
        line(88, D::Client, QStringLiteral("DATA"), S::Data),
        line(90, D::Server, QStringLiteral("354 End data with <CR><LF>.<CR><LF>"), S::Data, 8, true, Sev::Intermediate, Cat::Accepted),
        line(90, D::Event, QStringLiteral("Message sent: 7 lines, 412 bytes"), S::Message),
        line(1340, D::Server, QStringLiteral("250 2.0.0 Ok: queued as 4XyZ1k2LmNz"), S::Message, 9, true, Sev::Success, Cat::Accepted),
        line(1341, D::Client, QStringLiteral("QUIT"), S::Quit),
        line(1374, D::Server, QStringLiteral("221 2.0.0 Bye"), S::Quit, 10, true, Sev::Success, Cat::Accepted),
        line(1375, D::Event, QStringLiteral("Connection closed"), S::Quit),
    };
    second.capabilities.esmtp = true;
    second.capabilities.greetingName = QStringLiteral("mail.wizard.test");
    second.capabilities.size = 10240000;
    second.capabilities.pipelining = true;
    second.capabilities.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    second.capabilities.dsn = true;
    second.capabilities.eightBitMime = true;
    second.capabilities.enhancedStatusCodes = true;
    second.capabilities.keywords = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                                    QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("ENHANCEDSTATUSCODES"),
                                    QStringLiteral("8BITMIME"), QStringLiteral("DSN")};

    TlsInfo tls;
    tls.established = true; // the handshake completed, with one certificate error
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.cipherBits = 256;
    tls.continuedDespiteErrors = true;
    CertificateInfo leaf;
    leaf.subject = QStringLiteral("mail.wizard.test");
    leaf.issuer = QStringLiteral("SMTP Wizard Test CA");
    leaf.subjectAlternativeNames = {QStringLiteral("mail.wizard.test"), QStringLiteral("localhost"),
                                    QStringLiteral("127.0.25.1"), QStringLiteral("::1")};
    leaf.notBefore = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    leaf.notAfter = QDateTime(QDate(2027, 11, 1), QTime(0, 0), Qt::UTC);
    leaf.serialNumber = QStringLiteral("4f:1a:22:9c");
    leaf.sha256Fingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    tls.peerCertificates = {leaf};
    TlsErrorInfo untrusted;
    untrusted.error = QSslError::UnableToGetLocalIssuerCertificate;
    untrusted.text = QStringLiteral("The issuer certificate of a locally looked up certificate could not be found");
    untrusted.certificateIndex = 0;
    tls.errors = {untrusted};
    second.tls = tls;

    RecipientResult alice;
    alice.address = QStringLiteral("alice@wizard.test");
    alice.reply = second.replies.at(6).reply;
    alice.replyIndex = 6;
    RecipientResult nobody;
    nobody.address = QStringLiteral("nobody@wizard.test");
    nobody.reply = second.replies.at(7).reply;
    nobody.replyIndex = 7;
    second.recipients = {alice, nobody};
    second.findings = {{Model::Problem::TlsCertificateInvalid, S::StartTls,
                        QStringLiteral("The issuer certificate of a locally looked up certificate could not be found"), false, {}}};
    second.timings = {{S::Connect, 18, 1},  {S::Greeting, 19, 12}, {S::Ehlo, 31, 2},   {S::StartTls, 34, 27},
                      {S::Auth, 63, 17},    {S::Mail, 80, 2},      {S::Rcpt, 82, 6},   {S::Data, 88, 2},
                      {S::Message, 90, 1250}, {S::Quit, 1341, 34}};

    result.attempts = {first, second};

    Verdict &v = result.verdict;
    v.outcome = Verdict::Outcome::Rejected;
    v.stage = S::Rcpt;
    v.attemptIndex = 1;
    v.replyIndex = 7;
    v.category = Cat::RecipientUnknown;
    v.summary = QStringLiteral("The server at mail.wizard.test refused the recipient nobody@wizard.test: the mailbox does not exist.");
    v.nextSteps = {QStringLiteral("Check the spelling of nobody@wizard.test."),
                   QStringLiteral("Ask the recipient's administrator whether the mailbox exists."),
                   QStringLiteral("The other recipient, alice@wizard.test, was accepted & the message was delivered to it.")};
    // As a run would have left it: every record explained once.
    RunExplainer::explainResult(result);
    return result;
}

} // namespace ReportFixture
