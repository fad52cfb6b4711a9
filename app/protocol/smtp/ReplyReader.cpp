#include "protocol/smtp/ReplyReader.h"

#include "model/SafeText.h"

#include <QRegularExpression>

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// RFC 3463: class "." subject "." detail, at the very start of the text.
const QRegularExpression &enhancedPattern()
{
    static const QRegularExpression re(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?=\\s|$)"));
    return re;
}
} // namespace

ReplyLine ReplyLine::parse(QByteArrayView line)
{
    ReplyLine result;
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]))
        return result;
    result.code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    QByteArrayView rest = line.sliced(3);
    if (rest.isEmpty()) {
        result.valid = result.code >= 200 && result.code <= 599;
        return result;
    }
    const char separator = rest[0];
    if (separator != ' ' && separator != '-') {
        // "250ok": the code is readable, the syntax is not.
        result.text = SafeText::fromWire(rest).trimmed();
        return result;
    }
    result.last = separator == ' ';
    result.valid = result.code >= 200 && result.code <= 599;
    // The server's words go everywhere (transcript, verdict, reports, JSON), so they are
    // made safe once, here: no control character or invalid byte survives raw.
    QString text = SafeText::fromWire(rest.sliced(1));
    const auto match = enhancedPattern().match(text);
    if (match.hasMatch()) {
        result.enhancedCode = match.captured(0);
        text = text.mid(match.capturedLength(0)).trimmed();
    }
    result.text = text;
    return result;
}

void ReplyReader::append(QByteArrayView data)
{
    if (m_error != Error::None)
        return;
    m_buffer.append(data);
    // A line that cannot end within the limit is an error even before its LF arrives.
    const qsizetype newline = m_buffer.indexOf('\n');
    if ((newline < 0 ? m_buffer.size() : newline) > m_maxLineLength)
        m_error = Error::LineTooLong;
}

bool ReplyReader::hasPendingLines() const
{
    return m_error == Error::None && m_buffer.contains('\n');
}

std::optional<QString> ReplyReader::takeLine()
{
    m_complete.reset();
    if (m_error != Error::None)
        return std::nullopt;
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    if (newline > m_maxLineLength) {
        m_error = Error::LineTooLong;
        return std::nullopt;
    }
    QByteArray raw = m_buffer.left(newline);
    m_buffer.remove(0, newline + 1);
    const qsizetype rawSize = newline + 1;
    if (raw.endsWith('\r'))
        raw.chop(1);
    const ReplyLine line = ReplyLine::parse(raw);
    if (!line.valid) {
        m_error = Error::Malformed;
    } else {
        addLine(line, rawSize);
    }
    // Check the next pending line's length now, so a flood is caught early; the first
    // error stays the one reported, whatever the packets held beyond it.
    const qsizetype next = m_buffer.indexOf('\n');
    if (m_error == Error::None && (next < 0 ? m_buffer.size() : next) > m_maxLineLength)
        m_error = Error::LineTooLong;
    return printable(raw);
}

void ReplyReader::addLine(const ReplyLine &line, qsizetype rawSize)
{
    // The line that goes past the limit is shown, as a malformed one is, but completes nothing.
    m_currentBytes = (m_currentLines == 0 ? 0 : m_currentBytes) + rawSize;
    if (m_currentBytes > m_maxReplyBytes) {
        m_error = Error::ReplyTooLarge;
        return;
    }
    if (m_currentLines == 0) {
        m_current = SmtpReply();
        m_current.code = line.code;
        m_current.enhancedCode = line.enhancedCode;
    } else if (line.code != m_current.code) {
        m_current.wellFormed = false;
    }
    if (m_current.enhancedCode.isEmpty())
        m_current.enhancedCode = line.enhancedCode;
    m_current.lines.append(line.text);
    ++m_currentLines;
    if (line.last) {
        m_complete = m_current;
        m_current = SmtpReply();
        m_currentLines = 0;
    } else if (m_currentLines >= m_maxLines) {
        m_error = Error::TooManyLines;
    }
}

std::optional<SmtpReply> ReplyReader::takeReply()
{
    auto reply = std::move(m_complete);
    m_complete.reset();
    return reply;
}

void ReplyReader::reset()
{
    m_buffer.clear();
    m_error = Error::None;
    m_current = SmtpReply();
    m_currentLines = 0;
    m_currentBytes = 0;
    m_complete.reset();
}

SmtpReply ReplyReader::parseReply(const QList<QByteArray> &lines)
{
    SmtpReply reply;
    bool first = true;
    for (const QByteArray &raw : lines) {
        const ReplyLine line = ReplyLine::parse(raw);
        if (first) {
            reply.code = line.code;
            reply.enhancedCode = line.enhancedCode;
            first = false;
        } else if (line.code != reply.code) {
            reply.wellFormed = false;
        }
        if (!line.valid)
            reply.wellFormed = false;
        if (reply.enhancedCode.isEmpty())
            reply.enhancedCode = line.enhancedCode;
        reply.lines.append(line.text);
    }
    if (!lines.isEmpty() && !ReplyLine::parse(lines.constLast()).last)
        reply.wellFormed = false;
    return reply;
}

QString ReplyReader::printable(QByteArrayView line)
{
    return SafeText::fromWire(line);
}
