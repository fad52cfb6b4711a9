#include "model/SafeText.h"

#include <QStringDecoder>

namespace {

bool isUnsafe(char32_t c)
{
    return (c < 0x20 && c != u'\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

void appendEscape(QString &out, char32_t c)
{
    if (c <= 0xff)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
}

// Length of the valid UTF-8 sequence at bytes[i], 0 if it is not one (overlong forms,
// surrogates and code points above U+10FFFF are invalid, as RFC 3629 says).
int sequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto b = [&](qsizetype k) { return uchar(bytes.at(k)); };
    const uchar lead = b(i);
    if (lead < 0x80)
        return 1;
    int length = 0;
    char32_t min = 0;
    char32_t c = 0;
    if ((lead & 0xe0) == 0xc0) {
        length = 2, min = 0x80, c = lead & 0x1f;
    } else if ((lead & 0xf0) == 0xe0) {
        length = 3, min = 0x800, c = lead & 0x0f;
    } else if ((lead & 0xf8) == 0xf0) {
        length = 4, min = 0x10000, c = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((b(i + k) & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (b(i + k) & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        return 0;
    return length;
}

} // namespace

QString SafeText::visible(QStringView text)
{
    if (!needsEscaping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : text.toUcs4()) {
        if (isUnsafe(c))
            appendEscape(out, c);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString SafeText::fromWire(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    // A U+FEFF is text like any other (QString::fromUtf8 would drop one that starts a run).
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    qsizetype i = 0;
    while (i < bytes.size()) {
        // A run of valid sequences is decoded at once (one QString per character made a
        // received line cost an allocation per byte); a byte that starts none is escaped.
        const qsizetype start = i;
        while (i < bytes.size()) {
            const int length = sequenceLength(bytes, i);
            if (length == 0)
                break;
            i += length;
        }
        if (i > start)
            out += visible(QString(decoder.decode(bytes.sliced(start, i - start))));
        if (i < bytes.size()) {
            appendEscape(out, uchar(bytes.at(i)));
            ++i;
        }
    }
    return out;
}

bool SafeText::needsEscaping(QStringView text)
{
    for (const QChar c : text) {
        if (isUnsafe(c.unicode()))
            return true;
    }
    return false;
}
