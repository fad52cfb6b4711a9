// RFC 3461 xtext (ENVID, ORCPT): encoding round-trips, decoding arbitrary bytes is safe
// and only accepts what encoding could produce (modulo the byte values being text).
#include "FuzzCheck.h"

#include "protocol/smtp/Xtext.h"

#include <cstdint>

namespace {

bool isXchar(char c)
{
    return c >= '!' && c <= '~' && c != '+' && c != '=';
}

bool isUpperHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// The encoding's grammar: xchar or "+" two upper-case hex digits, nothing else.
bool isXtext(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            if (i + 2 >= text.size() || !isUpperHex(text[i + 1]) || !isUpperHex(text[i + 2]))
                return false;
            i += 2;
        } else if (!isXchar(text[i])) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Any text: encoded, it is xtext, printable ASCII only, and decodes to itself.
    const QString text = QString::fromUtf8(bytes);
    const QByteArray encoded = Xtext::encode(text);
    FUZZ_CHECK(isXtext(encoded));
    const std::optional<QString> decoded = Xtext::decode(encoded);
    FUZZ_CHECK(decoded.has_value());
    FUZZ_CHECK(*decoded == text);

    // Any bytes: decoding accepts exactly the xtext grammar, and what it yields encodes
    // back to something that decodes to the same text.
    const std::optional<QString> read = Xtext::decode(bytes);
    FUZZ_CHECK(read.has_value() == isXtext(bytes.toByteArray()));
    if (read) {
        const std::optional<QString> again = Xtext::decode(Xtext::encode(*read));
        FUZZ_CHECK(again && *again == *read);
    }
    return 0;
}
