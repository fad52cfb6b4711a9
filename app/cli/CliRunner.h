#pragma once

#include "options/CliOptions.h"
#include "cli/TerminalPrinter.h"
#include "model/TestPlan.h"
#include "model/TestResult.h"

#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>

class AttemptOrder;
class BatchCommand;
class CredentialStore;
class HealthCheck;
class TestRun;

/// The headless runner: reads the command line, runs one test (or explains a reply),
/// prints it live, writes reports, and ends with the exit code of the verdict.
/// Everything is asynchronous; it only calls QCoreApplication::exit when done.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    /// Starts; returns an exit code when it is done at once (help, usage error),
    /// or -1 when the event loop must run until exitRequested.
    int start(const QStringList &arguments);
    /// For tests: use this store instead of the OS keychain.
    void setCredentialStore(CredentialStore *store);

Q_SIGNALS:
    void exitRequested(int code);

private:
    int prepare();
    void lookUpStoredPassword();
    void forgetStoredPassword();
    void startRun();
    void handleRunFinished();
    /// The run and, with --health, the health checks are both done: m_result is whole.
    bool collectResult();
    void writeReportsAndExit();
    void done(int code);
    QString credentialKey() const;
    CredentialStore &credentials();

    CliOptions m_options;
    TestPlan m_plan;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<TerminalPrinter> m_printer;
    std::unique_ptr<AttemptOrder> m_order; // the live transcript, one attempt after another
    QPointer<TestRun> m_run;
    QPointer<BatchCommand> m_batch; // --batch instead of one test
    QPointer<HealthCheck> m_health;
    std::optional<DomainHealth> m_healthFound;
    TestResult m_result;
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    bool m_passwordFromKeychain = false;
};
