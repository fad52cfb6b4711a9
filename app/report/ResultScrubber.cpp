#include "report/ResultScrubber.h"

#include "protocol/smtp/AuthExchange.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString masked = u"********"_s;

/// Applies edit to every piece of free text a result carries (not to keys or numbers).
void forEachText(TestResult &result, const std::function<void(QString &)> &edit)
{
    TestPlan &plan = result.plan;
    edit(plan.user);
    edit(plan.mailFrom);
    for (QString &rcpt : plan.rcptTo)
        edit(rcpt);
    edit(plan.ehloName);
    edit(plan.caFile); // a path may name the machine or the user
    edit(plan.envid);
    edit(plan.subject);
    edit(plan.body);
    for (auto &header : plan.headers)
        edit(header.second);

    // Stored explanations may quote what they explain (a problem's details).
    const auto editExplanation = [&edit](Explanation &explanation) {
        edit(explanation.title);
        edit(explanation.meaning);
        for (QString &cause : explanation.causes)
            edit(cause);
        for (QString &step : explanation.nextSteps)
            edit(step);
    };
    edit(result.machineName);
    edit(result.dns.errorText);
    editExplanation(result.dns.explanation);
    for (TranscriptEntry &entry : result.events)
        edit(entry.text);

    for (Attempt &attempt : result.attempts) {
        for (TranscriptEntry &entry : attempt.transcript)
            edit(entry.text);
        for (ReplyRecord &record : attempt.replies) {
            for (QString &line : record.reply.lines)
                edit(line);
            editExplanation(record.explanation);
        }
        if (attempt.finalReply) {
            for (QString &line : attempt.finalReply->lines)
                edit(line);
        }
        edit(attempt.errorText);
        for (RecipientResult &recipient : attempt.recipients) {
            edit(recipient.address);
            if (recipient.reply) {
                for (QString &line : recipient.reply->lines)
                    edit(line);
            }
        }
        for (Finding &finding : attempt.findings) {
            edit(finding.detail);
            editExplanation(finding.explanation);
        }
    }

    edit(result.verdict.summary);
    for (QString &step : result.verdict.nextSteps)
        edit(step);

    if (result.health) {
        // DNS records quote addresses (rua=mailto:...), the words quote the records.
        const auto editFinding = [&edit](HealthFinding &finding) {
            edit(finding.record);
            for (HealthIssue &issue : finding.problems) {
                edit(issue.detail);
                edit(issue.text);
            }
            edit(finding.explanation);
            for (auto &detail : finding.details)
                edit(detail.second);
        };
        DomainHealth &health = *result.health;
        for (HealthFinding *finding : {&health.spf, &health.dmarc, &health.mtaSts, &health.tlsRpt, &health.dane})
            editFinding(*finding);
        for (AddressHealth &address : health.addresses) {
            edit(address.greetingName);
            editFinding(address.fcrdns);
            editFinding(address.bannerMatchesPtr);
        }
    }
}

QString base64(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toBase64());
}

} // namespace

QStringList ResultScrubber::secretForms(const TestResult &result)
{
    const QString &password = result.plan.password;
    const QString &token = result.plan.token;
    const QString &user = result.plan.user;
    QStringList forms;
    if (!password.isEmpty()) {
        // The forms a password takes on the wire: AUTH PLAIN's "\0user\0password" (with and
        // without an authorisation identity) and AUTH LOGIN's base64(password).
        forms << base64(QChar(0) + user + QChar(0) + password) << base64(user + QChar(0) + user + QChar(0) + password)
              << base64(password);
        // CRAM-MD5 sends a digest of the password and the server's challenge: not the
        // password, but enough to guess it offline, so it is a secret too.
        for (const Attempt &attempt : result.attempts) {
            for (const ReplyRecord &record : attempt.replies) {
                if (record.stage != Model::Stage::Auth || record.reply.code != 334)
                    continue;
                const auto challenge = QByteArray::fromBase64Encoding(record.reply.lines.value(0).trimmed().toLatin1(),
                                                                      QByteArray::AbortOnBase64DecodingErrors);
                if (!challenge || challenge.decoded.isEmpty())
                    continue;
                const QByteArray response = AuthExchange::cramMd5Response(user, password, challenge.decoded);
                forms << QString::fromLatin1(response)
                      << QString::fromLatin1(QByteArray::fromBase64(response).mid(user.toUtf8().size() + 1));
            }
        }
        // A very short password would match ordinary words; the engine masks secrets in the
        // transcript anyway, this is the second line of defence.
        if (password.size() >= 4)
            forms << password;
    }
    if (!token.isEmpty()) {
        // XOAUTH2's and OAUTHBEARER's base64 SASL messages, and the token alone.
        forms << QString::fromLatin1(AuthExchange::xoauth2Response(user, token))
              << QString::fromLatin1(AuthExchange::oauthBearerResponse(user, token)) << base64(token);
        if (token.size() >= 4)
            forms << token;
    }
    return forms;
}

