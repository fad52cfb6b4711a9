#include "RunnerProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

RunnerProcess::Result RunnerProcess::run(const QStringList &arguments, std::chrono::milliseconds limit)
{
    Result result;
    QTemporaryDir home;
    if (!home.isValid()) {
        result.problem = QStringLiteral("no temporary folder");
        return result;
    }
    const QString report = home.filePath(QStringLiteral("peak-rss.txt"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private home: whatever the runner writes lands where nobody else looks.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.remove(QStringLiteral("NO_COLOR"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(SMTPWIZARD_PEAK_RSS_PATH),
                  QStringList{report, QStringLiteral(SMTPWIZARD_CLI_PATH)} + arguments);
    if (!process.waitForStarted(5000)) {
        result.problem = QStringLiteral("the launcher did not start: ") + process.errorString();
        return result;
    }
    process.closeWriteChannel();
    result.finished = finished.wait(int(limit.count()));
    result.seconds = double(clock.elapsed()) / 1000.0;
    if (!result.finished) {
        // The launcher kills the runner on SIGTERM; SIGKILL to the launcher takes the
        // runner with it (PR_SET_PDEATHSIG).
        process.terminate();
        if (!finished.wait(5000))
            process.kill();
        process.waitForFinished(5000);
        result.problem = QStringLiteral("the run did not end within %1 s").arg(double(limit.count()) / 1000.0);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly)) {
        if (result.problem.isEmpty())
            result.problem = QStringLiteral("the launcher wrote no report");
        return result;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() != 2)
            continue;
        if (words.at(0) == "exit")
            result.exitCode = words.at(1).toInt();
        else if (words.at(0) == "maxrss_kib")
            result.peakRssKiB = words.at(1).toLongLong();
    }
    return result;
}
