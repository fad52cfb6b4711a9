#pragma once

#include "model/EnumTable.h"
#include "model/Timeouts.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

/// One validated test, ready to run: where to connect, how, as whom, and what to send.
/// Only PlanBuilder makes these, so every field here has passed validation (no CR, LF or
/// NUL, addresses well-formed, domains in ACE form, lines within limits).
class TestPlan
{
    Q_GADGET
public:
    enum class Security {
        None,             // plain text only, even when STARTTLS is offered
        StartTls,         // STARTTLS when offered; certificate problems are findings
        StartTlsRequired, // STARTTLS must be offered and the certificate must verify
        Tls,              // implicit TLS from the first byte (port 465)
    };
    Q_ENUM(Security)

    // Auto: PLAIN if offered, else LOGIN. XOAuth2 and OAuthBearer sign in with a bearer
    // token instead of the password (RFC 7628); new values go last, the order is stored.
    enum class Auth { None, Plain, Login, Auto, CramMd5, XOAuth2, OAuthBearer };
    Q_ENUM(Auth)

    /// Where to stop; Send goes all the way through DATA.
    enum class StopAfter { Connect, Ehlo, Tls, Auth, Mail, Rcpt, Send };
    Q_ENUM(StopAfter)

    enum class IpFamily { Any, V4, V6 };
    Q_ENUM(IpFamily)

    /// RFC 5321 §5: try the next MX on connection failure or 4xx, stop on 5xx; or
    /// probe every MX to compare them.
    enum class Routing { FirstReachable, EveryMx };
    Q_ENUM(Routing)

    enum class Ret { Default, Full, Headers };
    Q_ENUM(Ret)

    enum NotifyFlag {
        NotifyDefault = 0x0, // no NOTIFY parameter at all
        NotifyNever = 0x1,
        NotifySuccess = 0x2,
        NotifyFailure = 0x4,
        NotifyDelay = 0x8,
    };
    Q_DECLARE_FLAGS(Notify, NotifyFlag)
    Q_FLAG(Notify)

    // Destination: either a mail domain (MX lookup) or an explicit host (no MX lookup).
    QString domain;     // ACE form ("xn--bcher-kva.example"); empty when host is set
    QString host;       // explicit host name or address; empty when domain is set
    quint16 port = 25;

    Security security = Security::StartTls;
    QString ehloName;   // FQDN or address literal "[192.0.2.1]"
    QString caFile;     // extra trusted CA certificates (PEM), may be empty
    bool tlsInsecure = false; // go on despite certificate errors, recording them

    Auth auth = Auth::None;
    QString user;
    QString password;   // a secret: never logged, never serialised
    QString token;      // the OAuth 2.0 bearer token for XOAUTH2/OAUTHBEARER: a secret like the password
    bool allowPlaintextAuth = false;

    QString mailFrom;   // empty string means the null sender <>
    QStringList rcptTo; // at least one unless stopping before RCPT
    Notify notify = NotifyDefault;
    bool orcpt = false; // add ORCPT=rfc822;<recipient> when DSN is advertised
    Ret ret = Ret::Default;
    QString envid;      // plain text; xtext-encoded on the wire

    QString subject;
    QString body;       // lines separated by "\n"; CRLF and dot-stuffing on the wire
    QList<QPair<QString, QString>> headers; // extra headers, name and value

    StopAfter stopAfter = StopAfter::Send;
    /// The open-relay check instead of a delivery: after EHLO, MAIL FROM and RCPT TO with
    /// outside addresses in several forms, RSET between them, never DATA, never signed in.
    bool relayTest = false;
    /// The batch check's conversation (issue 12, BatchRun): MAIL FROM, then RCPT TO for each
    /// of rcptTo in transactions of RecipientProbe's size, RSET between them, never DATA.
    bool recipientCheck = false;
    Timeouts timeouts = Timeouts::helpDesk();
    QHostAddress dnsServer; // null: the system resolver
    IpFamily ipFamily = IpFamily::Any;
    Routing routing = Routing::FirstReachable;
    /// With Routing::EveryMx: how many servers are talked to at once (each attempt keeps
    /// its own timers); 1 is one after another. First-reachable routing is always one.
    int parallel = DefaultParallel;
    static constexpr int DefaultParallel = 4;
    static constexpr int MaxParallel = 16;
    quint32 shuffleSeed = 0; // equal-preference MX order; 0 picks a random seed

