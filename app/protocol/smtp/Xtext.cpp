#include "protocol/smtp/Xtext.h"

#include <QStringDecoder>

#include <optional>

namespace Xtext {

QByteArray encode(const QString &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= '!' && c <= '~' && c != '+' && c != '=') {
            out.append(ch);
        } else {
            out.append('+');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0x0f]);
        }
    }
    return out;
}

std::optional<QString> decode(QByteArrayView xtext)
{
    QByteArray out;
    for (qsizetype i = 0; i < xtext.size(); ++i) {
        const auto c = static_cast<unsigned char>(xtext[i]);
        if (c == '+') {
            if (i + 2 >= xtext.size())
                return std::nullopt;
            bool ok = false;
            const int value = QByteArray(xtext.sliced(i + 1, 2).toByteArray()).toInt(&ok, 16);
            const char a = xtext[i + 1], b = xtext[i + 2];
            const bool upperHex = ((a >= '0' && a <= '9') || (a >= 'A' && a <= 'F'))
                && ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'F'));
            if (!ok || !upperHex)
                return std::nullopt;
            out.append(char(value));
            i += 2;
        } else if (c >= '!' && c <= '~' && c != '=') {
            out.append(char(c));
        } else {
            return std::nullopt;
        }
    }
    // Not QString::fromUtf8, which drops a leading U+FEFF as a byte-order mark: the value
    // is text that began with it, and must come back whole.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return QString(utf8.decode(out));
}

} // namespace Xtext
