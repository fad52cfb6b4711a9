#pragma once

#include "pages/WizardContext.h"
#include "pages/WizardMode.h"
#include "plan/PlanField.h"
#include "plan/PlanRequest.h"

#include <QWizardPage>

/// A wizard page that edits part of the test: it fills the fields it owns from a request
/// (settings or command line) and writes them back when the wizard assembles the plan.
class InlineBanner;

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

    /// The plan fields this page holds: a refusal of one of them is shown here.
    virtual QList<Plan::Field> fields() const = 0;
    /// Shows why the test could not start, at the top of the page; empty clears it.
    void showRefusal(const QStringList &reasons);

protected:
    /// The mode chosen on the first page.
    WizardMode mode() const;
    const WizardContext &context() const;

private:
    const WizardContext *m_context = nullptr;
    InlineBanner *m_refusal = nullptr; // made on the first refusal

};
