// The human-readable part of a bounce (BounceTextReader): quoted replies, transcripts and
// cause words, then merged with and de-duplicated like BounceParser does.
#include "FuzzCheck.h"

#include "diagnosis/BounceParser.h"
#include "diagnosis/BounceTextReader.h"

#include <cstdint>

namespace {

void checkEntries(const QList<BounceEntry> &entries)
{
    FUZZ_CHECK(entries.size() <= BounceParser::maxEntries);
    for (const BounceEntry &entry : entries)
        FUZZ_CHECK(entry.reply.code == 0 || (entry.reply.code >= 200 && entry.reply.code <= 599));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<BounceEntry> transcript = BounceTextReader::fromTranscript(text);
    checkEntries(transcript);
    const QList<BounceEntry> paragraphs = BounceTextReader::fromText(text);
    checkEntries(paragraphs);
    bool namesCause = false;
    const QList<BounceEntry> words = BounceTextReader::fromWords(text, &namesCause);
    FUZZ_CHECK(words.size() <= 100);
    FUZZ_CHECK(!namesCause || !words.isEmpty());
    // Words give one reason; the recipients listed after it share it, each named once.
    QStringList listed;
    for (const BounceEntry &entry : words) {
        FUZZ_CHECK(entry.reply.text() == words.first().reply.text());
        FUZZ_CHECK(entry.recipient.isEmpty() == (words.size() == 1 && words.first().recipient.isEmpty()));
        FUZZ_CHECK(!listed.contains(entry.recipient, Qt::CaseInsensitive));
        listed.append(entry.recipient);
    }

    QList<BounceEntry> merged = transcript + paragraphs;
    BounceTextReader::mergeStages(merged, words);
    const QList<BounceEntry> unique = BounceTextReader::deduplicate(merged);
    FUZZ_CHECK(unique.size() <= merged.size());
    // One entry per named recipient.
    QStringList recipients;
    for (const BounceEntry &entry : unique) {
        if (!entry.recipient.isEmpty()) {
            FUZZ_CHECK(!recipients.contains(entry.recipient, Qt::CaseInsensitive));
            recipients.append(entry.recipient);
        }
    }
    return 0;
}
