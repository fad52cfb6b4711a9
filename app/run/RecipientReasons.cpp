#include "run/RecipientReasons.h"

namespace {

const Explanation *explanationOf(const Attempt &attempt, const RecipientResult &r)
{
    if (r.replyIndex >= 0 && r.replyIndex < attempt.replies.size()) {
        const Explanation &e = attempt.replies.at(r.replyIndex).explanation;
        if (e.isValid())
            return &e;
    }
    return nullptr;
}

} // namespace

QList<RecipientReasons::Row> RecipientReasons::rows(const Attempt &attempt)
{
    QList<Row> rows;
    for (const RecipientResult &r : attempt.recipients) {
        Row row;
        row.address = r.address;
        row.replyIndex = r.replyIndex;
        const Explanation *e = explanationOf(attempt, r);
        if (!r.reply) {
            row.outcome = Row::Outcome::NotAsked;
            row.outcomeText = tr("Not asked");
            row.reason = tr("The conversation ended before this recipient was asked for.");
        } else if (r.accepted()) {
            row.outcome = Row::Outcome::Accepted;
            row.outcomeText = tr("Accepted");
            row.reason = e ? e->title : tr("The server will take mail for this address.");
        } else {
            const bool permanent = r.reply->isPermanent();
            row.outcome = permanent ? Row::Outcome::Refused : Row::Outcome::Deferred;
            row.outcomeText = permanent ? tr("Refused") : tr("Try again later");
            row.reason = e ? e->title : r.reply->lines.value(0);
            if (e && !e->nextSteps.isEmpty())
                row.nextStep = e->nextSteps.first();
        }
        rows.append(row);
    }
    return rows;
}

QList<RecipientReasons::Row> RecipientReasons::rowsOf(const TestResult &result)
{
    const int index = result.verdict.attemptIndex;
    const Attempt *attempt = index >= 0 && index < result.attempts.size() ? &result.attempts.at(index)
                             : result.attempts.isEmpty()                  ? nullptr
                                                                          : &result.attempts.constLast();
    QList<Row> list = attempt ? rows(*attempt) : QList<Row>();
    // Nobody is left out: a recipient never reached is listed as not asked.
    for (const QString &address : result.plan.rcptTo) {
        if (std::none_of(list.cbegin(), list.cend(), [&address](const Row &r) { return r.address == address; })) {
            Row row;
            row.address = address;
            row.outcomeText = tr("Not asked");
            row.reason = tr("The test ended before this recipient was asked for.");
            list.append(row);
        }
    }
    return list;
}

QList<RecipientReasons::Group> RecipientReasons::groups(const Attempt &attempt, bool permanent, int decidingReply)
{
    QList<Group> groups;
    int decidingGroup = -1;
    for (const RecipientResult &r : attempt.recipients) {
        if (!r.reply || r.accepted() || r.reply->isPermanent() != permanent)
            continue;
        const Explanation *e = explanationOf(attempt, r);
        const Model::Category category = e ? e->category : Model::Category::Other;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [category](const Group &g) { return g.category == category; });
        if (it == groups.end()) {
            Group g;
            g.category = category;
            g.clause = Model::categoryClause(category);
            if (e && !e->nextSteps.isEmpty())
                g.firstStep = e->nextSteps.first();
            groups.append(g);
            it = groups.end() - 1;
        }
        it->addresses << r.address;
        if (r.replyIndex == decidingReply && decidingReply >= 0)
            decidingGroup = int(it - groups.begin());
    }
    if (decidingGroup > 0)
        groups.move(decidingGroup, 0);
    return groups;
}
