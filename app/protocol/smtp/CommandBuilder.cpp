#include "protocol/smtp/CommandBuilder.h"

#include "protocol/smtp/Xtext.h"

namespace CommandBuilder {

namespace {
QByteArray path(const QString &address)
{
    return "<" + address.toUtf8() + ">";
}
} // namespace

QByteArray ehlo(const QString &name) { return "EHLO " + name.toUtf8(); }
QByteArray helo(const QString &name) { return "HELO " + name.toUtf8(); }

QByteArray mailFrom(const TestPlan &plan, const Capabilities &caps, const MailOptions &options)
{
    QByteArray command = "MAIL FROM:" + path(plan.mailFrom);
    if (caps.size && options.size >= 0)
        command += " SIZE=" + QByteArray::number(options.size);
    if (caps.eightBitMime && options.eightBit)
        command += " BODY=8BITMIME";
    if (caps.smtpUtf8 && options.smtpUtf8)
        command += " SMTPUTF8";
    if (caps.dsn) {
        if (plan.ret == TestPlan::Ret::Full)
            command += " RET=FULL";
        else if (plan.ret == TestPlan::Ret::Headers)
            command += " RET=HDRS";
        if (!plan.envid.isEmpty())
            command += " ENVID=" + Xtext::encode(plan.envid);
    }
    return command;
}

QByteArray notifyParameter(TestPlan::Notify notify)
{
    if (notify == TestPlan::NotifyDefault)
        return {};
    if (notify.testFlag(TestPlan::NotifyNever))
        return "NOTIFY=NEVER";
    QByteArrayList parts;
    if (notify.testFlag(TestPlan::NotifySuccess))
        parts.append("SUCCESS");
    if (notify.testFlag(TestPlan::NotifyFailure))
        parts.append("FAILURE");
    if (notify.testFlag(TestPlan::NotifyDelay))
        parts.append("DELAY");
    return "NOTIFY=" + parts.join(',');
}

QByteArray rcptTo(const TestPlan &plan, const Capabilities &caps, const QString &recipient)
{
    QByteArray command = "RCPT TO:" + path(recipient);
    if (caps.dsn) {
        const QByteArray notify = notifyParameter(plan.notify);
        if (!notify.isEmpty())
            command += " " + notify;
        if (plan.orcpt)
            command += " ORCPT=rfc822;" + Xtext::encode(recipient);
    }
    return command;
}

QByteArray authPlainResponse(const QString &user, const QString &password)
{
    QByteArray payload;
    payload.append('\0').append(user.toUtf8()).append('\0').append(password.toUtf8());
    return payload.toBase64();
}

} // namespace CommandBuilder
