#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

/// Syntax of the names and addresses SMTP puts on the wire: domains as dot-separated
/// LDH labels (IDN converted to ACE), IP addresses written strictly, and RFC 5321
/// address literals. Shared by MailAddress, the destination and the EHLO name.
class DomainName
{
    Q_DECLARE_TR_FUNCTIONS(DomainName)
public:
    /// Checks a domain ("Bücher.example") and returns its ACE form ("xn--bcher-kva.example"),
    /// lower case. Single labels ("localhost") are accepted; callers wanting an FQDN check
    /// for the dot themselves.
    static std::optional<QString> toAce(const QString &text, QString *error = nullptr);

    /// A plain IP address written in full: dotted quad for IPv4 ("192.0.2.1", not "1" or
    /// "0x7f.1"), or IPv6 text. QHostAddress alone accepts shorthand people never mean.
    static std::optional<QHostAddress> parseIpAddress(QStringView text);

    /// An RFC 5321 address literal: "[192.0.2.1]" or "[IPv6:2001:db8::1]".
    static std::optional<QHostAddress> parseAddressLiteral(QStringView text, QString *error = nullptr);

    /// The address literal for an address, as EHLO and mailboxes write it.
    static QString addressLiteral(const QHostAddress &address);

    /// True when the text looks like an IP address (digits and dots, or has colons),
    /// so a message can say "put it in square brackets" instead of "bad domain".
    static bool looksLikeIpAddress(QStringView text);
};
