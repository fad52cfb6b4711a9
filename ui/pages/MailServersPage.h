#pragma once

#include "model/DnsFindings.h"
#include "model/DomainHealth.h"
#include "pages/RequestPage.h"

#include <QElapsedTimer>

#include <memory>
#include <optional>

namespace Ui { class MailServersPage; }
class FieldCheck;

/// Page 2: the destination's mail servers. The lookup starts when the page opens; the
/// page only asks for it (lookupRequested) and shows what the controller reports.
class MailServersPage : public RequestPage
{
    Q_OBJECT
public:
    explicit MailServersPage(QWidget *parent = nullptr);
    ~MailServersPage() override;

    void prefill(const PlanRequest &request) override;
    void applyTo(PlanRequest &request) const override;
    QList<Plan::Field> fields() const override { return {Plan::Field::DnsServer}; }
    void initializePage() override;
    bool isComplete() const override;

    void showLookupStarted(const QString &destination);
    void showFindings(const DnsFindings &findings);
    void showLookupCancelled();
    /// The destination could not even be asked for (e.g. the plan was refused).
    void showLookupRefused(const QString &reason);
    void showHealthStarted(const QString &domain);
    void showHealth(const DomainHealth &health);

Q_SIGNALS:
    void lookupRequested();
    void cancelRequested();
    /// "Check the domain's records": the controller checks the findings shown.
    void healthRequested();

private:
    QString currentKey() const;
    QString dnsServer() const;
    void setBusy(bool busy);
    void requestLookup();
    void showNote(const DnsFindings &findings);
    void resetHealth();
    void updateHealthButton();

    std::unique_ptr<Ui::MailServersPage> m_ui;
    FieldCheck *m_dnsCheck;
    std::optional<DnsFindings> m_findings;
    QString m_findingsKey; // destination + DNS server the findings belong to
    QString m_pendingKey;
    bool m_busy = false;
    bool m_healthBusy = false;
    // A DNS server that does not answer must not look like a hang: the status counts.
    class QTimer *m_lookupTicker;
    QElapsedTimer m_lookupClock;
    QString m_lookupDestination;
};
