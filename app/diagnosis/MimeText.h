#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Just enough MIME to read a bounce: walks multiparts (bounded depth and count),
/// decodes base64 and quoted-printable, and returns the text-like parts. The returned
/// original message (message/rfc822, text/rfc822-headers) is skipped on purpose: its
/// To: and Cc: would be mistaken for failed recipients.
class MimeText
{
public:
    struct Part
    {
        QString type; // lower case: "text/plain", "message/delivery-status", "text/html"
        QString text; // decoded; HTML reduced to text
    };
    static QList<Part> textParts(const QByteArray &message);
    /// HTML to plain text with line breaks where blocks end.
    static QString htmlToText(const QString &html);
};
