#include "protocol/smtp/AuthExchange.h"

#include "protocol/smtp/CommandBuilder.h"

using Model::Problem;

AuthExchange::AuthExchange(const TestPlan &plan)
    : m_plan(plan)
{
}

QString AuthExchange::mechanism() const
{
    return m_mechanism == TestPlan::Auth::Plain ? QStringLiteral("PLAIN") : QStringLiteral("LOGIN");
}

std::optional<AuthExchange::Refusal> AuthExchange::begin(const Capabilities &caps, bool encrypted)
{
    // Automatic: PLAIN sends the credentials in one step, so it comes first; LOGIN is
    // what older servers (and Exchange) may offer alone.
    m_mechanism = m_plan.auth;
    if (m_plan.auth == TestPlan::Auth::Auto)
        m_mechanism = !caps.supportsAuth(QStringLiteral("PLAIN")) && caps.supportsAuth(QStringLiteral("LOGIN"))
                          ? TestPlan::Auth::Login : TestPlan::Auth::Plain;
    if (caps.authMechanisms.isEmpty()) {
        return Refusal{Problem::AuthNotOffered,
                       encrypted ? tr("The server does not offer sign-in (no AUTH in its EHLO reply)")
                                 : tr("The server does not offer sign-in on this unencrypted connection")};
    }
    if (!caps.supportsAuth(mechanism())) {
        return Refusal{Problem::AuthMechanismNotSupported, tr("The server does not offer AUTH %1; it offers %2")
                                                               .arg(mechanism(), caps.authMechanisms.join(u' '))};
    }
    if (!encrypted && !m_plan.allowPlaintextAuth)
        return Refusal{Problem::PlaintextAuthRefused, tr("Not sending the password over an unencrypted connection")};
    return std::nullopt;
}

AuthExchange::Line AuthExchange::first()
{
    m_challenges = 0;
    if (m_mechanism == TestPlan::Auth::Plain) {
        return {"AUTH PLAIN " + CommandBuilder::authPlainResponse(m_plan.user, m_plan.password),
                tr("AUTH PLAIN [user name and password hidden]")};
    }
    return {"AUTH LOGIN", {}};
}

std::optional<AuthExchange::Line> AuthExchange::next()
{
    const int challenge = m_challenges++;
    if (m_mechanism == TestPlan::Auth::Plain) {
        // A server that wants the credentials after an empty challenge gets them once.
        if (challenge == 0)
            return Line{CommandBuilder::authPlainResponse(m_plan.user, m_plan.password),
                        tr("[user name and password hidden]")};
        return std::nullopt;
    }
    const QByteArray user = m_plan.user.toUtf8().toBase64();
    switch (challenge) {
    case 0: return Line{user, tr("%1 [user name \"%2\" in base64]").arg(QString::fromLatin1(user), m_plan.user)};
    case 1: return Line{m_plan.password.toUtf8().toBase64(), tr("[password hidden]")};
    default: return std::nullopt;
    }
}

AuthExchange::Refusal AuthExchange::overAsked() const
{
    return {Problem::MalformedReply, tr("The server asked for more sign-in data than AUTH %1 has").arg(mechanism())};
}
