#include "RawControl.h"

#include "model/SafeText.h"

#include <QStringDecoder>

QString firstRawControl(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return QStringLiteral("invalid UTF-8");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f)
            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return QStringLiteral("U+%1 in \"%2\"")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(SafeText::visible(text.mid(std::max<qsizetype>(0, i - 30), 60)));
        }
    }
    return {};
}
