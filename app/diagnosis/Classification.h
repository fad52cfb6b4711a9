#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/// The fixed vocabulary that classifies every reply and every failure: severity (drives
/// colours), category (drives icons, verdicts and `--json`) and the problems that happen
/// without a reply (DNS, network, TLS, missing capabilities).
namespace Diagnosis {
Q_NAMESPACE

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
    ReplyTooLong,         // a line or a reply beyond any sane limit (a flood)
    TlsHandshakeFailed,
    TlsCertificateInvalid,
    StartTlsNotOffered,   // fatal under starttls-required, a finding otherwise
    StartTlsRejected,     // STARTTLS answered with an error
    AuthNotOffered,
    AuthMechanismNotSupported,
    PlaintextAuthRefused, // we refuse to send a password without TLS
    MessageTooLarge,      // bigger than the advertised SIZE
    DsnNotAdvertised,     // NOTIFY/RET/ENVID asked for but no DSN keyword
    EightBitNotAdvertised,
    SmtpUtf8NotAdvertised,
    Cancelled,
};
Q_ENUM_NS(Problem)

/// Stable kebab-case keys for JSON and documentation ("recipient-unknown").
QString severityKey(Severity severity);
QString categoryKey(Category category);
QString problemKey(Problem problem);
std::optional<Category> categoryFromKey(QStringView key);
std::optional<Severity> severityFromKey(QStringView key);
QList<Category> allCategories();

} // namespace Diagnosis
