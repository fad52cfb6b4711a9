#pragma once

#include "model/TestResult.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

#include <memory>

namespace Ui { class SummaryPage; }

/// Page 7: the verdict in one sentence with its icon, next steps, what happened to each
/// recipient and (folded) the time per step;
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
    /// The report was saved at path: say so, with Open and Show in folder.
    void showSavedReport(const QString &path);
    /// What the keychain did with the password after the test (stays until the next one).
    void showKeychainNote(const QString &text);
    void initializePage() override;
    int nextId() const override { return -1; }
    /// The page that holds what most likely needs changing after this result.
    static int pageToChange(const TestResult &result);

Q_SIGNALS:
    void saveReportRequested();
    void copyRequested();
    void runAgainRequested();
    void changeRequested(int pageId);
    void historyRequested();

private:
    void showRecipients(const TestResult &result);
    void showTimings(const TestResult &result);

    std::unique_ptr<Ui::SummaryPage> m_ui;
    int m_suggestedPage = -1;
    QLabel *m_keychainNote;
    QPushButton *m_openReport;
    QPushButton *m_showFolder;
    QString m_savedReport;
    QList<QPair<QString, int>> m_targets;
};
