#include "protocol/smtp/RelayForms.h"

#include "plan/DomainName.h"

using namespace Qt::StringLiterals;
using Form = RelayTrial::Form;

namespace RelayForms {

QString serverName(const TestPlan &plan)
{
    if (!plan.domain.isEmpty())
        return plan.domain;
    if (const auto address = DomainName::parseIpAddress(plan.host))
        return DomainName::addressLiteral(*address);
    return plan.host;
}

QList<RelayTrial> trials(const QString &serverName)
{
    const QString sender = QString::fromUtf16(outsideSender);
    const QString recipient = QString::fromUtf16(outsideRecipient);
    const bool named = !serverName.startsWith(u'[');
    auto make = [&](Form form, const QString &from, const QString &to) {
        RelayTrial trial;
        trial.form = form;
        trial.mailFrom = from;
        trial.rcptTo = to;
        return trial;
    };
    QList<RelayTrial> out;
    out << make(Form::Plain, sender, recipient) << make(Form::NullSender, QString(), recipient);
    // Servers that relay for "their own" senders are open to anyone who forges one.
    if (named && !serverName.isEmpty())
        out << make(Form::LocalSender, u"relaytest@"_s + serverName, recipient);
    // The old routing syntaxes: a server that rewrites them into the outside address
    // after its relay check has passed relays for anyone (RFC 5321 §3.6.1, appendix C).
    out << make(Form::PercentHack, sender, u"relaytest%example.net@"_s + serverName)
        << make(Form::Quoted, sender, u"\"relaytest@example.net\""_s)
        << make(Form::SourceRoute, sender, u"@"_s + serverName + u":relaytest@example.net"_s)
        << make(Form::BangPath, sender, u"example.net!relaytest"_s);
    return out;
}

QByteArray mailCommand(const RelayTrial &trial)
{
    return "MAIL FROM:<" + trial.mailFrom.toUtf8() + '>';
}

QByteArray rcptCommand(const RelayTrial &trial)
{
    return "RCPT TO:<" + trial.rcptTo.toUtf8() + '>';
}

} // namespace RelayForms
