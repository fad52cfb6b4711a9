#pragma once

#include "pages/RequestPage.h"

#include <memory>

namespace Ui { class SignInPage; }
class FieldCheck;

/// Page 4: sign-in method, user and password. The password comes from and goes to the
/// keychain through the controller; the page only asks (passwordLookupRequested, ...).
class SignInPage : public RequestPage
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);
    ~SignInPage() override;

    void prefill(const PlanRequest &request) override;
    void applyTo(PlanRequest &request) const override;
    QList<Plan::Field> fields() const override { return {Plan::Field::User, Plan::Field::Password}; }
    void initializePage() override;
    bool isComplete() const override;

    QString user() const;

    TestPlan::Auth auth() const;
    QString password() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    /// The keychain had a password for the user: fill it in unless one was typed.
    void showStoredPassword(const QString &user, const QString &password);
    void showKeychainStatus(const QString &text);
    /// What the keychain said after a lookup, a save or a removal.
    void setPasswordStored(bool stored);

Q_SIGNALS:
    void passwordLookupRequested(const QString &user);
    void forgetPasswordRequested(const QString &user);

private:
    void updateState();
    void requestStoredPassword();

    std::unique_ptr<Ui::SignInPage> m_ui;
    FieldCheck *m_userCheck;
    FieldCheck *m_passwordCheck;
    bool m_passwordFromKeychain = false;
    bool m_passwordStored = false; // the keychain is known to hold this user's password
    bool m_authChosen = false;     // the user picked the sign-in method themselves
};
