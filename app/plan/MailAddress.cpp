#include "plan/MailAddress.h"

#include "plan/DomainName.h"

using namespace Qt::StringLiterals;

namespace {

// RFC 5321 atext; non-ASCII is allowed too (RFC 6531) and flagged by needsSmtpUtf8().
bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return true;
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

// RFC 5321 qtextSMTP: printable ASCII except '"' and '\', plus non-ASCII (RFC 6531).
bool isQtext(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x80 || (u >= 32 && u <= 126 && u != u'"' && u != u'\\');
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

std::optional<MailAddress> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<MailAddress> MailAddress::parse(const QString &text, QString *error)
{
    QString s = text.trimmed();
    if (s.contains(u'\r') || s.contains(u'\n'))
        return fail(error, tr("The address contains a line break"));
    if (std::any_of(s.cbegin(), s.cend(), isControl))
        return fail(error, tr("The address contains a control character"));
    if (s.startsWith(u'<')) {
        if (!s.endsWith(u'>'))
            return fail(error, tr("The address starts with < but does not end with >"));
        s = s.mid(1, s.size() - 2).trimmed();
    } else if (s.endsWith(u'>')) {
        return fail(error, tr("The address ends with > but does not start with <"));
    }
    if (s.isEmpty())
        return fail(error, tr("The address is empty"));
    if (s.startsWith(u'@'))
        return fail(error, s.contains(u':') ? tr("Source routes (\"@host:\") are obsolete; give only the address")
                                            : tr("There is nothing before the @"));

    MailAddress address;
    QString domainText;
    if (s.startsWith(u'"')) {
        qsizetype i = 1;
        for (; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c == u'"')
                break;
            if (c == u'\\') {
                if (i + 1 >= s.size() || (s.at(i + 1).unicode() < 32 || s.at(i + 1).unicode() > 126))
                    return fail(error, tr("A backslash in the quoted part before @ must be followed by a printable character"));
                ++i;
            } else if (!isQtext(c)) {
                return fail(error, tr("The quoted part before @ contains a character that is not allowed"));
            }
        }
        if (i >= s.size())
            return fail(error, tr("The quoted part before @ has no closing quote"));
        if (i + 1 >= s.size())
            return fail(error, tr("The address has no @"));
        if (s.at(i + 1) != u'@')
            return fail(error, tr("The closing quote must be followed by @"));
        address.localPart = s.left(i + 1);
        domainText = s.mid(i + 2);
        if (address.localPart.size() == 2)
            return fail(error, tr("The quoted part before @ is empty"));
    } else {
        const qsizetype at = s.indexOf(u'@');
        if (at < 0)
            return fail(error, tr("The address has no @"));
        address.localPart = s.left(at);
        domainText = s.mid(at + 1);
        const QString &local = address.localPart;
        for (const QChar c : local) {
            if (c == u' ')
                return fail(error, tr("The part before @ contains a space; put it in quotes (\"...\") if it is meant"));
            if (c != u'.' && !isAtext(c))
                return fail(error, tr("The part before @ contains \"%1\", which is only allowed inside quotes").arg(c));
        }
        if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s))
            return fail(error, tr("The part before @ starts or ends with a dot, or has two dots in a row"));
    }
    if (address.localPart.toUtf8().size() > MaxLocalPartOctets)
        return fail(error, tr("The part before @ is longer than %1 characters").arg(MaxLocalPartOctets));

    if (domainText.isEmpty())
        return fail(error, tr("There is nothing after the @"));
    if (domainText.contains(u'@'))
        return fail(error, tr("The address has more than one @"));
    if (domainText.startsWith(u'[')) {
        QString literalError;
        const auto literal = DomainName::parseAddressLiteral(domainText, &literalError);
        if (!literal)
            return fail(error, literalError);
        address.domain = DomainName::addressLiteral(*literal);
        address.domainUnicode = address.domain;
    } else {
        QString domainError;
        const auto ace = DomainName::toAce(domainText, &domainError);
        if (!ace)
            return fail(error, domainError);
        address.domain = *ace;
        address.domainUnicode = domainText;
    }
    if (address.toWire().toUtf8().size() > MaxAddressOctets)
        return fail(error, tr("The address is longer than %1 characters").arg(MaxAddressOctets));
    return address;
}

bool MailAddress::needsSmtpUtf8() const
{
    return std::any_of(localPart.cbegin(), localPart.cend(), [](QChar c) { return c.unicode() >= 0x80; });
}
