#include "plan/ServerAddress.h"

#include "plan/DomainName.h"

using namespace Qt::StringLiterals;

namespace {

std::optional<ServerAddress> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<int> parsePort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5
        || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return fail(error, tr("The server is empty"));
    if (std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return fail(error, tr("The server contains a line break or control character"));

    ServerAddress server;
    QString hostText;
    QStringView portText;
    bool hasPort = false;
    if (s.startsWith(u'[')) {
        const qsizetype close = s.indexOf(u']');
        if (close < 0)
            return fail(error, tr("The [ has no closing ]"));
        QStringView inside = QStringView(s).mid(1, close - 1);
        if (inside.startsWith(u"IPv6:", Qt::CaseInsensitive))
            inside = inside.mid(5);
        const auto address = DomainName::parseIpAddress(inside);
        if (!address)
            return fail(error, tr("\"%1\" is not a valid IP address").arg(inside.toString()));
        server.host = address->toString();
        const QStringView rest = QStringView(s).mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(error, tr("After ] only a port may follow, as in [2001:db8::1]:587"));
            portText = rest.mid(1);
            hasPort = true;
        }
    } else if (s.count(u':') >= 2) {
        const auto address = DomainName::parseIpAddress(s);
        if (!address)
            return fail(error, tr("\"%1\" is not a valid IPv6 address; with a port, write [2001:db8::1]:587").arg(s));
        server.host = address->toString();
    } else {
        const qsizetype colon = s.indexOf(u':');
        hostText = colon < 0 ? s : s.left(colon);
        if (colon >= 0) {
            portText = QStringView(s).mid(colon + 1);
            hasPort = true;
        }
        if (hostText.isEmpty())
            return fail(error, tr("There is no server name before the :"));
        if (hostText.endsWith(u'.') && !hostText.endsWith(u".."_s))
            hostText.chop(1); // "mx.example.com." is how DNS people write a full name
        if (DomainName::looksLikeIpAddress(hostText)) {
            const auto address = DomainName::parseIpAddress(hostText);
            if (!address)
                return fail(error, tr("\"%1\" is not a valid IPv4 address").arg(hostText));
            server.host = address->toString();
        } else {
            QString domainError;
            const auto ace = DomainName::toAce(hostText, &domainError);
            if (!ace)
                return fail(error, domainError);
            server.host = *ace;
        }
    }
    if (hasPort) {
        server.port = parsePort(portText);
        if (!server.port)
            return fail(error, tr("The port after : must be a number from 1 to 65535"));
    }
    return server;
}
