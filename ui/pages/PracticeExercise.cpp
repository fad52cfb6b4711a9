#include "pages/PracticeExercise.h"

#include "pages/PracticeBed.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Model::Category;
using Outcome = Verdict::Outcome;
using Security = TestPlan::Security;
using Auth = TestPlan::Auth;

namespace {

constexpr const char *Context = "PracticeExercise";

/// One exercise as written down: words for lupdate, the bed's names and the expectation.
struct Row
{
    const char *key;
    const char *title;
    const char *ticket;
    const char *conclusion;
    const char *why;
    WizardMode mode;
    const char *destination; // delivery: the domain; submission: the server's host
    const char *portVariable;
    Security security;
    bool trustBedCa;
    Auth auth;
    const char *password;
    const char *rcptTo;
    Outcome outcome;
    Category category;
    const char *enhancedCode;
    bool endsAtLookup;
    bool needsBackupMx;
};

// The bed's servers (docs/testbed.md): Postfix on SMTP_PORT answers nobody@ with 550 5.1.1,
// full@ with 552 5.2.2 and grey@ with 450 4.7.1 (recipient_access); the smtp-sink faults of
// sinks.conf listen at sink.<zone>'s address; m365-server.py refuses password sign-in with
// 535 5.7.139; nullmx.<zone> has MX 0 "."; failover.<zone>'s MX 10 is dead, MX 20 Postfix.
const Row Rows[] = {
    {"unknown-user", QT_TRANSLATE_NOOP("PracticeExercise", "Unknown user"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Mail to nobody@wizard.test bounces. The customer says the colleague started last week and the address must be right."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The address does not exist at the recipient's mail server: ask for the correct spelling, or have the mailbox created."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server answered RCPT TO with 550 5.1.1, a permanent refusal of this one recipient. The connection, the sender and every step before were fine."),
     WizardMode::Delivery, "wizard.test", "SMTP_PORT", Security::StartTls, true, Auth::None, "", "nobody@wizard.test",
     Outcome::Rejected, Category::RecipientUnknown, "", false, false},
    {"mailbox-full", QT_TRANSLATE_NOOP("PracticeExercise", "Mailbox full"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Mail to full@wizard.test comes back. The customer says it worked last month."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The recipient's mailbox is full. Nothing is wrong on our side: the recipient has to make room, then the message can be sent again."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server refused the recipient at RCPT TO with 552 5.2.2 (mailbox full): a problem of that one mailbox, not of the connection or the message."),
     WizardMode::Delivery, "wizard.test", "SMTP_PORT", Security::StartTls, true, Auth::None, "", "full@wizard.test",
     Outcome::Rejected, Category::MailboxFull, "", false, false},
    {"greylisting", QT_TRANSLATE_NOOP("PracticeExercise", "Greylisting"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Mail to grey@wizard.test is \"delayed\". The customer wants to know why it is not delivered at once."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server greylists: it defers mail from a new sender once and accepts the retry. Nothing to fix; a real mail server retries within minutes."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The reply to RCPT TO was a 4xx (450 4.7.1 Greylisted): a temporary refusal, so sending again later works."),
     WizardMode::Delivery, "wizard.test", "SMTP_PORT", Security::StartTls, true, Auth::None, "", "grey@wizard.test",
     Outcome::Deferred, Category::Greylisted, "", false, false},
    {"greeting-421", QT_TRANSLATE_NOOP("PracticeExercise", "421 at connect"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Mail to bob@sink.wizard.test stays in the queue. The customer says their server \"cannot get through\"."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The receiving server answers but refuses service right at the greeting: it is overloaded, in maintenance or limits connections. Wait and try again; if it lasts, contact its administrator."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server's first line was 421 instead of 220, and it closed the connection: temporary, and before anything about the message was sent."),
     WizardMode::Delivery, "sink.wizard.test", "SINK_GREETING421_PORT", Security::StartTls, true, Auth::None, "", "bob@sink.wizard.test",
     Outcome::Deferred, Category::ServerUnavailable, "", false, false},
    {"slow-server", QT_TRANSLATE_NOOP("PracticeExercise", "Slow server"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Mail to bob@sink.wizard.test takes ages and then fails with a time-out."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server accepts the connection but does not greet in time: it (or a filter in front of it) is overloaded or hanging. Contact its administrator; the message is not the problem."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The connection was made, but no 220 greeting came before the wizard gave up: a time-out while waiting for the greeting (this exercise takes half a minute)."),
     WizardMode::Delivery, "sink.wizard.test", "SINK_SLOWGREETING_PORT", Security::StartTls, true, Auth::None, "", "bob@sink.wizard.test",
     Outcome::Timeout, Category::Timeout, "", false, false},
    {"untrusted-certificate", QT_TRANSLATE_NOOP("PracticeExercise", "Untrusted certificate"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Outlook at the customer's office says the certificate of mail.wizard.test is not valid, and sending stops."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server's certificate is not issued by an authority this computer trusts (here a private CA). Install the company's CA certificate on the clients, or give the server a certificate from a public CA."),
     QT_TRANSLATE_NOOP("PracticeExercise", "STARTTLS was offered and started, but the certificate did not verify, so the wizard stopped before signing in: a TLS failure, not a password problem."),
     WizardMode::Submission, "mail.wizard.test", "SUBMISSION_PORT", Security::StartTlsRequired, false, Auth::Auto, "", "bob@wizard.test",
     Outcome::TlsFailed, Category::TlsFailed, "", false, false},
    {"sign-in-refused", QT_TRANSLATE_NOOP("PracticeExercise", "Sign-in refused"),
     QT_TRANSLATE_NOOP("PracticeExercise", "alice@wizard.test cannot send through mail.wizard.test. She says her password is Winter2026! and it has always worked."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The server refused the user name and password: the password is wrong or was changed. Have the user reset it and type it again."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The encrypted connection and the offer to sign in were fine; AUTH was answered with 535 5.7.8, the server's \"authentication failed\"."),
     WizardMode::Submission, "mail.wizard.test", "SUBMISSION_PORT", Security::StartTlsRequired, true, Auth::Auto, "Winter2026!", "bob@wizard.test",
     Outcome::AuthFailed, Category::AuthFailed, "5.7.8", false, false},
    {"sign-in-disabled-m365", QT_TRANSLATE_NOOP("PracticeExercise", "Sign-in disabled (Microsoft 365)"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Since Monday the scanner cannot send through the company's Microsoft 365 server (mail.wizard.test). Its password, Winter2026!, was checked twice."),
     QT_TRANSLATE_NOOP("PracticeExercise", "Microsoft 365 has switched off password sign-in (basic authentication, security defaults). The password is not the problem: sign in with an OAuth 2.0 token, or have the administrator allow SMTP AUTH for the mailbox or set up a connector."),
     QT_TRANSLATE_NOOP("PracticeExercise", "AUTH was answered with 535 5.7.139 (\"the user is locked by your organization's security defaults policy\"): Microsoft's code for a blocked password sign-in, not 5.7.8 or 5.7.3 for a wrong password."),
     WizardMode::Submission, "mail.wizard.test", "M365_PORT", Security::StartTlsRequired, true, Auth::Auto, "Winter2026!", "bob@wizard.test",
     Outcome::AuthFailed, Category::AuthFailed, "5.7.139", false, false},
    {"blocklisted-ip", QT_TRANSLATE_NOOP("PracticeExercise", "Blocklisted IP address"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Every mail to bob@sink.wizard.test bounces since yesterday, whatever is in it."),
     QT_TRANSLATE_NOOP("PracticeExercise", "Our sending IP address is on a DNS blocklist (Spamhaus ZEN). Find out why (a hijacked account, an infected computer), fix it, then ask for delisting; the recipient's address is fine."),
     QT_TRANSLATE_NOOP("PracticeExercise", "RCPT TO was refused with 554 5.7.1 naming our address and zen.spamhaus.org: the server judged the sending IP address, not the recipient or the message."),
     WizardMode::Delivery, "sink.wizard.test", "SINK_RBL554_PORT", Security::StartTls, true, Auth::None, "", "bob@sink.wizard.test",
     Outcome::Rejected, Category::ClientBlocked, "", false, false},
    {"null-mx", QT_TRANSLATE_NOOP("PracticeExercise", "Null MX"),
     QT_TRANSLATE_NOOP("PracticeExercise", "Mail to info@nullmx.wizard.test bounces at once, without any server being contacted."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The domain declares that it accepts no mail at all (a null MX, RFC 7505). The address is wrong or no longer used: ask the recipient for another one."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The MX lookup returned a single MX 0 \".\": the domain's owner says it receives no mail, so there is no server to connect to and the wizard stops on the Mail servers page."),
     WizardMode::Delivery, "nullmx.wizard.test", "SMTP_PORT", Security::StartTls, true, Auth::None, "", "info@nullmx.wizard.test",
     Outcome::DnsFailed, Category::DomainAcceptsNoMail, "", true, false},
    {"dead-mx-backup", QT_TRANSLATE_NOOP("PracticeExercise", "Dead MX with a working backup"),
     QT_TRANSLATE_NOOP("PracticeExercise", "The customer's first mail server (dead.wizard.test) died this morning. Is mail to alice@failover.wizard.test lost?"),
     QT_TRANSLATE_NOOP("PracticeExercise", "No: the first MX refuses connections, but the backup MX (preference 20) took the message. Mail arrives; the dead server should still be repaired or taken out of the MX records."),
     QT_TRANSLATE_NOOP("PracticeExercise", "The first attempt failed with \"connection refused\"; the wizard went on to the next MX, as every sending server does, and that one accepted the message."),
     WizardMode::Delivery, "failover.wizard.test", "SMTP_PORT", Security::StartTls, true, Auth::None, "", "alice@failover.wizard.test",
     Outcome::Delivered, Category::Accepted, "", false, true},
};

/// The bed's zone instead of the default one the table is written with.
QString inZone(const QString &text, const QString &zone)
{
    return zone == u"wizard.test"_s ? text : QString(text).replace(u"wizard.test"_s, zone);
}

PracticeExercise fromRow(const Row &row)
{
    PracticeExercise e;
    e.key = QString::fromLatin1(row.key);
    e.title = QCoreApplication::translate(Context, row.title);
    e.ticket = QCoreApplication::translate(Context, row.ticket);
    e.conclusion = QCoreApplication::translate(Context, row.conclusion);
    e.why = QCoreApplication::translate(Context, row.why);
    e.mode = row.mode;
    e.outcome = row.outcome;
    e.category = row.category;
    e.enhancedCode = QString::fromLatin1(row.enhancedCode);
    e.endsAtLookup = row.endsAtLookup;
    e.needsBackupMx = row.needsBackupMx;
    (row.mode == WizardMode::Submission ? e.server : e.domain) = QString::fromLatin1(row.destination);
    e.portVariable = QString::fromLatin1(row.portVariable);
    e.security = row.security;
    e.trustBedCa = row.trustBedCa;
    e.auth = row.auth;
    e.password = QString::fromUtf8(row.password);
    e.mailFrom = u"sender@wizard.test"_s;
    e.rcptTo = QString::fromLatin1(row.rcptTo);
    return e;
}

} // namespace

QList<PracticeExercise> PracticeExercise::all()
{
    QList<PracticeExercise> list;
    for (const Row &row : Rows)
        list.append(fromRow(row));
    return list;
}

std::optional<PracticeExercise> PracticeExercise::find(const QString &key)
{
    for (const Row &row : Rows) {
        if (key == QLatin1StringView(row.key))
            return fromRow(row);
    }
    return std::nullopt;
}

PlanRequest PracticeExercise::request(const PracticeBed &bed) const
{
    const QString zone = bed.zone();
    PlanRequest r;
    r.dnsServer = bed.dnsServer();
    const int port = bed.port(portVariable);
    if (mode == WizardMode::Submission) {
        // The host by name, so the certificate's name is checked as a customer's client would.
        r.server = inZone(server, zone) + u':' + QString::number(port);
        r.auth = auth;
        if (auth != Auth::None) {
            r.user = bed.value(u"USER"_s);
            r.password = password.isEmpty() ? bed.value(u"PASSWORD"_s) : password;
        }
    } else {
        r.domain = inZone(domain, zone);
        r.port = port; // the bed's servers are not on port 25
    }
    r.security = security;
    if (trustBedCa)
        r.caFile = bed.value(u"CA_FILE"_s);
    r.mailFrom = inZone(mailFrom, zone);
    r.rcptTo = {inZone(rcptTo, zone)};
    r.subject = QCoreApplication::translate("PracticeExercise", "Practice: %1").arg(title);
    // The bed's names resolve to loopback IPv4 (and ::1 for the Postfix services only).
    r.ipFamily = TestPlan::IpFamily::V4;
    return r;
}
