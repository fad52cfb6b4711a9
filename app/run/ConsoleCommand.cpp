#include "run/ConsoleCommand.h"

#include "plan/FieldChecks.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;
using Model::Stage;

namespace {
QByteArray withoutLineEnd(QByteArrayView line)
{
    QByteArray bytes = line.toByteArray();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

ConsoleCommand refused(const QString &error)
{
    ConsoleCommand command;
    command.kind = ConsoleCommand::Kind::Refused;
    command.error = error;
    return command;
}
} // namespace

std::optional<QString> ConsoleCommand::checkLine(QByteArrayView line)
{
    const QByteArray bytes = withoutLineEnd(line);
    // RFC 5321 §4.5.3.1.4 and .6: 1000 octets with the CRLF this console adds.
    if (bytes.size() > FieldChecks::MaxLineOctets)
        return tr("The line is %1 bytes long; SMTP allows %2 (1000 with the CRLF)")
            .arg(bytes.size())
            .arg(FieldChecks::MaxLineOctets);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return tr("The line is not UTF-8 text");
    // The wizard's own rule for every field that reaches the wire.
    return FieldChecks::checkSingleLine(text);
}

ConsoleCommand ConsoleCommand::parse(QByteArrayView line)
{
    if (const auto error = checkLine(line))
        return refused(*error);
    const QByteArray bytes = withoutLineEnd(line);
    const QString text = QString::fromUtf8(bytes);
    ConsoleCommand command;
    if (text.trimmed().isEmpty())
        return command;
    if (!text.startsWith(u'/')) {
        command.kind = Kind::Smtp;
        command.wire = bytes;
        command.verb = text.trimmed().section(u' ', 0, 0).section(u':', 0, 0).toUpper();
        return command;
    }
    const QStringList words = text.mid(1).split(u' ', Qt::SkipEmptyParts);
    const QString name = words.value(0).toLower();
    const auto noArguments = [&words, &name](Kind kind) {
        if (words.size() > 1)
            return refused(tr("/%1 takes no arguments").arg(name));
        ConsoleCommand c;
        c.kind = kind;
        return c;
    };
    if (name == u"starttls"_s)
        return noArguments(Kind::StartTls);
    if (name == u"quit"_s)
        return noArguments(Kind::Quit);
    if (name == u"help"_s)
        return noArguments(Kind::Help);
    if (name == u"data"_s) {
        if (words.size() < 2)
            return refused(tr("Give the message file: /data FILE"));
        command.kind = Kind::Data;
        command.file = text.mid(1).trimmed().mid(name.size()).trimmed(); // a name may hold spaces
        return command;
    }
    if (name == u"auth"_s) {
        if (words.size() != 3)
            return refused(tr("Give the mechanism and the user name: /auth MECH USER"));
        const auto mechanism = Model::fromKey<TestPlan::Auth>(words.at(1).toLower());
        if (!mechanism || !mechanisms().contains(*mechanism))
            return refused(tr("/auth: use %1").arg(Model::choices(mechanisms())));
        command.kind = Kind::Auth;
        command.mechanism = *mechanism;
        command.user = words.at(2);
        return command;
    }
    return refused(tr("Unknown command /%1; /help lists them").arg(name));
}

Stage ConsoleCommand::stageOf(const QString &verb)
{
    static const QList<QPair<QString, Stage>> stages{
        {u"EHLO"_s, Stage::Ehlo}, {u"HELO"_s, Stage::Ehlo}, {u"LHLO"_s, Stage::Ehlo},
        {u"STARTTLS"_s, Stage::StartTls}, {u"AUTH"_s, Stage::Auth},
        {u"MAIL"_s, Stage::Mail}, {u"RCPT"_s, Stage::Rcpt}, {u"VRFY"_s, Stage::Rcpt}, {u"EXPN"_s, Stage::Rcpt},
        {u"DATA"_s, Stage::Data}, {u"BDAT"_s, Stage::Message},
    };
    for (const auto &[name, stage] : stages) {
        if (name == verb)
            return stage;
    }
    // RSET, QUIT, NOOP, HELP, ETRN and the rest belong to no step of a delivery: the
    // session-level stage explains their replies plainly ("250 Completed"), where the step
    // reached would mislead ("Recipient accepted" for a NOOP between two RCPTs).
    return Stage::Quit;
}

QList<TestPlan::Auth> ConsoleCommand::mechanisms()
{
    return {TestPlan::Auth::Plain, TestPlan::Auth::Login, TestPlan::Auth::CramMd5, TestPlan::Auth::XOAuth2,
            TestPlan::Auth::OAuthBearer};
}

QString ConsoleCommand::shownAs(const QByteArray &wire, bool secretLine)
{
    if (secretLine)
        return u"********"_s;
    const QList<QByteArray> words = wire.simplified().split(' ');
    if (words.size() > 2 && words.at(0).toUpper() == "AUTH")
        return QString::fromUtf8(words.at(0) + ' ' + words.at(1)) + u" ********"_s;
    return {};
}

QString ConsoleCommand::pathOf(const QByteArray &wire)
{
    const qsizetype open = wire.indexOf('<');
    const qsizetype close = open < 0 ? -1 : wire.indexOf('>', open);
    return close < 0 ? QString() : QString::fromUtf8(wire.mid(open + 1, close - open - 1));
}

QStringList ConsoleCommand::help()
{
    return {
        tr("Type SMTP commands as you would in telnet (EHLO, MAIL FROM:<...>, RCPT TO:<...>, DATA, VRFY, NOOP, "
           "RSET, QUIT, ...); each line is sent with CRLF and each reply is explained."),
        tr("/starttls          send STARTTLS and upgrade the connection; shows the certificate"),
        tr("/auth MECH USER    sign in (MECH: %1); the secret is never shown")
            .arg(Model::choices(mechanisms())),
        tr("/data FILE         send DATA, then the file (CRLF line ends, dot-stuffed), then \".\""),
        tr("/quit              send QUIT and end the session (so does the end of the input)"),
        tr("/help              this list"),
    };
}
