#include "model/Capabilities.h"

#include <QRegularExpression>

Capabilities Capabilities::fromEhloLines(const QStringList &lines)
{
    Capabilities caps;
    caps.esmtp = true;
    if (lines.isEmpty())
        return caps;
    caps.greetingName = lines.first().section(u' ', 0, 0, QString::SectionSkipEmpty);

    // RFC 5321 §4.1.1.1: ehlo-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-").
    // "AUTH=LOGIN PLAIN" is the pre-standard form some servers still send.
    static const QRegularExpression keywordLine(
        QStringLiteral("^([A-Za-z0-9][A-Za-z0-9-]*)(?:[ =](.*))?$"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue; // smtp-sink ends its EHLO reply with an empty "250 "
        const auto match = keywordLine.match(line);
        if (!match.hasMatch()) {
            caps.oddLines.append(line);
            continue;
        }
        caps.keywords.append(line);
        const QString keyword = match.captured(1).toUpper();
        const QStringList params = match.captured(2).split(u' ', Qt::SkipEmptyParts);
        if (keyword == u"SIZE") {
            bool ok = false;
            const qint64 size = params.value(0).toLongLong(&ok);
            caps.size = ok && size >= 0 ? size : 0;
        } else if (keyword == u"PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == u"STARTTLS") {
            caps.startTls = true;
        } else if (keyword == u"AUTH") {
            // RFC 4422 §3.1: 1 to 20 of A-Z, 0-9, "-", "_" (taken in either case). Anything
            // else cannot be asked for in AUTH, and Unicode case mapping would not even
            // round-trip ("ǅ", "ß"), so it is not a mechanism the server offers.
            static const QRegularExpression saslName(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
            for (const QString &mechanism : params) {
                if (!saslName.match(mechanism).hasMatch())
                    continue;
                const QString upper = mechanism.toUpper();
                if (!caps.authMechanisms.contains(upper))
                    caps.authMechanisms.append(upper);
            }
        } else if (keyword == u"DSN") {
            caps.dsn = true;
        } else if (keyword == u"8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == u"SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == u"ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        } else if (keyword == u"CHUNKING") {
            caps.chunking = true;
        } else if (keyword == u"BINARYMIME") {
            caps.binaryMime = true;
        } else if (keyword == u"REQUIRETLS") {
            caps.requireTls = true;
        }
    }
    return caps;
}

bool Capabilities::supportsAuth(const QString &mechanism) const
{
    return authMechanisms.contains(mechanism.toUpper());
}
