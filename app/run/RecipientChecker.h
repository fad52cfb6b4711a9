#pragma once

#include "model/Attempt.h"
#include "model/BatchRow.h"
#include "model/Route.h"
#include "model/TestPlan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

class SmtpSession;

/// One connection of a batch check: an SmtpSession in the recipient check's mode
/// (RecipientProbe: EHLO, MAIL FROM, RCPT TO for each recipient, RSET between
/// transactions, QUIT, never DATA) to one address of one mail exchanger, and what its
/// attempt says about each recipient. The reading is a pure function of the attempt.
class RecipientChecker : public QObject
{
    Q_OBJECT
public:
    /// What one connection found out, recipient by recipient.
    struct Reading
    {
        /// One per recipient, in the plan's order; none where the recipient was not asked.
        QList<std::optional<BatchRow>> rows;
        /// Why the rest was not asked, as a row to give them if nobody asks again: the
        /// reply or the problem that ended the conversation.
        BatchRow failure;
        /// The conversation ended in order with recipients left (the refusal budget), or
        /// broke after some answers: a new connection may ask the rest.
        bool askAgain = false;
        /// Nothing was answered at all (no connection, no greeting): the exchanger's next
        /// address may do better.
        bool unreachable = false;
        /// The conversation ended in order (QUIT) with recipients left: the refusal budget
        /// was spent, nothing went wrong, so asking again costs the rest no try.
        bool orderly = false;
    };

    /// plan: the batch's plan; its recipients and mode are set here. clock: the batch's.
    RecipientChecker(const TestPlan &plan, const QStringList &recipients, const Route &route,
                     const QElapsedTimer &clock, QObject *parent = nullptr);
    ~RecipientChecker() override;

    void start();
    void cancel();
    const Reading &reading() const { return m_reading; }

    /// Reads an explained attempt of the recipient check (RunExplainer has explained it).
    static Reading read(const Attempt &attempt);

Q_SIGNALS:
    void finished();

private:
    void handleFinished();

    TestPlan m_plan;
    Route m_route;
    const QElapsedTimer &m_clock;
    QPointer<SmtpSession> m_session;
    Reading m_reading;
};
