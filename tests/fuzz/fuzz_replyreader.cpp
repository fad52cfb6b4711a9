// The reply reader as SmtpSession drives it, fed the same bytes in arbitrary chunks.
// Input: byte 0 picks the line limit, bytes 1..4 the chunk sizes (cycled), the rest is
// what the server sent.
#include "FuzzCheck.h"

#include "protocol/smtp/ReplyReader.h"

#include <QList>

#include <algorithm>
#include <cstdint>

namespace {

struct Outcome
{
    QStringList lines;
    QList<SmtpReply> replies;
    ReplyReader::Error error = ReplyReader::Error::None;
};

// What SmtpSession::onReadyRead does with each chunk: append, then take every line and
// the reply it completes, until the reader has no whole line or reports an error.
void drain(ReplyReader &reader, Outcome &outcome, qsizetype maxLineLength, int maxLines)
{
    while (reader.hasPendingLines()) {
        const qsizetype before = reader.bufferedBytes();
        const std::optional<QString> line = reader.takeLine();
        if (!line)
            break;
        // A line never exceeds the limit: at most the limit plus its LF left the buffer.
        FUZZ_CHECK(before - reader.bufferedBytes() <= maxLineLength + 1);
        FUZZ_CHECK(!Fuzz::hasTerminalControl(*line, false));
        outcome.lines.append(*line);
        if (const std::optional<SmtpReply> reply = reader.takeReply()) {
            FUZZ_CHECK(reply->code >= 200 && reply->code <= 599);
            FUZZ_CHECK(!reply->lines.isEmpty() && reply->lines.size() <= maxLines);
            outcome.replies.append(*reply);
        }
    }
    // Nothing waits without end: an error, or less than one line's worth buffered.
    FUZZ_CHECK(reader.error() != ReplyReader::Error::None || reader.bufferedBytes() <= maxLineLength
               || reader.hasPendingLines());
    outcome.error = reader.error();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    // Small limits reach the "too long" and "too many lines" paths with short inputs.
    const qsizetype maxLineLength = data[0] & 0x80 ? ReplyReader::defaultMaxLineLength : 8 + (data[0] & 0x3f);
    const int maxLines = data[0] & 0x80 ? ReplyReader::defaultMaxLines : 2 + (data[0] & 0x07);
    const uint8_t chunkSizes[4] = {data[1], data[2], data[3], data[4]};
    const QByteArrayView wire(reinterpret_cast<const char *>(data + 5), qsizetype(size - 5));

    ReplyReader chunked(maxLineLength, maxLines);
    Outcome inChunks;
    qsizetype offset = 0;
    for (int i = 0; offset < wire.size(); ++i) {
        const qsizetype length = std::min<qsizetype>(1 + chunkSizes[i % 4], wire.size() - offset);
        chunked.append(wire.sliced(offset, length));
        offset += length;
        drain(chunked, inChunks, maxLineLength, maxLines);
    }

    // How the bytes were split must not change what was read.
    ReplyReader whole(maxLineLength, maxLines);
    Outcome atOnce;
    whole.append(wire);
    drain(whole, atOnce, maxLineLength, maxLines);
    FUZZ_CHECK(inChunks.lines == atOnce.lines);
    FUZZ_CHECK(inChunks.replies == atOnce.replies);
    FUZZ_CHECK(inChunks.error == atOnce.error);

    // The pure parsers on the same lines: no crash, and a valid line's code is in range.
    QList<QByteArray> raw = wire.toByteArray().split('\n');
    if (raw.size() > 64)
        raw.resize(64);
    for (const QByteArray &line : std::as_const(raw)) {
        const ReplyLine parsed = ReplyLine::parse(line);
        FUZZ_CHECK(!parsed.valid || (parsed.code >= 200 && parsed.code <= 599));
        FUZZ_CHECK(parsed.code >= 0 && parsed.code <= 999);
    }
    (void)ReplyReader::parseReply(raw);
    return 0;
}
