#include "protocol/smtp/MessageBuilder.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

namespace {
bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) > 0x7f)
            return false;
    }
    return true;
}

bool hasHeader(const TestPlan &plan, QStringView name)
{
    for (const auto &header : plan.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString hostPartForMessageId(const QString &ehloName)
{
    QString host = ehloName;
    host.remove(u'[').remove(u']');
    return host.isEmpty() ? QStringLiteral("smtp-wizard.invalid") : host;
}
} // namespace

MessageBuilder::MessageBuilder(const TestPlan &plan, const QString &ehloName)
    : m_plan(plan), m_ehloName(ehloName), m_date(QDateTime::currentDateTime())
{
}

QString MessageBuilder::rfc5322Date(const QDateTime &date)
{
    // RFC 5322 §3.3 uses English day and month names whatever the user's locale.
    const QLocale c = QLocale::c();
    const int offset = date.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return c.toString(date, QStringLiteral("ddd, d MMM yyyy HH:mm:ss "))
        + (offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray MessageBuilder::toCrlf(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out.append("\r\n");
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out.append("\r\n");
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray MessageBuilder::dotStuff(const QByteArray &crlfText)
{
    QByteArray out;
    out.reserve(crlfText.size() + 16);
    bool lineStart = true;
    for (qsizetype i = 0; i < crlfText.size(); ++i) {
        const char c = crlfText[i];
        if (lineStart && c == '.')
            out.append('.');
        out.append(c);
        lineStart = c == '\n';
    }
    return out;
}

QByteArray MessageBuilder::encodeHeaderValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (isAscii(utf8))
        return utf8;
    // RFC 2047 encoded-words of at most 75 characters, folded onto continuation lines.
    // Split on whole characters so no UTF-8 sequence is cut in two.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < value.size(); ++i) {
        qsizetype len = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray ch = value.mid(i, len).toUtf8();
        i += len - 1;
        // 75 characters per encoded-word, 12 of them taken by "=?UTF-8?B?" and "?=".
        if ((chunk.size() + ch.size() + 2) / 3 * 4 > 75 - 12) {
            words.append(chunk);
            chunk.clear();
        }
        chunk.append(ch);
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out.append("\r\n ");
        out.append("=?UTF-8?B?" + words.at(i).toBase64() + "?=");
    }
    return out;
}

QByteArray MessageBuilder::quotedPrintable(const QByteArray &crlfText)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = crlfText.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        QByteArray encoded;
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line[i]);
            const bool trailingSpace = (c == ' ' || c == '\t') && i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !trailingSpace)) {
                piece.append(char(c));
            } else {
                piece.append('=');
                piece.append(hex[c >> 4]);
                piece.append(hex[c & 0x0f]);
            }
            if (column + piece.size() > 75) { // RFC 2045: soft line break, lines <= 76
                encoded.append("=\r\n");
                column = 0;
            }
            encoded.append(piece);
            column += int(piece.size());
        }
        out.append(encoded);
        if (n + 1 < lines.size())
            out.append("\r\n");
    }
    return out;
}

QByteArray MessageBuilder::headerBlock(const Message &message) const
{
    QByteArray headers;
    auto add = [&headers](const QString &name, const QByteArray &value) {
        headers.append(name.toLatin1() + ": " + value + "\r\n");
    };
    if (!hasHeader(m_plan, u"Date"))
        add(QStringLiteral("Date"), rfc5322Date(m_date).toLatin1());
    if (!hasHeader(m_plan, u"From")) {
        const QString from = m_plan.mailFrom.isEmpty()
            ? QStringLiteral("postmaster@") + hostPartForMessageId(m_ehloName)
            : m_plan.mailFrom;
        add(QStringLiteral("From"), QByteArray("<" + from.toUtf8() + ">"));
    }
    if (!hasHeader(m_plan, u"To") && !m_plan.rcptTo.isEmpty()) {
        QByteArrayList to;
        for (const QString &rcpt : m_plan.rcptTo)
            to.append("<" + rcpt.toUtf8() + ">");
        add(QStringLiteral("To"), to.join(",\r\n "));
    }
    if (!hasHeader(m_plan, u"Subject"))
        add(QStringLiteral("Subject"), encodeHeaderValue(m_plan.subject));
    if (!hasHeader(m_plan, u"Message-ID"))
        add(QStringLiteral("Message-ID"), message.messageId.toUtf8());
    for (const auto &[name, value] : m_plan.headers)
        add(name, encodeHeaderValue(value));
    if (!hasHeader(m_plan, u"MIME-Version")) {
        add(QStringLiteral("MIME-Version"), "1.0");
        add(QStringLiteral("Content-Type"), "text/plain; charset=UTF-8");
        add(QStringLiteral("Content-Transfer-Encoding"),
            message.quotedPrintable ? "quoted-printable" : message.eightBit ? "8bit" : "7bit");
    }
    add(QStringLiteral("X-Mailer"), QByteArray("SMTP Wizard " SMTPWIZARD_VERSION));
    return headers;
}

MessageBuilder::Message MessageBuilder::build(bool serverOffers8BitMime) const
{
    Message message;
    message.messageId = m_messageId.isEmpty()
        ? QStringLiteral("<%1.%2@%3>")
              .arg(m_date.toSecsSinceEpoch())
              .arg(QRandomGenerator::global()->generate64(), 0, 36)
              .arg(hostPartForMessageId(m_ehloName))
        : m_messageId;

    QByteArray body = toCrlf(m_plan.body.toUtf8());
    if (!body.isEmpty() && !body.endsWith("\r\n"))
        body.append("\r\n");
    if (!isAscii(body)) {
        if (serverOffers8BitMime) {
            message.eightBit = true;
        } else {
            message.quotedPrintable = true;
            body = quotedPrintable(body);
        }
    }
    const QByteArray content = headerBlock(message) + "\r\n" + body;
    message.size = content.size();
    message.wire = dotStuff(content) + ".\r\n";
    return message;
}
