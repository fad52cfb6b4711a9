#include "SmtpWizard.h"

#include "BatchCheckFlow.h"
#include "RequestSettings.h"
#include "CloseQuestion.h"
#include "PracticeFlow.h"
#include "WizardController.h"
#include "credentials/CredentialStore.h"
#include "history/HistoryDialog.h"
#include "history/ProfilesDialog.h"
#include "history/WizardHistory.h"
#include "history/ReportFileDialog.h"
#include "pages/ConnectionPage.h"
#include "pages/DestinationPage.h"
#include "pages/ExplainPage.h"
#include "pages/HelpTopics.h"
#include "pages/MailServersPage.h"
#include "pages/MessagePage.h"
#include "pages/RunPage.h"
#include "pages/SignInPage.h"
#include "pages/SummaryPage.h"
#include "pdf/PdfReport.h"
#include "report/HistoryStore.h"
#include "report/ReportWriter.h"
#include "settings/Settings.h"
#include "widgets/HelpWindow.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SmtpWizard::SmtpWizard(Settings &settings, CredentialStore *store, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_controller(new WizardController(store, this))
    , m_destination(new DestinationPage(this))
    , m_mailServers(new MailServersPage(this))
    , m_connection(new ConnectionPage(this))
    , m_signIn(new SignInPage(this))
    , m_message(new MessagePage(this))
    , m_run(new RunPage(this))
    , m_summary(new SummaryPage(this))
    , m_explain(new ExplainPage(this))
{
    setObjectName(u"smtpWizard"_s);
    // The wizard runs on Qt Gui anyway, so it prints PDF reports in-process.
    ReportWriter::setPdfPrinter([](const QString &html, const QString &title, QIODevice *device) {
        return PdfReport::write(html, title, device);
    });
    setWindowTitle(tr("SMTP Wizard"));
    setWindowIcon(QIcon(u":/icons/smtp-wizard.svg"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 540);
    resize(960, 660);

    setPage(DestinationPageId, m_destination);
    setPage(MailServersPageId, m_mailServers);
    setPage(ConnectionPageId, m_connection);
    setPage(SignInPageId, m_signIn);
    setPage(MessagePageId, m_message);
    setPage(RunPageId, m_run);
    setPage(SummaryPageId, m_summary);
    setPage(ExplainPageId, m_explain);
    m_batch = new BatchCheckFlow(*this, settings, [this] { return collectRequest(); });
    const QList<QPair<QString, int>> targets{
        {tr("Destination"), DestinationPageId}, {tr("Mail servers"), MailServersPageId},
        {tr("Connection"), ConnectionPageId},   {tr("Sign-in"), SignInPageId},
        {tr("Message"), MessagePageId}};
    m_summary->setChangeTargets(targets);

    for (RequestPage *page : requestPages())
        page->setContext(this);
    prefill(RequestSettings::load(settings), RequestSettings::loadMode(settings));
    m_signIn->setRememberPassword(settings.value(Settings::Key::RememberPassword).toBool());
    const QByteArray geometry = settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    connectPages();
    connectHistory();

    // Help on every page: the button and F1 open the guide at this page's section. The
    // button has no mnemonic: F1 is its key, and Alt+H is taken on the Summary page.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("Help"));
    auto *help = new HelpWindow(&m_settings, this);
    const auto showHelp = [this, help] { help->showTopic(HelpTopics::anchor(currentId())); };
    connect(this, &QWizard::helpRequested, help, showHelp);
    connect(new QShortcut(QKeySequence::HelpContents, this), &QShortcut::activated, help, showHelp);
}

SmtpWizard::~SmtpWizard() = default;

WizardMode SmtpWizard::mode() const
{
    return m_destination->selectedMode();
}

QString SmtpWizard::domain() const
{
    return m_destination->domain();
}

QString SmtpWizard::server() const
{
    return m_destination->server();
}

bool SmtpWizard::implicitTls() const
{
    return m_destination->implicitTlsChosen();
}

bool SmtpWizard::relayTest() const
{
    return m_destination->relayTestChosen();
}

TestPlan::Security SmtpWizard::security() const
{
    return m_connection->security();
}

QList<RequestPage *> SmtpWizard::requestPages() const
{
    return {m_destination, m_mailServers, m_connection, m_signIn, m_message};
}

void SmtpWizard::prefill(const PlanRequest &request, WizardMode mode)
{
    m_destination->setMode(mode);
    for (RequestPage *page : requestPages())
        page->prefill(request);
}

PlanRequest SmtpWizard::collectRequest() const
{
    PlanRequest request;
    for (const RequestPage *page : requestPages())
        page->applyTo(request);
    return request;
}

void SmtpWizard::connectPages()
{
    WizardController *c = m_controller;
    connect(m_mailServers, &MailServersPage::lookupRequested, this, [this] { m_controller->lookup(collectRequest()); });
    connect(m_mailServers, &MailServersPage::cancelRequested, c, &WizardController::cancelLookup);
    connect(c, &WizardController::lookupStarted, m_mailServers, &MailServersPage::showLookupStarted);
    connect(c, &WizardController::lookupFinished, m_mailServers, &MailServersPage::showFindings);
    connect(c, &WizardController::lookupCancelled, m_mailServers, &MailServersPage::showLookupCancelled);
    connect(m_mailServers, &MailServersPage::healthRequested, this, [this] { m_controller->checkHealth(collectRequest()); });
    connect(c, &WizardController::healthStarted, m_mailServers, &MailServersPage::showHealthStarted);
    connect(c, &WizardController::healthFinished, m_mailServers, &MailServersPage::showHealth);
    connect(c, &WizardController::lookupRefused, this, [this](const QList<Plan::FieldError> &errors) {
        m_mailServers->showLookupRefused(describe(errors).join(u'\n'));
    });
    connect(c, &WizardController::runRefused, this, &SmtpWizard::showRunRefused);
    connect(c, &WizardController::runStarted, this, [this] {
        for (RequestPage *page : requestPages())
            page->showRefusal({});
    });
    connect(c, &WizardController::runFinished, this, [this] { m_resultKept = false; });

    connect(m_run, &RunPage::runRequested, this, &SmtpWizard::requestRun);
    connect(m_run, &RunPage::stopRequested, c, &WizardController::cancelRun);
    connect(c, &WizardController::runStarted, m_run, &RunPage::attachRun);
    connect(c, &WizardController::runFinished, m_summary, &SummaryPage::setResult);

    connect(m_signIn, &SignInPage::passwordLookupRequested, this, &SmtpWizard::requestStoredPassword);
    connect(m_signIn, &SignInPage::forgetPasswordRequested, this, &SmtpWizard::forgetStoredPassword);
    connect(c, &WizardController::passwordRead, this, [this](const QString &key, const QString &password) {
        if (key == credentialKey())
            m_signIn->showStoredPassword(m_signIn->user(), password);
    });
    connect(c, &WizardController::keychainMessage, m_signIn, &SignInPage::showKeychainStatus);
    connect(c, &WizardController::passwordStoredChanged, m_signIn, &SignInPage::setPasswordStored);
    // Saving the password happens after a test: say so where the user is then.
    connect(c, &WizardController::keychainMessage, m_summary, &SummaryPage::showKeychainNote);

    connect(m_explain, &ExplainPage::explainRequested, this, &SmtpWizard::explainText);
    connect(m_explain, &ExplainPage::fileRequested, this, &SmtpWizard::explainFile);

    connect(m_summary, &SummaryPage::saveReportRequested, this, &SmtpWizard::saveReport);
    connect(m_summary, &SummaryPage::copyRequested, this, &SmtpWizard::copyForTicket);
    connect(m_summary, &SummaryPage::runAgainRequested, this, &SmtpWizard::runAgain);
    connect(m_summary, &SummaryPage::changeRequested, this, &SmtpWizard::goBackTo);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Leaving the Mail servers page stops a lookup nobody is watching any more.
        if (id != MailServersPageId)
            m_controller->cancelLookup();
    });
}

