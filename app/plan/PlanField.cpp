#include "plan/PlanField.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Plan {

QString fieldOption(Field field)
{
    switch (field) {
    case Field::Destination: return u"domain"_s;
    case Field::Port: return u"port"_s;
    case Field::Security: return u"security"_s;
    case Field::EhloName: return u"ehlo"_s;
    case Field::CaFile: return u"ca-file"_s;
    case Field::User: return u"user"_s;
    case Field::Password: return u"password-stdin"_s;
    case Field::Token: return u"token-stdin"_s;
    case Field::MailFrom: return u"from"_s;
    case Field::RcptTo: return u"to"_s;
    case Field::Notify: return u"notify"_s;
    case Field::Envid: return u"envid"_s;
    case Field::Subject: return u"subject"_s;
    case Field::Body: return u"body"_s;
    case Field::Headers: return u"header"_s;
    case Field::StopAfter: return u"quit-after"_s;
    case Field::Timeouts: return u"timeout"_s;
    case Field::DnsServer: return u"dns-server"_s;
    }
    return {};
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Destination: return QCoreApplication::translate("Plan::Field", "Destination");
    case Field::Port: return QCoreApplication::translate("Plan::Field", "Port");
    case Field::Security: return QCoreApplication::translate("Plan::Field", "Security");
    case Field::EhloName: return QCoreApplication::translate("Plan::Field", "EHLO name");
    case Field::CaFile: return QCoreApplication::translate("Plan::Field", "CA certificate file");
    case Field::User: return QCoreApplication::translate("Plan::Field", "User name");
    case Field::Password: return QCoreApplication::translate("Plan::Field", "Password");
    case Field::Token: return QCoreApplication::translate("Plan::Field", "Access token");
    case Field::MailFrom: return QCoreApplication::translate("Plan::Field", "Sender (MAIL FROM)");
    case Field::RcptTo: return QCoreApplication::translate("Plan::Field", "Recipient (RCPT TO)");
    case Field::Notify: return QCoreApplication::translate("Plan::Field", "Delivery notifications (NOTIFY)");
    case Field::Envid: return QCoreApplication::translate("Plan::Field", "Envelope ID (ENVID)");
    case Field::Subject: return QCoreApplication::translate("Plan::Field", "Subject");
    case Field::Body: return QCoreApplication::translate("Plan::Field", "Message text");
    case Field::Headers: return QCoreApplication::translate("Plan::Field", "Extra header");
    case Field::StopAfter: return QCoreApplication::translate("Plan::Field", "Stop after");
    case Field::Timeouts: return QCoreApplication::translate("Plan::Field", "Timeouts");
    case Field::DnsServer: return QCoreApplication::translate("Plan::Field", "DNS server");
    }
    return {};
}

} // namespace Plan
