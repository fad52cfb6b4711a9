#pragma once

#include "model/RelayTrial.h"
#include "model/TestPlan.h"

#include <QList>
#include <QString>

/// The addresses the open-relay check tries, in the forms relay testers use. Pure: the
/// outside domains are example.com, example.net and example.org (RFC 2606), which never
/// lead to real mail, and the server's own name is the plan's domain, its host name or
/// the address literal of the host it names.
namespace RelayForms {
/// The outside sender of most tries and the outside recipient of every try.
inline constexpr char16_t outsideSender[] = u"relaytest@example.com";
inline constexpr char16_t outsideRecipient[] = u"relaytest@example.net";

/// The name that stands for the server in the %-hack and the source route: the mail
/// domain, the host name, or "[192.0.2.1]" / "[IPv6:2001:db8::1]" for an address.
QString serverName(const TestPlan &plan);
/// One trial per form, in the order they are tried, none answered yet. The local-sender
/// form needs a domain name, so a server given by address gets no such trial.
QList<RelayTrial> trials(const QString &serverName);
/// "<address>" as MAIL FROM / RCPT TO take it ("<>" for the null sender).
QByteArray mailCommand(const RelayTrial &trial);
QByteArray rcptCommand(const RelayTrial &trial);
} // namespace RelayForms
