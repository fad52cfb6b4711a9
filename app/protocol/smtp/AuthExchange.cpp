#include "protocol/smtp/AuthExchange.h"

#include "protocol/smtp/CommandBuilder.h"

#include <QMessageAuthenticationCode>

using Model::Problem;
using Auth = TestPlan::Auth;
using namespace Qt::StringLiterals;

namespace {

// RFC 5801 §4 (saslname): "," and "=" in the authorisation identity are escaped.
QByteArray saslName(const QString &user)
{
    QByteArray name = user.toUtf8();
    name.replace("=", "=3D").replace(",", "=2C");
    return name;
}

} // namespace

AuthExchange::AuthExchange(const TestPlan &plan)
    : m_plan(plan)
{
}

QString AuthExchange::mechanismName(TestPlan::Auth auth)
{
    switch (auth) {
    case Auth::Login: return u"LOGIN"_s;
    case Auth::CramMd5: return u"CRAM-MD5"_s;
    case Auth::XOAuth2: return u"XOAUTH2"_s;
    case Auth::OAuthBearer: return u"OAUTHBEARER"_s;
    case Auth::None:
    case Auth::Plain:
    case Auth::Auto: break;
    }
    return u"PLAIN"_s;
}

QByteArray AuthExchange::xoauth2Response(const QString &user, const QString &token)
{
    // Google's and Microsoft's format: "user=" U ^A "auth=Bearer " T ^A ^A.
    return QByteArray("user=" + user.toUtf8() + "\x01" "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

QByteArray AuthExchange::oauthBearerResponse(const QString &user, const QString &token)
{
    // RFC 7628 §3.1: a GS2 header without channel binding, then key=value pairs.
    return QByteArray("n,a=" + saslName(user) + ",\x01" "auth=Bearer " + token.toUtf8() + "\x01\x01").toBase64();
}

QByteArray AuthExchange::cramMd5Response(const QString &user, const QString &password, const QByteArray &challenge)
{
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    return QByteArray(user.toUtf8() + ' ' + digest).toBase64();
}

std::optional<AuthExchange::Refusal> AuthExchange::begin(const Capabilities &caps, bool encrypted)
{
    // Automatic: PLAIN sends the credentials in one step, so it comes first; LOGIN is
    // what older servers (and Exchange) may offer alone, CRAM-MD5 what the oldest do.
    m_mechanism = m_plan.auth;
    if (m_plan.auth == Auth::Auto) {
        m_mechanism = Auth::Plain;
        if (!caps.supportsAuth(u"PLAIN"_s) && caps.supportsAuth(u"LOGIN"_s))
            m_mechanism = Auth::Login;
        else if (!caps.supportsAuth(u"PLAIN"_s) && caps.supportsAuth(u"CRAM-MD5"_s))
            m_mechanism = Auth::CramMd5;
    }
    if (caps.authMechanisms.isEmpty()) {
        return Refusal{Problem::AuthNotOffered,
                       encrypted ? tr("The server does not offer sign-in (no AUTH in its EHLO reply)")
                                 : tr("The server does not offer sign-in on this unencrypted connection")};
    }
    if (!caps.supportsAuth(mechanism())) {
        return Refusal{Problem::AuthMechanismNotSupported, tr("The server does not offer AUTH %1; it offers %2")
                                                               .arg(mechanism(), caps.authMechanisms.join(u' '))};
    }
    if (!encrypted && !m_plan.allowPlaintextAuth) {
        return Refusal{Problem::PlaintextAuthRefused,
                       TestPlan::usesToken(m_mechanism) ? tr("Not sending the access token over an unencrypted connection")
                                                        : tr("Not sending the password over an unencrypted connection")};
    }
    return std::nullopt;
}

AuthExchange::Line AuthExchange::first()
{
    m_challenges = 0;
    switch (m_mechanism) {
    case Auth::XOAuth2:
        return {"AUTH XOAUTH2 " + xoauth2Response(m_plan.user, m_plan.token),
                tr("AUTH XOAUTH2 [user name \"%1\" and access token hidden]").arg(m_plan.user), {}};
    case Auth::OAuthBearer:
        return {"AUTH OAUTHBEARER " + oauthBearerResponse(m_plan.user, m_plan.token),
                tr("AUTH OAUTHBEARER [user name \"%1\" and access token hidden]").arg(m_plan.user), {}};
    case Auth::Login: return {"AUTH LOGIN", {}, {}};
    case Auth::CramMd5: return {"AUTH CRAM-MD5", {}, {}};
    case Auth::None:
    case Auth::Plain:
    case Auth::Auto: break;
    }
    return {"AUTH PLAIN " + CommandBuilder::authPlainResponse(m_plan.user, m_plan.password),
            tr("AUTH PLAIN [user name and password hidden]"), {}};
}

std::optional<AuthExchange::Line> AuthExchange::tokenErrorResponse(const SmtpReply &challenge) const
{
    // RFC 7628 §3.2.3: after an error challenge the client sends a dummy response, a
    // single ^A, and the server ends with its failure reply. XOAUTH2 wants an empty line.
    std::optional<OAuthErrorChallenge> error = OAuthErrorChallenge::decode(challenge.lines.value(0));
    if (m_mechanism == Auth::OAuthBearer)
        return Line{QByteArray("\x01").toBase64(), tr("AQ== [^A: ends the refused sign-in, as RFC 7628 asks]"), error};
    return Line{QByteArray(), tr("[empty line: ends the refused sign-in]"), error};
}

std::optional<AuthExchange::Line> AuthExchange::next(const SmtpReply &challenge)
{
    const int index = m_challenges++;
    switch (m_mechanism) {
    case Auth::XOAuth2:
    case Auth::OAuthBearer:
        // The token went with AUTH: a 334 now can only be the error document, once.
        if (index == 0)
            return tokenErrorResponse(challenge);
        return std::nullopt;
    case Auth::CramMd5: {
        if (index != 0)
            return std::nullopt;
        const auto decoded = QByteArray::fromBase64Encoding(challenge.lines.value(0).trimmed().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return std::nullopt;
        return Line{cramMd5Response(m_plan.user, m_plan.password, *decoded),
                    tr("[user name \"%1\" and the password's HMAC-MD5 digest of the challenge, hidden]").arg(m_plan.user), {}};
    }
    case Auth::Login: {
        const QByteArray user = m_plan.user.toUtf8().toBase64();
        switch (index) {
        case 0: return Line{user, tr("%1 [user name \"%2\" in base64]").arg(QString::fromLatin1(user), m_plan.user), {}};
        case 1: return Line{m_plan.password.toUtf8().toBase64(), tr("[password hidden]"), {}};
        default: return std::nullopt;
        }
    }
    case Auth::None:
    case Auth::Plain:
    case Auth::Auto: break;
    }
    // PLAIN: a server that wants the credentials after an empty challenge gets them once.
    if (index == 0)
        return Line{CommandBuilder::authPlainResponse(m_plan.user, m_plan.password), tr("[user name and password hidden]"), {}};
    return std::nullopt;
}

AuthExchange::Refusal AuthExchange::overAsked() const
{
    return {Problem::MalformedReply, tr("The server asked for more sign-in data than AUTH %1 has").arg(mechanism())};
}
