#pragma once

#include "pages/RequestPage.h"

#include <memory>

namespace Ui { class DestinationPage; }
class FieldCheck;

/// Page 1: what to test (delivery to a domain, sending through our own server, or
/// explaining an error message) and where to.
class DestinationPage : public RequestPage
{
    Q_OBJECT
public:
    explicit DestinationPage(QWidget *parent = nullptr);
    ~DestinationPage() override;

    WizardMode selectedMode() const;
    void setMode(WizardMode mode);
    /// True when the 465 (implicit TLS) port was chosen for submission.
    bool implicitTlsChosen() const;
    /// "Check whether this server is an open relay" is ticked (delivery to a domain only).
    bool relayTestChosen() const;
    QString domain() const;
    QString server() const;

    void prefill(const PlanRequest &request) override;
    void applyTo(PlanRequest &request) const override;
    QList<Plan::Field> fields() const override { return {Plan::Field::Destination}; }
    bool isComplete() const override;
    void initializePage() override;
    int nextId() const override;

Q_SIGNALS:
    void modeChanged();
    void historyRequested();
    void profilesRequested();

private:
    void updateVisibility();
    void updatePortChoices();

    std::unique_ptr<Ui::DestinationPage> m_ui;
    FieldCheck *m_domainCheck;
    FieldCheck *m_serverCheck;
};
