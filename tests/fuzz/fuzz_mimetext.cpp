// MIME decoding of a bounce (MimeText): multiparts, base64, quoted-printable, charsets,
// HTML. Bounded by its own limits whatever the nesting, and what it returns is text.
#include "FuzzCheck.h"

#include "diagnosis/MimeText.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray message(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<MimeText::Part> parts = MimeText::textParts(message);
    FUZZ_CHECK(parts.size() <= 64);
    for (const MimeText::Part &part : parts) {
        FUZZ_CHECK(part.type == part.type.toLower());
        FUZZ_CHECK(part.type.startsWith(u"text/") || part.type.startsWith(u"message/"));
        FUZZ_CHECK(!part.text.contains(u'\r'));
    }
    (void)MimeText::htmlToText(QString::fromUtf8(message));
    return 0;
}
