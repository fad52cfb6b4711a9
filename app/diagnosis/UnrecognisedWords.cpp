#include "diagnosis/ReplyCatalog.h"

#include <QRegularExpression>

// The catalogue's answer to words that report a failure but name no cause it knows, with
// no reply code to go by: it says so, and what it rests on, instead of guessing a cause.

using namespace Qt::StringLiterals;

Explanation ReplyCatalog::explainUnrecognisedWords(const QString &text)
{
    // Words that say something went wrong (English, French, German, Spanish, Portuguese,
    // Italian, Polish, Dutch, Japanese, Chinese, Russian, Korean): without one of them the
    // text is no report of a failure at all ("hello"), and nothing is explained.
    static const QRegularExpression failed(
        u"\\b(?:fail(?:s|ed|ure)?|errors?|reject(?:ed)?|refused|denied|unable|cannot|can.t|could not|couldn.t|"
        "not (?:be )?(?:delivered|accepted|allowed|permitted|possible|available)|invalid|blocked|undeliver\\w*|"
        "defer(?:red)?|problem|sorry|temporar\\w*|retry|aborted|prohibited|disallowed|unavailable|"
        "[ée]chec|erreur|refus[ée]e?|impossible|fehl\\w*|abgelehnt|nicht zugestellt|error|rechaz\\w*|fall[oó]|"
        "erro|recusad\\w*|errore|rifiutat\\w*|b[łl][ąa]d|odrzucon\\w*|fout|geweigerd|mislukt)\\b|"
        "失败|失敗|错误|錯誤|エラー|拒否|拒绝|拒絕|ошибк|отклон|не удалось|실패|오류|거부"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = failed.match(text);
    if (!m.hasMatch())
        return {};
    Explanation e = explainUnrecognisedReason(text);
    e.meaning = tr("The text says that something failed, but it gives no reply code and names no cause this "
                   "wizard knows.");
    e.matched = m.captured(0);
    return e;
}

Explanation ReplyCatalog::explainUnrecognisedReason(const QString &text)
{
    const QString said = text.simplified();
    if (said.isEmpty())
        return {};
    Explanation e;
    e.category = Model::Category::Other;
    e.severity = Model::Severity::Permanent;
    e.title = tr("Reason not recognised");
    e.meaning = tr("The report says that delivery failed and gives this reason, without a reply code; the "
                   "reason names no cause this wizard knows.");
    e.causes = {tr("The server or program that wrote it words the reason its own way.")};
    e.nextSteps = {tr("Read its own words above: they are all it says."),
                   tr("Test the same recipient with this wizard: the receiving server's own reply comes with a code "
                      "that says more."),
                   tr("Ask the administrator of the server or program that wrote it what the message means.")};
    e.ruleId = u"words-unrecognised"_s;
    // The whole reason is what it rests on; a long one is cut where a reader stops.
    e.matched = said.size() > 120 ? said.left(120) : said;
    return e;
}
