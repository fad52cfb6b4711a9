#pragma once

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/// The JSON a server sends in its 334 challenge when it refuses an OAuth 2.0 token
/// (RFC 7628 §3.2.2; Gmail and Microsoft 365 send the same for XOAUTH2), decoded from
/// base64 so the transcript can show it in words: {"status":"401","schemes":"bearer",
/// "scope":"https://mail.google.com/"}.
class OAuthErrorChallenge
{
    Q_DECLARE_TR_FUNCTIONS(OAuthErrorChallenge)
public:
    QString json;    // the decoded document as the server sent it
    QString status;  // "401", "invalid_token", "insufficient_scope", "400", ...
    QString schemes; // "bearer"
    QString scope;   // the scope the server wants, when it says
    QString openidConfiguration; // where a client would discover the provider

    /// Nothing when the text is not base64 of a JSON object with a "status".
    static std::optional<OAuthErrorChallenge> decode(const QString &base64Text);

    /// What the status is about: a token the server does not take (invalid, expired,
    /// for another user) or one without the permission to send mail (scope).
    Model::Problem problem() const;
    /// "status 401, schemes bearer, scope https://mail.google.com/" for the transcript,
    /// made safe (SafeText::visible): the values are the server's.
    QString summary() const;
};
