// SafeText, the one function every printer uses for text from the network: whatever the
// bytes, what comes out holds nothing a terminal obeys, and text that needed nothing
// escaped comes out unchanged.
#include "FuzzCheck.h"

#include "model/SafeText.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString wire = SafeText::fromWire(bytes);
    FUZZ_CHECK(!Fuzz::hasTerminalControl(wire, false));
    FUZZ_CHECK(!SafeText::needsEscaping(wire));
    // Escaping is done once: the escaped form is itself safe and stays as it is.
    FUZZ_CHECK(SafeText::visible(wire) == wire);

    // Valid UTF-8 with nothing to escape is shown exactly as sent.
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded.toUtf8() == bytes && !Fuzz::hasTerminalControl(decoded, false))
        FUZZ_CHECK(wire == decoded);

    // The same for text already decoded (pasted, or from JSON), including UTF-16 that is
    // not valid (lone surrogates), which the bytes cannot produce.
    QString units;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        units.append(QChar(char16_t(uchar(bytes[i]) | uchar(bytes[i + 1]) << 8)));
    for (const QString &text : {decoded, units}) {
        const QString shown = SafeText::visible(text);
        FUZZ_CHECK(!Fuzz::hasTerminalControl(shown, false));
        FUZZ_CHECK(SafeText::needsEscaping(text) == (shown != text));
    }
    return 0;
}
