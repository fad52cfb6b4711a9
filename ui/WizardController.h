#pragma once

#include "credentials/CredentialStore.h"
#include "diagnosis/BounceExplainer.h"
#include "model/DnsFindings.h"
#include "pages/ExplainPage.h"
#include "model/TestPlan.h"
#include "report/ReportWriter.h"
#include "model/TestResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

struct BounceEntry;

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

    /// The mail servers of plan.domain, or the addresses of plan.host.
    void lookup(const TestPlan &plan);
    void cancelLookup();
    bool isLookingUp() const;

    /// Starts a run; findings from the Mail servers page spare it a second lookup.
    /// rememberPassword: store the password in the keychain once the server accepted it.
    void startRun(const TestPlan &plan, const std::optional<DnsFindings> &findings, bool rememberPassword = false);
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
    /// Emitted before the run starts, so that views can connect to it first.
    void runStarted(const TestRun *run);
    void runFinished(const TestResult &result);
    /// The keychain had a password under key.
    void passwordRead(const QString &key, const QString &password);
    /// What happened in the keychain, in words (stored, forgotten, unavailable).
    void keychainMessage(const QString &text);

private:
    void handleRunFinished(const TestResult &result);
    static QList<ExplainPage::Item> itemsOf(const QList<BounceExplainer::Item> &explained);

    QPointer<MxLookup> m_lookup;
    QPointer<TestRun> m_run;
    std::optional<TestResult> m_lastResult;
    CredentialStore *m_store;
    QString m_pendingKey;      // credential to remember once the server accepted it
    QString m_pendingPassword;
};
