// What people, MTAs and client libraries put around a server's reply when it is pasted
// or reported; BounceParser reads the reply inside.
#include "diagnosis/ReplyDecorations.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::MultilineOption);
}

} // namespace

QString ReplyDecorations::strip(QString text, QString *remoteMta)
{
    // Only the MTA's own "host X[ip] said:" (or "host X [ip]:", "... refused to talk to me",
    // Exim's "host X [ip]" on a line of its own) is decoration; a server's words about the
    // client's host ("550 host a.example [ip] from unknown TLD") are its reason and stay.
    static const QRegularExpression hostDecoration =
        ci(u"host\\s+([A-Za-z0-9._-]+)\\.?\\s*\\[[^\\]]*\\](?:\\s*said\\s*:?|\\s*:|(?=\\s*refused to talk to me|[ \\t]*(?:\\r?\\n|$)|\\s*SMTP error))"_s);
    static const QRegularExpression talking = ci(u"while talking to\\s+([A-Za-z0-9._-]+?)\\.?\\s*:"_s);
    static const QRegularExpression inReply = ci(u"\\(\\s*in reply to[^)]*\\)"_s);
    static const QRegularExpression eximAfter =
        ci(u"SMTP error from remote (?:mail server|mailer)\\s+after\\s+[^<:\\n]*(?::\\s*<[^>]*>)?[^:\\n]*:"_s);
    static const QRegularExpression returned = ci(u"Remote server returned\\s*'([^']*)'"_s);
    static const QRegularExpression prefixes =
        ci(u"^\\s*(?:Diagnostic-Code:\\s*)?(?:smtp|x-postfix|x-local|x-unix|X-Exchange)\\s*;\\s*|^\\s*<<<\\s*|^\\s*Reported error:\\s*|^\\s*#(?=\\d)"_s);
    static const QRegularExpression exchangeTail = ci(u"\\s*##.*$"_s);
    // Client libraries name the code they wanted before the one they got (Swift Mailer,
    // Symfony Mailer: 'Expected response code "250" but got code "554", with message "554
    // 5.7.1 ..."'); the wanted one is no reply.
    static const QRegularExpression expected =
        ci(u"Expected response code\\s+\"?[\\d/ ,or]+\"?\\s+but got (?:code\\s+)?\"?(\\d{3})\"?,?\\s*with message\\s*\"?"_s);
    // Python's smtplib and aiosmtplib: SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: ...').
    static const QRegularExpression pythonTuple(u"\\(([2-5]\\d\\d),\\s*b?(['\"])(.*?)\\2\\)"_s);
    static const QRegularExpression phpMailer = ci(
        u"SMTP server error:\\s*(.*?)\\s*Detail:\\s*(.*?)\\s*SMTP code:\\s*([2-5]\\d\\d)(?:\\s*Additional SMTP info:\\s*([245]\\.\\d{1,3}\\.\\d{1,3}))?\\s*$"_s);
    // Error objects printed as fields: code = 550, details = "This account is not ...".
    static const QRegularExpression codeField =
        ci(u"\\bcode\\s*[=:]\\s*([2-5]\\d\\d),?\\s*(?:details|message|msg|response|reason)\\s*[=:]\\s*\"?"_s);

    if (const auto m = returned.match(text); m.hasMatch())
        text = m.captured(1);
    if (const auto m = expected.match(text); m.hasMatch()) {
        // The message usually repeats the code; where it does not, the code goes first.
        const QString rest = text.mid(m.capturedEnd(0));
        text = text.left(m.capturedStart(0))
            + (rest.startsWith(m.captured(1)) ? rest : m.captured(1) + u' ' + rest);
    }
    text.replace(pythonTuple, u"\\1 \\3"_s);
    // PHPMailer puts the server's words first and its code last: "SMTP server error: DATA
    // END command failed Detail: Message would ... SMTP code: 552 Additional SMTP info: 5.3.4".
    if (const auto m = phpMailer.match(text); m.hasMatch())
        text = text.left(m.capturedStart(0)) + u'\n' + m.captured(3) + u' ' + m.captured(4) + u' ' + m.captured(2) + u" ("_s
            + m.captured(1).trimmed() + u')';
    text.replace(codeField, u"\\1 "_s);
    if (remoteMta && remoteMta->isEmpty()) {
        if (const auto m = hostDecoration.match(text); m.hasMatch())
            *remoteMta = m.captured(1);
        else if (const auto t = talking.match(text); t.hasMatch())
            *remoteMta = t.captured(1);
    }
    text.replace(inReply, QString());
    text.replace(eximAfter, QString());
    text.replace(hostDecoration, QString());
    text.replace(prefixes, QString());
    text.replace(exchangeTail, QString());
    return text;
}
