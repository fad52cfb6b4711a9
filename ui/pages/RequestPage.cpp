#include "pages/RequestPage.h"

#include "widgets/InlineBanner.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QFormLayout>

WizardMode RequestPage::mode() const
{
    return context().mode();
}

const WizardContext &RequestPage::context() const
{
    return m_context ? *m_context : WizardContext::standalone();
}

void RequestPage::showRefusal(const QStringList &reasons)
{
    if (!m_refusal) {
        if (reasons.isEmpty())
            return;
        m_refusal = new InlineBanner(this);
        m_refusal->setObjectName(QStringLiteral("refusalBanner"));
        if (auto *box = qobject_cast<QBoxLayout *>(layout()))
            box->insertWidget(0, m_refusal);
        else if (auto *form = qobject_cast<QFormLayout *>(layout()))
            form->insertRow(0, m_refusal);
    }
    m_refusal->showMessage(InlineBanner::Kind::Error,
                           reasons.isEmpty() ? QString()
                                             : QCoreApplication::translate("RequestPage", "The test could not start. Please correct this:") + u'\n'
                                                   + reasons.join(u'\n'));
}
