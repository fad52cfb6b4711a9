#include "diagnosis/MimeText.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

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

// One pattern for every parameter, compiled once (a pattern per name cost a PCRE compile
// for each header of each part): the first parameter with that name wins.
QString parameter(const QString &value, QStringView name)
{
    static const QRegularExpression pattern(u";\\s*([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))"_s);
    for (QRegularExpressionMatchIterator it = pattern.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedView(1).compare(name, Qt::CaseInsensitive) == 0)
            return m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
    }
    return QString();
}

// Splits header block and body; without a header block the whole text is a body.
// Headers are ASCII (RFC 5322); the body stays bytes until its charset is known.
Headers readHeaders(const QByteArray &raw, QByteArray *body)
{
    Headers headers;
    static const QRegularExpression headerLine(u"^[A-Za-z0-9-]+:"_s);
    if (!headerLine.match(QString::fromLatin1(raw.left(200))).hasMatch()) {
        *body = raw;
        return headers;
    }
    qsizetype end = raw.indexOf("\n\n");
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
    for (const QString &line : QString::fromLatin1(raw.left(end)).split(u'\n')) {
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

// windows-1252 differs from Latin-1 only in 0x80..0x9F (quotes, dashes, the euro sign).
QString fromWindows1252(const QByteArray &bytes)
{
    static constexpr char16_t high[32] = {
        0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
    };
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        const uchar b = uchar(byte);
        out += b >= 0x80 && b < 0xa0 ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    static_cast<void>(QString(decoder.decode(bytes)));
    return !decoder.hasError();
}

QString decodeBytes(const QByteArray &bytes, const QString &charset)
{
    if (charset.contains(u"1252"))
        return fromWindows1252(bytes);
    if (charset.contains(u"8859") || charset.contains(u"latin"))
        return QString::fromLatin1(bytes);
    // UTF-8, US-ASCII or nothing declared: old bounces often carry 8-bit text without a
    // charset, and then it is almost always windows-1252, not broken UTF-8.
    if (!isUtf8(bytes) && (charset.isEmpty() || charset.contains(u"ascii")))
        return fromWindows1252(bytes);
    if (!charset.isEmpty() && !charset.contains(u"utf-8") && !charset.contains(u"utf8") && !charset.contains(u"ascii")) {
        // Chinese, Japanese, Korean and Cyrillic providers write their reports in their own
        // charsets (gb2312, big5, shift_jis, iso-2022-jp, euc-kr, koi8-r, windows-1251);
        // Qt reads them through ICU. "gb2312" is mostly GBK in practice: GB18030 holds both.
        const QByteArray name = charset == u"gb2312" || charset == u"gbk" || charset == u"x-gbk"
            ? QByteArray("GB18030") : charset.toLatin1();
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    return QString::fromUtf8(bytes);
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        // RFC 2045 §6.7 (3): "=" then optional blanks then the line end is a soft break.
        qsizetype j = i + 1;
        while (j < in.size() && (in.at(j) == ' ' || in.at(j) == '\t'))
            ++j;
        if (j < in.size() && in.at(j) == '\n') {
            i = j;
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
    return out;
}

QString decodeBody(const QByteArray &body, const Headers &headers)
{
    if (headers.encoding == u"base64") {
        QByteArray compact = body;
        compact.replace(' ', QByteArray()).replace('\t', QByteArray()).replace('\n', QByteArray());
        return decodeBytes(QByteArray::fromBase64(compact), headers.charset);
    }
    if (headers.encoding == u"quoted-printable")
        return decodeBytes(decodeQuotedPrintable(body), headers.charset);
    return decodeBytes(body, headers.charset);
}

// Embedded messages are the returned original and are skipped, except a delivery report
// forwarded as an attachment (a gateway or a user passing a bounce on): that one is the
// report, read when the outer message has none of its own.
struct Walk
{
    QList<MimeText::Part> parts;
    QList<QByteArray> embeddedReports;
};

void walk(const QByteArray &raw, int depth, Walk &walked)
{
    QList<MimeText::Part> &parts = walked.parts;
    if (depth > maxDepth || parts.size() >= maxParts)
        return;
    QByteArray body;
    const Headers headers = readHeaders(raw, &body);
    if (headers.type.startsWith(u"multipart/") && !headers.boundary.isEmpty()) {
        const QByteArray delimiter = "--" + headers.boundary.toLatin1();
        qsizetype pos = body.indexOf(delimiter);
        while (pos >= 0 && parts.size() < maxParts) {
            qsizetype start = body.indexOf('\n', pos);
            if (start < 0 || body.mid(pos + delimiter.size(), 2) == "--")
                break;
            ++start;
            const qsizetype next = body.indexOf(QByteArray('\n' + delimiter), start);
            const qsizetype stop = next < 0 ? body.size() : next;
            walk(body.mid(start, stop - start), depth + 1, walked);
            pos = next < 0 ? -1 : next + 1;
        }
        return;
    }
    if (headers.type == u"message/rfc822" || headers.type == u"text/rfc822-headers"
        || headers.type == u"message/rfc822-headers" || headers.type == u"message/global") {
        QByteArray inner;
        if (headers.type == u"message/rfc822" && readHeaders(body, &inner).type == u"multipart/report")
            walked.embeddedReports.append(body);
        return;
    }
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
    QByteArray raw = message;
    raw.replace("\r\n", "\n");
    // A message saved from a mailbox file starts with the mbox separator ("From " sender
    // date, RFC 4155), which is not a header: without skipping it the real headers, and
    // with them the multipart structure, would be read as body text.
    if (raw.startsWith("From ")) {
        const qsizetype eol = raw.indexOf('\n');
        raw = eol < 0 ? QByteArray() : raw.mid(eol + 1);
    }
    Walk walked;
    walk(raw, 0, walked);
    const auto isReport = [](const Part &part) {
        return part.type == u"message/delivery-status" || part.type == u"message/global-delivery-status";
    };
    if (std::none_of(walked.parts.cbegin(), walked.parts.cend(), isReport) && !walked.embeddedReports.isEmpty()) {
        Walk inner;
        walk(walked.embeddedReports.first(), 1, inner);
        if (std::any_of(inner.parts.cbegin(), inner.parts.cend(), isReport))
            return inner.parts;
    }
    return walked.parts;
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
