#pragma once

#include "HostileServer.h"

#include <QByteArrayList>
#include <QMetaType>
#include <QStringList>

#include <chrono>

// One row of the hostile-server suite: what the server does, what the run must end in,
// and what else to check about it.

/// What a row must end in: the exit code and the --json verdict's fields.
struct Expected
{
    int exitCode = -1;
    const char *outcome = nullptr;
    const char *stage = nullptr;
    const char *category = nullptr;
    const char *problem = nullptr; // null: a reply decided
    int code = 0;                  // the deciding reply's code, 0: none
};

/// Ended by a problem without a reply.
inline Expected failed(int exitCode, const char *outcome, const char *stage, const char *category, const char *problem)
{
    return {exitCode, outcome, stage, category, problem, 0};
}

/// Decided by a reply with this code.
inline Expected decided(int exitCode, const char *outcome, const char *stage, const char *category, int code)
{
    return {exitCode, outcome, stage, category, nullptr, code};
}

/// One row: the server's script, what the run must end in, and what else to check.
struct Case
{
    Case() = default;
    Case(QList<HostileServer::Step> steps, Expected outcome) : script(std::move(steps)), expected(outcome) {}

    Case &with(const QStringList &more) { options = more; return *this; }
    Case &neverSends(const QByteArrayList &prefixes) { mustNotSend = prefixes; return *this; }
    Case &alsoAsText() { textToo = true; return *this; }
    Case &injects(const QByteArray &text) { neverAReply = text; return *this; }
    Case &saying(const QString &words) { mustSay = words; return *this; }
    Case &noting(const char *problem) { finding = problem; return *this; }
    Case &logging(const QString &words) { mustLog = words; return *this; }
    Case &presentingHostileCertificate() { hostileCertificate = true; return *this; }
    Case &hangingUpBefore(qint64 bytes) { maxSent = bytes; return *this; }

    QList<HostileServer::Step> script;
    Expected expected;
    QStringList options;        // besides the common ones
    QByteArrayList mustNotSend; // what the runner must not send after what the server did
    bool textToo = false;       // also run without --json: what a terminal gets
    QByteArray neverAReply;     // injected text that must not become a reply
    QString mustSay;            // words the verdict must contain (summary or next steps)
    const char *finding = nullptr; // a finding (not fatal) the attempt must record
    QString mustLog;            // words an event of the transcript must contain
    bool hostileCertificate = false; // StartTls presents a certificate full of escape sequences
    qint64 maxSent = 0;         // the runner hangs up before the server got this much out (0: any)
    std::chrono::seconds limit = std::chrono::seconds(15); // the watchdog: a hang guard, not a speed test
};

Q_DECLARE_METATYPE(Case)
