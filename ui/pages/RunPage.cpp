#include "pages/RunPage.h"
#include "ui_RunPage.h"

#include "model/Vocabulary.h"
#include "widgets/CertificateView.h"
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
{
    m_ui->setupUi(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({600, 400});
    m_ui->stageProgress->setRange(0, StageCount);
    connect(m_ui->transcriptView, &TranscriptView::explanationChanged, m_ui->explanationPanel,
            &ExplanationPanel::showExplanation);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &RunPage::stopRequested);
    connect(m_ui->certificateButton, &QPushButton::clicked, this, &RunPage::showCertificate);
    resetView();
}

RunPage::~RunPage() = default;

void RunPage::resetView()
{
    m_ui->transcriptView->clearTranscript();
    m_ui->explanationPanel->clear();
    m_ui->runBanner->showMessage(InlineBanner::Kind::Info, QString());
    m_ui->stageProgress->setValue(0);
    m_ui->stageLabel->clear();
    m_ui->certificateButton->setEnabled(false);
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
    const int step = int(stage) + 1;
    m_ui->stageProgress->setValue(step);
    m_ui->stageLabel->setText(tr("Step %1 of %2: %3").arg(step).arg(StageCount).arg(Model::stageStep(stage)));
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
}

void RunPage::handleFinished(const TestResult &result)
{
    m_running = false;
    m_finished = true;
    m_ui->stopButton->setEnabled(false);
    if (result.verdict.problem && result.verdict.attemptIndex < 0 && result.dns.explanation.isValid())
        m_ui->transcriptView->transcript()->setProblemExplanation(-1, result.dns.explanation);
    m_ui->stageProgress->setValue(StageCount);
    m_ui->stageLabel->setText(result.verdict.succeeded() ? tr("Finished: it worked.")
                                                         : tr("Finished: it did not work. See the summary."));
    Q_EMIT completeChanged();
    if (wizard())
        wizard()->button(QWizard::NextButton)->setFocus();
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
