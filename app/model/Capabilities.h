#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What a server said it supports in its EHLO reply (RFC 5321 §4.1.1.1 and extensions).
/// Parsing is tolerant: unknown and malformed keyword lines are kept, never fatal.
struct Capabilities
{
    bool esmtp = false;           // EHLO was answered with 250 (not only HELO)
    QString greetingName;         // the server's name from the first EHLO line
    std::optional<qint64> size;   // SIZE, 0 meaning "no fixed limit"
    bool pipelining = false;
    bool startTls = false;
    QStringList authMechanisms;   // upper-case, "PLAIN", "LOGIN", ... ("AUTH=" form too)
    bool dsn = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool enhancedStatusCodes = false;
    bool chunking = false;
    bool binaryMime = false;
    bool requireTls = false;
    QStringList keywords;         // every keyword line as sent, for display
    QStringList oddLines;         // lines that are not "KEYWORD [params]"

    /// Parses the lines of a 250 EHLO reply (first line is the greeting).
    static Capabilities fromEhloLines(const QStringList &lines);
    bool supportsAuth(const QString &mechanism) const;
};
