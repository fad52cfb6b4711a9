// Each field judged on its own: the wizard pages call these as the user types and
// PlanBuilder::build() applies the same ones, so a field is judged the same way everywhere.
#include "plan/FieldChecks.h"

#include "plan/DomainName.h"
#include "plan/MailAddress.h"
#include "plan/ServerAddress.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {

bool isCtl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f;
}

} // namespace

std::optional<QString> FieldChecks::checkSingleLine(const QString &text)
{
    if (text.contains(u'\r') || text.contains(u'\n'))
        return tr("Line breaks (CR or LF) are not allowed here");
    if (text.contains(QChar(0)))
        return tr("NUL characters are not allowed here");
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkSingleLine(const QString &text, Plan::Field field)
{
    if (text.contains(u'\r') || text.contains(u'\n'))
        return tr("%1: line breaks (CR or LF) are not allowed").arg(Plan::fieldLabel(field));
    if (text.contains(QChar(0)))
        return tr("%1: NUL characters are not allowed").arg(Plan::fieldLabel(field));
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkDestinationDomain(const QString &text)
{
    if (const auto lineError = checkSingleLine(text))
        return lineError;
    QString s = text.trimmed();
    if (s.isEmpty())
        return tr("Give a domain or an e-mail address");
    if (s.contains(u'@')) {
        QString error;
        if (!MailAddress::parse(s, &error))
            return error;
        return std::nullopt;
    }
    if (s.endsWith(u'.') && !s.endsWith(u".."_s))
        s.chop(1); // the DNS root: "example.com." is the same domain
    if (s.startsWith(u'[') || DomainName::looksLikeIpAddress(s))
        return tr("An IP address has no mail servers to look up; give it as the server instead");
    if (s.contains(u':') || s.contains(u'/'))
        return tr("\"%1\" names a server and port; give it as the server instead").arg(s);
    QString error;
    if (!DomainName::toAce(s, &error))
        return error;
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkServer(const QString &text)
{
    if (const auto lineError = checkSingleLine(text))
        return lineError;
    QString error;
    if (!ServerAddress::parse(text, &error))
        return error;
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkMailbox(const QString &text, bool allowNullSender)
{
    if (const auto lineError = checkSingleLine(text))
        return lineError;
    const QString s = text.trimmed();
    if (s.isEmpty() || s == u"<>"_s) {
        if (allowNullSender)
            return std::nullopt;
        return tr("Give an e-mail address; the null sender <> is only for MAIL FROM");
    }
    QString error;
    if (!MailAddress::parse(s, &error))
        return error;
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkEhloName(const QString &text)
{
    if (const auto lineError = checkSingleLine(text))
        return lineError;
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt; // this machine's name is used
    QString error;
    if (s.startsWith(u'[')) {
        if (!DomainName::parseAddressLiteral(s, &error))
            return error;
        return std::nullopt;
    }
    if (const auto address = DomainName::parseIpAddress(s))
        return tr("Write an IP address in square brackets: %1").arg(DomainName::addressLiteral(*address));
    if (!DomainName::toAce(s, &error))
        return error;
    if (!s.contains(u'.'))
        return tr("The EHLO name must be a fully-qualified name such as mail.example.com, "
                  "or an address literal such as [192.0.2.1]");
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkSubject(const QString &text)
{
    if (const auto lineError = checkSingleLine(text, Plan::Field::Subject))
        return lineError;
    if (std::any_of(text.cbegin(), text.cend(), isCtl))
        return tr("The subject contains a control character");
    const qsizetype room = MaxLineOctets - qsizetype(sizeof("Subject: ") - 1);
    if (text.toUtf8().size() > room)
        return tr("The subject is longer than %1 bytes").arg(room);
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkHeader(const QString &line)
{
    if (const auto lineError = checkSingleLine(line, Plan::Field::Headers))
        return lineError;
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0)
        return tr("A header is written \"Name: value\"; this one has no colon");
    const QStringView name = QStringView(line).left(colon);
    if (name.isEmpty())
        return tr("The header has no name before the colon");
    for (const QChar c : name) {
        // RFC 5322 §3.6.8 ftext: printable ASCII except the colon.
        if (c.unicode() < 33 || c.unicode() > 126)
            return c == u' ' || c == u'\t' ? tr("A header name cannot contain spaces")
                                           : tr("A header name may only contain printable ASCII characters");
    }
    if (std::any_of(line.cbegin(), line.cend(), isCtl))
        return tr("The header contains a control character");
    if (line.toUtf8().size() > MaxLineOctets)
        return tr("The header is longer than %1 bytes").arg(MaxLineOctets);
    return std::nullopt;
}

QString FieldChecks::normaliseBody(const QString &body)
{
    QString normalised = body;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    return normalised;
}

std::optional<QString> FieldChecks::checkBody(const QString &body)
{
    if (body.contains(QChar(0)))
        return tr("%1: NUL characters are not allowed").arg(Plan::fieldLabel(Plan::Field::Body));
    const QString normalised = normaliseBody(body);
    const QByteArray utf8 = normalised.toUtf8();
    if (utf8.size() > MaxBodyOctets)
        return tr("The message text is larger than %1 MB").arg(MaxBodyOctets >> 20);
    qsizetype lineNumber = 0;
    for (qsizetype start = 0; start <= utf8.size();) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0)
            end = utf8.size();
        ++lineNumber;
        if (end - start > MaxLineOctets)
            return tr("Line %1 of the message text is %2 bytes long; SMTP allows at most %3")
                .arg(lineNumber)
                .arg(end - start)
                .arg(MaxLineOctets);
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkDnsServer(const QString &text)
{
    if (const auto lineError = checkSingleLine(text, Plan::Field::DnsServer))
        return lineError;
    QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt; // the system resolver
    if (s.startsWith(u'[') && s.endsWith(u']'))
        s = s.mid(1, s.size() - 2);
    if (DomainName::parseIpAddress(s))
        return std::nullopt;
    if (s.count(u':') == 1 || s.startsWith(u'['))
        return tr("Give only the DNS server's IP address; the port is always 53");
    return tr("The DNS server must be an IP address, such as 192.0.2.53 or 2001:db8::53");
}

std::optional<QString> FieldChecks::checkPort(int port)
{
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535");
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkEnvid(const QString &text)
{
    if (const auto lineError = checkSingleLine(text, Plan::Field::Envid))
        return lineError;
    if (text.size() > MaxEnvidCharacters)
        return tr("The envelope ID is longer than %1 characters").arg(MaxEnvidCharacters);
    // RFC 3461 §4.4: printable (graphic) US-ASCII; xtext encoding happens on the wire.
    if (!std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 33 && c.unicode() <= 126; }))
        return tr("The envelope ID may only contain printable ASCII characters, without spaces");
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkCaFile(const QString &path)
{
    if (const auto lineError = checkSingleLine(path, Plan::Field::CaFile))
        return lineError;
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The CA certificate file %1 does not exist").arg(path);
    if (!info.isFile())
        return tr("%1 is not a file").arg(path);
    if (!info.isReadable())
        return tr("The CA certificate file %1 cannot be read (permissions)").arg(path);
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty() && QSslCertificate::fromPath(path, QSsl::Der).isEmpty())
        return tr("The file %1 contains no certificate (PEM or DER)").arg(path);
    return std::nullopt;
}

std::optional<QString> FieldChecks::checkTimeouts(const Timeouts &t)
{
    for (const auto limit : {t.dns, t.connect, t.greeting, t.command, t.tls, t.mail, t.rcpt, t.dataInit,
                             t.dataBlock, t.dataTerm}) {
        if (limit.count() <= 0)
            return tr("Every timeout must be longer than zero");
        if (limit > MaxTimeout)
            return tr("A timeout may be at most %n hour(s)", nullptr, int(MaxTimeout.count()));
    }
    return std::nullopt;
}

QString FieldChecks::defaultEhloName()
{
    QString name = QHostInfo::localHostName();
    if (!name.contains(u'.')) {
        const QString domain = QHostInfo::localDomainName();
        if (!domain.isEmpty() && !name.isEmpty())
            name += u'.' + domain;
    }
    if (name.contains(u'.') && !checkEhloName(name)) {
        if (const auto ace = DomainName::toAce(name))
            return *ace;
    }
    // No usable FQDN: RFC 5321 §4.1.4 asks for the address literal of the client's
    // address, which is only known once connected; the session fills it in then.
    return {};
}

std::optional<TestPlan::Notify> FieldChecks::parseNotify(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<TestPlan::Notify> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const auto lineError = checkSingleLine(text, Plan::Field::Notify))
        return fail(*lineError);
    const QStringList items = text.split(u',');
    TestPlan::Notify notify = TestPlan::NotifyDefault;
    for (const QString &raw : items) {
        const QString item = raw.trimmed().toLower();
        if (item.isEmpty())
            return fail(tr("Give \"never\", or one or more of success, failure, delay separated by commas"));
        if (item == u"never"_s)
            notify |= TestPlan::NotifyNever;
        else if (item == u"success"_s)
            notify |= TestPlan::NotifySuccess;
        else if (item == u"failure"_s)
            notify |= TestPlan::NotifyFailure;
        else if (item == u"delay"_s)
            notify |= TestPlan::NotifyDelay;
        else
            return fail(tr("Unknown notification \"%1\"; use never, success, failure or delay").arg(raw.trimmed()));
    }
    if (notify.testFlag(TestPlan::NotifyNever) && notify != TestPlan::NotifyNever)
        return fail(tr("\"never\" cannot be combined with success, failure or delay"));
    return notify;
}
