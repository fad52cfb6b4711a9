#include "cli/ExplainCommand.h"

#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray readBounded(QFile &file)
{
    return file.read(BounceParser::maxInputBytes);
}

// ANSI colours by severity; only when the caller says the terminal wants them.
QString paint(const QString &text, Diagnosis::Severity severity, bool colour)
{
    if (!colour)
        return text;
    const char16_t *code = u"0";
    switch (severity) {
    case Diagnosis::Severity::Success: code = u"32"; break;
    case Diagnosis::Severity::Intermediate: code = u"36"; break;
    case Diagnosis::Severity::Transient: code = u"33"; break;
    case Diagnosis::Severity::Permanent: code = u"31"; break;
    case Diagnosis::Severity::Info: code = u"34"; break;
    }
    return u"\x1b[1;"_s + QString::fromUtf16(code) + u'm' + text + u"\x1b[0m"_s;
}

std::optional<Smtp::Stage> stageOf(const BounceEntry &entry, std::optional<Smtp::Stage> stage)
{
    return stage ? stage : entry.stage;
}

void printText(const Explanation &e, const BounceEntry &entry, std::optional<Smtp::Stage> stage,
               bool colour, QTextStream &out)
{
    QString heading = entry.reply.code ? QString::number(entry.reply.code) : QString();
    if (!e.enhancedCode.isEmpty())
        heading += (heading.isEmpty() ? QString() : u" "_s) + e.enhancedCode;
    if (!heading.isEmpty())
        heading += u"  "_s;
    heading += e.title;
    out << paint(heading, e.severity, colour) << u"  ["_s << Diagnosis::severityKey(e.severity)
        << u", "_s << Diagnosis::categoryKey(e.category) << u"]\n"_s;
    if (!entry.recipient.isEmpty())
        out << ExplainCommand::tr("Recipient: %1").arg(entry.recipient) << u'\n';
    if (!entry.remoteMta.isEmpty())
        out << ExplainCommand::tr("Reported by: %1").arg(entry.remoteMta) << u'\n';
    if (const auto s = stageOf(entry, stage))
        out << ExplainCommand::tr("Step: %1").arg(Smtp::stageKey(*s).toUpper()) << u'\n';
    if (!entry.reply.text().isEmpty())
        out << ExplainCommand::tr("Server said: %1").arg(entry.reply.text().left(1000)) << u'\n';
    out << u'\n' << e.meaning << u"\n\n"_s;
    out << ExplainCommand::tr("Likely causes:") << u'\n';
    for (const QString &cause : e.causes)
        out << u"  - "_s << cause << u'\n';
    out << u'\n' << ExplainCommand::tr("Next steps:") << u'\n';
    for (qsizetype i = 0; i < e.nextSteps.size(); ++i)
        out << u"  "_s << (i + 1) << u". "_s << e.nextSteps.at(i) << u'\n';
    if (!e.references.isEmpty())
        out << u'\n' << ExplainCommand::tr("References: %1").arg(e.references.join(u"; "_s)) << u'\n';
}

} // namespace

Explanation ExplainCommand::explain(const BounceEntry &entry, std::optional<Smtp::Stage> stage)
{
    const Smtp::Stage at = stage ? *stage : entry.stage.value_or(BounceParser::likelyStage(entry.reply));
    return ReplyCatalog::explainReply(at, entry.reply);
}

QJsonObject ExplainCommand::toJson(const Explanation &e, const BounceEntry &entry,
                                   std::optional<Smtp::Stage> stage)
{
    QJsonObject object;
    object[u"code"_s] = e.code ? QJsonValue(e.code) : QJsonValue(QJsonValue::Null);
    object[u"enhancedCode"_s] = e.enhancedCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.enhancedCode);
    object[u"severity"_s] = Diagnosis::severityKey(e.severity);
    object[u"category"_s] = Diagnosis::categoryKey(e.category);
    object[u"title"_s] = e.title;
    object[u"meaning"_s] = e.meaning;
    object[u"causes"_s] = QJsonArray::fromStringList(e.causes);
    object[u"nextSteps"_s] = QJsonArray::fromStringList(e.nextSteps);
    object[u"references"_s] = QJsonArray::fromStringList(e.references);
    if (!entry.reply.text().isEmpty())
        object[u"text"_s] = entry.reply.text().left(2000);
    if (!entry.recipient.isEmpty())
        object[u"recipient"_s] = entry.recipient;
    if (!entry.remoteMta.isEmpty())
        object[u"remoteMta"_s] = entry.remoteMta;
    if (const auto s = stageOf(entry, stage))
        object[u"stage"_s] = Smtp::stageKey(*s);
    return object;
}

int ExplainCommand::run(const QString &input, bool isBounceFile, std::optional<Smtp::Stage> stage,
                        bool json, bool colour, QTextStream &out)
{
    QList<BounceEntry> entries;
    if (isBounceFile) {
        QByteArray message;
        const bool isPath = !input.contains(u'\n') && (input == u"-" || QFileInfo::exists(input));
        if (isPath && input == u"-") {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                message = readBounded(in);
        } else if (isPath) {
            QFile in(input);
            if (!in.open(QIODevice::ReadOnly)) {
                out << tr("Cannot read %1: %2").arg(input, in.errorString()) << u'\n';
                return 1;
            }
            message = readBounded(in);
        } else {
            message = input.toUtf8().left(BounceParser::maxInputBytes);
        }
        entries = BounceParser::parseMessage(message);
        if (entries.isEmpty()) {
            // A file holding a single pasted reply is fine too.
            if (auto single = BounceParser::parseReply(QString::fromUtf8(message.left(64 * 1024))))
                entries.append(*single);
        }
    } else {
        entries = BounceParser::parse(input);
    }

    QJsonArray array;
    QList<QPair<Explanation, BounceEntry>> explained;
    for (const auto &entry : std::as_const(entries)) {
        const Explanation e = explain(entry, stage);
        if (e.isValid())
            explained.append({e, entry});
    }

    if (explained.isEmpty()) {
        const QString hint = tr("No SMTP reply code, enhanced status code or known error text was "
                                "found. Paste the whole line the server sent, for example "
                                "\"550 5.1.1 User unknown\", or give the whole bounce message "
                                "with --explain-file.");
        if (json) {
            QJsonObject error;
            error[u"error"_s] = hint;
            out << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Indented));
        } else {
            out << hint << u'\n';
        }
        out.flush();
        return 1;
    }

    if (json) {
        for (const auto &[e, entry] : std::as_const(explained))
            array.append(toJson(e, entry, stage));
        const QJsonDocument document = array.size() == 1 ? QJsonDocument(array.first().toObject())
                                                          : QJsonDocument(array);
        out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        for (qsizetype i = 0; i < explained.size(); ++i) {
            if (i > 0)
                out << u"\n----------------------------------------\n\n"_s;
            printText(explained.at(i).first, explained.at(i).second, stage, colour, out);
        }
    }
    out.flush();
    return 0;
}
