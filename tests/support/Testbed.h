#pragma once

// The real test bed from a QtTest test: its addresses and ports (SMTPWIZARD_TB_*, exported
// by tests/testbed/with-testbed.sh from <state-dir>/testbed.env) and its maildirs.
// Header-only. A missing variable is an error the test reports with QFAIL, never a skip:
//
//     QString why;
//     if (!Testbed::available(&why))
//         QFAIL(qPrintable(why));
//     const quint16 port = Testbed::requirePort(u"SMTP_PORT");
//     if (!port)
//         QFAIL(qPrintable(Testbed::lastError()));
//
// Mail delivery into the maildirs is asynchronous (Postfix queues, then delivers): wait
// with waitForMessages() / waitForMessage(). Integration tests may run in parallel and
// share the mailboxes: find your message by a unique token rather than by count where you
// can. See docs/testbed.md.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cstddef>

namespace Testbed {

/// Errors recorded by require*() and the maildir helpers, newest last.
inline QStringList &errors()
{
    static QStringList list;
    return list;
}

inline void recordError(const QString &message)
{
    errors().append(message);
}

/// The newest recorded error (what the test should QFAIL with).
inline QString lastError()
{
    return errors().isEmpty() ? QString() : errors().constLast();
}

/// "DNS" -> "SMTPWIZARD_TB_DNS".
inline QString variableName(QStringView name)
{
    return QStringLiteral("SMTPWIZARD_TB_") + name.toString();
}

/// The value of SMTPWIZARD_TB_<name>, empty when unset.
inline QString value(QStringView name)
{
    return qEnvironmentVariable(variableName(name).toLocal8Bit().constData());
}

template<std::size_t N>
inline QString value(const char (&name)[N])
{
    return value(QString::fromLatin1(name, qsizetype(N) - 1));
}

/// The value of SMTPWIZARD_TB_<name>; when unset, records why and returns an empty string.
inline QString require(QStringView name)
{
    const QString v = value(name);
    if (v.isEmpty())
        recordError(variableName(name)
                    + QStringLiteral(" is not set: run the test through tests/testbed/with-testbed.sh "
                                     "<state-dir> (ctest does) with the testbed fixture up "
                                     "(tests/testbed/testbed.sh start <state-dir>)"));
    return v;
}

template<std::size_t N>
inline QString require(const char (&name)[N])
{
    return require(QString::fromLatin1(name, qsizetype(N) - 1));
}

/// A port variable (e.g. u"SMTP_PORT"); 0 (and an error recorded) when unset or invalid.
inline quint16 requirePort(QStringView name)
{
    const QString text = require(name);
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        recordError(variableName(name) + QStringLiteral(" is not a port number: ") + text);
        return 0;
    }
    return quint16(port);
}

/// An address variable (e.g. u"MAIL_ADDR"); a null address (and an error) when unset or invalid.
inline QHostAddress requireAddress(QStringView name)
{
    const QString text = require(name);
    if (text.isEmpty())
        return {};
    QHostAddress address;
    if (!address.setAddress(text)) {
        recordError(variableName(name) + QStringLiteral(" is not an IP address: ") + text);
        return {};
    }
    return address;
}

/// The port of an smtp-sink fault instance, e.g. sinkPort(u"GREETING421").
inline quint16 sinkPort(QStringView fault)
{
    return requirePort(QString(QStringLiteral("SINK_") + fault.toString() + QStringLiteral("_PORT")));
}

/// True when every variable of the contract is set and the CA file and maildir exist.
inline bool available(QString *why = nullptr)
{
    static const char *const names[] = {"DNS", "ZONE", "MAIL_ADDR", "SMTP_PORT", "SUBMISSION_PORT",
                                        "SMTPS_PORT", "DEAD_ADDR", "CA_FILE", "USER", "PASSWORD",
                                        "MAILDIR", "SINK_ADDR"};
    QStringList missing;
    for (const char *name : names) {
        if (value(QString::fromLatin1(name)).isEmpty())
            missing.append(variableName(QString::fromLatin1(name)));
    }
    QString problem;
    if (!missing.isEmpty()) {
        problem = QStringLiteral("test bed variables not set: ") + missing.join(QStringLiteral(", "))
            + QStringLiteral(". Run the test through tests/testbed/with-testbed.sh <state-dir> with the "
                             "testbed fixture up (ctest does this; by hand: tests/testbed/testbed.sh start <state-dir>)");
    } else if (!QFileInfo::exists(value(u"CA_FILE"))) {
        problem = QStringLiteral("SMTPWIZARD_TB_CA_FILE does not exist: ") + value(u"CA_FILE");
    } else if (!QFileInfo(value(u"MAILDIR")).isDir()) {
        problem = QStringLiteral("SMTPWIZARD_TB_MAILDIR is not a directory: ") + value(u"MAILDIR");
    }
    if (problem.isEmpty())
        return true;
    recordError(problem);
    if (why)
        *why = problem;
    return false;
}

