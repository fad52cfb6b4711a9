#pragma once

#include <QString>
#include <QStringList>

/// One complete server reply: a three-digit code, an optional RFC 3463 enhanced status
/// code and the text of each line, as parsed from the wire or from pasted text.
struct SmtpReply
{
    int code = 0;             // 200..599 when valid
    QString enhancedCode;     // "5.1.1", or empty when the server sent none
    QStringList lines;        // each line's text, without the code, separator and status
    bool wellFormed = true;   // false when lines disagreed on the code or broke the syntax

    int codeClass() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    /// The text of all lines joined with a space: what a person would read.
    QString text() const { return lines.join(u' '); }
    /// "550 5.1.1 text": the first line as a server would send it, for summaries.
    QString summaryLine() const;

    friend bool operator==(const SmtpReply &, const SmtpReply &) = default;
};
