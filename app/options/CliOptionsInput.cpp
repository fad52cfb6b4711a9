// CliOptions' readers of what comes with the options from outside: the message body
// file and the secrets on standard input. Kept apart from the parser (CliOptions.cpp)
// because they do I/O and it does not; the strings keep the CliOptions context.
#include "options/CliOptions.h"

#include "plan/FieldChecks.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

std::optional<QByteArray> CliOptions::readFile(const QString &path, qsizetype maxBytes, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file;
    const bool isStdin = path == u"-"_s;
    if (isStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(tr("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot open %1: %2").arg(path, file.errorString()));
    }
    const QString name = isStdin ? tr("standard input") : path;
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(tr("%1 is larger than %2 bytes").arg(name).arg(maxBytes));
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read %1: %2").arg(name, file.errorString()));
    return bytes;
}

std::optional<QString> CliOptions::readTextFile(const QString &path, qsizetype maxBytes, QString *error)
{
    const auto bytes = readFile(path, maxBytes, error);
    if (!bytes)
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(*bytes);
    if (decoder.hasError()) {
        if (error)
            *error = tr("%1 is not UTF-8 text").arg(path == u"-"_s ? tr("standard input") : path);
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // a byte-order mark is not part of the message
    return text;
}

bool CliOptions::readBodyFile(QString *error)
{
    if (bodyFile.isEmpty())
        return true;
    QString message;
    const auto text = readTextFile(bodyFile, FieldChecks::MaxBodyOctets, &message);
    if (!text) {
        if (error)
            *error = u"--body-file: "_s + message;
        return false;
    }
    request.body = *text;
    return true;
}

std::optional<QString> CliOptions::readPassword(QIODevice &input, QString *error)
{
    QByteArray line = input.readLine(4096);
    if (line.isEmpty()) {
        if (error)
            *error = tr("--password-stdin: standard input gave no password");
        return std::nullopt;
    }
    return decodeSecretLine(line, error, tr("--password-stdin: the password is not UTF-8 text"));
}

std::optional<QString> CliOptions::readToken(QIODevice &input, QString *error)
{
    // Room for a long JWT, and one byte more to tell a cut-off token from a whole one.
    QByteArray line = input.readLine(FieldChecks::MaxTokenLength + 3);
    if (line.trimmed().isEmpty()) {
        if (error)
            *error = tr("--token-stdin: standard input gave no access token");
        return std::nullopt;
    }
    const auto token = decodeSecretLine(line, error, tr("--token-stdin: the access token is not UTF-8 text"));
    if (token)
        return token->trimmed(); // copied from a web page or a terminal, often with spaces
    return token;
}

std::optional<QString> CliOptions::decodeSecretLine(QByteArray line, QString *error, const QString &notUtf8)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString secret = decoder(line);
    if (decoder.hasError()) {
        if (error)
            *error = notUtf8;
        return std::nullopt;
    }
    return secret;
}
