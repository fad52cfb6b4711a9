#pragma once

#include <QString>

/// The wrappers around a pasted or reported reply: Postfix's "host X[ip] said:" and "(in
/// reply to ... command)", Exim's "SMTP error from remote mail server after ...:", Exchange's
/// "Remote Server returned '...'", "Diagnostic-Code: smtp;", and client libraries' own words
/// (Symfony's "Expected response code", smtplib's tuples, PHPMailer's "SMTP code:").
class ReplyDecorations
{
public:
    /// The text without its wrappers; the remote MTA they name goes to remoteMta when that
    /// is still empty.
    static QString strip(QString text, QString *remoteMta);
};