/// True when the keychain fixture is up (private D-Bus session with an unlocked gnome-keyring).
inline bool keyringAvailable(QString *why = nullptr)
{
    if (qEnvironmentVariable("SMTPWIZARD_TB_KEYRING") == QStringLiteral("1")
        && !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        return true;
    const QString problem = QStringLiteral(
        "the keychain fixture is not up: SMTPWIZARD_TB_KEYRING=1 and DBUS_SESSION_BUS_ADDRESS come from "
        "<state-dir>/keychain.env (tests/testbed/testbed.sh keychain-start <state-dir>)");
    recordError(problem);
    if (why)
        *why = problem;
    return false;
}

// ----------------------------------------------------------------------------------------
// Maildirs: <MAILDIR>/<domain>/<local-part>/{new,cur,tmp}. Files belong to the virtual
// uid with mode 600; tests run as root, like the test bed.

/// The maildir of an address of the bed's zone, e.g. u"alice@wizard.test"; empty on error.
inline QString mailboxPath(QStringView address)
{
    const QString base = require(u"MAILDIR");
    if (base.isEmpty())
        return {};
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.contains(u'/')) {
        recordError(QStringLiteral("not a mailbox address: ") + address.toString());
        return {};
    }
    const QString path = base + u'/' + address.mid(at + 1).toString().toLower() + u'/'
        + address.left(at).toString().toLower();
    if (!QFileInfo(path).isDir()) {
        recordError(QStringLiteral("no such mailbox in the test bed: ") + path);
        return {};
    }
    return path;
}

/// The delivered messages of a mailbox (new/ and cur/), oldest first, as absolute paths.
inline QStringList messages(QStringView address)
{
    const QString box = mailboxPath(address);
    if (box.isEmpty())
        return {};
    QFileInfoList files;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")})
        files += QDir(box + u'/' + sub).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        const auto ta = a.lastModified(), tb = b.lastModified();
        return ta != tb ? ta < tb : a.fileName() < b.fileName();
    });
    QStringList paths;
    for (const QFileInfo &f : std::as_const(files))
        paths.append(f.absoluteFilePath());
    return paths;
}

/// The bytes of one message file as Postfix stored it (LF line ends, Return-Path,
/// Delivered-To and Received headers added); empty (and an error) when unreadable.
inline QByteArray readMessage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        recordError(QStringLiteral("cannot read message ") + path + QStringLiteral(": ") + file.errorString());
        return {};
    }
    return file.readAll();
}

/// The body of a stored message: everything after the first empty line.
inline QByteArray body(const QByteArray &message)
{
    qsizetype end = message.indexOf("\n\n");
    qsizetype skip = 2;
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    if (crlf >= 0 && (end < 0 || crlf < end)) {
        end = crlf;
        skip = 4;
    }
    return end < 0 ? QByteArray() : message.mid(end + skip);
}

/// Waits (processing events) until the mailbox holds at least @p count messages.
inline bool waitForMessages(QStringView address, int count, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype have = messages(address).size();
        if (have >= count)
            return true;
        if (deadline.hasExpired()) {
            recordError(QStringLiteral("mailbox %1 holds %2 message(s) after %3 ms, expected %4")
                            .arg(address.toString())
                            .arg(have)
                            .arg(timeoutMs)
                            .arg(count));
            return false;
        }
        QTest::qWait(20);
    }
}

/// Waits until a message containing @p needle (e.g. a unique Subject or Message-ID)
/// arrives; returns its path, or an empty string (and an error) at the deadline.
inline QString waitForMessage(QStringView address, const QByteArray &needle, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QStringList paths = messages(address);
        for (const QString &path : paths) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                return path;
        }
        if (deadline.hasExpired()) {
            recordError(QStringLiteral("no message containing \"%1\" in mailbox %2 after %3 ms (%4 other message(s))")
                            .arg(QString::fromUtf8(needle), address.toString())
                            .arg(timeoutMs)
                            .arg(paths.size()));
            return {};
        }
        QTest::qWait(20);
    }
}

/// Removes every message (new/, cur/, tmp/) of a mailbox; false (and an error) on failure.
inline bool clearMailbox(QStringView address, QString *why = nullptr)
{
    const QString box = mailboxPath(address);
    bool ok = !box.isEmpty();
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur"), QStringLiteral("tmp")}) {
        if (!ok)
            break;
        QDir dir(box + u'/' + sub);
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : names) {
            if (!dir.remove(name)) {
                recordError(QStringLiteral("cannot remove ") + dir.filePath(name));
                ok = false;
            }
        }
    }
    if (!ok && why)
        *why = lastError();
    return ok;
}

} // namespace Testbed
