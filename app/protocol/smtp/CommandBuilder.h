#pragma once

#include "model/TestPlan.h"
#include "model/Capabilities.h"

#include <QByteArray>
#include <QString>

/// Pure functions that format SMTP commands from a validated plan and the server's
/// capabilities: parameters go out only when the server advertised their extension.
namespace CommandBuilder {

struct MailOptions
{
    qint64 size = -1;      // message size for SIZE=, -1 when not sending a message
    bool eightBit = false; // BODY=8BITMIME
    bool smtpUtf8 = false; // SMTPUTF8
};

QByteArray ehlo(const QString &name);
QByteArray helo(const QString &name);
QByteArray mailFrom(const TestPlan &plan, const Capabilities &caps, const MailOptions &options);
QByteArray rcptTo(const TestPlan &plan, const Capabilities &caps, const QString &recipient);
/// "NOTIFY=SUCCESS,FAILURE" or empty.
QByteArray notifyParameter(TestPlan::Notify notify);

/// AUTH PLAIN initial response (RFC 4616): base64("\0" user "\0" password).
QByteArray authPlainResponse(const QString &user, const QString &password);

} // namespace CommandBuilder
