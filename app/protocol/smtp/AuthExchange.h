#pragma once

#include "model/Capabilities.h"
#include "model/TestPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/// Signing in with AUTH PLAIN or LOGIN, or the better of them the server offers (RFC 4954, 4616): whether it may start, and each
/// line to send with what the transcript shows instead (the secret never).
class AuthExchange
{
    Q_DECLARE_TR_FUNCTIONS(AuthExchange)
public:
    struct Line
    {
        QByteArray wire;
        QString shownAs; // empty: the wire line may be shown as it is
    };
    struct Refusal
    {
        Model::Problem problem;
        QString text;
    };

    explicit AuthExchange(const TestPlan &plan);

    /// Chooses the mechanism (for Auth::Auto the best the server offers) and says why
    /// signing in cannot start here: no AUTH offered, not this mechanism, or no TLS (a
    /// password is never sent in plain text unless the plan allows it).
    std::optional<Refusal> begin(const Capabilities &caps, bool encrypted);
    /// "AUTH PLAIN <credentials>" or "AUTH LOGIN".
    Line first();
    /// The response to a 334 challenge; a refusal when the mechanism has nothing more.
    std::optional<Line> next();
    Refusal overAsked() const;

private:
    QString mechanism() const;

    const TestPlan &m_plan;
    TestPlan::Auth m_mechanism = TestPlan::Auth::Plain; // what begin() chose
    int m_challenges = 0; // 334 challenges answered so far
};
