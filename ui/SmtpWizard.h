#pragma once

#include <QWizard>

/// The step-by-step SMTP test: destination, mail servers, connection, sign-in,
/// message, run and summary.
class SmtpWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SmtpWizard(QWidget *parent = nullptr);
};
