#include "diagnosis/DeliveryStatusReader.h"

#include "diagnosis/BounceParser.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// One "Field: value" block of a delivery-status part, folded lines joined.
QHash<QString, QString> fieldsOf(const QString &block)
{
    QHash<QString, QString> fields;
    QString last;
    for (const QString &line : block.split(u'\n')) {
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !last.isEmpty()) {
            fields[last] += u' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        last = line.left(colon).trimmed().toLower();
        fields[last] = line.mid(colon + 1).trimmed();
    }
    return fields;
}

QString afterType(const QString &value)
{
    const qsizetype semicolon = value.indexOf(u';');
    QString v = semicolon >= 0 ? value.mid(semicolon + 1).trimmed() : value.trimmed();
    if (v.startsWith(u'<') && v.endsWith(u'>'))
        v = v.mid(1, v.size() - 2);
    return v;
}

} // namespace

QList<BounceEntry> DeliveryStatusReader::entries(const QString &dsn, Actions which)
{
    QList<BounceEntry> entries;
    static const QRegularExpression blank(u"\\n[ \\t]*\\n"_s);
    const QStringList blocks = dsn.split(blank, Qt::SkipEmptyParts);
    QString reportingMta; // a per-message field: the block before the recipients
    for (const QString &block : blocks) {
        const auto fields = fieldsOf(block);
        if (const QString reporting = afterType(fields.value(u"reporting-mta"_s)).section(u' ', 0, 0);
            !reporting.isEmpty()) {
            reportingMta = reporting;
            while (reportingMta.endsWith(u'.'))
                reportingMta.chop(1);
        }
        const QString recipient = afterType(fields.value(u"final-recipient"_s,
                                                         fields.value(u"original-recipient"_s)));
        if (recipient.isEmpty())
            continue;
        const QString action = fields.value(u"action"_s).toLower();
        if (which == Actions::Failures && (action == u"delivered" || action == u"relayed" || action == u"expanded"))
            continue;
        BounceEntry entry;
        const QString diagnostic = fields.value(u"diagnostic-code"_s);
        if (!diagnostic.isEmpty()) {
            if (auto parsed = BounceParser::parseReply(diagnostic))
                entry = *parsed;
            entry.hasDiagnostic = true;
        }
        entry.recipient = recipient;
        entry.reportingMta = reportingMta;
        entry.action = action;
        const QString statusField = fields.value(u"status"_s);
        const QString status = statusField.section(u' ', 0, 0);
        static const QRegularExpression valid(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s);
        const bool validStatus = valid.match(status).hasMatch();
        if (entry.reply.enhancedCode.isEmpty() && validStatus)
            entry.reply.enhancedCode = status;
        // Without a Diagnostic-Code, some MTAs put the reason in the Status field itself:
        // a comment after the code ("5.0.0 (recipient reached disk quota)") or a reply
        // instead of a status code ("553 Exceeded maximum inbound message size").
        if (diagnostic.isEmpty() && entry.reply.text().trimmed().isEmpty()) {
            if (validStatus) {
                static const QRegularExpression comment(u"^\\s*\\((.+)\\)\\s*$"_s);
                if (const auto m = comment.match(statusField.section(u' ', 1)); m.hasMatch())
                    entry.reply.lines = QStringList{m.captured(1).trimmed()};
            } else if (auto parsed = BounceParser::parseReply(statusField); parsed && parsed->reply.code != 0) {
                entry.reply.code = parsed->reply.code;
                entry.reply.lines = parsed->reply.lines;
            }
        }
        // "gmail-smtp-in.l.google.com. (2a00:..., the server for the domain gmail.com.)"
        QString mta = afterType(fields.value(u"remote-mta"_s)).section(u' ', 0, 0);
        while (mta.endsWith(u'.'))
            mta.chop(1);
        if (!mta.isEmpty())
            entry.remoteMta = mta;
        entries.append(entry);
        if (entries.size() >= BounceParser::maxEntries)
            break;
    }
    return entries;
}

