#include "CloseQuestion.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

CloseQuestion::CloseQuestion(QWidget *parent, Subject subject)
    : QMessageBox(QMessageBox::Question, tr("Close SMTP Wizard"),
                  subject == Subject::TestResult
                      ? tr("This test is kept in History, but it was not saved as a report or copied for a ticket.")
                      : tr("What you pasted and its explanation are kept nowhere: they were not saved or copied "
                           "for a ticket."),
                  QMessageBox::NoButton, parent)
{
    setObjectName(u"closeQuestion"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setInformativeText(tr("Close anyway?"));
    QPushButton *save = addButton(subject == Subject::TestResult ? tr("&Save report\u2026") : tr("&Save explanation\u2026"),
                                  QMessageBox::AcceptRole);
    QPushButton *close = addButton(tr("&Close without saving"), QMessageBox::DestructiveRole);
    addButton(QMessageBox::Cancel);
    setDefaultButton(save);
    // Answered, it only waits for its deletion: it no longer answers to its name.
    connect(this, &QDialog::finished, this, [this] { setObjectName(QString()); });
    connect(this, &QMessageBox::buttonClicked, this, [this, save, close](QAbstractButton *button) {
        if (button == close)
            Q_EMIT closeConfirmed();
        else if (button == save)
            Q_EMIT saveRequested();
    });
}
