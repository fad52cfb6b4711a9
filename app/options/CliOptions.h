#pragma once

#include "plan/PlanField.h"
#include "plan/PlanRequest.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;
struct CliParseResult;

/// The headless runner's command line: a PlanRequest plus the runner's own switches.
/// Parsing is pure (no files, no standard input, no network); the caller reads the
/// password and the body file, then builds the plan with PlanBuilder.
struct CliOptions
{
    PlanRequest request;

    bool json = false;
    bool colour = true;             // --no-color turns it off; the caller also checks for a terminal
    bool passwordFromStdin = false; // read one line with readPassword()
    bool tokenFromStdin = false;    // --token-stdin: read one line with readToken()
    QString bodyFile;               // --body-file; "-" is standard input; read with readTextFile()

    // Explain a reply or a bounce instead of running a test (issue 3).
    QString explainText;
    QString explainFile; // "-" is standard input
    std::optional<Model::Stage> explainStage;

    // Reports and the keychain (issue 4).
    QStringList reports; // file names; the format follows the extension
    bool anonymise = false;
    bool savePassword = false;
    bool forgetPassword = false;

    /// --health: the domain health checks beside the test (issue 12). Without --to and
    /// --quit-after the test only greets every mail server (quit after connect, every MX).
    bool health = false;

    /// --batch: check every address of this file up to RCPT TO, nothing sent (issue 12,
    /// docs/batch.md); --batch-out: the rows' file (empty: JSON lines on standard output).
    QString batchFile;
    QString batchOut;
    QString language; // --lang: already applied by main() before parsing (Translations)
    int jobs = 4; // --jobs: connections at once

    /// --interactive: the expert console (issue 14, docs/console.md); the secrets for
    /// /auth come from these files (standard input carries the commands).
    bool interactive = false;
    QString passwordFile;
    QString tokenFile;

    /// True when the runner explains text instead of running a test.
    bool explains() const { return !explainText.isEmpty() || !explainFile.isEmpty(); }

    /// Parses the whole command line (arguments[0] is the program).
    static CliParseResult parse(const QStringList &arguments);

    /// "--to: The address has no @", naming the option that set the refused field.
    QString describe(const Plan::FieldError &error) const;
    QStringList describe(const QList<Plan::FieldError> &errors) const;

    /// Reads a file ("-": standard input) as it is, at most maxBytes; nothing on error.
    static std::optional<QByteArray> readFile(const QString &path, qsizetype maxBytes, QString *error = nullptr);
    /// Reads a UTF-8 text file ("-": standard input), at most maxBytes; nothing on error.
    static std::optional<QString> readTextFile(const QString &path, qsizetype maxBytes, QString *error = nullptr);
    /// Reads --body-file into request.body; the error names the option.
    bool readBodyFile(QString *error = nullptr);
    /// One line from the device, without its line end, as --password-stdin reads it.
    static std::optional<QString> readPassword(QIODevice &input, QString *error = nullptr);
    /// The access token as --token-stdin reads it: one line, trimmed, up to the plan's limit.
    static std::optional<QString> readToken(QIODevice &input, QString *error = nullptr);
    static std::optional<QString> decodeSecretLine(QByteArray line, QString *error, const QString &notUtf8);

    Q_DECLARE_TR_FUNCTIONS(CliOptions) // last: the macro ends in "private:"
};

/// What the command line asks for: a run (or an explanation), help, the version, or
/// nothing because of usage errors (exit 64).
struct CliParseResult
{
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Error;
    CliOptions options;
    QStringList errors; // each names its option: "--port: ..."
    QString text;       // the help or version text to print
};
