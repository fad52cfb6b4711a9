// What people type as addresses, domains and servers (MailAddress, DomainName,
// ServerAddress): whatever is accepted is what SMTP may carry, within its limits, and
// reading the accepted form again gives the same thing.
#include "FuzzCheck.h"

#include "plan/DomainName.h"
#include "plan/MailAddress.h"
#include "plan/ServerAddress.h"

#include <cstdint>

namespace {

bool isAceDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    for (const QStringView label : QStringView(domain).split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
                return false;
        }
    }
    return true;
}

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

void checkMailAddress(const QString &text)
{
    QString error;
    const auto address = MailAddress::parse(text, &error);
    FUZZ_CHECK(address.has_value() == error.isEmpty());
    if (!address)
        return;
    const QString wire = address->toWire();
    FUZZ_CHECK(wire.toUtf8().size() <= MailAddress::MaxAddressOctets);
    FUZZ_CHECK(address->localPart.toUtf8().size() <= MailAddress::MaxLocalPartOctets);
    FUZZ_CHECK(!address->localPart.isEmpty());
    FUZZ_CHECK(!hasControl(wire));
    FUZZ_CHECK(address->hasAddressLiteral() ? DomainName::parseAddressLiteral(address->domain).has_value()
                                            : isAceDomain(address->domain));
    // What goes out in MAIL FROM / RCPT TO is itself an address we accept, the same one.
    const auto again = MailAddress::parse(wire);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->localPart == address->localPart && again->domain == address->domain);
    const auto bracketed = MailAddress::parse(u'<' + wire + u'>');
    FUZZ_CHECK(bracketed && bracketed->toWire() == wire);
}

void checkDomain(const QString &text)
{
    QString error;
    const auto ace = DomainName::toAce(text, &error);
    FUZZ_CHECK(ace.has_value() == error.isEmpty());
    if (!ace)
        return;
    FUZZ_CHECK(isAceDomain(*ace));
    FUZZ_CHECK(DomainName::toAce(*ace) == ace);
}

void checkIpAddress(const QString &text)
{
    if (const auto address = DomainName::parseIpAddress(text)) {
        FUZZ_CHECK(!address->isNull());
        FUZZ_CHECK(DomainName::parseIpAddress(address->toString()) == address);
        FUZZ_CHECK(DomainName::parseAddressLiteral(DomainName::addressLiteral(*address)) == address);
    }
    QString error;
    const auto literal = DomainName::parseAddressLiteral(text, &error);
    FUZZ_CHECK(literal.has_value() == error.isEmpty());
    if (literal)
        FUZZ_CHECK(DomainName::parseAddressLiteral(DomainName::addressLiteral(*literal)) == literal);
    (void)DomainName::looksLikeIpAddress(text);
}

void checkServer(const QString &text)
{
    QString error;
    const auto server = ServerAddress::parse(text, &error);
    FUZZ_CHECK(server.has_value() == error.isEmpty());
    if (!server)
        return;
    FUZZ_CHECK(!server->host.isEmpty() && !hasControl(server->host) && !server->host.contains(u' '));
    FUZZ_CHECK(!server->port || (*server->port >= 1 && *server->port <= 65535));
    // The host as the plan keeps it is a server we accept, the same one.
    const bool v6 = server->host.contains(u':');
    const QString written = (v6 ? u'[' + server->host + u']' : server->host)
        + (server->port ? u':' + QString::number(*server->port) : QString());
    const auto again = ServerAddress::parse(written);
    FUZZ_CHECK(again && again->host == server->host && again->port == server->port);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024) // longer than any limit these check; more only slows the search
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkMailAddress(text);
    checkDomain(text);
    checkIpAddress(text);
    checkServer(text);
    return 0;
}
