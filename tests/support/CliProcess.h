#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

/// smtp-wizard-cli as a user runs it, for the tests that check the real executable: a
/// private home (whatever the runner writes, settings or caches, lands where the test
/// looks), the given standard input, and the event loop kept running while it works, so a
/// scripted server living in the test's thread can answer.
namespace CliProcess {

struct Output
{
    int exitCode = -1; // -1: did not start or did not end in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment privateHome(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    return env;
}

inline Output run(const QString &home, const QStringList &arguments, const QByteArray &input = {},
                  int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(privateHome(home));
    process.start(QStringLiteral(SMTPWIZARD_CLI_PATH), arguments);
    if (!process.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace CliProcess
