#pragma once

#include "cli/BatchProgress.h"
#include "options/CliOptions.h"
#include "report/BatchWriter.h"

#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>

class BatchRun;

/// `smtp-wizard-cli --batch FILE`: reads and checks the list (BatchInput), resumes an
/// earlier --batch-out file, runs the batch check (BatchRun) and writes each row as it
/// comes (BatchWriter), with the progress on standard error (BatchProgress).
class BatchCommand : public QObject
{
    Q_OBJECT
public:
    BatchCommand(const CliOptions &options, QTextStream &err, QObject *parent = nullptr);
    ~BatchCommand() override;

    /// Returns an exit code when done at once (a usage error, nothing left to check), or
    /// -1 when exitRequested follows.
    int start();

Q_SIGNALS:
    void exitRequested(int code);

private:
    void handleRow(const BatchRow &row);
    void handleFinished();

    CliOptions m_options;
    QTextStream &m_err;
    BatchWriter m_writer;
    std::unique_ptr<BatchProgress> m_progress;
    QPointer<BatchRun> m_run;
};
