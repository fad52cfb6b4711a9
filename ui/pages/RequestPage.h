#pragma once

#include "pages/WizardContext.h"
#include "pages/WizardMode.h"
#include "plan/PlanRequest.h"

#include <QWizardPage>

/// A wizard page that edits part of the test: it fills the fields it owns from a request
/// (settings or command line) and writes them back when the wizard assembles the plan.
class RequestPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    /// What this page may know of the others; the wizard sets it, a page alone has none.
    void setContext(const WizardContext *context) { m_context = context; }

    virtual void prefill(const PlanRequest &request) = 0;
    virtual void applyTo(PlanRequest &request) const = 0;

    /// Going back keeps what the user typed (QWizard would reset registered fields).
    void cleanupPage() override {}

protected:
    /// The mode chosen on the first page.
    WizardMode mode() const;
    const WizardContext &context() const;

private:
    const WizardContext *m_context = nullptr;
};
