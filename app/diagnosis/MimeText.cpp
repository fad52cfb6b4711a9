#include "diagnosis/MimeText.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDepth = 8;
constexpr int maxParts = 64;

struct Headers
{
    QString type = u"text/plain"_s;
    QString boundary;
    QString charset;
    QString encoding;
};

QString parameter(const QString &value, QStringView name)
{
    const QRegularExpression pattern(u";\\s*"_s + name.toString()
                                         + u"\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(value);
    return m.hasMatch() ? (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)) : QString();
}

// Splits header block and body; without a header block the whole text is a body.
Headers readHeaders(const QString &raw, QString *body)
{
    Headers headers;
    static const QRegularExpression headerLine(u"^[A-Za-z0-9-]+:"_s);
    if (!headerLine.match(raw).hasMatch()) {
        *body = raw;
        return headers;
    }
    qsizetype end = raw.indexOf(u"\n\n"_s);
    if (end < 0)
        end = raw.size();
    QString current;
    const auto take = [&headers](const QString &line) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return;
        const QString name = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (name == u"content-type") {
            headers.type = value.section(u';', 0, 0).trimmed().toLower();
            headers.boundary = parameter(value, u"boundary");
            headers.charset = parameter(value, u"charset").toLower();
        } else if (name == u"content-transfer-encoding") {
            headers.encoding = value.toLower();
        }
    };
    for (const QString &line : raw.left(end).split(u'\n')) {
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !current.isEmpty()) {
            current += u' ' + line.trimmed();
            continue;
        }
        take(current);
        current = line;
    }
    take(current);
    *body = raw.mid(end + 2);
    return headers;
}

QString decodeBytes(const QByteArray &bytes, const QString &charset)
{
    if (charset.contains(u"8859") || charset.contains(u"latin") || charset.contains(u"1252"))
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(bytes);
}

QString decodeBody(const QString &body, const Headers &headers)
{
    if (headers.encoding == u"base64") {
        QString compact = body;
        compact.remove(QRegularExpression(u"\\s+"_s));
        return decodeBytes(QByteArray::fromBase64(compact.toLatin1()), headers.charset);
    }
    if (headers.encoding == u"quoted-printable") {
        const QByteArray in = body.toUtf8();
        QByteArray out;
        out.reserve(in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            const char c = in.at(i);
            if (c != '=') {
                out.append(c);
                continue;
            }
            if (i + 1 < in.size() && in.at(i + 1) == '\n') {
                ++i; // soft line break
                continue;
            }
            if (i + 2 < in.size()) {
                bool ok = false;
                const int value = in.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out.append(char(value));
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return decodeBytes(out, headers.charset);
    }
    return body;
}

void walk(const QString &raw, int depth, QList<MimeText::Part> &parts)
{
    if (depth > maxDepth || parts.size() >= maxParts)
        return;
    QString body;
    const Headers headers = readHeaders(raw, &body);
    if (headers.type.startsWith(u"multipart/") && !headers.boundary.isEmpty()) {
        const QString delimiter = u"--"_s + headers.boundary;
        qsizetype pos = body.indexOf(delimiter);
        while (pos >= 0 && parts.size() < maxParts) {
            qsizetype start = body.indexOf(u'\n', pos);
            if (start < 0 || body.mid(pos + delimiter.size(), 2) == u"--")
                break;
            ++start;
            const qsizetype next = body.indexOf(u'\n' + delimiter, start);
            const qsizetype stop = next < 0 ? body.size() : next;
            walk(body.mid(start, stop - start), depth + 1, parts);
            pos = next < 0 ? -1 : next + 1;
        }
        return;
    }
    if (headers.type == u"message/rfc822" || headers.type == u"text/rfc822-headers"
        || headers.type == u"message/rfc822-headers" || headers.type == u"message/global")
        return;
    if (!headers.type.startsWith(u"text/") && !headers.type.startsWith(u"message/"))
        return;
    QString text = decodeBody(body, headers);
    text.remove(u'\r');
    if (headers.type == u"text/html")
        text = MimeText::htmlToText(text);
    parts.append({headers.type, text});
}

} // namespace

QList<MimeText::Part> MimeText::textParts(const QByteArray &message)
{
    QString raw = QString::fromUtf8(message);
    raw.remove(u'\r');
    QList<Part> parts;
    walk(raw, 0, parts);
    return parts;
}

QString MimeText::htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(u"<(style|script|head)[^>]*>.*?</\\1>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(u"<(br|/p|/div|/tr|/li|/h\\d|p|div|tr)\\b[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.remove(hidden);
    text.replace(breaks, u"\n"_s);
    text.remove(tags);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}
