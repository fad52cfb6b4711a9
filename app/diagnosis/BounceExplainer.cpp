#include "diagnosis/BounceExplainer.h"

#include "diagnosis/BounceDetails.h"
#include "diagnosis/BounceParser.h"
#include "diagnosis/ReplyCatalog.h"

namespace {
QList<BounceExplainer::Item> explainAll(const QList<BounceEntry> &entries, std::optional<Model::Stage> stage)
{
    QList<BounceExplainer::Item> items;
    for (const BounceEntry &entry : entries) {
        Explanation explanation = BounceExplainer::explain(entry, stage);
        if (explanation.isValid())
            items.append({entry, std::move(explanation)});
    }
    return items;
}
} // namespace

Explanation BounceExplainer::explain(const BounceEntry &entry, std::optional<Model::Stage> stage)
{
    const Model::Stage at = stage ? *stage : entry.stage.value_or(BounceParser::likelyStage(entry.reply));
    Explanation e = ReplyCatalog::explainReply(at, entry.reply);
    // A delay warning is temporary whatever the last attempt's code said: the sending
    // server is still trying.
    if (e.isValid() && entry.action == u"delayed")
        e.severity = Model::Severity::Transient;
    if (e.isValid())
        e.details = BounceDetails::of(entry);
    return e;
}

QList<BounceExplainer::Item> BounceExplainer::explainText(const QString &text, std::optional<Model::Stage> stage)
{
    return explainAll(BounceParser::parse(text), stage);
}

QList<BounceExplainer::Item> BounceExplainer::explainMessage(const QByteArray &message, std::optional<Model::Stage> stage)
{
    QList<BounceEntry> entries = BounceParser::parseMessage(message);
    if (entries.isEmpty()) {
        if (auto single = BounceParser::parseReply(QString::fromUtf8(message.left(64 * 1024))))
            entries.append(*single);
    }
    return explainAll(entries, stage);
}

qint64 BounceExplainer::maxInputBytes()
{
    return BounceParser::maxInputBytes;
}
