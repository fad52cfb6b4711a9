// The JSON error challenge a server sends in its 334 when it refuses an OAuth token
// (RFC 7628 §3.2.2): base64 from the server, decoded, summarised for the transcript. The
// input is the challenge's text; byte 0 set means "encode the rest first", so the fuzzer
// reaches the JSON reading as well as the base64 decoding.
#include "FuzzCheck.h"

#include "protocol/smtp/OAuthErrorChallenge.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = data[0] & 1 ? QString::fromLatin1(rest.toBase64()) : QString::fromUtf8(rest);
    const std::optional<OAuthErrorChallenge> challenge = OAuthErrorChallenge::decode(text);
    if (!challenge)
        return 0;
    FUZZ_CHECK(!challenge->status.isEmpty());
    (void)challenge->problem();
    // The summary goes into the transcript and onto a terminal: it must be safe there.
    FUZZ_CHECK(!Fuzz::hasTerminalControl(challenge->summary(), false));
    return 0;
}
