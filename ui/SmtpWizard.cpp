#include "SmtpWizard.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

SmtpWizard::SmtpWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("SMTP Wizard"));
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Test mail delivery"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("SMTP Wizard tests mail delivery step by step."), page));
    addPage(page);
}
