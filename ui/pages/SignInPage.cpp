#include "pages/SignInPage.h"
#include "ui_SignInPage.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldCheck.h"

#include <QWizard>

using namespace Qt::StringLiterals;

SignInPage::SignInPage(QWidget *parent)
    : RequestPage(parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
{
    m_ui->setupUi(this);
    EnumCombo::setValues(m_ui->authCombo, QList{TestPlan::Auth::None, TestPlan::Auth::Plain, TestPlan::Auth::Login});
    m_ui->allowPlaintextCheck->hide();
    const auto singleLine = [](Plan::Field field) {
        return [field](const QString &text) { return FieldChecks::checkSingleLine(text, field); };
    };
    m_userCheck = new FieldCheck(m_ui->userEdit, m_ui->userError, singleLine(Plan::Field::User), this);
    m_passwordCheck = new FieldCheck(m_ui->passwordEdit, m_ui->passwordError, singleLine(Plan::Field::Password), this);
    for (FieldCheck *check : {m_userCheck, m_passwordCheck})
        connect(check, &FieldCheck::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &SignInPage::updateState);
    connect(m_ui->allowPlaintextCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, [this] {
        m_passwordFromKeychain = false;
        Q_EMIT completeChanged();
    });
    connect(m_ui->userEdit, &QLineEdit::editingFinished, this, &SignInPage::requestStoredPassword);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this] {
        Q_EMIT forgetPasswordRequested(user());
        if (m_passwordFromKeychain)
            m_ui->passwordEdit->clear();
    });
    updateState();
}

SignInPage::~SignInPage()
{
    // Closing a window moves the focus, and a user field losing it would ask this
    // half-destroyed page for a keychain lookup (found by UBSan).
    m_ui->userEdit->disconnect(this);
}

void SignInPage::initializePage()
{
    updateState();
    requestStoredPassword();
}

void SignInPage::requestStoredPassword()
{
    if (auth() != TestPlan::Auth::None && !user().isEmpty() && m_ui->passwordEdit->text().isEmpty())
        Q_EMIT passwordLookupRequested(user());
}

void SignInPage::updateState()
{
    const bool signIn = auth() != TestPlan::Auth::None;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                       static_cast<QWidget *>(m_ui->rememberCheck), static_cast<QWidget *>(m_ui->forgetButton)})
        w->setEnabled(signIn);
    const TestPlan::Security security = context().security();
    // Opportunistic STARTTLS may silently stay plain; only None is certain to be plain.
    const bool plain = signIn && security == TestPlan::Security::None;
    m_ui->plaintextWarning->showMessage(
        InlineBanner::Kind::Warning,
        plain ? tr("The connection is set to \"None\": the password would travel unencrypted. "
                   "SMTP Wizard refuses to send it unless you allow it below; better choose "
                   "STARTTLS or TLS on the Connection page.")
              : signIn && security == TestPlan::Security::StartTls
            ? tr("\"STARTTLS when offered\" signs in only once the connection is encrypted; if the "
                 "server offers no STARTTLS the sign-in is not attempted.")
            : QString());
    m_ui->allowPlaintextCheck->setVisible(plain);
    Q_EMIT completeChanged();
}

QString SignInPage::user() const
{
    return m_ui->userEdit->text().trimmed();
}

QString SignInPage::password() const
{
    return m_ui->passwordEdit->text();
}

bool SignInPage::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void SignInPage::setRememberPassword(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

void SignInPage::showStoredPassword(const QString &forUser, const QString &password)
{
    if (forUser != user() || !m_ui->passwordEdit->text().isEmpty())
        return;
    m_ui->passwordEdit->setText(password);
    m_passwordFromKeychain = true;
    showKeychainStatus(tr("The password was filled in from the keychain."));
}

TestPlan::Auth SignInPage::auth() const
{
    return EnumCombo::value(m_ui->authCombo, TestPlan::Auth::None);
}

void SignInPage::showKeychainStatus(const QString &text)
{
    m_ui->keychainStatus->setText(text);
}

void SignInPage::prefill(const PlanRequest &request)
{
    EnumCombo::select(m_ui->authCombo, request.auth);
    m_ui->userEdit->setText(request.user);
    m_ui->passwordEdit->setText(request.password);
    m_ui->allowPlaintextCheck->setChecked(request.allowPlaintextAuth);
}

void SignInPage::applyTo(PlanRequest &request) const
{
    request.auth = mode() == WizardMode::Submission ? auth() : TestPlan::Auth::None;
    if (request.auth == TestPlan::Auth::None) {
        request.user.clear();
        request.password.clear();
        return;
    }
    request.user = user();
    request.password = password();
    request.allowPlaintextAuth = !m_ui->allowPlaintextCheck->isHidden() && m_ui->allowPlaintextCheck->isChecked();
}

bool SignInPage::isComplete() const
{
    if (auth() == TestPlan::Auth::None)
        return true;
    return !user().isEmpty() && !password().isEmpty() && m_userCheck->isValid() && m_passwordCheck->isValid();
}
