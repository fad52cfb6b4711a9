// The machine-readable part of a bounce (RFC 3464 message/delivery-status), as
// DeliveryStatusReader reads it: one entry per failed or delayed recipient, bounded.
#include "FuzzCheck.h"

#include "diagnosis/BounceParser.h"
#include "diagnosis/DeliveryStatusReader.h"

#include <QRegularExpression>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString dsn = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QRegularExpression enhanced(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    const QList<BounceEntry> entries = DeliveryStatusReader::entries(dsn);
    FUZZ_CHECK(entries.size() <= BounceParser::maxEntries);
    for (const BounceEntry &entry : entries) {
        FUZZ_CHECK(!entry.recipient.isEmpty());
        FUZZ_CHECK(entry.action != u"delivered" && entry.action != u"relayed" && entry.action != u"expanded");
        FUZZ_CHECK(entry.reply.enhancedCode.isEmpty() || enhanced.match(entry.reply.enhancedCode).hasMatch());
        FUZZ_CHECK(entry.reply.code == 0 || (entry.reply.code >= 200 && entry.reply.code <= 599));
        FUZZ_CHECK(!entry.remoteMta.endsWith(u'.') && !entry.reportingMta.endsWith(u'.'));
    }
    return 0;
}