TestResult ResultScrubber::withoutSecrets(const TestResult &result)
{
    const QStringList forms = secretForms(result);
    TestResult copy = result;
    copy.plan.password.clear();
    copy.plan.token.clear();
    if (forms.isEmpty())
        return copy;
    forEachText(copy, [&forms](QString &text) {
        for (const QString &form : std::as_const(forms)) {
            if (!form.isEmpty())
                text.replace(form, masked);
        }
    });
    return copy;
}

QString ResultScrubber::anonymousHostName()
{
    return u"client.invalid"_s;
}

QString ResultScrubber::anonymiseAddresses(const QString &text, QHash<QString, QString> &localParts)
{
    // A local part (dot-atom or quoted, RFC 5321 §4.1.2, Unicode allowed for SMTPUTF8)
    // followed by "@" and a domain.
    static const QRegularExpression address(
        uR"((?<![\w.!#$%&'*+/=?^`{|}~-])("[^"\r\n]*"|[\w.!#$%&'*+/=?^`{|}~-]+)@(?=[\w\[]))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype last = 0;
    auto it = address.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString local = match.captured(1);
        const QString key = local.toCaseFolded();
        QString replacement = localParts.value(key);
        if (replacement.isEmpty()) {
            replacement = u"user"_s + QString::number(localParts.size() + 1);
            localParts.insert(key, replacement);
        }
        out += QStringView(text).mid(last, match.capturedStart(1) - last);
        out += replacement;
        last = match.capturedEnd(1);
    }
    out += QStringView(text).mid(last);
    return out;
}

TestResult ResultScrubber::anonymised(const TestResult &result)
{
    TestResult copy = withoutSecrets(result);

    QStringList hostNames;
    for (const QString &name : {copy.plan.ehloName, copy.machineName}) {
        if (!name.isEmpty() && !hostNames.contains(name, Qt::CaseInsensitive))
            hostNames << name;
    }
    // Longest first, so "pc7.corp.example" goes before "pc7".
    std::sort(hostNames.begin(), hostNames.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QList<QRegularExpression> hostPatterns;
    for (const QString &name : std::as_const(hostNames)) {
        hostPatterns << QRegularExpression(
            uR"((?<![\w.-]))"_s + QRegularExpression::escape(name) + uR"((?![\w-]|\.\w))"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }

    // A sign-in name that is not an address, and its base64 form as AUTH LOGIN sends it.
    const QString user = copy.plan.user;
    const bool plainUser = !user.isEmpty() && !user.contains(u'@');
    const QString userBase64 = base64(user);
    const QRegularExpression userPattern(uR"((?<![\w.@-]))"_s + QRegularExpression::escape(user)
                                             + uR"((?![\w@-]))"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);

    QHash<QString, QString> localParts;
    forEachText(copy, [&](QString &text) {
        if (text.isEmpty())
            return;
        if (!user.isEmpty())
            text.replace(userBase64, base64(plainUser ? u"user"_s : anonymiseAddresses(user, localParts)));
        text = anonymiseAddresses(text, localParts);
        for (const QRegularExpression &pattern : std::as_const(hostPatterns))
            text.replace(pattern, anonymousHostName());
        if (plainUser)
            text.replace(userPattern, u"user"_s);
    });
    return copy;
}
