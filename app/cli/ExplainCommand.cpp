#include "cli/ExplainCommand.h"

#include "diagnosis/BounceExplainer.h"
#include "report/ExplanationReport.h"
#include "model/SafeText.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QByteArray readBounded(QFile &file)
{
    return file.read(BounceExplainer::maxInputBytes());
}

// ANSI colours by severity; only when the caller says the terminal wants them.
QString paint(const QString &text, Model::Severity severity, bool colour)
{
    if (!colour)
        return text;
    const char16_t *code = u"0";
    switch (severity) {
    case Model::Severity::Success: code = u"32"; break;
    case Model::Severity::Intermediate: code = u"36"; break;
    case Model::Severity::Transient: code = u"33"; break;
    case Model::Severity::Permanent: code = u"31"; break;
    case Model::Severity::Info: code = u"34"; break;
    }
    return u"\x1b[1;"_s + QString::fromUtf16(code) + u'm' + text + u"\x1b[0m"_s;
}

QString detailKey(BounceDetail::Kind kind)
{
    switch (kind) {
    case BounceDetail::Kind::IpAddress: return u"ip-address"_s;
    case BounceDetail::Kind::Link: return u"link"_s;
    case BounceDetail::Kind::ReportingServer: return u"reporting-server"_s;
    case BounceDetail::Kind::RemoteServer: return u"remote-server"_s;
    }
    return {};
}

bool hasDetail(const Explanation &e, BounceDetail::Kind kind)
{
    return std::any_of(e.details.cbegin(), e.details.cend(), [kind](const BounceDetail &d) { return d.kind == kind; });
}

std::optional<Model::Stage> stageOf(const BounceEntry &entry, std::optional<Model::Stage> stage)
{
    return stage ? stage : entry.stage;
}

void printText(const Explanation &e, const BounceEntry &entry, std::optional<Model::Stage> stage,
               bool colour, QTextStream &out)
{
    QString heading = entry.reply.code ? QString::number(entry.reply.code) : QString();
    if (!e.enhancedCode.isEmpty())
        heading += (heading.isEmpty() ? QString() : u" "_s) + e.enhancedCode;
    if (!heading.isEmpty())
        heading += u"  "_s;
    heading += SafeText::visible(e.title);
    out << paint(heading, e.severity, colour) << u"  ["_s << Model::key(e.severity)
        << u", "_s << Model::key(e.category) << u"]\n"_s;
    if (!entry.recipient.isEmpty())
        out << ExplainCommand::tr("Recipient: %1").arg(SafeText::visible(entry.recipient)) << u'\n';
    // The bounce's facts (the refusing server among them) are listed below.
    if (!entry.remoteMta.isEmpty() && !hasDetail(e, BounceDetail::Kind::RemoteServer))
        out << ExplainCommand::tr("Answer from: %1").arg(SafeText::visible(entry.remoteMta)) << u'\n';
    if (const auto s = stageOf(entry, stage))
        out << ExplainCommand::tr("Step: %1").arg(Model::key(*s).toUpper()) << u'\n';
    if (!entry.reply.text().isEmpty())
        out << ExplainCommand::tr("Server said: %1").arg(SafeText::visible(entry.reply.text().left(1000))) << u'\n';
    for (const BounceDetail &detail : e.details)
        out << ExplanationReport::detailLabel(detail.kind) << u": "_s << SafeText::visible(detail.value) << u'\n';
    out << u'\n' << SafeText::visible(e.meaning) << u'\n';
    if (!e.matched.isEmpty())
        out << ExplainCommand::tr("Based on: %1").arg(u"\u00ab"_s + SafeText::visible(e.matched) + u"\u00bb"_s) << u'\n';
    out << u'\n';
    out << ExplainCommand::tr("Likely causes:") << u'\n';
    for (const QString &cause : e.causes)
        out << u"  - "_s << SafeText::visible(cause) << u'\n';
    out << u'\n' << ExplainCommand::tr("Next steps:") << u'\n';
    for (qsizetype i = 0; i < e.nextSteps.size(); ++i)
        out << u"  "_s << (i + 1) << u". "_s << SafeText::visible(e.nextSteps.at(i)) << u'\n';
    if (!e.references.isEmpty())
        out << u'\n' << ExplainCommand::tr("References: %1").arg(e.references.join(u"; "_s)) << u'\n';
}

} // namespace

