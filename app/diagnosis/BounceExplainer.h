#pragma once

#include "diagnosis/BounceEntry.h"
#include "model/Explanation.h"
#include "model/Vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// Explaining without a test, for both faces (`--explain`, `--explain-file` and the
/// wizard's Explain page): finds the replies in pasted text or in a whole bounce message
/// and explains each one at the step it answered.
class BounceExplainer
{
public:
    struct Item
    {
        BounceEntry entry;
        Explanation explanation;
    };

    /// Pasted replies ("550 5.1.1 ...", a transcript, a forwarded bounce's text).
    static QList<Item> explainText(const QString &text, std::optional<Model::Stage> stage = std::nullopt);
    /// A whole bounce message (MIME, DSN); a file holding a single pasted reply works too.
    static QList<Item> explainMessage(const QByteArray &message, std::optional<Model::Stage> stage = std::nullopt);
    /// One entry: at the given stage, else the one the bounce names, else the likely one
    /// for its code and words.
    static Explanation explain(const BounceEntry &entry, std::optional<Model::Stage> stage = std::nullopt);

    /// What is read of a file or of standard input at most.
    static qint64 maxInputBytes();
};
