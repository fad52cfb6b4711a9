#include "pages/ConnectionPage.h"
#include "ui_ConnectionPage.h"

#include "widgets/TermNote.h"

#include "pages/PageId.h"
#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "plan/ServerAddress.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldCheck.h"

#include <QFileDialog>
#include <QWizard>

using namespace Qt::StringLiterals;

ConnectionPage::ConnectionPage(QWidget *parent)
    : RequestPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionPage>())
{
    m_ui->setupUi(this);
    TermNote::addBelow(m_ui->formLayout, m_ui->securityCombo,
                       tr("STARTTLS starts plain and switches to encryption when the server offers it; "
                          "TLS (port 465) is encrypted from the first byte."));
    TermNote::addBelow(m_ui->formLayout, findChild<QWidget *>(u"ehloError"_s) ? findChild<QWidget *>(u"ehloError"_s)
                                                                               : static_cast<QWidget *>(m_ui->ehloEdit),
                       tr("EHLO is how this computer introduces itself to the server; some servers refuse "
                          "a name that does not exist in the DNS."));
    using Security = TestPlan::Security;
    using IpFamily = TestPlan::IpFamily;
    EnumCombo::setValues(m_ui->securityCombo,
                         QList{Security::None, Security::StartTls, Security::StartTlsRequired, Security::Tls});
    EnumCombo::setValues(m_ui->ipFamilyCombo, QList{IpFamily::Any, IpFamily::V4, IpFamily::V6});
    EnumCombo::select(m_ui->securityCombo, Security::StartTls);
    const QString ehloDefault = FieldChecks::defaultEhloName();
    m_ui->ehloEdit->setPlaceholderText(ehloDefault.isEmpty() ? tr("automatic: this computer's name, or its address") : ehloDefault);
    m_ui->portSpin->setMaximumWidth(m_ui->portSpin->fontMetrics().horizontalAdvance(u"0000000"_s) * 2);
    m_ehloCheck = new FieldCheck(m_ui->ehloEdit, m_ui->ehloError, &FieldChecks::checkEhloName, this);
    m_caCheck = new FieldCheck(m_ui->caFileEdit, m_ui->caFileError, &FieldChecks::checkCaFile, this);
    for (FieldCheck *check : {m_ehloCheck, m_caCheck})
        connect(check, &FieldCheck::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->caFileButton, &QPushButton::clicked, this, &ConnectionPage::browseCaFile);
}

ConnectionPage::~ConnectionPage() = default;

std::optional<int> ConnectionPage::portNamedByServer() const
{
    if (mode() != WizardMode::Submission)
        return std::nullopt;
    const auto server = ServerAddress::parse(context().server());
    return server ? server->port : std::nullopt;
}

void ConnectionPage::initializePage()
{
    applyModeDefaults();
    const std::optional<int> named = portNamedByServer();
    if (named)
        m_ui->portSpin->setValue(*named);
    // A port written into the server name wins; the field then only shows it.
    m_ui->portSpin->setEnabled(!named);
    m_ui->portSpin->setToolTip(named ? tr("The port comes from the server name on the first page.")
                                     : m_ui->portSpin->toolTip());
}

void ConnectionPage::applyModeDefaults()
{
    const bool implicitTls = context().implicitTls();
    const QString key = QString::number(int(mode())) % (implicitTls ? u"tls"_s : u""_s);
    if (key == m_defaultsFor)
        return; // the user's own changes survive going back and forth
    const bool first = m_defaultsFor.isEmpty();
    m_defaultsFor = key;
    if (first && m_ui->portSpin->property("prefilled").toBool())
        return; // settings or the command line decided already
    switch (mode()) {
    case WizardMode::Submission:
        m_ui->portSpin->setValue(implicitTls ? 465 : 587);
        EnumCombo::select(m_ui->securityCombo, implicitTls ? TestPlan::Security::Tls : TestPlan::Security::StartTlsRequired);
        break;
    case WizardMode::Delivery:
    case WizardMode::Explain:
    case WizardMode::Batch:
        m_ui->portSpin->setValue(25);
        EnumCombo::select(m_ui->securityCombo, TestPlan::Security::StartTls);
        break;
    }
}

void ConnectionPage::browseCaFile()
{
    // A file dialog opened by the user's click, never from a network callback.
    const QString file = QFileDialog::getOpenFileName(this, tr("Trust an extra certificate authority"),
                                                      m_ui->caFileEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

TestPlan::Security ConnectionPage::security() const
{
    return EnumCombo::value(m_ui->securityCombo, TestPlan::Security::StartTls);
}

void ConnectionPage::prefill(const PlanRequest &request)
{
    if (request.port) {
        m_ui->portSpin->setValue(*request.port);
        m_ui->portSpin->setProperty("prefilled", true);
    }
    EnumCombo::select(m_ui->securityCombo, request.security);
    m_ui->ehloEdit->setText(request.ehloName);
    m_ui->caFileEdit->setText(request.caFile);
    m_ui->tlsInsecureCheck->setChecked(request.tlsInsecure);
    EnumCombo::select(m_ui->ipFamilyCombo, request.ipFamily);
    m_ui->timeoutCombo->setCurrentIndex(request.timeouts == Timeouts::rfc5321() ? 1 : 0);
}

void ConnectionPage::applyTo(PlanRequest &request) const
{
    if (m_ui->portSpin->isEnabled())
        request.port = m_ui->portSpin->value();
    else
        request.port.reset();
    request.security = security();
    request.ehloName = m_ui->ehloEdit->text().trimmed();
    request.caFile = m_ui->caFileEdit->text().trimmed();
    request.tlsInsecure = m_ui->tlsInsecureCheck->isChecked();
    request.ipFamily = EnumCombo::value(m_ui->ipFamilyCombo, TestPlan::IpFamily::Any);
    request.timeouts = m_ui->timeoutCombo->currentIndex() == 1 ? Timeouts::rfc5321() : Timeouts::helpDesk();
}

bool ConnectionPage::isComplete() const
{
    return m_ehloCheck->isValid() && m_caCheck->isValid();
}

int ConnectionPage::nextId() const
{
    if (context().relayTest()) // the check writes its own envelope and sends no message
        return RunPageId;
    return mode() == WizardMode::Submission ? SignInPageId : MessagePageId;
}
