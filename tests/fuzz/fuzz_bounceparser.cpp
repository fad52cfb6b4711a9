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

    // parse() is one of the two above, chosen by looksLikeMessage(); fuzz_explain drives it.
    (void)BounceParser::looksLikeMessage(text);
    const QString address = BounceParser::firstAddress(text);
    FUZZ_CHECK(address.isEmpty() || address.contains(u'@'));
    (void)BounceParser::stageFromText(text);
    return 0;
}
