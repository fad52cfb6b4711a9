#pragma once

#include "model/BatchRow.h"

#include <QElapsedTimer>
#include <QWizardPage>

#include <memory>

namespace Ui { class BatchResultsPage; }
class BatchRowModel;
class BatchFilterModel;

/// "Check a list of addresses", second step: a progress bar with the counts and an
/// estimate, and the rows in a table that sorts, filters (a search box and an outcome) and
/// is saved. Starts the check when shown (runRequested) and stops it on Stop, Back or
/// Escape (stopRequested); what the check finds arrives through the show* slots.
class BatchResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BatchResultsPage(QWidget *parent = nullptr);
    ~BatchResultsPage() override;

    BatchRowModel *rows() const { return m_rows; }
    BatchFilterModel *filter() const { return m_filter; }
    bool isRunning() const { return m_running; }

    void showStarted(int total, int domains);
    void addRow(const BatchRow &row);
    void showFinished(bool stopped);
    /// The check did not start (shown on the list page; this page goes back there).
    void showRefused();
    void showSaved(const QString &path);
    void showSaveError(const QString &error);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    /// The progress line: "12 of 50 checked: 10 accepted, 1 refused, 1 temporary, 0 errors,
    /// about 20 s left" (pure, for tests).
    static QString progressText(int done, int total, const int counts[4], qint64 elapsedMs, bool finished);

Q_SIGNALS:
    void runRequested();
    void stopRequested();
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateProgress();

    std::unique_ptr<Ui::BatchResultsPage> m_ui;
    BatchRowModel *m_rows;
    BatchFilterModel *m_filter;
    QElapsedTimer m_clock;
    qint64 m_elapsed = 0; // frozen at the end
    int m_total = 0;
    bool m_running = false;
    bool m_stopped = false;
};
