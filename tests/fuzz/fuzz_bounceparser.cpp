// BounceParser, the whole reader of what people paste and of bounce messages: a single
// reply, a message (MIME, DSN, human-readable NDR), and the helpers it offers.
#include "FuzzCheck.h"

#include "diagnosis/BounceParser.h"

#include <QRegularExpression>

#include <cstdint>

namespace {

void checkEntry(const BounceEntry &entry)
{
    static const QRegularExpression enhanced(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    FUZZ_CHECK(entry.reply.code == 0 || (entry.reply.code >= 200 && entry.reply.code <= 599));
    FUZZ_CHECK(entry.reply.enhancedCode.isEmpty() || enhanced.match(entry.reply.enhancedCode).hasMatch());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    const QList<BounceEntry> fromMessage = BounceParser::parseMessage(bytes);
    FUZZ_CHECK(fromMessage.size() <= BounceParser::maxEntries);
    for (const BounceEntry &entry : fromMessage)
        checkEntry(entry);

    if (const auto reply = BounceParser::parseReply(text)) {
        checkEntry(*reply);
        for (const QString &line : reply->reply.lines)
            FUZZ_CHECK(!line.isEmpty() && !line.contains(u'\n'));
        (void)BounceParser::likelyStage(reply->reply);
    } else {
        FUZZ_CHECK(text.left(16 * 1024).trimmed().isEmpty());
    }

    // parse(): the message, several quoted replies, or the single reply above.
    const QList<BounceEntry> parsed = BounceParser::parse(text);
    FUZZ_CHECK(parsed.size() <= BounceParser::maxEntries);
    for (const BounceEntry &entry : parsed)
        checkEntry(entry);
    if (!BounceParser::looksLikeMessage(text) && parsed.size() <= 1)
        FUZZ_CHECK(parsed.size() == (BounceParser::parseReply(text) ? 1 : 0));
    const QString address = BounceParser::firstAddress(text);
    FUZZ_CHECK(address.isEmpty() || address.contains(u'@'));
    (void)BounceParser::stageFromText(text);
    return 0;
}
