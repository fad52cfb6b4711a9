#include "pages/RequestPage.h"

WizardMode RequestPage::mode() const
{
    return context().mode();
}

const WizardContext &RequestPage::context() const
{
    return m_context ? *m_context : WizardContext::standalone();
}