QJsonObject ExplainCommand::toJson(const Explanation &e, const BounceEntry &entry,
                                   std::optional<Model::Stage> stage)
{
    QJsonObject object;
    object[u"code"_s] = e.code ? QJsonValue(e.code) : QJsonValue(QJsonValue::Null);
    object[u"enhancedCode"_s] = e.enhancedCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.enhancedCode);
    object[u"severity"_s] = Model::key(e.severity);
    object[u"category"_s] = Model::key(e.category);
    object[u"title"_s] = e.title;
    object[u"meaning"_s] = e.meaning;
    object[u"causes"_s] = QJsonArray::fromStringList(e.causes);
    object[u"nextSteps"_s] = QJsonArray::fromStringList(e.nextSteps);
    object[u"references"_s] = QJsonArray::fromStringList(e.references);
    // What the explanation rests on: the server's words, or the code when no words matched.
    object[u"matched"_s] = e.matched.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.matched);
    if (!entry.reply.text().isEmpty())
        object[u"text"_s] = entry.reply.text().left(2000);
    if (!entry.recipient.isEmpty())
        object[u"recipient"_s] = entry.recipient;
    if (!entry.remoteMta.isEmpty())
        object[u"remoteMta"_s] = entry.remoteMta;
    if (const auto s = stageOf(entry, stage))
        object[u"stage"_s] = Model::key(*s);
    if (!e.details.isEmpty()) {
        QJsonArray details;
        for (const BounceDetail &detail : e.details)
            details.append(QJsonObject{{u"kind"_s, detailKey(detail.kind)}, {u"value"_s, detail.value}});
        object[u"details"_s] = details;
    }
    return object;
}

int ExplainCommand::run(const QString &input, bool isBounceFile, std::optional<Model::Stage> stage,
                        bool json, bool colour, QTextStream &out)
{
    QList<BounceExplainer::Item> explained;
    bool readWholeMessage = false; // a file or standard input, not a line given in its place
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
                out << SafeText::visible(tr("Cannot read %1: %2").arg(input, in.errorString())) << u'\n';
                return 1;
            }
            message = readBounded(in);
        } else {
            message = input.toUtf8().left(BounceExplainer::maxInputBytes());
        }
        readWholeMessage = isPath;
        explained = BounceExplainer::explainMessage(message, stage);
    } else {
        explained = BounceExplainer::explainText(input, stage);
    }
    return print(explained, readWholeMessage, stage, json, colour, out);
}

int ExplainCommand::runMessage(const QByteArray &message, std::optional<Model::Stage> stage, bool json, bool colour,
                               QTextStream &out)
{
    // A UTF-8 byte-order mark (editors on Windows save one) is not part of the message.
    const QByteArray bytes = message.startsWith("\xEF\xBB\xBF") ? message.mid(3) : message;
    return print(BounceExplainer::explainMessage(bytes.left(BounceExplainer::maxInputBytes()), stage), true, stage,
                 json, colour, out);
}

int ExplainCommand::print(const QList<BounceExplainer::Item> &explained, bool readWholeMessage,
                          std::optional<Model::Stage> stage, bool json, bool colour, QTextStream &out)
{
    if (explained.isEmpty()) {
        // A bounce file that names no failure is told apart from a pasted line: the
        // file was already the whole message, so asking for it again would not help.
        const QString hint = readWholeMessage
            ? tr("No failure was found in this message: its report holds no SMTP reply code, "
                 "enhanced status code or known error text. Copy the line the receiving server "
                 "sent, for example \"550 5.1.1 User unknown\", and explain it with --explain.")
            : tr("No SMTP reply code, enhanced status code or known error text was "
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
        QJsonArray array;
        for (const auto &[entry, e] : std::as_const(explained))
            array.append(toJson(e, entry, stage));
        const QJsonDocument document = array.size() == 1 ? QJsonDocument(array.first().toObject())
                                                          : QJsonDocument(array);
        out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        for (qsizetype i = 0; i < explained.size(); ++i) {
            if (i > 0)
                out << u"\n----------------------------------------\n\n"_s;
            printText(explained.at(i).explanation, explained.at(i).entry, stage, colour, out);
        }
    }
    out.flush();
    return 0;
}
