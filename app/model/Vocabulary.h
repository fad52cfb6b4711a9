#pragma once

#include "model/EnumTable.h"

#include <QObject>
#include <QString>

/// The fixed vocabulary every layer shares: the steps of a test, and what classifies every
/// reply and every failure: severity (drives colours), category (drives icons, verdicts
/// and `--json`) and the problems that happen without a reply (DNS, network, TLS, missing
/// capabilities). Each enum has one spelling table below it.
namespace Model {
Q_NAMESPACE

/// The steps of one test, from the DNS lookup to QUIT; also `verdict.stage` in JSON.
enum class Stage {
    Dns,
    Connect,
    Tls,      // the TLS handshake of implicit TLS (port 465), before the greeting
    Greeting,
    Ehlo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,    // the DATA command and its 354
    Message, // the message body and the reply to the final "."
    Quit,    // RSET and QUIT: closing the session politely
};
Q_ENUM_NS(Stage)

enum class Severity {
    Success,      // 2xx
    Intermediate, // 3xx: the server waits for more
    Transient,    // 4xx or a condition worth retrying later
    Permanent,    // 5xx or a condition that retrying will not fix
    Info,         // not a reply: an event or a note
};
Q_ENUM_NS(Severity)

enum class Category {
    Accepted,
    RecipientUnknown,
    RecipientMoved,
    MailboxFull,
    MailboxDisabled,
    MessageTooLarge,
    ContentRejected,
    RelayDenied,
    SenderRejected,
    SenderAuthentication, // SPF, DKIM, DMARC
    ClientBlocked,        // IP reputation, blocklists
    ReverseDns,
    AuthRequired,
    AuthFailed,
    TlsRequired,
    TlsFailed,
    RateLimited,
    Greylisted,
    Policy,
    SyntaxError,
    DomainNotFound,
    DomainAcceptsNoMail,
    ServerUnavailable,
    Network,
    Timeout,
    Expired,
    Other,
};
Q_ENUM_NS(Category)

/// What went wrong, or is worth noting, when there is no SMTP reply to explain.
/// A problem is fatal when it ends an attempt and a finding when the test goes on.
enum class Problem {
    DnsNxDomain,          // the domain does not exist
    DnsNoAnswer,          // the DNS server did not answer (or answered garbage)
    DnsServerFailure,     // SERVFAIL, REFUSED and friends
    DnsNoAddress,         // a host name without A/AAAA records
    NullMx,               // RFC 7505: the domain accepts no mail
    DanglingMx,           // an MX pointing at a name without addresses
    NoUsableAddress,      // addresses exist, but not of the IP family asked for
    ConnectionRefused,
    ConnectTimeout,
    HostUnreachable,
    NetworkUnreachable,
    ConnectionReset,
    ConnectionClosed,     // the server hung up without a reply
    NoGreeting,           // connected, but no 220 came in time
    ReplyTimeout,         // a command got no reply in time
    MalformedReply,       // bytes that are not an SMTP reply
    UnsolicitedReply,     // a reply that came before its command (an early talker)
    ReplyTooLong,         // a line or a reply beyond any sane limit (a flood)
    TlsHandshakeFailed,
    TlsCertificateInvalid,
    StartTlsNotOffered,   // fatal under starttls-required, a finding otherwise
    StartTlsRejected,     // STARTTLS answered with an error
    AuthNotOffered,
    AuthMechanismNotSupported,
    PlaintextAuthRefused, // we refuse to send a password without TLS
    TokenRejected,        // the server's JSON challenge refused the OAuth 2.0 token
    TokenScopeInsufficient, // ... because the token lacks the permission to send mail
    MessageTooLarge,      // bigger than the advertised SIZE
    DsnNotAdvertised,     // NOTIFY/RET/ENVID asked for but no DSN keyword
    EightBitNotAdvertised,
    SmtpUtf8NotAdvertised,
    Cancelled,
};
Q_ENUM_NS(Problem)

/// A stage has three spellings for people: its short name in tables ("RCPT TO"), the
/// step in progress ("Checking the recipients (RCPT TO)") and what a sentence calls it
/// ("the recipient").
struct StageRow
{
    Stage value;
    const char *key;
    const char *label;
    const char *step;
    const char *phrase;
};

template <>
struct EnumTable<Stage>
{
    static constexpr const char *context = "Model::Stage";
    static constexpr StageRow rows[] = {
        {Stage::Dns, "dns", QT_TRANSLATE_NOOP("Model::Stage", "DNS lookup"),
         QT_TRANSLATE_NOOP("Model::Stage", "Looking up the mail servers"), QT_TRANSLATE_NOOP("Model::Stage", "the connection")},
        {Stage::Connect, "connect", QT_TRANSLATE_NOOP("Model::Stage", "Connect"),
         QT_TRANSLATE_NOOP("Model::Stage", "Connecting"), QT_TRANSLATE_NOOP("Model::Stage", "the connection")},
        {Stage::Tls, "tls", QT_TRANSLATE_NOOP("Model::Stage", "TLS"),
         QT_TRANSLATE_NOOP("Model::Stage", "Setting up encryption (TLS)"),
         QT_TRANSLATE_NOOP("Model::Stage", "the encrypted connection (TLS)")},
        {Stage::Greeting, "greeting", QT_TRANSLATE_NOOP("Model::Stage", "Greeting"),
         QT_TRANSLATE_NOOP("Model::Stage", "Waiting for the greeting"), QT_TRANSLATE_NOOP("Model::Stage", "the connection")},
        {Stage::Ehlo, "ehlo", QT_TRANSLATE_NOOP("Model::Stage", "EHLO"),
         QT_TRANSLATE_NOOP("Model::Stage", "Introducing ourselves (EHLO)"), QT_TRANSLATE_NOOP("Model::Stage", "the greeting (EHLO)")},
        {Stage::StartTls, "starttls", QT_TRANSLATE_NOOP("Model::Stage", "STARTTLS"),
         QT_TRANSLATE_NOOP("Model::Stage", "Switching to encryption (STARTTLS)"), QT_TRANSLATE_NOOP("Model::Stage", "encryption (STARTTLS)")},
        {Stage::Auth, "auth", QT_TRANSLATE_NOOP("Model::Stage", "Sign-in (AUTH)"),
         QT_TRANSLATE_NOOP("Model::Stage", "Signing in"), QT_TRANSLATE_NOOP("Model::Stage", "the sign-in")},
        {Stage::Mail, "mail", QT_TRANSLATE_NOOP("Model::Stage", "MAIL FROM"),
         QT_TRANSLATE_NOOP("Model::Stage", "Giving the sender (MAIL FROM)"), QT_TRANSLATE_NOOP("Model::Stage", "the sender")},
        {Stage::Rcpt, "rcpt", QT_TRANSLATE_NOOP("Model::Stage", "RCPT TO"),
         QT_TRANSLATE_NOOP("Model::Stage", "Checking the recipients (RCPT TO)"), QT_TRANSLATE_NOOP("Model::Stage", "the recipient")},
        {Stage::Data, "data", QT_TRANSLATE_NOOP("Model::Stage", "DATA"),
         QT_TRANSLATE_NOOP("Model::Stage", "Starting the message (DATA)"), QT_TRANSLATE_NOOP("Model::Stage", "the message")},
        {Stage::Message, "message", QT_TRANSLATE_NOOP("Model::Stage", "Message"),
         QT_TRANSLATE_NOOP("Model::Stage", "Sending the message"), QT_TRANSLATE_NOOP("Model::Stage", "the message")},
        {Stage::Quit, "quit", QT_TRANSLATE_NOOP("Model::Stage", "QUIT"),
         QT_TRANSLATE_NOOP("Model::Stage", "Saying goodbye (QUIT)"), QT_TRANSLATE_NOOP("Model::Stage", "the end of the session")},
    };
};

/// "Checking the recipients (RCPT TO)".
QString stageStep(Stage stage);
/// "the recipient", as in "the server refused the recipient".
QString stagePhrase(Stage stage);
/// A duration as people read it: "850 ms", "29.6 s", "2 min 5 s" (in the user's locale).
QString durationText(qint64 ms);

template <>
struct EnumTable<Severity>
{
    static constexpr const char *context = "Model::Severity";
    static constexpr EnumRow<Severity> rows[] = {
        {Severity::Success, "success", QT_TRANSLATE_NOOP("Model::Severity", "Success (2xx)")},
        {Severity::Intermediate, "intermediate", QT_TRANSLATE_NOOP("Model::Severity", "Waiting for more (3xx)")},
        {Severity::Transient, "transient", QT_TRANSLATE_NOOP("Model::Severity", "Temporary problem (4xx)")},
        {Severity::Permanent, "permanent", QT_TRANSLATE_NOOP("Model::Severity", "Permanent failure (5xx)")},
        {Severity::Info, "info", QT_TRANSLATE_NOOP("Model::Severity", "Event or note")},
    };
};

/// A category's clause completes the verdict's sentence: "... refused the recipient: the
/// mailbox does not exist".
struct CategoryRow
{
    Category value;
    const char *key;
    const char *label;
    const char *clause;
};

template <>
struct EnumTable<Category>
{
    static constexpr const char *context = "Model::Category";
    static constexpr CategoryRow rows[] = {
        {Category::Accepted, "accepted", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "everything asked for was accepted")},
        {Category::RecipientUnknown, "recipient-unknown", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the mailbox does not exist")},
        {Category::RecipientMoved, "recipient-moved", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the recipient has moved to another address")},
        {Category::MailboxFull, "mailbox-full", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the mailbox is full")},
        {Category::MailboxDisabled, "mailbox-disabled", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the mailbox is disabled")},
        {Category::MessageTooLarge, "message-too-large", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the message is too large")},
        {Category::ContentRejected, "content-rejected", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "its filters refused the content")},
        {Category::RelayDenied, "relay-denied", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it does not pass mail on to that domain for this client")},
        {Category::SenderRejected, "sender-rejected", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it does not accept this sender address")},
        {Category::SenderAuthentication, "sender-authentication", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the sender's domain failed SPF, DKIM or DMARC")},
        {Category::ClientBlocked, "client-blocked", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the sending IP address is blocked or has a poor reputation")},
        {Category::ReverseDns, "reverse-dns", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the sending IP address has no matching reverse DNS name")},
        {Category::AuthRequired, "auth-required", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it requires signing in first")},
        {Category::AuthFailed, "auth-failed", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the sign-in did not work")},
        {Category::TlsRequired, "tls-required", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it requires an encrypted connection first")},
        {Category::TlsFailed, "tls-failed", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the encrypted connection could not be set up or trusted")},
        {Category::RateLimited, "rate-limited", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it limits how fast this client may send")},
        {Category::Greylisted, "greylisted", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it greylists new senders and accepts a later retry")},
        {Category::Policy, "policy", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "a policy rule refused it")},
        {Category::SyntaxError, "syntax-error", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "it did not understand a command")},
        {Category::DomainNotFound, "domain-not-found", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the domain could not be found in DNS")},
        {Category::DomainAcceptsNoMail, "domain-accepts-no-mail", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the domain does not accept mail at all")},
        {Category::ServerUnavailable, "server-unavailable", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the service is not available right now")},
        {Category::Network, "network", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "the network connection failed")},
        {Category::Timeout, "timeout", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "no answer came in time")},
        {Category::Expired, "expired", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "delivery was given up after retrying")},
        {Category::Other, "other", nullptr,
         QT_TRANSLATE_NOOP("Model::Category", "see the explanation of the reply")},
    };
};

/// "the mailbox does not exist", for the verdict's sentence.
QString categoryClause(Category category);

template <>
struct EnumTable<Problem>
{
    static constexpr const char *context = "Model::Problem";
    static constexpr EnumRow<Problem> rows[] = {
        {Problem::DnsNxDomain, "dns-nx-domain"},
        {Problem::DnsNoAnswer, "dns-no-answer"},
        {Problem::DnsServerFailure, "dns-server-failure"},
        {Problem::DnsNoAddress, "dns-no-address"},
        {Problem::NullMx, "null-mx"},
        {Problem::DanglingMx, "dangling-mx"},
        {Problem::NoUsableAddress, "no-usable-address"},
        {Problem::ConnectionRefused, "connection-refused"},
        {Problem::ConnectTimeout, "connect-timeout"},
        {Problem::HostUnreachable, "host-unreachable"},
        {Problem::NetworkUnreachable, "network-unreachable"},
        {Problem::ConnectionReset, "connection-reset"},
        {Problem::ConnectionClosed, "connection-closed"},
        {Problem::NoGreeting, "no-greeting"},
        {Problem::ReplyTimeout, "reply-timeout"},
        {Problem::MalformedReply, "malformed-reply"},
        {Problem::UnsolicitedReply, "unsolicited-reply"},
        {Problem::ReplyTooLong, "reply-too-long"},
        {Problem::TlsHandshakeFailed, "tls-handshake-failed"},
        {Problem::TlsCertificateInvalid, "tls-certificate-invalid"},
        {Problem::StartTlsNotOffered, "start-tls-not-offered"},
        {Problem::StartTlsRejected, "start-tls-rejected"},
        {Problem::AuthNotOffered, "auth-not-offered"},
        {Problem::AuthMechanismNotSupported, "auth-mechanism-not-supported"},
        {Problem::PlaintextAuthRefused, "plaintext-auth-refused"},
        {Problem::TokenRejected, "token-rejected"},
        {Problem::TokenScopeInsufficient, "token-scope-insufficient"},
        {Problem::MessageTooLarge, "message-too-large"},
        {Problem::DsnNotAdvertised, "dsn-not-advertised"},
        {Problem::EightBitNotAdvertised, "eight-bit-not-advertised"},
        {Problem::SmtpUtf8NotAdvertised, "smtp-utf8-not-advertised"},
        {Problem::Cancelled, "cancelled"},
    };
};

} // namespace Model
