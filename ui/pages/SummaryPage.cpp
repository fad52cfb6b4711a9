#include "pages/SummaryPage.h"
#include "ui_SummaryPage.h"

#include "model/Vocabulary.h"
#include "pages/PageId.h"
#include "widgets/ResultTables.h"
#include "widgets/VerdictIcon.h"

#include <QHeaderView>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QUrl>
#include <QLabel>
#include <QToolButton>
#include <QWizard>

using namespace Qt::StringLiterals;

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    setFinalPage(true);
    // The last page starts a new test; closing is a button of its own (it asks first
    // when the results are not saved).
    setButtonText(QWizard::FinishButton, tr("&New test"));
    setButtonText(QWizard::CancelButton, tr("&Close"));
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_ui->verticalLayout->insertWidget(m_ui->verticalLayout->indexOf(m_ui->summaryBanner), m_keychainNote);
    // After saving, the report is one click away: opened, or its folder shown.
    m_openReport = new QPushButton(tr("Op&en report"), this);
    m_openReport->setObjectName(u"openReportButton"_s);
    m_showFolder = new QPushButton(tr("Sho&w in folder"), this);
    m_showFolder->setObjectName(u"showFolderButton"_s);
    auto *savedLayout = new QHBoxLayout;
    savedLayout->addWidget(m_openReport);
    savedLayout->addWidget(m_showFolder);
    savedLayout->addStretch(1);
    m_ui->verticalLayout->insertLayout(m_ui->verticalLayout->indexOf(m_ui->summaryBanner) + 1, savedLayout);
    m_openReport->hide();
    m_showFolder->hide();
    connect(m_openReport, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedReport)); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedReport).absolutePath())); });
    ResultTables::setUpTimings(m_ui->timingsTable);
    // The timings are for the curious; who got the mail comes first, so they start folded.
    m_ui->timingsTable->setVisible(false);
    connect(m_ui->timingsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->timingsTable->setVisible(shown);
        m_ui->timingsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    ResultTables::setUpRecipients(m_ui->recipientsTable);
    // The tables take the page's spare height; the sentences above keep theirs.
    m_ui->verticalLayout->setStretchFactor(m_ui->recipientsTable, 1);
    m_ui->verticalLayout->setStretchFactor(m_ui->timingsTable, 1);
    QFont verdictFont = m_ui->verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    verdictFont.setBold(true);
    m_ui->verdictLabel->setFont(verdictFont);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &SummaryPage::saveReportRequested);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SummaryPage::copyRequested);
    connect(m_ui->runAgainButton, &QPushButton::clicked, this, &SummaryPage::runAgainRequested);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &SummaryPage::historyRequested);
    connect(m_ui->changeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT changeRequested(m_ui->changePageCombo->currentData().toInt()); });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    m_ui->summaryBanner->showMessage(InlineBanner::Kind::Info, QString());
    // Only the pages this test went through can be gone back to.
    const QList<int> visited = wizard() ? wizard()->visitedIds() : QList<int>();
    m_ui->changePageCombo->clear();
    for (const auto &[title, id] : std::as_const(m_targets)) {
        if (visited.contains(id))
            m_ui->changePageCombo->addItem(title, id);
    }
    m_ui->changeButton->setEnabled(m_ui->changePageCombo->count() > 0);
    // Propose the page that holds what most likely needs changing.
    const int suggested = m_ui->changePageCombo->findData(m_suggestedPage);
    if (suggested >= 0)
        m_ui->changePageCombo->setCurrentIndex(suggested);
}

int SummaryPage::pageToChange(const TestResult &result)
{
    using Model::Stage;
    using Outcome = Verdict::Outcome;
    const Verdict &v = result.verdict;
    switch (v.outcome) {
    case Outcome::AuthFailed: return SignInPageId;
    case Outcome::TlsFailed:
    case Outcome::Timeout:
    case Outcome::Unreachable: return ConnectionPageId;
    case Outcome::DnsFailed: return DestinationPageId; // most often a mistyped domain
    default: break;
    }
    switch (v.stage) {
    case Stage::Auth: return SignInPageId;
    case Stage::Connect:
    case Stage::Tls:
    case Stage::StartTls:
    case Stage::Greeting:
    case Stage::Ehlo: return ConnectionPageId;
    case Stage::Dns: return MailServersPageId;
    default: return MessagePageId;
    }
}

void SummaryPage::setChangeTargets(const QList<QPair<QString, int>> &targets)
{
    m_targets = targets;
}

void SummaryPage::showMessage(bool error, const QString &text)
{
    m_ui->summaryBanner->showMessage(error ? InlineBanner::Kind::Error : InlineBanner::Kind::Info, text);
}

void SummaryPage::showSavedReport(const QString &path)
{
    m_savedReport = path;
    showMessage(false, tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)));
    m_openReport->show();
    m_showFolder->show();
}

void SummaryPage::showKeychainNote(const QString &text)
{
    m_keychainNote->setText(text);
    m_keychainNote->setVisible(!text.isEmpty());
}

void SummaryPage::setResult(const TestResult &result)
{
    m_openReport->hide();
    m_showFolder->hide();
    showKeychainNote({});
    const Verdict &verdict = result.verdict;
    const bool ok = verdict.succeeded();
    // One rule for the icon, here and in the history (VerdictIcon).
    const Model::Severity severity = VerdictIcon::severityOf(verdict.outcome);
    const int size = m_ui->verdictIcon->minimumWidth();
    m_ui->verdictIcon->setPixmap(VerdictIcon::icon(severity).pixmap(QSize(size, size), devicePixelRatioF()));
    m_ui->verdictIcon->setAccessibleName(VerdictIcon::accessibleName(severity));
    QString sentence = verdict.summary;
    if (sentence.isEmpty())
        sentence = ok ? tr("The test succeeded.") : tr("The test did not succeed: %1").arg(result.decidingText());
    m_ui->verdictLabel->setText(sentence);
    m_ui->verdictLabel->setAccessibleName(sentence);

    QString steps;
    for (const QString &step : verdict.nextSteps)
        steps += u"<li>"_s % step.toHtmlEscaped() % u"</li>"_s;
    m_ui->nextStepsLabel->setText(steps.isEmpty() ? tr("Nothing to do.") : u"<ul>"_s % steps % u"</ul>"_s);

    m_suggestedPage = pageToChange(result);
    showRecipients(result);
    showTimings(result);
}

void SummaryPage::showRecipients(const TestResult &result)
{
    QTableWidget *table = m_ui->recipientsTable;
    ResultTables::fillRecipients(table, result);
    const bool any = table->rowCount() > 0;
    m_ui->recipientsHeading->setText(result.plan.relayTest ? tr("<b>Outside recipients tried by the open-relay check</b>")
                                                           : tr("<b>Recipients</b>"));
    m_ui->recipientsHeading->setVisible(any);
    table->setVisible(any);
}

void SummaryPage::showTimings(const TestResult &result)
{
    ResultTables::fillTimings(m_ui->timingsTable, result);
}
