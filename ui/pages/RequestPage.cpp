#include "pages/RequestPage.h"

#include <QWizard>

using namespace Qt::StringLiterals;

WizardMode RequestPage::mode() const
{
    return wizard() ? static_cast<WizardMode>(wizard()->field(u"mode"_s).toInt()) : WizardMode::Delivery;
}
