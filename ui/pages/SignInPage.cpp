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
    EnumCombo::setValues(m_ui->authCombo,
                         QList{TestPlan::Auth::Auto, TestPlan::Auth::Plain, TestPlan::Auth::Login, TestPlan::Auth::None});
    // Sending through one's own server nearly always needs a sign-in: unless the user
    // picks "No sign-in" themselves, the page proposes the automatic one.
    connect(m_ui->authCombo, &QComboBox::activated, this, [this] { m_authChosen = true; });
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_ui->allowPlaintextCheck->hide();
    const auto singleLine = [](Plan::Field field) {
        return [field](const QString &text) { return FieldChecks::checkSingleLine(text, field); };
    };
    m_userCheck = new FieldCheck(m_ui->userEdit, m_ui->userError, singleLine(Plan::Field::User), this);
    m_passwordCheck = new FieldCheck(m_ui->passwordEdit, m_ui->passwordError, singleLine(Plan::Field::Password), this);
    m_userCheck->setRequiredHint(tr("Type the user name of the mailbox, often its e-mail address."));
    m_passwordCheck->setRequiredHint(tr("Type the password; it is used for this test only, unless you tick Remember."));
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
        setPasswordStored(false);
    });
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, [this] { setPasswordStored(false); });
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
    if (!m_authChosen && auth() == TestPlan::Auth::None)
        EnumCombo::select(m_ui->authCombo, TestPlan::Auth::Auto);
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
                       static_cast<QWidget *>(m_ui->showPasswordCheck), static_cast<QWidget *>(m_ui->rememberCheck)})
        w->setEnabled(signIn);
    m_userCheck->setActive(signIn);
    m_passwordCheck->setActive(signIn);
    // Forgetting is only offered for a password the keychain is known to hold.
    m_ui->forgetButton->setEnabled(signIn && m_passwordStored);
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
    setPasswordStored(true);
    showKeychainStatus(tr("The password was filled in from the keychain."));
}

TestPlan::Auth SignInPage::auth() const
{
    return EnumCombo::value(m_ui->authCombo, TestPlan::Auth::None);
}

void SignInPage::setPasswordStored(bool stored)
{
    m_passwordStored = stored;
    m_ui->forgetButton->setEnabled(stored && auth() != TestPlan::Auth::None);
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
