#pragma once

#include "model/TestPlan.h"
#include "model/Vocabulary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// One line typed into the expert console (issue 14), parsed and checked: an SMTP command
/// to send as it is, a slash command the console carries out (/starttls, /auth, /data,
/// /quit, /help), or a refusal saying why the line cannot go on the wire. Pure.
struct ConsoleCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleCommand)
public:
    enum class Kind { Empty, Smtp, StartTls, Auth, Data, Quit, Help, Refused };

    Kind kind = Kind::Empty;
    QByteArray wire;       // Smtp: the line to send, without CRLF
    QString verb;          // Smtp: the command word in upper case ("MAIL", "VRFY")
    TestPlan::Auth mechanism = TestPlan::Auth::Plain; // Auth
    QString user;          // Auth
    QString file;          // Data: the message file
    QString error;         // Refused: why, for people

    /// line: what was read, without its LF; a CR just before the LF is the line end and
    /// goes, a CR, LF or NUL anywhere else refuses the line, as does a line longer than
    /// RFC 5321 allows (1000 octets with CRLF) or text that is not UTF-8.
    static ConsoleCommand parse(QByteArrayView line);
    /// The same checks for a line of a message typed after DATA's 354 (no slash commands).
    static std::optional<QString> checkLine(QByteArrayView line);
    /// The step a command belongs to, for explaining its reply: EHLO/HELO the EHLO step,
    /// MAIL, RCPT (and VRFY, EXPN), DATA, AUTH, STARTTLS theirs; anything else (RSET, QUIT,
    /// NOOP, HELP, ETRN) the session-level Quit step, whose explanations are neutral.
    static Model::Stage stageOf(const QString &verb);
    /// The mechanisms /auth offers, by the names it takes ("plain", "login", "xoauth2").
    static QList<TestPlan::Auth> mechanisms();
    /// What the transcript shows for a typed line: "AUTH PLAIN ********" when an AUTH
    /// carries an initial response, "********" for a secret line (the answer to a typed
    /// AUTH's 334), else empty (the line itself).
    static QString shownAs(const QByteArray &wire, bool secretLine);
    /// The address in "RCPT TO:<a@b> NOTIFY=..." ("a@b"), or empty.
    static QString pathOf(const QByteArray &wire);
    /// The slash commands, a line each, for /help.
    static QStringList help();
};
