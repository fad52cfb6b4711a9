#pragma once

#include "pages/RequestPage.h"

#include <memory>

namespace Ui { class SignInPage; }
class FieldCheck;
class QLineEdit;

/// Page 4: sign-in method, user and password or access token (the field the mechanism
/// uses is shown). The secret comes from and goes to the keychain through the controller;
/// the page only asks (passwordLookupRequested, ...).
class SignInPage : public RequestPage
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);
    ~SignInPage() override;

    void prefill(const PlanRequest &request) override;
    void applyTo(PlanRequest &request) const override;
    QList<Plan::Field> fields() const override { return {Plan::Field::User, Plan::Field::Password, Plan::Field::Token}; }
    void initializePage() override;
    bool isComplete() const override;

    QString user() const;

    TestPlan::Auth auth() const;
    QString password() const;
    /// The pasted OAuth 2.0 access token (XOAUTH2, OAUTHBEARER), trimmed.
    QString token() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    /// The keychain had a password (or, for a token mechanism, a token) for the user: fill
    /// it in unless one was typed.
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
    /// The password field, or the token field for XOAUTH2 and OAUTHBEARER.
    QLineEdit *secretEdit() const;

    std::unique_ptr<Ui::SignInPage> m_ui;
    FieldCheck *m_userCheck;
    FieldCheck *m_passwordCheck;
    FieldCheck *m_tokenCheck;
    bool m_passwordFromKeychain = false;
    bool m_passwordStored = false; // the keychain is known to hold this user's password
    bool m_authChosen = false;     // the user picked the sign-in method themselves
};
