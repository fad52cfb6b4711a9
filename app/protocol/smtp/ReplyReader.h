#pragma once

#include "model/SmtpReply.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// One line of a server reply, split into its parts (RFC 5321 §4.2, RFC 2034).
struct ReplyLine
{
    int code = 0;
    bool last = true;        // "250 " ends the reply, "250-" continues it
    QString enhancedCode;    // "2.1.0" when the text starts with one
    QString text;            // the rest, without the enhanced code, made safe (SafeText::fromWire)
    bool valid = false;      // starts with three digits and a proper separator

    /// Pure: parses one line without its CRLF. Tolerates a missing text ("250") and bare
    /// text after the code ("250ok" is invalid but still yields code 250).
    static ReplyLine parse(QByteArrayView line);
};

/// Turns the byte stream from a server into lines and complete replies. Bounded: a line
/// longer than maxLineLength, a reply with more than maxLines lines or more than
/// maxReplyBytes in all is an error, so a hostile or broken server cannot make the client
/// buffer without end, nor fill the transcript with valid replies of 2 MB each.
class ReplyReader
{
public:
    enum class Error { None, LineTooLong, TooManyLines, ReplyTooLarge, Malformed };

    static constexpr qsizetype defaultMaxLineLength = 4096; // RFC 5321 says 512; be lenient
    static constexpr int defaultMaxLines = 500;
    // RFC 5321 §4.5.3.1.5 allows 512 octets a line: 128 such lines are more than any real
    // reply (EHLO lists, banners, refusals with their help text) needs.
    static constexpr qsizetype defaultMaxReplyBytes = 64 * 1024;

    explicit ReplyReader(qsizetype maxLineLength = defaultMaxLineLength, int maxLines = defaultMaxLines,
                         qsizetype maxReplyBytes = defaultMaxReplyBytes)
        : m_maxLineLength(maxLineLength), m_maxLines(maxLines), m_maxReplyBytes(maxReplyBytes) {}

    /// Appends received bytes.
    void append(QByteArrayView data);
    /// The next complete line (CRLF or bare LF stripped), as text for the transcript.
    /// After it, call takeReply() to see whether it completed a reply.
    std::optional<QString> takeLine();
    /// A reply completed by the line last taken, if any.
    std::optional<SmtpReply> takeReply();

    Error error() const { return m_error; }
    bool hasPendingLines() const;
    /// Bytes received but not yet a complete line.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    void reset();

    /// Pure: a whole reply from its raw lines, as used for pasted text and tests.
    static SmtpReply parseReply(const QList<QByteArray> &lines);

    /// Control characters made visible, so a line can be shown and logged safely.
    static QString printable(QByteArrayView line);

private:
    void addLine(const ReplyLine &line, qsizetype rawSize);

    QByteArray m_buffer;
    qsizetype m_maxLineLength;
    int m_maxLines;
    qsizetype m_maxReplyBytes;
    Error m_error = Error::None;
    SmtpReply m_current;
    int m_currentLines = 0;
    qsizetype m_currentBytes = 0; // of the reply in progress, as received (with the line ends)
    std::optional<SmtpReply> m_complete;
};
