#include "pages/MailServersPage.h"
#include "ui_MailServersPage.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "widgets/FieldCheck.h"

#include <QTimer>
#include <QWizard>

using namespace Qt::StringLiterals;

MailServersPage::MailServersPage(QWidget *parent)
    : RequestPage(parent)
    , m_ui(std::make_unique<Ui::MailServersPage>())
{
    m_ui->setupUi(this);
    m_lookupTicker = new QTimer(this);
    m_lookupTicker->setInterval(1000);
    connect(m_lookupTicker, &QTimer::timeout, this, [this] {
        const qint64 seconds = m_lookupClock.elapsed() / 1000;
        m_ui->lookupStatus->setText(tr("Looking up the mail servers of %1\u2026 %2 s so far; Cancel stops it.")
                                        .arg(m_lookupDestination)
                                        .arg(seconds));
    });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    m_dnsCheck = new FieldCheck(m_ui->dnsServerEdit, m_ui->dnsServerError, &FieldChecks::checkDnsServer, this);
    m_ui->busyIndicator->hide();
    m_ui->retryLookupButton->hide();
    m_ui->cancelLookupButton->hide();
    // Folded away, the DNS server is not used; the field keeps its text for next time.
    connect(m_ui->advancedGroup, &QGroupBox::toggled, m_dnsCheck, &FieldCheck::setActive);
    m_dnsCheck->setActive(false);
    connect(m_ui->cancelLookupButton, &QPushButton::clicked, this, &MailServersPage::cancelRequested);
    connect(m_ui->retryLookupButton, &QPushButton::clicked, this, &MailServersPage::requestLookup);
    connect(m_ui->applyDnsButton, &QPushButton::clicked, this, &MailServersPage::requestLookup);
    connect(m_ui->dnsServerEdit, &QLineEdit::returnPressed, this, &MailServersPage::requestLookup);
    // In a dialog a focused push button takes Return; these never should by surprise.
    for (QPushButton *button : {m_ui->cancelLookupButton, m_ui->retryLookupButton, m_ui->applyDnsButton,
                                m_ui->checkHealthButton})
        button->setAutoDefault(false);
    connect(m_ui->checkHealthButton, &QPushButton::clicked, this, &MailServersPage::healthRequested);
    m_ui->verticalLayout->setStretchFactor(m_ui->mxTable, 1);
    // The number only means something when every server is tested; its bounds are the runner's.
    m_ui->parallelSpin->setRange(1, TestPlan::MaxParallel);
    connect(m_ui->everyMxRadio, &QRadioButton::toggled, m_ui->parallelSpin, &QWidget::setEnabled);
    connect(m_ui->everyMxRadio, &QRadioButton::toggled, m_ui->parallelLabel, &QWidget::setEnabled);
    m_ui->parallelSpin->setEnabled(false);
    m_ui->parallelLabel->setEnabled(false);
    resetHealth();
    connect(m_dnsCheck, &FieldCheck::validityChanged, this, &QWizardPage::completeChanged);
}

MailServersPage::~MailServersPage() = default;

QString MailServersPage::currentKey() const
{
    const QString destination = mode() == WizardMode::Submission ? context().server() : context().domain();
    return destination % u'|' % dnsServer();
}

void MailServersPage::initializePage()
{
    const bool submission = mode() == WizardMode::Submission;
    setTitle(submission ? tr("Your mail server") : tr("Mail servers"));
    setSubTitle(submission ? tr("The addresses of your outgoing server, as the DNS gives them.")
                           : tr("The servers that receive mail for the destination: its MX records in the DNS, "
                                "tried in order of preference (the lowest number first)."));
    m_ui->routingGroup->setVisible(!submission);
    // The records belong to a mail domain; one's own outgoing server has none of them.
    m_ui->healthGroup->setVisible(!submission);
    if (!m_findings || m_findingsKey != currentKey())
        requestLookup();
}

void MailServersPage::requestLookup()
{
    if (!m_dnsCheck->isValid())
        return;
    m_findings.reset();
    m_pendingKey = currentKey();
    m_ui->mxTable->clearFindings();
    m_ui->mxNote->showMessage(InlineBanner::Kind::Info, QString());
    resetHealth();
    Q_EMIT completeChanged();
    Q_EMIT lookupRequested();
}

void MailServersPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_lookupTicker->start();
    else
        m_lookupTicker->stop();
    m_ui->busyIndicator->setVisible(busy);
    m_ui->cancelLookupButton->setVisible(busy);
    m_ui->retryLookupButton->setVisible(!busy);
    m_ui->applyDnsButton->setEnabled(!busy);
    updateHealthButton();
    // The focus stays where the user is: a Return typed in the DNS-server field must not
    // land on "Cancel lookup" (it would cancel the lookup it just started). Only a
    // button that is being hidden or disabled hands its focus on.
    QWidget *focus = focusWidget();
    if (busy && (focus == m_ui->retryLookupButton || focus == m_ui->applyDnsButton))
        m_ui->cancelLookupButton->setFocus();
    else if (!busy && focus == m_ui->cancelLookupButton)
        m_ui->retryLookupButton->setFocus();
}

void MailServersPage::showLookupStarted(const QString &destination)
{
    setBusy(true);
    m_lookupDestination = destination;
    m_lookupClock.start();
    m_ui->lookupStatus->setText(tr("Looking up the mail servers of %1\u2026").arg(destination));
}

