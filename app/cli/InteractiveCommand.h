#pragma once

#include "cli/TerminalPrinter.h"
#include "options/CliOptions.h"
#include "run/ConsoleCommand.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>

class ConsoleSession;
class CredentialStore;
class TerminalInput;

/// `smtp-wizard-cli --interactive`: the runner's face of the expert console (issue 14,
/// docs/console.md). Reads one command a line from standard input (a terminal or a
/// script), hands it to a ConsoleSession one at a time, prints each transcript line and
/// each reply's explanation, gets the secret for /auth (a file, the keychain, or a prompt
/// without echo), and at the end of the input says QUIT and writes --report and --json.
class InteractiveCommand : public QObject
{
    Q_OBJECT
public:
    InteractiveCommand(const CliOptions &options, QTextStream &out, QTextStream &err, bool colour,
                       QObject *parent = nullptr);
    ~InteractiveCommand() override;

    /// Returns an exit code when done at once (a usage error), else -1: exitRequested follows.
    int start();
    /// For tests: use this store instead of the OS keychain.
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }

Q_SIGNALS:
    void exitRequested(int code);

private:
    void handleLine(const QByteArray &line);
    void processQueue();
    void carryOut(const ConsoleCommand &command);
    void signIn(const ConsoleCommand &command);
    void signInWith(const ConsoleCommand &command, const QString &secret);
    void sendFile(const QString &path);
    void printTls(const TlsInfo &tls);
    void printNotice(const QString &text);
    void prompt();
    void finish();
    CredentialStore &credentials();

    CliOptions m_options;
    TestPlan m_plan;
    QTextStream &m_out;
    QTextStream &m_err;
    TerminalPrinter m_printer;
    QPointer<ConsoleSession> m_session;
    TerminalInput *m_input = nullptr;
    QList<QByteArray> m_queue;   // lines read while a reply was due
    bool m_inputEnded = false;
    bool m_busy = false;         // a command of ours (reading a secret or a file) is under way
    std::optional<ConsoleCommand> m_secretFor; // the /auth whose secret is being typed
    CredentialStore *m_credentials = nullptr;
    std::unique_ptr<CredentialStore> m_ownCredentials;
};
