#pragma once

#include "model/TestResult.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class SummaryPage; }

/// Page 7: the verdict in one sentence with its icon, next steps and the time per step;
/// asks for a saved report, a copy for a ticket, another run or a change of settings.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);
    ~SummaryPage() override;

    void setResult(const TestResult &result);
    /// The pages the user can go back to, as (title, page id), in wizard order.
    void setChangeTargets(const QList<QPair<QString, int>> &targets);
    void showMessage(bool error, const QString &text);
    void initializePage() override;
    int nextId() const override { return -1; }

Q_SIGNALS:
    void saveReportRequested();
    void copyRequested();
    void runAgainRequested();
    void changeRequested(int pageId);

private:
    std::unique_ptr<Ui::SummaryPage> m_ui;
    QList<QPair<QString, int>> m_targets;
};
