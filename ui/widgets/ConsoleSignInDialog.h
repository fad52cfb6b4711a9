#pragma once

#include "model/TestPlan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

/// What the console's Sign in button asks: the mechanism, the user name and the password
/// (or access token), which never passes through the console's input line or history.
class ConsoleSignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsoleSignInDialog(TestPlan::Auth mechanism, const QString &user, QWidget *parent = nullptr);

    TestPlan::Auth mechanism() const;
    QString user() const;
    QString secret() const;

private:
    void updateSecretLabel();

    QComboBox *m_mechanism;
    QLineEdit *m_user;
    QLineEdit *m_secret;
};
