#pragma once

#include "model/Explanation.h"
#include "model/TestResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Who was refused and why, per recipient of one attempt: the verdict names each way a
/// recipient was refused with its own reason and step, and the Summary lists them all.
class RecipientReasons
{
    Q_DECLARE_TR_FUNCTIONS(RecipientReasons)
public:
    /// One recipient's outcome, in plain words.
    struct Row
    {
        QString address;
        enum class Outcome { Accepted, Refused, Deferred, NotAsked } outcome = Outcome::NotAsked;
        QString outcomeText; // "Accepted", "Refused", "Try again later", "Not asked"
        QString reason;      // the explanation's title, or why it was not asked
        QString nextStep;    // the first step of the reply's explanation, empty when accepted
        int replyIndex = -1;
    };

    /// Recipients refused the same way (same permanence and category), in the order met.
    struct Group
    {
        Model::Category category = Model::Category::Other;
        QString clause;        // "the mailbox does not exist"
        QString firstStep;     // the explanation's first next step
        QStringList addresses;
    };

    static QList<Row> rows(const Attempt &attempt);
    /// Every recipient of the plan, from the attempt that decided the verdict (or the
    /// last one); recipients the conversation never reached are "Not asked".
    static QList<Row> rowsOf(const TestResult &result);
    /// Refused (permanent) or deferred (temporary) recipients of attempt, grouped by
    /// reason; the group holding the reply at decidingReply comes first.
    static QList<Group> groups(const Attempt &attempt, bool permanent, int decidingReply);
};