void MailServersPage::showLookupCancelled()
{
    setBusy(false);
    m_ui->lookupStatus->setText(tr("The lookup was cancelled."));
    Q_EMIT completeChanged();
}

void MailServersPage::showLookupRefused(const QString &reason)
{
    setBusy(false);
    m_ui->lookupStatus->setText(tr("Nothing was looked up."));
    m_ui->mxNote->showMessage(InlineBanner::Kind::Error, reason);
    Q_EMIT completeChanged();
}

void MailServersPage::showFindings(const DnsFindings &findings)
{
    setBusy(false);
    m_findings = findings;
    m_findingsKey = m_pendingKey;
    m_ui->mxTable->setFindings(findings);
    m_ui->lookupStatus->setText(findings.lookedUp
                                    ? tr("Mail servers of %1, as the DNS answered in %2:")
                                          .arg(findings.domain, Model::durationText(findings.elapsedMs))
                                    : tr("Addresses of %1.").arg(findings.domain));
    showNote(findings);
    updateHealthButton();
    Q_EMIT completeChanged();
    if (isComplete() && wizard())
        wizard()->button(QWizard::NextButton)->setFocus();
}

void MailServersPage::showNote(const DnsFindings &findings)
{
    using Model::Problem;
    QString note;
    InlineBanner::Kind kind = InlineBanner::Kind::Error;
    if (findings.problem) {
        // The run's words for the problem (the catalogue's), with the step that helps most.
        const Explanation &e = findings.explanation;
        // The step on a line of its own: the meaning may end in the resolver's own words.
        note = tr("%1: %2").arg(e.title, e.meaning);
        if (!e.nextSteps.isEmpty())
            note += u'\n' + e.nextSteps.first();
        if (!e.references.isEmpty())
            note += u" ("_s + e.references.join(u"; "_s) + u')';
    } else if (findings.implicitMx) {
        kind = InlineBanner::Kind::Info;
        note = tr("%1 has no MX records, so mail goes to the domain's own address (an \"implicit MX\"). "
                  "This works, but most domains publish MX records.").arg(findings.domain);
    } else if (findings.mx.isEmpty()) {
        note = tr("No mail server was found.");
    } else {
        for (const MxHost &mx : findings.mx) {
            if (mx.problem) {
                kind = InlineBanner::Kind::Warning;
                note = tr("%1: %2").arg(mx.exchange, mx.explanation.meaning);
                break;
            }
        }
    }
    m_ui->mxNote->showMessage(kind, note);
}

void MailServersPage::resetHealth()
{
    m_healthBusy = false;
    m_ui->healthView->clearHealth();
    m_ui->healthView->hide();
    // Folded to its button until checked; then the records need more room than the
    // few MX rows of most domains.
    m_ui->verticalLayout->setStretchFactor(m_ui->healthGroup, 0);
    m_ui->healthStatus->setText(tr("Are the domain's records set up so that others accept its mail and send to it "
                                   "securely? SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS."));
    updateHealthButton();
}

void MailServersPage::updateHealthButton()
{
    m_ui->checkHealthButton->setEnabled(!m_busy && !m_healthBusy && m_findings && m_findings->lookedUp);
}

void MailServersPage::showHealthStarted(const QString &domain)
{
    m_healthBusy = true;
    m_ui->healthView->clearHealth();
    m_ui->healthStatus->setText(tr("Checking the records of %1\u2026").arg(domain));
    updateHealthButton();
}

void MailServersPage::showHealth(const DomainHealth &health)
{
    m_healthBusy = false;
    m_ui->healthView->setHealth(health);
    m_ui->healthView->show();
    m_ui->verticalLayout->setStretchFactor(m_ui->healthGroup, 2);
    m_ui->healthStatus->setText(tr("The records of %1, as the DNS answered in %2. Select a line for what it means; "
                                   "the greeting names are compared when the test runs, in the report.")
                                    .arg(health.domain, Model::durationText(health.elapsedMs)));
    updateHealthButton();
}

bool MailServersPage::isComplete() const
{
    if (m_busy || !m_findings || !m_dnsCheck->isValid())
        return false;
    if (m_findings->nullMx || m_findings->problem)
        return false;
    for (const MxHost &mx : m_findings->mx) {
        if (!mx.addresses.isEmpty())
            return true;
    }
    return false;
}

QString MailServersPage::dnsServer() const
{
    return m_ui->advancedGroup->isChecked() ? m_ui->dnsServerEdit->text().trimmed() : QString();
}

void MailServersPage::prefill(const PlanRequest &request)
{
    m_ui->dnsServerEdit->setText(request.dnsServer);
    m_ui->advancedGroup->setChecked(!request.dnsServer.isEmpty());
    (request.routing == TestPlan::Routing::EveryMx ? m_ui->everyMxRadio : m_ui->firstReachableRadio)->setChecked(true);
    m_ui->parallelSpin->setValue(request.parallel);
}

void MailServersPage::applyTo(PlanRequest &request) const
{
    request.dnsServer = dnsServer();
    request.routing = mode() == WizardMode::Delivery && m_ui->everyMxRadio->isChecked() ? TestPlan::Routing::EveryMx
                                                                                        : TestPlan::Routing::FirstReachable;
    request.parallel = m_ui->parallelSpin->value();
}
