#pragma once

#include "run/TestRun.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <memory>

class ConsoleWindow;

namespace Ui { class RunPage; }

/// Page 6: the test as it happens. Asks for the run when it opens (runRequested) and
/// then only listens to the TestRun's signals: transcript, explanations, progress.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Follows a run that has just been created (before start()).
    void attachRun(const TestRun *run);
    /// The plan could not be built: say why instead of running.
    void showRefused(const QStringList &reasons);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();

private:
    void handleEntry(int attemptIndex, const TranscriptEntry &entry);
    void handleStage(int attemptIndex, Model::Stage stage);
    void handleAttemptFinished(int attemptIndex);
    void handleFinished(const TestResult &result);
    void showCertificate();
    void openConsole();
    void resetView();
    void showWaiting();
    /// Selects the line that decided the run, so its explanation is the one on screen.
    void showDecidingLine(const TestResult &result);
    static QString finishedText(const TestResult &result);

    std::unique_ptr<Ui::RunPage> m_ui;
    QPointer<const TestRun> m_run;
    QPointer<ConsoleWindow> m_console; // one console per page, raised when asked again
    bool m_running = false;
    bool m_finished = false;
    int m_tlsAttempt = -1;
    TlsInfo m_tls;
    QString m_tlsHost;
    QTimer *m_waitTimer;      // ticks the "12 s so far" of a step that takes long
    QElapsedTimer m_stepClock;
    Model::Stage m_stage = Model::Stage::Dns;
};
