// EHLO capability parsing: the reply's bytes through the reply reader, as on the wire,
// then Capabilities::fromEhloLines on the lines of the reply (and on the raw lines, which
// need not be valid reply lines at all).
#include "FuzzCheck.h"

#include "model/Capabilities.h"
#include "protocol/smtp/ReplyReader.h"

#include <algorithm>
#include <cstdint>

namespace {

void check(const QStringList &lines)
{
    const Capabilities caps = Capabilities::fromEhloLines(lines);
    FUZZ_CHECK(caps.esmtp);
    // Every line after the greeting is a keyword, an odd line or blank; none is lost.
    FUZZ_CHECK(caps.keywords.size() + caps.oddLines.size() <= std::max<qsizetype>(0, lines.size() - 1));
    FUZZ_CHECK(!caps.size || *caps.size >= 0);
    for (const QString &mechanism : caps.authMechanisms) {
        FUZZ_CHECK(!mechanism.isEmpty() && mechanism.size() <= 20);
        FUZZ_CHECK(std::all_of(mechanism.cbegin(), mechanism.cend(), [](QChar c) {
            return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        }));
        FUZZ_CHECK(mechanism == mechanism.toUpper());
        FUZZ_CHECK(caps.authMechanisms.count(mechanism) == 1);
        FUZZ_CHECK(caps.supportsAuth(mechanism.toLower()));
    }
    FUZZ_CHECK(!caps.greetingName.contains(u' '));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView wire(reinterpret_cast<const char *>(data), qsizetype(size));

    QStringList raw;
    for (const QByteArray &line : wire.toByteArray().split('\n'))
        raw.append(QString::fromUtf8(line).remove(u'\r'));
    check(raw);

    ReplyReader reader;
    reader.append(wire);
    while (reader.takeLine()) {
        if (const auto reply = reader.takeReply())
            check(reply->lines);
    }
    return 0;
}
