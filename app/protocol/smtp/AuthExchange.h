#pragma once

#include "model/Capabilities.h"
#include "model/SmtpReply.h"
#include "model/TestPlan.h"
#include "protocol/smtp/OAuthErrorChallenge.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/// Signing in (RFC 4954): with a password by AUTH PLAIN (RFC 4616), LOGIN or CRAM-MD5
/// (RFC 2195), or the best of them the server offers, or with an OAuth 2.0 bearer token
/// by AUTH XOAUTH2 or OAUTHBEARER (RFC 7628). Says whether it may start, and gives each
/// line to send with what the transcript shows instead (the secret never).
class AuthExchange
{
    Q_DECLARE_TR_FUNCTIONS(AuthExchange)
public:
    struct Line
    {
        QByteArray wire;
        QString shownAs; // empty: the wire line may be shown as it is
        /// The server's 334 was an OAuth error document; this line ends the exchange.
        std::optional<OAuthErrorChallenge> tokenError;
    };
    struct Refusal
    {
        Model::Problem problem;
        QString text;
    };

    explicit AuthExchange(const TestPlan &plan);

    /// Chooses the mechanism (for Auth::Auto the best the server offers) and says why
    /// signing in cannot start here: no AUTH offered, not this mechanism, or no TLS (a
    /// password or token is never sent in plain text unless the plan allows it).
    std::optional<Refusal> begin(const Capabilities &caps, bool encrypted);
    /// "AUTH PLAIN <credentials>", "AUTH LOGIN", "AUTH CRAM-MD5", "AUTH XOAUTH2 <b64>", ...
    Line first();
    /// The response to a 334 challenge; nothing when the mechanism has nothing more.
    std::optional<Line> next(const SmtpReply &challenge);
    Refusal overAsked() const;

    /// The initial responses, as pure functions for the tests and for ResultScrubber's
    /// list of the forms a secret takes (base64 of the SASL message).
    static QByteArray xoauth2Response(const QString &user, const QString &token);
    static QByteArray oauthBearerResponse(const QString &user, const QString &token);
    /// base64("user " + lowercase hex HMAC-MD5(password, challenge)), RFC 2195 §2.
    static QByteArray cramMd5Response(const QString &user, const QString &password, const QByteArray &challenge);
    /// The SASL name of a mechanism ("PLAIN", "XOAUTH2").
    static QString mechanismName(TestPlan::Auth auth);

private:
    QString mechanism() const { return mechanismName(m_mechanism); }
    std::optional<Line> tokenErrorResponse(const SmtpReply &challenge) const;

    const TestPlan &m_plan;
    TestPlan::Auth m_mechanism = TestPlan::Auth::Plain; // what begin() chose
    int m_challenges = 0; // 334 challenges answered so far
};
