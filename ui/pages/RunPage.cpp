#include "pages/RunPage.h"
#include "ui_RunPage.h"

#include "model/Vocabulary.h"
#include "widgets/CertificateView.h"
#include "widgets/ConsoleWindow.h"
#include "widgets/RelayReading.h"
#include "widgets/TranscriptModel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace {
constexpr int StageCount = int(Model::Stage::Quit) + 1;
}

RunPage::RunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::RunPage>())
    , m_waitTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({600, 400});
    m_ui->stageProgress->setRange(0, StageCount);
    // Wide enough for its words ("Stopped at step 12 of 12") on one line.
    m_ui->stageProgress->setMinimumWidth(
        m_ui->stageProgress->fontMetrics().horizontalAdvance(tr("Stopped at step %1 of %2").arg(StageCount).arg(StageCount))
        + 32);
    m_ui->stageProgress->setMaximumWidth(QWIDGETSIZE_MAX);
    // The finished line can be a long sentence ("Finished: OPEN RELAY. This server accepts
    // ..."): it wraps onto a second line rather than being cut off by the progress bar.
    m_ui->stageLabel->setWordWrap(true);
    connect(m_ui->transcriptView, &TranscriptView::explanationChanged, m_ui->explanationPanel,
            &ExplanationPanel::showExplanation);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &RunPage::stopRequested);
    // Stop has the focus while a test runs; in a dialog the focused button takes Return, so
    // an Enter pressed twice to send would stop the test it just started. Space, Escape
    // and a click stop it; Return never does by surprise.
    m_ui->stopButton->setAutoDefault(false);
    connect(m_ui->certificateButton, &QPushButton::clicked, this, &RunPage::showCertificate);
    m_ui->consoleButton->setAutoDefault(false);
    connect(m_ui->consoleButton, &QPushButton::clicked, this, &RunPage::openConsole);
    // A server that takes its time must not look like a frozen program: the step's line
    // counts the seconds and says when the test will give up.
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &RunPage::showWaiting);
    resetView();
}

RunPage::~RunPage() = default;

void RunPage::resetView()
{
    m_ui->transcriptView->clearTranscript();
    m_ui->explanationPanel->clear();
    m_ui->runBanner->showMessage(InlineBanner::Kind::Info, QString());
    m_ui->stageProgress->setValue(0);
    m_ui->stageProgress->setFormat(tr("Step %v of %m"));
    m_ui->stageLabel->clear();
    m_waitTimer->stop();
    m_ui->certificateButton->setEnabled(false);
    m_ui->consoleButton->setEnabled(false);
    m_ui->stopButton->setEnabled(false);
    m_tlsAttempt = -1;
    m_finished = false;
    m_running = false;
}

void RunPage::initializePage()
{
    resetView();
    Q_EMIT completeChanged();
    Q_EMIT runRequested();
}

void RunPage::cleanupPage()
{
    // Going back stops a test that is still running; nothing keeps talking unseen.
    if (m_running)
        Q_EMIT stopRequested();
}

bool RunPage::isComplete() const
{
    return m_finished;
}

void RunPage::attachRun(const TestRun *run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    resetView();
    m_run = run;
    m_running = true;
    m_ui->stopButton->setEnabled(true);
    m_ui->stopButton->setFocus();
    m_ui->stageLabel->setText(tr("Starting\u2026"));
    connect(run, &TestRun::transcriptEntryAdded, this, &RunPage::handleEntry);
    connect(run, &TestRun::stageChanged, this, &RunPage::handleStage);
    connect(run, &TestRun::replyReceived, this,
            [this](int attemptIndex, int replyIndex, const ReplyRecord &record) {
                m_ui->transcriptView->transcript()->setReplyExplanation(attemptIndex, replyIndex, record.explanation);
            });
    connect(run, &TestRun::tlsEstablished, this, [this](int attemptIndex, const TlsInfo &tls) {
        m_tlsAttempt = attemptIndex;
        m_tls = tls;
        // The attempt that is talking keeps its route: the name its certificate is checked against.
        if (const Attempt *attempt = m_run ? m_run->attempt(attemptIndex) : nullptr)
            m_tlsHost = attempt->route.name();
        m_ui->certificateButton->setEnabled(!tls.peerCertificates.isEmpty());
    });
    connect(run, &TestRun::attemptFinished, this, &RunPage::handleAttemptFinished);
    connect(run, &TestRun::finished, this, &RunPage::handleFinished);
}

void RunPage::showRefused(const QStringList &reasons)
{
    m_running = false;
    m_ui->stopButton->setEnabled(false);
    m_ui->stageLabel->setText(tr("The test could not start."));
    m_ui->runBanner->showMessage(InlineBanner::Kind::Error,
                                 tr("Please go back and correct this:") % u"\n"_s % reasons.join(u'\n'));
}

void RunPage::handleEntry(int attemptIndex, const TranscriptEntry &entry)
{
    m_ui->transcriptView->transcript()->appendEntry(attemptIndex, entry);
}

void RunPage::handleStage(int, Model::Stage stage)
{
    m_stage = stage;
    m_stepClock.start();
    m_ui->stageProgress->setValue(int(stage) + 1);
    m_ui->stageLabel->setText(Model::stageStep(stage));
    if (m_running)
        m_waitTimer->start();
}