QStringList SmtpWizard::describe(const QList<Plan::FieldError> &errors)
{
    QStringList lines;
    for (const Plan::FieldError &error : errors) {
        const QString label = Plan::fieldLabel(error.field);
        lines.append(error.message.startsWith(label) ? error.message : tr("%1: %2").arg(label, error.message));
    }
    return lines;
}

void SmtpWizard::showRunRefused(const QList<Plan::FieldError> &errors)
{
    // The refusal is shown on the page that holds the field, not above an empty
    // transcript: go back there, so the user fixes it where it was typed.
    for (RequestPage *page : requestPages()) {
        QList<Plan::FieldError> own;
        for (const Plan::FieldError &error : errors) {
            if (page->fields().contains(error.field))
                own.append(error);
        }
        if (own.isEmpty() || !visitedIds().contains(idOf(page)))
            continue;
        goBackTo(idOf(page));
        page->showRefusal(describe(own));
        return;
    }
    m_run->showRefused(describe(errors));
}

int SmtpWizard::idOf(const QWizardPage *page) const
{
    for (int id : pageIds()) {
        if (this->page(id) == page)
            return id;
    }
    return -1;
}

void SmtpWizard::requestRun()
{
    saveSettings();
    m_controller->startRun(collectRequest(), m_signIn->rememberPassword());
}

