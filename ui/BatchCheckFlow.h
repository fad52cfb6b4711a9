#pragma once

#include "plan/PlanRequest.h"

#include <QObject>

#include <functional>

class BatchCheckController;
class BatchListPage;
class BatchResultsPage;
class Settings;
class QWizard;

/// "Check a list of addresses" inside the wizard: its two pages (the list, the results),
/// joined to the BatchCheckController that does the work and to the wizard's settings
/// (port, security, EHLO name, name server and time limits come from the request the
/// other pages hold). Kept apart from SmtpWizard, which wires the single test.
class BatchCheckFlow : public QObject
{
    Q_OBJECT
public:
    /// Adds the pages to wizard. request: what the wizard's pages hold now.
    BatchCheckFlow(QWizard &wizard, Settings &settings, std::function<PlanRequest()> request);
    ~BatchCheckFlow() override;

    bool isRunning() const;
    void cancel();
    /// Rows nobody saved are not thrown away without asking: opens the question and
    /// returns true (the wizard closes once it is answered), false when nothing is unsaved.
    bool askBeforeClosing();
    BatchListPage *listPage() const { return m_list; }
    BatchResultsPage *resultsPage() const { return m_results; }

private:
    void start();
    void save();

    QWizard &m_wizard;
    Settings &m_settings;
    std::function<PlanRequest()> m_request;
    BatchListPage *m_list;
    BatchResultsPage *m_results;
    BatchCheckController *m_controller;
    bool m_saved = true; // the last check's rows were saved (or there are none)
};
