#pragma once

#include <QHostAddress>
#include <QString>

/// One way to a mail server: an address of an exchange (or of the server the user named)
/// and the port, in the order a sending mail server would try them. The DNS step yields
/// them, a session takes one, and its attempt keeps it.
struct Route
{
    QString host;          // the exchange or server name; certificates are checked against it
    QHostAddress address;
    quint16 port = 0;      // 0 until a plan gives it
    int preference = -1;   // the MX preference; -1 for an implicit MX or a named server
    QString ptr;           // the address's reverse DNS name, empty when there is none

    /// "mail.example.com" or, without a name, the address.
    QString name() const { return host.isEmpty() ? address.toString() : host; }
};