QString SmtpWizard::credentialKey() const
{
    return WizardController::credentialKey(collectRequest());
}

void SmtpWizard::requestStoredPassword(const QString &)
{
    const QString key = credentialKey();
    if (!key.isEmpty())
        m_controller->readPassword(key);
}

void SmtpWizard::forgetStoredPassword(const QString &)
{
    const QString key = credentialKey();
    if (!key.isEmpty())
        m_controller->forgetPassword(key);
}

void SmtpWizard::saveReport()
{
    const std::optional<TestResult> &result = m_controller->lastResult();
    if (!result)
        return;
    // open(), not exec(): no nested event loop while a run's sockets may still close.
    auto *dialog = new ReportFileDialog(*result, this, m_settings.value(Settings::Key::ReportFolder).toString());
    connect(dialog, &ReportFileDialog::saved, this, [this](const QString &path, const ReportWriter::SaveResult &saved) {
        if (!saved.ok) {
            m_summary->showMessage(true, saved.error);
            return;
        }
        m_resultKept = true;
        // The next report goes where this one went.
        m_settings.setValue(Settings::Key::ReportFolder, QFileInfo(path).absolutePath());
        m_summary->showSavedReport(path);
    });
    dialog->open();
}

void SmtpWizard::copyForTicket()
{
    const std::optional<TestResult> &result = m_controller->lastResult();
    if (!result)
        return;
    QGuiApplication::clipboard()->setMimeData(ReportWriter::ticketMimeData(*result));
    m_resultKept = true;
    m_summary->showMessage(false, tr("The report is on the clipboard, as text and as formatted HTML."));
}

void SmtpWizard::explainText(const QString &text)
{
    const QList<ExplainPage::Item> items = m_controller->explainText(text);
    // One finding is already on show; only several need telling that there is a choice.
    m_explain->showItems(items, items.size() > 1 ? tr("%n finding(s); select one on the left to read its explanation.",
                                                      nullptr, int(items.size()))
                                                 : QString());
}

void SmtpWizard::explainFile(const QString &path)
{
    QString text;
    QString error;
    const QList<ExplainPage::Item> items = m_controller->explainFile(path, &text, &error);
    if (!error.isEmpty()) {
        m_explain->showError(error);
        return;
    }
    m_explain->showText(text);
    const QString name = QFileInfo(path).fileName();
    m_explain->showItems(items, items.size() > 1 ? tr("Explained from %1: %n finding(s); select one on the left to read it.",
                                                      nullptr, int(items.size())).arg(name)
                                                 : tr("Explained from %1.").arg(name));
}

void SmtpWizard::goBackTo(int pageId)
{
    if (!visitedIds().contains(pageId))
        return;
    while (currentId() != pageId && currentId() != DestinationPageId)
        back();
}

