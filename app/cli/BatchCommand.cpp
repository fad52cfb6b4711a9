#include "cli/BatchCommand.h"

#include "plan/BatchInput.h"
#include "plan/PlanBuilder.h"
#include "run/BatchRun.h"

#include <QSet>

#include <unistd.h>

namespace {
constexpr int exitUsage = 64;
constexpr qsizetype maxListBytes = 64 * 1024 * 1024;
} // namespace

BatchCommand::BatchCommand(const CliOptions &options, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(options), m_err(err)
{
}

BatchCommand::~BatchCommand() = default;

int BatchCommand::start()
{
    QString error;
    const auto text = CliOptions::readTextFile(m_options.batchFile, maxListBytes, &error);
    if (!text) {
        m_err << "--batch: " << error << '\n';
        return exitUsage;
    }
    BatchInput input = BatchInput::parse(*text);
    if (input.entries().isEmpty() && input.badLines().isEmpty()) {
        m_err << "--batch: " << tr("%1 holds no address (one address per line)").arg(m_options.batchFile) << '\n';
        return exitUsage;
    }

    // Every connection shares one plan: the sender, port, security and limits as given.
    TestPlan plan;
    if (!input.entries().isEmpty()) {
        PlanRequest request = m_options.request;
        request.rcptTo = {input.entries().constFirst().address};
        request.stopAfter = TestPlan::StopAfter::Rcpt;
        const PlanBuilder::Result built = PlanBuilder::build(request);
        if (!built.ok()) {
            for (const QString &line : m_options.describe(built.errors))
                m_err << line << '\n';
            return exitUsage;
        }
        plan = *built.plan;
    }

    QSet<QString> doneBadLines;
    int resumed = 0;
    if (!m_options.batchOut.isEmpty()) {
        const auto done = BatchWriter::readDone(m_options.batchOut, &error);
        if (!done) {
            m_err << "--batch-out: " << error << '\n';
            return exitUsage;
        }
        resumed = input.skip(*done);
        doneBadLines = QSet<QString>(done->cbegin(), done->cend());
        if (!m_writer.open(m_options.batchOut, &error)) {
            m_err << "--batch-out: " << error << '\n';
            return exitUsage;
        }
    } else {
        m_writer.openStandardOutput();
    }

    QList<BatchInput::BadLine> bad;
    for (const BatchInput::BadLine &line : input.badLines()) {
        if (!doneBadLines.contains(line.text))
            bad.append(line);
    }
    const int total = int(input.entries().size() + bad.size());
    m_err << tr("Checking %1 in %2 up to RCPT TO; nothing is sent")
                 .arg(tr("%n address(es)", nullptr, int(input.entries().size())),
                      tr("%n domain(s)", nullptr, int(input.domains().size())))
          << '\n';
    if (resumed > 0)
        m_err << tr("%n address(es) already checked in %1: skipped", nullptr, resumed).arg(m_options.batchOut) << '\n';
    if (input.duplicates() > 0)
        m_err << tr("%n duplicate line(s) skipped", nullptr, input.duplicates()) << '\n';
    for (const BatchInput::BadLine &line : std::as_const(bad))
        m_err << tr("Line %1 is not an address (%2): %3").arg(line.line).arg(line.reason, line.text) << '\n';
    m_err.flush();

    m_progress = std::make_unique<BatchProgress>(m_err, total, isatty(STDERR_FILENO) == 1);
    for (const BatchInput::BadLine &line : std::as_const(bad))
        handleRow(BatchInput::rowFor(line));
    if (input.entries().isEmpty()) {
        m_progress->finish();
        return BatchProgress::exitCode(m_progress->counts());
    }

    BatchPacing pacing;
    pacing.jobs = m_options.jobs;
    m_run = new BatchRun(plan, input.entries(), pacing, this);
    connect(m_run, &BatchRun::rowReady, this, &BatchCommand::handleRow);
    connect(m_run, &BatchRun::finished, this, &BatchCommand::handleFinished);
    m_run->start();
    return -1;
}

void BatchCommand::handleRow(const BatchRow &row)
{
    m_writer.write(row);
    m_progress->add(row);
}

void BatchCommand::handleFinished()
{
    m_progress->finish();
    m_err << tr("%1, %2").arg(tr("%n connection(s)", nullptr, m_run->connections()),
                              tr("%n MX lookup(s)", nullptr, m_run->lookups()))
          << '\n';
    m_err.flush();
    Q_EMIT exitRequested(BatchProgress::exitCode(m_progress->counts()));
}
