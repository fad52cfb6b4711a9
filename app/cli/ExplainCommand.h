#pragma once

#include "diagnosis/BounceEntry.h"
#include "diagnosis/BounceExplainer.h"
#include "model/Explanation.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

/// `smtp-wizard-cli --explain TEXT` and `--explain-file FILE`: explains a pasted reply
/// or a whole bounce message without talking to any server, as text or JSON.
class ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)
public:
    /// Explains input and prints to out. With isBounceFile, input is a path ("-" for
    /// standard input) when such a file exists, otherwise the message itself. stage
    /// overrides the stage found in the text. Returns 0 when something was explained,
    /// 1 when nothing recognisable was found (a hint is printed instead).
    static int run(const QString &input, bool isBounceFile, std::optional<Model::Stage> stage,
                   bool json, bool colour, QTextStream &out);
    /// Explains a whole bounce message as read from its file, in whatever charsets its
    /// parts declare (a report from a Chinese provider is in gb2312, not UTF-8).
    static int runMessage(const QByteArray &message, std::optional<Model::Stage> stage, bool json, bool colour,
                          QTextStream &out);

    /// `{code, enhancedCode, severity, category, title, meaning, causes[], nextSteps[],
    /// references[]}` plus recipient, remoteMta and stage when known.
    static QJsonObject toJson(const Explanation &explanation, const BounceEntry &entry,
                              std::optional<Model::Stage> stage);

private:
    static int print(const QList<BounceExplainer::Item> &explained, bool readWholeMessage,
                     std::optional<Model::Stage> stage, bool json, bool colour, QTextStream &out);
};
