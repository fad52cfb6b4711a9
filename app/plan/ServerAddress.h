#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// An explicit server as people write it: "host", "host:port", "192.0.2.1:2525",
/// "[2001:db8::1]:587" or a bare IPv6 address. Connecting there skips the MX lookup.
struct ServerAddress
{
    QString host;            // ACE host name, or an IP address in Qt's text form
    std::optional<int> port; // when the text named one

    static std::optional<ServerAddress> parse(const QString &text, QString *error = nullptr);

    Q_DECLARE_TR_FUNCTIONS(ServerAddress) // last: the macro ends in "private:"
};
