#include "report/RelayJson.h"

#include "report/ResultJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace RelayJson {

namespace {
QJsonValue replyAt(const Attempt &attempt, int index)
{
    if (index < 0 || index >= attempt.replies.size())
        return QJsonValue(QJsonValue::Null);
    const ReplyRecord &record = attempt.replies.at(index);
    QJsonObject reply = ResultJson::replyToJson(record.reply);
    reply.insert(u"index"_s, index);
    reply.insert(u"stage"_s, Model::key(record.stage));
    reply.insert(u"category"_s, Model::key(record.explanation.category));
    reply.insert(u"explanation"_s, record.explanation.title);
    return reply;
}

const Attempt *relayAttempt(const TestResult &result)
{
    const int index = result.verdict.attemptIndex;
    if (index >= 0 && index < result.attempts.size())
        return &result.attempts.at(index);
    return result.attempts.isEmpty() ? nullptr : &result.attempts.constLast();
}
} // namespace

QJsonObject toJson(const TestResult &result)
{
    QJsonArray accepted;
    QJsonArray refused;
    const Attempt *attempt = relayAttempt(result);
    if (attempt) {
        for (const RelayTrial &trial : attempt->relayTrials) {
            if (!trial.answered())
                continue; // the session ended before this form was tried
            const QJsonObject entry{
                {u"form"_s, Model::key(trial.form)},
                {u"label"_s, Model::label(trial.form)},
                {u"mailFrom"_s, trial.mailFrom},
                {u"rcptTo"_s, trial.rcptTo},
                {u"mailReply"_s, replyAt(*attempt, trial.mailReplyIndex)},
                {u"reply"_s, replyAt(*attempt, trial.decidingReplyIndex())},
            };
            (trial.accepted ? accepted : refused).append(entry);
        }
    }
    return {
        {u"open"_s, result.verdict.outcome == Verdict::Outcome::OpenRelay},
        {u"checked"_s, result.verdict.outcome == Verdict::Outcome::OpenRelay
                           || result.verdict.outcome == Verdict::Outcome::RelayRefused},
        {u"attemptIndex"_s, attempt ? int(attempt - result.attempts.constData()) : -1},
        {u"server"_s, attempt ? attempt->route.name() : QString()},
        {u"accepted"_s, accepted},
        {u"refused"_s, refused},
    };
}

void readInto(const QJsonObject &json, TestResult &result)
{
    const int index = json.value(u"attemptIndex").toInt(-1);
    if (index < 0 || index >= result.attempts.size())
        return;
    Attempt &attempt = result.attempts[index];
    attempt.relayTrials.clear();
    for (const QString &list : {u"accepted"_s, u"refused"_s}) {
        for (const QJsonValue &value : json.value(list).toArray()) {
            const QJsonObject entry = value.toObject();
            RelayTrial trial;
            trial.form = Model::fromKey<RelayTrial::Form>(entry.value(u"form").toString()).value_or(trial.form);
            trial.mailFrom = entry.value(u"mailFrom").toString();
            trial.rcptTo = entry.value(u"rcptTo").toString();
            trial.mailReplyIndex = entry.value(u"mailReply").toObject().value(u"index").toInt(-1);
            const int reply = entry.value(u"reply").toObject().value(u"index").toInt(-1);
            trial.rcptReplyIndex = reply != trial.mailReplyIndex ? reply : -1;
            trial.accepted = list == u"accepted"_s;
            attempt.relayTrials.append(trial);
        }
    }
    // The order they were tried in: by the replies they got.
    std::sort(attempt.relayTrials.begin(), attempt.relayTrials.end(),
              [](const RelayTrial &a, const RelayTrial &b) { return a.mailReplyIndex < b.mailReplyIndex; });
}

} // namespace RelayJson
