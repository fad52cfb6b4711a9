#include "BatchCheckFlow.h"

#include "BatchCheckController.h"
#include "CloseQuestion.h"
#include "history/BatchFileDialog.h"
#include "pages/BatchListPage.h"
#include "pages/BatchResultsPage.h"
#include "pages/PageId.h"
#include "settings/Settings.h"
#include "widgets/BatchRowModel.h"

#include <QFileInfo>
#include <QWizard>

BatchCheckFlow::BatchCheckFlow(QWizard &wizard, Settings &settings, std::function<PlanRequest()> request)
    : QObject(&wizard)
    , m_wizard(wizard)
    , m_settings(settings)
    , m_request(std::move(request))
    , m_list(new BatchListPage(&wizard))
    , m_results(new BatchResultsPage(&wizard))
    , m_controller(new BatchCheckController(this))
{
    wizard.setPage(BatchListPageId, m_list);
    wizard.setPage(BatchResultsPageId, m_results);
    connect(&wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == BatchListPageId)
            m_list->proposeSender(m_request().mailFrom.value_or(QString()));
    });
    connect(m_results, &BatchResultsPage::runRequested, this, &BatchCheckFlow::start);
    connect(m_results, &BatchResultsPage::stopRequested, m_controller, &BatchCheckController::cancel);
    connect(m_results, &BatchResultsPage::saveRequested, this, &BatchCheckFlow::save);
    connect(m_controller, &BatchCheckController::started, m_results, &BatchResultsPage::showStarted);
    connect(m_controller, &BatchCheckController::rowReady, m_results, &BatchResultsPage::addRow);
    connect(m_controller, &BatchCheckController::finished, m_results, &BatchResultsPage::showFinished);
    connect(m_controller, &BatchCheckController::finished, this, [this] { m_saved = m_results->rows()->total() == 0; });
    connect(m_controller, &BatchCheckController::refused, this, [this](const QStringList &messages) {
        m_results->showRefused();
        m_list->showRefusal(messages);
        // Not from inside next(): the results page is still being shown.
        QMetaObject::invokeMethod(&m_wizard, [this] {
            if (m_wizard.currentId() == BatchResultsPageId)
                m_wizard.back();
        }, Qt::QueuedConnection);
    });
}

BatchCheckFlow::~BatchCheckFlow() = default;

bool BatchCheckFlow::isRunning() const
{
    return m_controller->isRunning();
}

void BatchCheckFlow::cancel()
{
    m_controller->cancel();
}

void BatchCheckFlow::start()
{
    PlanRequest request = m_request();
    request.mailFrom = m_list->sender();
    m_controller->start(request, m_list->listText());
}

void BatchCheckFlow::save()
{
    // In the list's order, as the runner's file reads best beside the list.
    QList<BatchRow> rows = m_results->rows()->rows();
    std::stable_sort(rows.begin(), rows.end(), [](const BatchRow &a, const BatchRow &b) { return a.line < b.line; });
    auto *dialog = new BatchFileDialog(rows, &m_wizard,
                                       m_settings.value(Settings::Key::ReportFolder).toString());
    connect(dialog, &BatchFileDialog::saved, this, [this](const QString &path, const QString &error) {
        if (!error.isEmpty()) {
            m_results->showSaveError(error);
            return;
        }
        m_saved = true;
        m_settings.setValue(Settings::Key::ReportFolder, QFileInfo(path).absolutePath());
        m_results->showSaved(path);
    });
    dialog->open();
}

bool BatchCheckFlow::askBeforeClosing()
{
    if (m_saved)
        return false;
    auto *question = new CloseQuestion(&m_wizard);
    question->setText(tr("The results of the list check were not saved."));
    connect(question, &CloseQuestion::closeConfirmed, this, [this] {
        m_saved = true;
        // Once the question is gone (the wizard waits while one is shown); the single
        // test's unsaved result, if any, is asked about next.
        QMetaObject::invokeMethod(&m_wizard, &QWizard::reject, Qt::QueuedConnection);
    });
    connect(question, &CloseQuestion::saveRequested, this, &BatchCheckFlow::save);
    question->open();
    return true;
}