    /// The mechanisms that sign in with a bearer token rather than a password.
    static bool usesToken(Auth auth) { return auth == Auth::XOAuth2 || auth == Auth::OAuthBearer; }
    bool usesToken() const { return usesToken(auth); }
    bool usesMxLookup() const { return host.isEmpty(); }
    bool wantsDsn() const { return notify != NotifyDefault || ret != Ret::Default || !envid.isEmpty(); }
    /// The name shown to people: the domain or the host.
    QString destination() const { return host.isEmpty() ? domain : host; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TestPlan::Notify)

namespace Model {

template <>
struct EnumTable<TestPlan::Security>
{
    static constexpr const char *context = "Model::Security";
    static constexpr EnumRow<TestPlan::Security> rows[] = {
        {TestPlan::Security::None, "none", QT_TRANSLATE_NOOP("Model::Security", "None (plain text)")},
        {TestPlan::Security::StartTls, "starttls", QT_TRANSLATE_NOOP("Model::Security", "STARTTLS when offered")},
        {TestPlan::Security::StartTlsRequired, "starttls-required",
         QT_TRANSLATE_NOOP("Model::Security", "STARTTLS required, certificate verified")},
        {TestPlan::Security::Tls, "tls", QT_TRANSLATE_NOOP("Model::Security", "Implicit TLS, certificate verified")},
    };
};

template <>
struct EnumTable<TestPlan::Auth>
{
    static constexpr const char *context = "Model::Auth";
    static constexpr EnumRow<TestPlan::Auth> rows[] = {
        {TestPlan::Auth::None, "none", QT_TRANSLATE_NOOP("Model::Auth", "No sign-in")},
        {TestPlan::Auth::Plain, "plain", QT_TRANSLATE_NOOP("Model::Auth", "Password, sent in one step (AUTH PLAIN)")},
        {TestPlan::Auth::Login, "login", QT_TRANSLATE_NOOP("Model::Auth", "Password, asked for in two steps (AUTH LOGIN)")},
        {TestPlan::Auth::Auto, "auto", QT_TRANSLATE_NOOP("Model::Auth", "Password (automatic: what the server offers)")},
        {TestPlan::Auth::CramMd5, "cram-md5",
         QT_TRANSLATE_NOOP("Model::Auth", "Password, proved without sending it (AUTH CRAM-MD5, older servers)")},
        {TestPlan::Auth::XOAuth2, "xoauth2",
         QT_TRANSLATE_NOOP("Model::Auth", "OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)")},
        {TestPlan::Auth::OAuthBearer, "oauthbearer", QT_TRANSLATE_NOOP("Model::Auth", "OAuth 2.0 token (AUTH OAUTHBEARER, RFC 7628)")},
    };
};

template <>
struct EnumTable<TestPlan::StopAfter>
{
    static constexpr const char *context = "Model::StopAfter";
    static constexpr EnumRow<TestPlan::StopAfter> rows[] = {
        {TestPlan::StopAfter::Connect, "connect", QT_TRANSLATE_NOOP("Model::StopAfter", "Stop after connecting")},
        {TestPlan::StopAfter::Ehlo, "ehlo", QT_TRANSLATE_NOOP("Model::StopAfter", "Stop after EHLO")},
        {TestPlan::StopAfter::Tls, "tls", QT_TRANSLATE_NOOP("Model::StopAfter", "Stop after TLS")},
        {TestPlan::StopAfter::Auth, "auth", QT_TRANSLATE_NOOP("Model::StopAfter", "Stop after sign-in")},
        {TestPlan::StopAfter::Mail, "mail", QT_TRANSLATE_NOOP("Model::StopAfter", "Stop after MAIL FROM")},
        {TestPlan::StopAfter::Rcpt, "rcpt", QT_TRANSLATE_NOOP("Model::StopAfter", "Stop after RCPT TO (no message sent)")},
        {TestPlan::StopAfter::Send, "send", QT_TRANSLATE_NOOP("Model::StopAfter", "Send the message")},
    };
};

template <>
struct EnumTable<TestPlan::IpFamily>
{
    static constexpr const char *context = "Model::IpFamily";
    static constexpr EnumRow<TestPlan::IpFamily> rows[] = {
        {TestPlan::IpFamily::Any, "any", QT_TRANSLATE_NOOP("Model::IpFamily", "IPv4 and IPv6")},
        {TestPlan::IpFamily::V4, "ipv4", QT_TRANSLATE_NOOP("Model::IpFamily", "IPv4 only")},
        {TestPlan::IpFamily::V6, "ipv6", QT_TRANSLATE_NOOP("Model::IpFamily", "IPv6 only")},
    };
};

template <>
struct EnumTable<TestPlan::Routing>
{
    static constexpr const char *context = "Model::Routing";
    static constexpr EnumRow<TestPlan::Routing> rows[] = {
        {TestPlan::Routing::FirstReachable, "first-reachable",
         QT_TRANSLATE_NOOP("Model::Routing", "As a mail server would: the first that answers")},
        {TestPlan::Routing::EveryMx, "every-mx", QT_TRANSLATE_NOOP("Model::Routing", "Every mail server, side by side")},
    };
};

template <>
struct EnumTable<TestPlan::Ret>
{
    static constexpr const char *context = "Model::Ret";
    static constexpr EnumRow<TestPlan::Ret> rows[] = {
        {TestPlan::Ret::Default, "default"},
        {TestPlan::Ret::Full, "full"},
        {TestPlan::Ret::Headers, "hdrs"},
    };
};

template <>
struct EnumTable<TestPlan::NotifyFlag>
{
    static constexpr const char *context = "Model::Notify";
    static constexpr EnumRow<TestPlan::NotifyFlag> rows[] = {
        {TestPlan::NotifyNever, "never"},
        {TestPlan::NotifySuccess, "success"},
        {TestPlan::NotifyFailure, "failure"},
        {TestPlan::NotifyDelay, "delay"},
    };
};

/// The NOTIFY keywords of a flag set, in the table's order; empty for the default.
QStringList notifyKeys(TestPlan::Notify notify);

} // namespace Model
