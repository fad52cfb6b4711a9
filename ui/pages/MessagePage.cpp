#include "pages/MessagePage.h"
#include "ui_MessagePage.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "widgets/FieldCheck.h"
#include "widgets/TermNote.h"

#include <QWizard>

using namespace Qt::StringLiterals;

MessagePage::MessagePage(QWidget *parent)
    : RequestPage(parent)
    , m_ui(std::make_unique<Ui::MessagePage>())
{
    m_ui->setupUi(this);
    TermNote::addBelow(m_ui->formLayout, m_ui->notifyLayout,
                       tr("Delivery reports (DSN, NOTIFY= after RCPT TO) ask the receiving servers to mail the "
                          "sender a report when the message is delivered, fails or is delayed."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    m_checks = {
        new FieldCheck(m_ui->fromEdit, m_ui->fromError,
                       [](const QString &text) -> std::optional<QString> {
                           return text.isEmpty() ? std::nullopt : FieldChecks::checkMailbox(text, true);
                       },
                       this),
        new FieldCheck(m_ui->recipientsEdit, m_ui->recipientsError, &MessagePage::checkRecipients, this),
        // The same check the plan makes, so a subject the run would refuse is refused here.
        new FieldCheck(m_ui->subjectEdit, m_ui->subjectError, &FieldChecks::checkSubject, this),
        new FieldCheck(m_ui->bodyEdit, m_ui->bodyError, &FieldChecks::checkBody, this),
    };
    m_checks.at(0)->setRequiredHint(tr("Type the sender's address (MAIL FROM), or <> for the null sender."));
    m_checks.at(1)->setRequiredHint(tr("Type at least one recipient's address, one per line."));
    for (FieldCheck *check : std::as_const(m_checks))
        connect(check, &FieldCheck::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->recipientsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->recipientsEdit->hasFocus())
            m_recipientsTyped = true;
    });
    connect(m_ui->fromEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->recipientsEdit, &QPlainTextEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->stopAfterRcptCheck, &QCheckBox::toggled, this, [this](bool stop) {
        m_ui->subjectEdit->setEnabled(!stop);
        m_ui->bodyEdit->setEnabled(!stop);
        updateNextText();
    });
    updateNextText();
}

MessagePage::~MessagePage() = default;

std::optional<QString> MessagePage::checkRecipients(const QString &text)
{
    // Lines separate recipients; a CR pasted inside a line is refused as in every field.
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.contains(u'\r'))
            return FieldChecks::checkSingleLine(line, Plan::Field::RcptTo);
        const QString address = line.trimmed();
        if (address.isEmpty())
            continue;
        if (std::optional<QString> error = FieldChecks::checkMailbox(address, false))
            return tr("%1: %2").arg(address, *error);
    }
    return std::nullopt;
}

QStringList MessagePage::recipients() const
{
    QStringList list;
    const QStringList lines = m_ui->recipientsEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    }
    return list;
}

void MessagePage::updateNextText()
{
    // Next starts the test from here: say what it will do, and whether mail goes out. Its
    // Alt key stays N (R for Run): Alt+N takes a keyboard user through every page, and
    // here an Alt+N that matched nothing would type an "n" into the recipients.
    setButtonText(QWizard::NextButton, m_ui->stopAfterRcptCheck->isChecked() ? tr("&Run test")
                                                                               : tr("Se&nd test message"));
}

void MessagePage::initializePage()
{
    // The address typed on the first page is the recipient, unless the user typed
    // recipients here: never a previous session's recipient by surprise.
    const QString destination = context().domain();
    if (mode() == WizardMode::Delivery && !m_recipientsTyped) {
        if (destination.contains(u'@')) {
            if (recipients() != QStringList{destination})
                m_ui->recipientsEdit->setPlainText(destination);
        } else {
            // Remembered recipients of another domain are not what this test is about.
            const QString suffix = u'@' + destination;
            const QStringList list = recipients();
            if (std::any_of(list.cbegin(), list.cend(),
                            [&suffix](const QString &r) { return !r.endsWith(suffix, Qt::CaseInsensitive); }))
                m_ui->recipientsEdit->clear();
        }
    }
    if (m_ui->subjectEdit->text().isEmpty())
        m_ui->subjectEdit->setText(tr("Test message from SMTP Wizard"));
    if (m_ui->bodyEdit->toPlainText().isEmpty())
        m_ui->bodyEdit->setPlainText(tr("This is a test message sent by SMTP Wizard to check mail delivery.\n"
                                        "You can delete it."));
}

void MessagePage::prefill(const PlanRequest &request)
{
    if (request.mailFrom)
        m_ui->fromEdit->setText(request.mailFrom->isEmpty() ? u"<>"_s : *request.mailFrom);
    m_ui->recipientsEdit->setPlainText(request.rcptTo.join(u'\n'));
    m_ui->notifySuccessCheck->setChecked(request.notify.testFlag(TestPlan::NotifySuccess));
    m_ui->notifyFailureCheck->setChecked(request.notify.testFlag(TestPlan::NotifyFailure));
    m_ui->notifyDelayCheck->setChecked(request.notify.testFlag(TestPlan::NotifyDelay));
    m_ui->subjectEdit->setText(request.subject);
    m_ui->bodyEdit->setPlainText(request.body);
    m_ui->stopAfterRcptCheck->setChecked(request.stopAfter == TestPlan::StopAfter::Rcpt);
}

void MessagePage::applyTo(PlanRequest &request) const
{
    request.mailFrom = m_ui->fromEdit->text().trimmed();
    request.rcptTo = recipients();
    TestPlan::Notify notify = TestPlan::NotifyDefault;
    notify.setFlag(TestPlan::NotifySuccess, m_ui->notifySuccessCheck->isChecked());
    notify.setFlag(TestPlan::NotifyFailure, m_ui->notifyFailureCheck->isChecked());
    notify.setFlag(TestPlan::NotifyDelay, m_ui->notifyDelayCheck->isChecked());
    request.notify = notify;
    request.subject = m_ui->subjectEdit->text();
    request.body = m_ui->bodyEdit->toPlainText();
    request.stopAfter = m_ui->stopAfterRcptCheck->isChecked() ? TestPlan::StopAfter::Rcpt : TestPlan::StopAfter::Send;
}

bool MessagePage::isComplete() const
{
    if (m_ui->fromEdit->text().trimmed().isEmpty() || recipients().isEmpty())
        return false;
    for (const FieldCheck *check : m_checks) {
        if (!check->isValid())
            return false;
    }
    return true;
}
