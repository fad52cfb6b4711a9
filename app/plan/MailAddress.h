#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// An RFC 5321 mailbox (local-part@domain), checked and split. The domain is kept both
/// as typed (Unicode) and in ACE form for the wire.
struct MailAddress
{
    QString localPart;     // as on the wire: a dot-atom, or a quoted string with its quotes
    QString domain;        // ACE ("xn--...") form, or an address literal "[192.0.2.1]"
    QString domainUnicode; // as typed, for people

    static constexpr qsizetype MaxLocalPartOctets = 64; // RFC 5321 §4.5.3.1.1
    static constexpr qsizetype MaxAddressOctets = 254;  // RFC 5321 §4.5.3.1.3 path minus "<>"

    /// Parses "user@example.com" or "<user@example.com>"; sets error when it fails.
    /// Spaces around the address are forgiven; the null sender "<>" is not a mailbox.
    static std::optional<MailAddress> parse(const QString &text, QString *error = nullptr);

    /// "user@example.com" with the ACE domain, as sent in MAIL FROM and RCPT TO.
    QString toWire() const { return localPart + u'@' + domain; }
    /// "user@bücher.example", for people.
    QString toDisplay() const { return localPart + u'@' + domainUnicode; }
    /// True when the local part is not ASCII, so the server must offer SMTPUTF8.
    bool needsSmtpUtf8() const;
    /// True for "user@[192.0.2.1]": delivery goes to that address, without MX lookup.
    bool hasAddressLiteral() const { return domain.startsWith(u'['); }

    friend bool operator==(const MailAddress &, const MailAddress &) = default;

    Q_DECLARE_TR_FUNCTIONS(MailAddress) // last: the macro ends in "private:"
};
