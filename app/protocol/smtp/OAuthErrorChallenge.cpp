#include "protocol/smtp/OAuthErrorChallenge.h"

#include "model/SafeText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

// Status values arrive as strings ("401"), now and then as numbers.
QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

std::optional<OAuthErrorChallenge> OAuthErrorChallenge::decode(const QString &base64Text)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64Text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    OAuthErrorChallenge challenge;
    challenge.status = text(object.value(u"status"_s));
    if (challenge.status.isEmpty())
        return std::nullopt;
    challenge.json = QString::fromUtf8(*decoded);
    challenge.schemes = text(object.value(u"schemes"_s));
    challenge.scope = text(object.value(u"scope"_s));
    challenge.openidConfiguration = text(object.value(u"openid-configuration"_s));
    return challenge;
}

Model::Problem OAuthErrorChallenge::problem() const
{
    // RFC 7628 §3.2.2 borrows RFC 6750 §3.1's codes; XOAUTH2 servers send the HTTP status.
    const QString s = status.trimmed().toLower();
    if (s == u"403"_s || s == u"insufficient_scope"_s)
        return Model::Problem::TokenScopeInsufficient;
    return Model::Problem::TokenRejected;
}

QString OAuthErrorChallenge::summary() const
{
    QStringList parts{tr("status %1").arg(status)};
    if (!schemes.isEmpty())
        parts << tr("schemes %1").arg(schemes);
    if (!scope.isEmpty())
        parts << tr("scope %1").arg(scope);
    // The values are the server's: shown as they are, but never as terminal controls.
    return SafeText::visible(parts.join(u", "_s));
}
