#include "pages/SignInPage.h"
#include "ui_SignInPage.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldCheck.h"

#include <QFormLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

SignInPage::SignInPage(QWidget *parent)
    : RequestPage(parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
{
    m_ui->setupUi(this);
    EnumCombo::setValues(m_ui->authCombo,
                         QList{TestPlan::Auth::Auto, TestPlan::Auth::Plain, TestPlan::Auth::Login, TestPlan::Auth::CramMd5,
                               TestPlan::Auth::XOAuth2, TestPlan::Auth::OAuthBearer, TestPlan::Auth::None});
    // Sending through one's own server nearly always needs a sign-in: unless the user
    // picks "No sign-in" themselves, the page proposes the automatic one.
    connect(m_ui->authCombo, &QComboBox::activated, this, [this] {
        m_authChosen = true;
        // A password and a token live in different keychain entries: ask for the one now shown.
        setPasswordStored(false);
        requestStoredPassword();
    });
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_ui->allowPlaintextCheck->hide();
    const auto singleLine = [](Plan::Field field) {
        return [field](const QString &text) { return FieldChecks::checkSingleLine(text, field); };
    };
    m_userCheck = new FieldCheck(m_ui->userEdit, m_ui->userError, singleLine(Plan::Field::User), this);
    m_passwordCheck = new FieldCheck(m_ui->passwordEdit, m_ui->passwordError, singleLine(Plan::Field::Password), this);
    m_tokenCheck = new FieldCheck(m_ui->tokenEdit, m_ui->tokenError, singleLine(Plan::Field::Token), this);
    m_userCheck->setRequiredHint(tr("Type the user name of the mailbox, often its e-mail address."));
    m_passwordCheck->setRequiredHint(tr("Type the password; it is used for this test only, unless you tick Remember."));
    m_tokenCheck->setRequiredHint(tr("Paste the access token; it is used for this test only, unless you tick Remember."));
    for (FieldCheck *check : {m_userCheck, m_passwordCheck, m_tokenCheck})
        connect(check, &FieldCheck::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &SignInPage::updateState);
    connect(m_ui->allowPlaintextCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    for (QLineEdit *secret : {m_ui->passwordEdit, m_ui->tokenEdit}) {
        connect(secret, &QLineEdit::textChanged, this, [this] {
            m_passwordFromKeychain = false;
            Q_EMIT completeChanged();
        });
    }
    connect(m_ui->userEdit, &QLineEdit::editingFinished, this, &SignInPage::requestStoredPassword);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this] {
        Q_EMIT forgetPasswordRequested(user());
        if (m_passwordFromKeychain)
            secretEdit()->clear();
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
    if (auth() != TestPlan::Auth::None && !user().isEmpty() && secretEdit()->text().isEmpty())
        Q_EMIT passwordLookupRequested(user());
}

QLineEdit *SignInPage::secretEdit() const
{
    return TestPlan::usesToken(auth()) ? m_ui->tokenEdit : m_ui->passwordEdit;
}

void SignInPage::updateState()
{
    const bool signIn = auth() != TestPlan::Auth::None;
    const bool token = TestPlan::usesToken(auth());
    for (QWidget *w : {static_cast<QWidget *>(m_ui->userEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                       static_cast<QWidget *>(m_ui->showPasswordCheck), static_cast<QWidget *>(m_ui->rememberCheck),
                       static_cast<QWidget *>(m_ui->tokenEdit), static_cast<QWidget *>(m_ui->showTokenCheck)})
        w->setEnabled(signIn);
    // The field the mechanism signs in with, and only that one: a token is not a password.
    m_ui->formLayout->setRowVisible(m_ui->passwordLayout, !token);
    m_ui->formLayout->setRowVisible(m_ui->passwordError, !token);
    m_ui->formLayout->setRowVisible(m_ui->tokenLayout, token);
    m_ui->formLayout->setRowVisible(m_ui->tokenError, token);
    m_ui->formLayout->setRowVisible(m_ui->tokenNote, token);
    m_ui->forgetButton->setText(token ? tr("&Forget stored token") : tr("&Forget stored password"));
    m_userCheck->setActive(signIn);
    m_passwordCheck->setActive(signIn && !token);
    m_tokenCheck->setActive(token);
    // Forgetting is only offered for a password the keychain is known to hold.
    m_ui->forgetButton->setEnabled(signIn && m_passwordStored);
    const TestPlan::Security security = context().security();
    // Opportunistic STARTTLS may silently stay plain; only None is certain to be plain.
    const bool plain = signIn && security == TestPlan::Security::None;
    m_ui->plaintextWarning->showMessage(
        InlineBanner::Kind::Warning,
        plain && token ? tr("The connection is set to \"None\": the access token would travel unencrypted. "
                            "SMTP Wizard refuses to send it unless you allow it below; better choose "
                            "STARTTLS or TLS on the Connection page.")
        : plain ? tr("The connection is set to \"None\": the password would travel unencrypted. "
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

QString SignInPage::token() const
{
    return m_ui->tokenEdit->text().trimmed();
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
    if (forUser != user() || !secretEdit()->text().isEmpty())
        return;
    secretEdit()->setText(password);
    m_passwordFromKeychain = true;
    setPasswordStored(true);
    showKeychainStatus(TestPlan::usesToken(auth()) ? tr("The access token was filled in from the keychain.")
                                                   : tr("The password was filled in from the keychain."));
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
    m_ui->tokenEdit->setText(request.token);
    m_ui->allowPlaintextCheck->setChecked(request.allowPlaintextAuth);
}

void SignInPage::applyTo(PlanRequest &request) const
{
    request.auth = mode() == WizardMode::Submission ? auth() : TestPlan::Auth::None;
    if (request.auth == TestPlan::Auth::None) {
        request.user.clear();
        request.password.clear();
        request.token.clear();
        return;
    }
    request.user = user();
    // Only the secret the mechanism uses leaves the page.
    const bool usesToken = TestPlan::usesToken(request.auth);
    request.password = usesToken ? QString() : password();
    request.token = usesToken ? token() : QString();
    request.allowPlaintextAuth = !m_ui->allowPlaintextCheck->isHidden() && m_ui->allowPlaintextCheck->isChecked();
}

bool SignInPage::isComplete() const
{
    if (auth() == TestPlan::Auth::None)
        return true;
    if (TestPlan::usesToken(auth()))
        return !user().isEmpty() && !token().isEmpty() && m_userCheck->isValid() && m_tokenCheck->isValid();
    return !user().isEmpty() && !password().isEmpty() && m_userCheck->isValid() && m_passwordCheck->isValid();
}
