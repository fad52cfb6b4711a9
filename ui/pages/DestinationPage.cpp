#include "pages/DestinationPage.h"
#include "ui_DestinationPage.h"

#include "pages/PageId.h"
#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "plan/ServerAddress.h"
#include "widgets/FieldCheck.h"

using namespace Qt::StringLiterals;

namespace {
// Empty is not an error to show while typing; isComplete() keeps Next off instead.
FieldCheck::Check optional(std::optional<QString> (*check)(const QString &))
{
    return [check](const QString &text) -> std::optional<QString> {
        return text.isEmpty() ? std::nullopt : check(text);
    };
}
} // namespace

DestinationPage::DestinationPage(QWidget *parent)
    : RequestPage(parent)
    , m_ui(std::make_unique<Ui::DestinationPage>())
{
    m_ui->setupUi(this);
    m_domainCheck = new FieldCheck(m_ui->domainEdit, m_ui->domainError,
                                   optional(&FieldChecks::checkDestinationDomain), this);
    m_serverCheck = new FieldCheck(m_ui->serverEdit, m_ui->serverError, optional(&FieldChecks::checkServer), this);
    m_domainCheck->setRequiredHint(tr("Type the domain (contoso.com) or the address that gets the bounces."));
    m_serverCheck->setRequiredHint(tr("Type your mail server's name, e.g. smtp.contoso.com, or smtp.contoso.com:2525."));

    for (QRadioButton *radio : {m_ui->deliveryRadio, m_ui->submissionRadio, m_ui->explainRadio, m_ui->batchRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (!checked)
                return;
            updateVisibility();
            Q_EMIT modeChanged();
            Q_EMIT completeChanged();
        });
    }
    for (QLineEdit *edit : {m_ui->domainEdit, m_ui->serverEdit})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &DestinationPage::updatePortChoices);
    updatePortChoices();
    connect(m_ui->historyButton, &QPushButton::clicked, this, &DestinationPage::historyRequested);
    connect(m_ui->profilesButton, &QPushButton::clicked, this, &DestinationPage::profilesRequested);
    updateVisibility();
}

DestinationPage::~DestinationPage() = default;

WizardMode DestinationPage::selectedMode() const
{
    if (m_ui->submissionRadio->isChecked())
        return WizardMode::Submission;
    if (m_ui->explainRadio->isChecked())
        return WizardMode::Explain;
    if (m_ui->batchRadio->isChecked())
        return WizardMode::Batch;
    return WizardMode::Delivery;
}

void DestinationPage::setMode(WizardMode mode)
{
    switch (mode) {
    case WizardMode::Delivery: m_ui->deliveryRadio->setChecked(true); break;
    case WizardMode::Submission: m_ui->submissionRadio->setChecked(true); break;
    case WizardMode::Explain: m_ui->explainRadio->setChecked(true); break;
    case WizardMode::Batch: m_ui->batchRadio->setChecked(true); break;
    }
    updateVisibility();
}

QString DestinationPage::domain() const
{
    return m_ui->domainEdit->text().trimmed();
}

QString DestinationPage::server() const
{
    return m_ui->serverEdit->text().trimmed();
}

bool DestinationPage::implicitTlsChosen() const
{
    return m_ui->port465Radio->isChecked();
}

bool DestinationPage::relayTestChosen() const
{
    return selectedMode() == WizardMode::Delivery && m_ui->relayCheck->isChecked();
}

void DestinationPage::initializePage()
{
    // A newcomer starts by typing: the field takes the keyboard, not the first choice.
    QLineEdit *field = selectedMode() == WizardMode::Submission ? m_ui->serverEdit : m_ui->domainEdit;
    if (selectedMode() == WizardMode::Delivery || selectedMode() == WizardMode::Submission)
        QMetaObject::invokeMethod(field, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

void DestinationPage::updatePortChoices()
{
    // "smtp.contoso.com:2587" names its port: the two choices then only say how the
    // connection is encrypted, not which port it uses.
    const auto named = ServerAddress::parse(server());
    const std::optional<int> port = named ? named->port : std::nullopt;
    m_ui->port587Radio->setText(port ? tr("Port %1, starts plain, then S&TARTTLS").arg(*port) : tr("5&87 with STARTTLS"));
    m_ui->port465Radio->setText(port ? tr("Port %1, encrypted from the start (T&LS)").arg(*port) : tr("&465 with TLS"));
}

void DestinationPage::updateVisibility()
{
    const WizardMode current = selectedMode();
    const bool delivery = current == WizardMode::Delivery;
    const bool submission = current == WizardMode::Submission;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->domainLabel), static_cast<QWidget *>(m_ui->domainEdit)})
        w->setVisible(delivery);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->serverLabel), static_cast<QWidget *>(m_ui->serverEdit),
                       static_cast<QWidget *>(m_ui->portLabel), static_cast<QWidget *>(m_ui->port587Radio),
                       static_cast<QWidget *>(m_ui->port465Radio)})
        w->setVisible(submission);
    m_ui->relayCheck->setVisible(delivery);
    m_ui->relayNote->setVisible(delivery);
    m_domainCheck->setActive(delivery);
    m_serverCheck->setActive(submission);
    setFinalPage(false);
}

void DestinationPage::prefill(const PlanRequest &request)
{
    m_ui->domainEdit->setText(request.domain);
    m_ui->serverEdit->setText(request.server);
    m_ui->relayCheck->setChecked(request.relayTest);
    if (request.security == TestPlan::Security::Tls)
        m_ui->port465Radio->setChecked(true);
    else
        m_ui->port587Radio->setChecked(true);
}

void DestinationPage::applyTo(PlanRequest &request) const
{
    switch (selectedMode()) {
    case WizardMode::Delivery:
        request.domain = m_ui->domainEdit->text().trimmed();
        request.server.clear();
        request.relayTest = m_ui->relayCheck->isChecked();
        break;
    case WizardMode::Submission:
        request.server = m_ui->serverEdit->text().trimmed();
        request.domain.clear();
        break;
    case WizardMode::Explain:
    case WizardMode::Batch: break; // the list page keeps its own addresses and sender
    }
}

bool DestinationPage::isComplete() const
{
    switch (selectedMode()) {
    case WizardMode::Delivery: return !m_ui->domainEdit->text().trimmed().isEmpty() && m_domainCheck->isValid();
    case WizardMode::Submission: return !m_ui->serverEdit->text().trimmed().isEmpty() && m_serverCheck->isValid();
    case WizardMode::Explain:
    case WizardMode::Batch: return true;
    }
    return false;
}

int DestinationPage::nextId() const
{
    switch (selectedMode()) {
    case WizardMode::Explain: return ExplainPageId;
    case WizardMode::Batch: return BatchListPageId;
    case WizardMode::Delivery:
    case WizardMode::Submission: break;
    }
    return MailServersPageId;
}
