#include "widgets/ConsoleSignInDialog.h"

#include "run/ConsoleCommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ConsoleSignInDialog::ConsoleSignInDialog(TestPlan::Auth mechanism, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_mechanism(new QComboBox(this))
    , m_user(new QLineEdit(user, this))
    , m_secret(new QLineEdit(this))
{
    setWindowTitle(tr("Sign in"));
    for (TestPlan::Auth each : ConsoleCommand::mechanisms())
        m_mechanism->addItem(Model::label(each), int(each));
    m_mechanism->setCurrentIndex(std::max(0, m_mechanism->findData(int(mechanism))));
    m_secret->setEchoMode(QLineEdit::Password);
    // Neither a password manager's autofill nor the input method keeps what is typed here.
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Sign-in &method:"), m_mechanism);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_secret);
    auto *note = new QLabel(tr("The password is sent in the AUTH exchange and shown as ******** in the transcript; "
                               "it is never kept."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &ConsoleSignInDialog::updateSecretLabel);
    updateSecretLabel();
    (user.isEmpty() ? m_user : m_secret)->setFocus();
}

TestPlan::Auth ConsoleSignInDialog::mechanism() const
{
    return TestPlan::Auth(m_mechanism->currentData().toInt());
}

QString ConsoleSignInDialog::user() const
{
    return m_user->text().trimmed();
}

QString ConsoleSignInDialog::secret() const
{
    return m_secret->text();
}

void ConsoleSignInDialog::updateSecretLabel()
{
    const bool token = TestPlan::usesToken(mechanism());
    auto *form = static_cast<QFormLayout *>(layout());
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_secret)))
        label->setText(token ? tr("Access &token:") : tr("&Password:"));
}
