#pragma once

#include "pages/PageId.h"
#include "pages/WizardContext.h"
#include "pages/WizardMode.h"
#include "plan/PlanField.h"
#include "plan/PlanRequest.h"

#include <QPointer>
#include <QWizard>

#include <memory>

class BatchCheckFlow;
class PracticeBed;
class PracticeFlow;
class CredentialStore;
class Settings;
class WizardController;
class DestinationPage;
class MailServersPage;
class ConnectionPage;
class SignInPage;
class MessagePage;
class RunPage;
class SummaryPage;
class ExplainPage;
class RequestPage;
class HistoryStore;
class WizardHistory;
struct TestResult;

/// The step-by-step SMTP test: destination, mail servers, connection, sign-in,
/// message, run and summary. A view: it gathers the pages' answers into a PlanRequest
/// and hands the work to its WizardController.
class SmtpWizard : public QWizard, private WizardContext
{
    Q_OBJECT
public:
    /// store: the keychain to use; nullptr means the operating system's.
    explicit SmtpWizard(Settings &settings, CredentialStore *store = nullptr, QWidget *parent = nullptr);
    ~SmtpWizard() override;

    /// Fills the pages, e.g. from the command line; replaces what the settings gave.
    void prefill(const PlanRequest &request, WizardMode mode);
    /// Everything the pages hold, as one request (not yet validated).
    PlanRequest collectRequest() const;
    WizardController *controller() const { return m_controller; }
    /// Where finished tests are kept (the application: AppDataLocation/history). Until
    /// set, a temporary folder removed with the wizard: tests never touch the user's.
    void setHistoryFolder(const QString &folder);
    HistoryStore &history() const;
    void saveSettings();
    /// Practice mode: exercises on the local test bed bed describes (PracticeFlow).
    void startPractice(const PracticeBed &bed);
    PracticeFlow *practice() const { return m_practice; }

    void done(int result) override;
    /// Escape, Cancel or closing: stops a running test, asks before unsaved results go.
    void reject() override;
    /// Finish: a new test, not the end of the program.
    void accept() override;
    void startNewTest();

private:
    // WizardContext: what the pages know of each other, from the page that owns it.
    WizardMode mode() const override;
    QString domain() const override;
    QString server() const override;
    bool implicitTls() const override;
    TestPlan::Security security() const override;
    bool relayTest() const override;

    void connectPages();
    void showRunRefused(const QList<Plan::FieldError> &errors);
    int idOf(const QWizardPage *page) const;
    void requestRun();
    void goBackTo(int pageId);
    void runAgain();
    QString credentialKey() const;
    void requestStoredPassword(const QString &user);
    void forgetStoredPassword(const QString &user);
    void saveReport();
    void copyForTicket();
    void explainText(const QString &text);
    void explainFile(const QString &path);
    QList<RequestPage *> requestPages() const;
    static QStringList describe(const QList<Plan::FieldError> &errors);

    Settings &m_settings;
    WizardController *m_controller;
    DestinationPage *m_destination;
    MailServersPage *m_mailServers;
    ConnectionPage *m_connection;
    SignInPage *m_signIn;
    MessagePage *m_message;
    RunPage *m_run;
    SummaryPage *m_summary;
    ExplainPage *m_explain;
    BatchCheckFlow *m_batch; // "Check a list of addresses": its pages and controller
    PracticeFlow *m_practice = nullptr; // practice mode only
    // History and profiles (ui/history): the store, and its dialog once opened.
    void connectHistory();
    void keepInHistory(const TestResult &result);
    void showProfiles();
    WizardHistory *m_history = nullptr;
    bool m_resultKept = true; // the last result was saved or copied (or there is none)
};
