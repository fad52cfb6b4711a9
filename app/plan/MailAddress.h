#pragma once

#include <QString>

#include <optional>

/// An RFC 5321 mailbox (local-part@domain), checked and split. The domain is kept both
/// as typed (Unicode) and in ACE form for the wire.
struct MailAddress
{
    QString localPart;
    QString domain;    // ACE ("xn--...") form
    QString domainUnicode;

    /// Parses "user@example.com" or "<user@example.com>"; sets error when it fails.
    static std::optional<MailAddress> parse(const QString &text, QString *error = nullptr);

    /// "user@example.com" with the ACE domain, as sent in MAIL FROM and RCPT TO.
    QString toWire() const { return localPart + u'@' + domain; }
    /// True when the local part is not ASCII, so the server must offer SMTPUTF8.
    bool needsSmtpUtf8() const;

    friend bool operator==(const MailAddress &, const MailAddress &) = default;
};
