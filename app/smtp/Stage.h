#pragma once

#include <QObject>
#include <QString>

#include <optional>

/// The steps of one test, from the DNS lookup to QUIT; also `verdict.stage` in JSON.
namespace Smtp {
Q_NAMESPACE

enum class Stage {
    Dns,
    Connect,
    Greeting,
    Ehlo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,    // the DATA command and its 354
    Message, // the message body and the reply to the final "."
    Quit,    // RSET and QUIT: closing the session politely
};
Q_ENUM_NS(Stage)

/// Stable lower-case key used in JSON and on the command line ("rcpt").
QString stageKey(Stage stage);
std::optional<Stage> stageFromKey(QStringView key);

} // namespace Smtp
