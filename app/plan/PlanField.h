#pragma once

#include <QObject>
#include <QString>

/// The fields a person fills in, so that an error can be shown beside the right one.
namespace Plan {
Q_NAMESPACE

enum class Field {
    Destination, // domain, e-mail address or host[:port]
    Port,
    Security,
    EhloName,
    CaFile,
    User,
    Password,
    Token,       // the OAuth 2.0 bearer token (XOAUTH2, OAUTHBEARER)
    MailFrom,
    RcptTo,
    Notify,
    Envid,
    Subject,
    Body,
    Headers,
    StopAfter,
    Timeouts,
    DnsServer,
};
Q_ENUM_NS(Field)

/// The command-line option that sets the field ("to", "from", "server").
QString fieldOption(Field field);
/// The field's name as people see it ("Recipient"), translated.
QString fieldLabel(Field field);

/// A field's value was refused; the message says why, in plain words.
struct FieldError
{
    Field field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

} // namespace Plan
