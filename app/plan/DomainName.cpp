#include "plan/DomainName.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxDomainOctets = 253; // RFC 1035 §2.3.4 without the final dot
constexpr qsizetype MaxLabelOctets = 63;

bool isLdh(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<QString> DomainName::toAce(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        setError(error, tr("The domain is empty"));
        return std::nullopt;
    }
    if (text.endsWith(u'.')) {
        setError(error, tr("The domain ends with a dot; remove it"));
        return std::nullopt;
    }
    if (text.startsWith(u'.') || text.contains(u".."_s)) {
        setError(error, tr("The domain has an empty part between dots"));
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            setError(error, tr("The domain contains a control character"));
            return std::nullopt;
        }
        if (c.isSpace()) {
            setError(error, tr("The domain contains a space"));
            return std::nullopt;
        }
    }
    // Labels are checked as typed when ASCII (so the message can say what is wrong; the
    // IDNA conversion only says "invalid"), and again in ACE form, which DNS sees.
    const auto checkLabels = [error](const QString &domain) {
        for (const QStringView label : QStringView(domain).split(u'.')) {
            const bool ascii = std::all_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() < 0x80; });
            if (!ascii)
                continue;
            if (label.size() > MaxLabelOctets)
                return setError(error, tr("A part of the domain is longer than %1 characters").arg(MaxLabelOctets));
            for (const QChar c : label) {
                if (!isLdh(c))
                    return setError(error, tr("The domain contains \"%1\"; only letters, digits, hyphens and dots "
                                              "are allowed").arg(c));
            }
            if (label.startsWith(u'-') || label.endsWith(u'-'))
                return setError(error, tr("A part of the domain starts or ends with a hyphen"));
        }
        return true;
    };
    if (!checkLabels(text))
        return std::nullopt;
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii && text.size() > MaxDomainOctets) {
        setError(error, tr("The domain is longer than %1 characters").arg(MaxDomainOctets));
        return std::nullopt;
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(text));
    if (ace.isEmpty()) {
        setError(error, tr("The domain \"%1\" is not a valid internationalised domain name").arg(text));
        return std::nullopt;
    }
    if (ace.size() > MaxDomainOctets) {
        setError(error, tr("The domain is longer than %1 characters").arg(MaxDomainOctets));
        return std::nullopt;
    }
    if (!checkLabels(ace))
        return std::nullopt;
    const QStringList labels = ace.split(u'.');
    // A top-level label of digits only is an IP address written without brackets.
    const QString &last = labels.constLast();
    if (std::all_of(last.cbegin(), last.cend(), [](QChar c) { return c.isDigit(); })) {
        if (looksLikeIpAddress(text))
            setError(error, tr("\"%1\" is an IP address, not a domain; write it in square brackets: [%1]").arg(text));
        else
            setError(error, tr("The last part of the domain cannot be only digits"));
        return std::nullopt;
    }
    return ace.toLower();
}

std::optional<QHostAddress> DomainName::parseIpAddress(QStringView text)
{
    if (text.isEmpty() || text.contains(u'%')) // no IPv6 scope ids on the wire
        return std::nullopt;
    if (text.contains(u':')) {
        QHostAddress address;
        if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        return address;
    }
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3
            || !std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        if (part.toInt() > 255)
            return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return address;
}

std::optional<QHostAddress> DomainName::parseAddressLiteral(QStringView text, QString *error)
{
    if (!text.startsWith(u'[') || !text.endsWith(u']')) {
        setError(error, tr("An address literal is written in square brackets, such as [192.0.2.1]"));
        return std::nullopt;
    }
    const QStringView inside = text.mid(1, text.size() - 2);
    if (inside.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        const QStringView v6 = inside.mid(5);
        const auto address = v6.contains(u':') ? parseIpAddress(v6) : std::nullopt;
        if (!address) {
            setError(error, tr("\"%1\" is not a valid IPv6 address").arg(v6.toString()));
            return std::nullopt;
        }
        return address;
    }
    if (inside.contains(u':')) {
        // RFC 5321 requires the "IPv6:" tag; other tags are unknown to every server.
        if (parseIpAddress(inside))
            setError(error, tr("An IPv6 address literal needs the IPv6: tag, such as [IPv6:%1]").arg(inside.toString()));
        else
            setError(error, tr("Unknown kind of address literal \"%1\"").arg(text.toString()));
        return std::nullopt;
    }
    const auto address = parseIpAddress(inside);
    if (!address) {
        setError(error, tr("\"%1\" is not a valid IPv4 address").arg(inside.toString()));
        return std::nullopt;
    }
    return address;
}

QString DomainName::addressLiteral(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[IPv6:"_s + address.toString() + u']';
    return u'[' + address.toString() + u']';
}

bool DomainName::looksLikeIpAddress(QStringView text)
{
    if (text.count(u':') >= 2)
        return true;
    return !text.isEmpty()
           && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() || c == u'.'; })
           && text.contains(u'.');
}
