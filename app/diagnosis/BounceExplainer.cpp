#include "diagnosis/BounceExplainer.h"

#include "diagnosis/BounceDetails.h"
#include "diagnosis/BounceParser.h"
#include "diagnosis/CatalogTables.h"
#include "diagnosis/CauseMerger.h"
#include "diagnosis/ReplyCatalog.h"
#include "diagnosis/RuleMatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// The catalogue's "No reason given": words that only say delivery failed, no code at all.
bool saysNoReason(const Explanation &e)
{
    return e.code == 0 && e.enhancedCode.isEmpty() && CatalogTables::namesNoCause(QUtf8StringView(e.ruleId.toUtf8()));
}

// fromReport: the entries come from a delivery report, which says itself that each
// recipient failed; a recipient's reason in words no rule knows is still that reason.
QList<BounceExplainer::Item> explainAll(const QList<BounceEntry> &entries, std::optional<Model::Stage> stage, bool fromReport)
{
    QList<BounceExplainer::Item> items;
    for (const BounceEntry &entry : entries) {
        Explanation explanation = BounceExplainer::explain(entry, stage);
        if (!explanation.isValid() && fromReport && !entry.recipient.isEmpty() && entry.reply.code == 0
            && entry.reply.enhancedCode.isEmpty()) {
            explanation = ReplyCatalog::explainUnrecognisedReason(entry.reply.text());
            if (explanation.isValid() && entry.action == u"delayed")
                explanation.severity = Model::Severity::Transient;
        }
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
    if (e.isValid() && entry.action == u"delayed") {
        e.severity = Model::Severity::Transient;
        // Nor has it given up: Windows' SMTP service and Exchange send status 4.4.7 with
        // every delay warning (the warning's timer ran out, not the message's lifetime).
        // Read by the code alone that would be "Delivery time expired".
        if (e.category == Model::Category::Expired && e.ruleId.startsWith(u"enhanced-"_s)) {
            e.category = Model::Category::Other;
            e.title = QCoreApplication::translate("BounceExplainer", "Delivery delayed");
            e.meaning = QCoreApplication::translate("BounceExplainer",
                "The sending server has not delivered the message yet and keeps trying. The report "
                "names no reason; status %1 in a delay warning means only that the warning was due.")
                            .arg(entry.reply.enhancedCode);
            e.causes = {QCoreApplication::translate("BounceExplainer", "The destination does not answer or keeps deferring the message.")};
            e.nextSteps = {QCoreApplication::translate("BounceExplainer", "Wait: a failure report follows only if the sending server gives up."),
                           QCoreApplication::translate("BounceExplainer", "Test the destination with this wizard to see why it defers or cannot be reached.")};
            e.ruleId = u"bounce-delay-without-reason"_s;
        }
    }
    // A report that the sending server gave up is final, whatever class its last code had
    // (qmail's "(#4.4.1)" above "I'm not going to try again").
    else if (e.isValid() && e.category == Model::Category::Expired)
        e.severity = Model::Severity::Permanent;
    // "Action: failed" with a temporary status (RFC 3464 §2.3.3): every attempt met a
    // temporary error until the sending server gave up. That it gave up is the news; the
    // last attempt's error says why the attempts kept failing.
    // A 4xx whose words say it is final ("will be permanently deferred; Retrying will NOT
    // succeed", Yahoo's TS03) was no temporary refusal.
    static const QRegularExpression saysFinal(u"permanent|will not succeed"_s, QRegularExpression::CaseInsensitiveOption);
    const bool temporary = (entry.reply.enhancedCode.startsWith(u'4')
                            || (entry.reply.enhancedCode.isEmpty() && entry.reply.code >= 400 && entry.reply.code < 500))
        && !saysFinal.match(entry.reply.text()).hasMatch();
    // Only where the last error names no lasting cause: "no such mailbox" after retries
    // is still an unknown mailbox.
    const bool passing = e.category == Model::Category::Network || e.category == Model::Category::Timeout
        || e.category == Model::Category::ServerUnavailable || e.category == Model::Category::Greylisted
        || e.category == Model::Category::RateLimited || e.category == Model::Category::Other;
    // Words that the sending server gave up on a temporary refusal ("I'm not going to try
    // again; this message has been in the queue too long" under qmail's last "450 ...
    // cannot find your hostname"): the queue expired, whatever the last attempt met. Not
    // qmail's "Giving up on <host>", said of a permanent refusal too.
    auto gaveUpInWords = e.isValid() && temporary && e.category != Model::Category::Expired && entry.action != u"delayed"
        ? RuleMatcher::phraseById("phrase-expired", entry.reply.text())
        : RuleMatcher::Hit<CatalogTables::PhraseRow>{};
    if (gaveUpInWords && (gaveUpInWords.matched.startsWith(u"giv"_s, Qt::CaseInsensitive)
                          || gaveUpInWords.matched.startsWith(u"gave"_s, Qt::CaseInsensitive)))
        gaveUpInWords = {};
    if (e.isValid() && ((entry.action == u"failed" && temporary && passing) || gaveUpInWords)) {
        Explanation gaveUp = ReplyCatalog::explainEnhancedCode(u"5.4.7"_s);
        gaveUp.meaning += u' '
            + QCoreApplication::translate("BounceExplainer", "The last attempt ended with: %1.").arg(e.title);
        CauseMerger causes(gaveUp.category, gaveUp.severity);
        causes.add(e.causes);
        causes.add(gaveUp.causes);
        gaveUp.causes = causes.items();
        gaveUp.code = e.code;
        gaveUp.enhancedCode = e.enhancedCode;
        gaveUp.matched = gaveUpInWords ? gaveUpInWords.matched : e.matched;
        gaveUp.ruleId = u"bounce-gave-up-after-temporary-errors"_s;
        e = gaveUp;
    }
    if (e.isValid())
        e.details = BounceDetails::of(entry);
    return e;
}

QList<BounceExplainer::Item> BounceExplainer::explainText(const QString &text, std::optional<Model::Stage> stage)
{
    const QList<BounceEntry> entries = BounceParser::parse(text);
    // A pasted report (its header lines, or a paragraph per recipient) says itself that
    // each listed recipient failed, as a message does; a single pasted line does not.
    return explainAll(entries, stage, entries.size() > 1 || BounceParser::looksLikeMessage(text));
}

QList<BounceExplainer::Item> BounceExplainer::explainMessage(const QByteArray &message, std::optional<Model::Stage> stage)
{
    QList<BounceEntry> entries = BounceParser::parseMessage(message);
    // A file that is not a message at all may hold one pasted reply. A message whose report
    // names no failure is not read whole instead: its own headers and the returned
    // original (a subject about "virus scan results") would become the reason.
    const QString head = QString::fromUtf8(message.left(64 * 1024));
    if (entries.isEmpty() && !BounceParser::looksLikeMessage(head)) {
        if (auto single = BounceParser::parseReply(head))
            entries.append(*single);
    }
    QList<Item> items = explainAll(entries, stage, true);
    // Read whole, the report has nothing more to show: where it names no reason, the
    // advice to explain the whole message would send the reader in a circle.
    if (BounceParser::looksLikeMessage(head)) {
        for (Item &item : items) {
            if (saysNoReason(item.explanation)) {
                item.explanation.causes = {QCoreApplication::translate("BounceExplainer",
                    "The server that wrote the report leaves the reason out; the whole message was read.")};
                item.explanation.nextSteps = {
                    // The catalogue's own words for the same advice (one translation).
                    QCoreApplication::translate("ReplyCatalog",
                        "Ask the administrator of the server that wrote the report for its log entry of this message."),
                    QCoreApplication::translate("BounceExplainer",
                        "Test the same recipient with this wizard: the receiving server's own reply names the reason.")};
            }
        }
    }
    return items;
}

qint64 BounceExplainer::maxInputBytes()
{
    return BounceParser::maxInputBytes;
}
