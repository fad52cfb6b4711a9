#pragma once

#include "credentials/CredentialStore.h"
#include "diagnosis/BounceExplainer.h"
#include "model/DnsFindings.h"
#include "model/DomainHealth.h"
#include "pages/ExplainPage.h"
#include "model/TestPlan.h"
#include "report/ReportWriter.h"
#include "model/TestResult.h"
#include "plan/PlanField.h"
#include "plan/PlanRequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

struct BounceEntry;

class HealthCheck;
class MxLookup;
class TestRun;

/// Owns the work behind the wizard: the DNS lookup of the Mail servers page and the
/// TestRun. The pages only ask; they learn what happened from this object's signals.
class WizardController : public QObject
{
    Q_OBJECT
public:
    /// store: where remembered passwords live (the OS keychain unless a test gives one).
    explicit WizardController(CredentialStore *store = nullptr, QObject *parent = nullptr);
    ~WizardController() override;

    /// Checks the destination part of request and looks up the mail servers of its
    /// domain, or the addresses of its server; lookupRefused() when it does not check out.
    void lookup(const PlanRequest &request);
    void cancelLookup();
    bool isLookingUp() const;

    /// Checks the domain health of the destination the last lookup found (the Mail
    /// servers page offers it once the servers are shown); nothing without those findings.
    /// The next run of the same destination carries the findings, with its greetings.
    void checkHealth(const PlanRequest &request);
    /// The health findings of the last check, if they are for the destination request names.
    std::optional<DomainHealth> healthFor(const PlanRequest &request) const;

    /// Checks the whole request and starts a run (runRefused() when it does not check
    /// out). The findings of this controller's own lookup of the same destination spare
    /// the run a second lookup. rememberPassword: store the password in the keychain once
    /// the server accepted it.
    void startRun(const PlanRequest &request, bool rememberPassword = false);
    /// The findings of the last lookup, if they are for the destination request names.
    std::optional<DnsFindings> findingsFor(const PlanRequest &request) const;
    /// The keychain entry of request's user at its server and port; empty when it names
    /// no user or no valid server.
    static QString credentialKey(const PlanRequest &request);
    void cancelRun();
    bool isRunning() const;
    const std::optional<TestResult> &lastResult() const { return m_lastResult; }

    void readPassword(const QString &key);
    void forgetPassword(const QString &key);
    CredentialStore *credentialStore() const { return m_store; }

    /// Saves the last result; the format follows the file name's extension.
    ReportWriter::SaveResult saveReport(const QString &path) const;

    /// Explains pasted text: a reply or a whole bounce message.
    QList<ExplainPage::Item> explainText(const QString &text) const;
    /// Reads a saved message (.eml) and explains it; error set when it cannot be read.
    QList<ExplainPage::Item> explainFile(const QString &path, QString *text, QString *error) const;

Q_SIGNALS:
    void lookupStarted(const QString &destination);
    void lookupFinished(const DnsFindings &findings);
    void lookupCancelled();
    void lookupRefused(const QList<Plan::FieldError> &errors);
    void healthStarted(const QString &domain);
    void healthFinished(const DomainHealth &health);
    void runRefused(const QList<Plan::FieldError> &errors);
    /// Emitted before the run starts, so that views can connect to it first.
    void runStarted(const TestRun *run);
    void runFinished(const TestResult &result);
    /// The keychain had a password under key.
    void passwordRead(const QString &key, const QString &password);
    /// What happened in the keychain, in words (stored, forgotten, unavailable).
    void keychainMessage(const QString &text);
    /// Whether the keychain holds the password of the current sign-in, as last learnt.
    void passwordStoredChanged(bool stored);

private:
    void handleRunFinished(const TestResult &result);
    void cancelHealth();
    static QList<ExplainPage::Item> itemsOf(const QList<BounceExplainer::Item> &explained);

    static QString lookupKey(const TestPlan &plan);

    QPointer<MxLookup> m_lookup;
    std::optional<DnsFindings> m_findings; // of the last lookup, for m_findingsKey
    QString m_findingsKey;
    QPointer<HealthCheck> m_healthCheck;
    std::optional<DomainHealth> m_health; // of the last check, for m_healthKey
    QString m_healthKey;
    std::optional<DomainHealth> m_runHealth; // what the running test's result will carry
    QPointer<TestRun> m_run;
    std::optional<TestResult> m_lastResult;
    CredentialStore *m_store;
    QString m_pendingKey;      // credential to remember once the server accepted it
    QString m_pendingPassword;
};