void SmtpWizard::runAgain()
{
    if (currentId() == SummaryPageId)
        back();
    if (currentId() == RunPageId)
        m_run->initializePage();
}

void SmtpWizard::saveSettings()
{
    RequestSettings::store(m_settings, collectRequest(), m_destination->selectedMode());
    m_settings.setValue(Settings::Key::RememberPassword, m_signIn->rememberPassword());
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.sync();
}

void SmtpWizard::startPractice(const PracticeBed &bed)
{
    if (!m_practice)
        m_practice = new PracticeFlow(*this, *m_controller, bed);
    restart(); // on the Practice page, now the start page
}

void SmtpWizard::reject()
{
    // Escape or Cancel while a test runs stops the test; the window stays.
    if (m_controller->isRunning() || m_batch->isRunning()) {
        m_controller->cancelRun();
        m_batch->cancel();
        return;
    }
    // Results nobody saved or copied are not thrown away without asking.
    if (const auto *asking = findChild<CloseQuestion *>(); asking && asking->isVisible())
        return; // already asking
    if (m_batch->askBeforeClosing())
        return;
    // Practice runs are exercises on a test bed, kept nowhere: nothing to lose on closing.
    if (m_controller->lastResult() && !m_resultKept && !m_practice) {
        auto *question = new CloseQuestion(this);
        connect(question, &CloseQuestion::closeConfirmed, this, [this] {
            m_resultKept = true;
            QWizard::reject();
        });
        connect(question, &CloseQuestion::saveRequested, this, [this] {
            if (currentId() != SummaryPageId && visitedIds().contains(SummaryPageId))
                next();
            saveReport();
        });
        question->open();
        return;
    }
    // Nor what was pasted on the Explain page and its findings (Escape is easily pressed).
    if (currentId() == ExplainPageId && m_explain->hasUnkeptWork()) {
        auto *question = new CloseQuestion(this, CloseQuestion::Subject::Explanation);
        connect(question, &CloseQuestion::closeConfirmed, this, [this] { QWizard::reject(); });
        connect(question, &CloseQuestion::saveRequested, m_explain, &ExplainPage::saveForTicket);
        question->open();
        return;
    }
    QWizard::reject();
}

void SmtpWizard::accept()
{
    // Finish is "New test": the wizard starts over with what was typed, it never quits.
    startNewTest();
}

void SmtpWizard::startNewTest()
{
    m_controller->cancelLookup();
    m_controller->cancelRun();
    m_batch->cancel();
    saveSettings();
    restart();
}

void SmtpWizard::done(int result)
{
    m_controller->cancelLookup();
    m_controller->cancelRun();
    m_batch->cancel();
    saveSettings();
    QWizard::done(result);
}

void SmtpWizard::connectHistory()
{
    m_history = new WizardHistory(m_settings, this);
    connect(m_controller, &WizardController::runFinished, this, &SmtpWizard::keepInHistory);
    connect(m_destination, &DestinationPage::historyRequested, m_history, &WizardHistory::show);
    connect(m_summary, &SummaryPage::historyRequested, m_history, &WizardHistory::show);
    connect(m_destination, &DestinationPage::profilesRequested, this, &SmtpWizard::showProfiles);
}

void SmtpWizard::setHistoryFolder(const QString &folder)
{
    m_history->setFolder(folder);
}

HistoryStore &SmtpWizard::history() const
{
    return m_history->store();
}

void SmtpWizard::keepInHistory(const TestResult &result)
{
    if (const QString error = m_history->keep(result); !error.isEmpty())
        m_history->dialog()->showError(tr("The last test could not be kept in the history: %1").arg(error));
}

void SmtpWizard::showProfiles()
{
    saveSettings(); // a profile is what the pages hold now; the password is never stored
    auto *dialog = new ProfilesDialog(m_settings, ProfileStore::capture(m_settings), this);
    connect(dialog, &ProfilesDialog::profileApplied, this,
            [this] { prefill(RequestSettings::load(m_settings), RequestSettings::loadMode(m_settings)); });
    dialog->open();
}
