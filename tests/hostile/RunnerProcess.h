#pragma once

#include <QByteArray>
#include <QStringList>

#include <chrono>

/// smtp-wizard-cli run as a user would, as a child process under the peak-rss launcher:
/// how it ended, what it printed, how long it took and its exact peak resident set
/// (wait4's ru_maxrss). A watchdog kills a run that outlives its limit, so a hang fails
/// its row instead of stalling the suite. The event loop runs while it waits, so a
/// server in the test process keeps talking.
class RunnerProcess
{
public:
    struct Result
    {
        bool finished = false; // ended by itself within the limit
        int exitCode = -1;     // -1: killed by a signal
        QByteArray out;
        QByteArray err;
        double seconds = 0;
        qint64 peakRssKiB = -1;
        QString problem;       // why the run could not be measured, if it could not
    };

    static Result run(const QStringList &arguments, std::chrono::milliseconds limit);
};