void RunPage::showWaiting()
{
    if (!m_running || !m_run)
        return;
    const qint64 seconds = m_stepClock.elapsed() / 1000;
    if (seconds < 2)
        return; // a quick step needs no clock
    const qint64 limit = std::chrono::duration_cast<std::chrono::seconds>(
                             m_run->plan().timeouts.forStage(m_stage)).count();
    m_ui->stageLabel->setText(tr("%1: waiting for %2 s; the test gives up after %3 s.")
                                  .arg(Model::stageStep(m_stage))
                                  .arg(seconds)
                                  .arg(limit));
}

void RunPage::handleAttemptFinished(int attemptIndex)
{
    const Attempt *attempt = m_run ? m_run->attempt(attemptIndex) : nullptr;
    if (!attempt)
        return;
    for (const Finding &finding : attempt->findings) {
        if (finding.fatal)
            m_ui->transcriptView->transcript()->setProblemExplanation(attemptIndex, finding.explanation);
    }
    // A refused certificate is the one most worth looking at: keep it viewable.
    if (attempt->tls && !attempt->tls->peerCertificates.isEmpty() && m_tlsAttempt < 0) {
        m_tlsAttempt = attemptIndex;
        m_tls = *attempt->tls;
        m_tlsHost = attempt->route.name();
        m_ui->certificateButton->setEnabled(true);
    }
}

void RunPage::handleFinished(const TestResult &result)
{
    m_running = false;
    m_finished = true;
    m_waitTimer->stop();
    m_ui->stopButton->setEnabled(false);
    if (result.verdict.problem && result.verdict.attemptIndex < 0 && result.dns.explanation.isValid())
        m_ui->transcriptView->transcript()->setProblemExplanation(-1, result.dns.explanation);
    // A full bar means it all went through; otherwise it stays where the test ended. An
    // open-relay check that found an open relay went through too: every form was tried,
    // and a bar stuck at "Ended at step 9" would read as if the check broke off.
    if (result.verdict.succeeded() || result.verdict.outcome == Verdict::Outcome::OpenRelay) {
        m_ui->stageProgress->setValue(StageCount);
        m_ui->stageProgress->setFormat(tr("Done"));
    } else {
        // The step that decided it, not the polite QUIT that followed.
        if (result.verdict.attemptIndex >= 0)
            m_ui->stageProgress->setValue(int(result.verdict.stage) + 1);
        m_ui->stageProgress->setFormat(result.verdict.outcome == Verdict::Outcome::Cancelled
                                           ? tr("Stopped at step %v of %m")
                                           : tr("Ended at step %v of %m"));
    }
    m_ui->stageLabel->setText(finishedText(result));
    m_ui->consoleButton->setEnabled(m_run != nullptr);
    RelayReading::apply(*m_ui->transcriptView->transcript(), result);
    showDecidingLine(result);
    Q_EMIT completeChanged();
    if (wizard())
        wizard()->button(QWizard::NextButton)->setFocus();
}

QString RunPage::finishedText(const TestResult &result)
{
    using Outcome = Verdict::Outcome;
    const Verdict &v = result.verdict;
    const Attempt *attempt = v.attemptIndex >= 0 && v.attemptIndex < result.attempts.size()
                                 ? &result.attempts.at(v.attemptIndex) : nullptr;
    qsizetype refused = 0;
    qsizetype accepted = 0;
    if (attempt) {
        for (const RecipientResult &r : attempt->recipients) {
            if (r.accepted())
                ++accepted;
            else if (r.reply)
                ++refused;
        }
    }
    // Some recipients got through while others were refused: neither "it worked" nor
    // "it did not work".
    const bool partly = refused > 0 && accepted > 0
                        && (v.succeeded() || v.outcome == Outcome::Rejected || v.outcome == Outcome::Deferred);
    if (partly)
        return tr("Finished: it partly worked; %n recipient(s) refused. See the summary.", nullptr, int(refused));
    switch (v.outcome) {
    case Outcome::Delivered:
    case Outcome::Accepted: return tr("Finished: it worked.");
    case Outcome::Deferred: return tr("Finished: the server asked to try again later. See the summary.");
    case Outcome::Cancelled: return tr("Stopped: you stopped the test.");
    case Outcome::OpenRelay: return tr("Finished: OPEN RELAY. This server accepts mail for other domains from anyone. See the summary.");
    case Outcome::RelayRefused: return tr("Finished: the server refuses to relay. See the summary.");
    default: return tr("Finished: it did not work. See the summary.");
    }
}

void RunPage::showDecidingLine(const TestResult &result)
{
    const TranscriptModel *model = m_ui->transcriptView->transcript();
    const Verdict &v = result.verdict;
    int row = v.replyIndex >= 0 ? model->rowOfReply(v.attemptIndex, v.replyIndex) : -1;
    if (row < 0 && !v.succeeded())
        row = model->rowOfProblem(v.attemptIndex);
    if (row >= 0)
        m_ui->transcriptView->showRow(row);
}

void RunPage::showCertificate()
{
    // Opened by the user's click; non-modal so the transcript stays readable beside it.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"certificateDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Certificate of %1").arg(m_tlsHost));
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new CertificateView(dialog);
    view->setTlsInfo(m_tls, m_tlsHost);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->show();
}

void RunPage::openConsole()
{
    if (!m_run)
        return;
    if (m_console) {
        m_console->raise();
        m_console->activateWindow();
        return;
    }
    // The run's own destination (server, or domain and its best MX), port and TLS: the
    // person goes on by hand where the wizard stopped.
    m_console = new ConsoleWindow(m_run->plan(), this);
    m_console->setAttribute(Qt::WA_DeleteOnClose);
    m_console->show();
    m_console->raise();
    m_console->activateWindow(); // the keyboard goes to its command line at once
}
