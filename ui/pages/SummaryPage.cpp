#include "pages/SummaryPage.h"
#include "ui_SummaryPage.h"

#include "model/Vocabulary.h"

#include <QHeaderView>
#include <QIcon>
#include <QWizard>

using namespace Qt::StringLiterals;

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    setFinalPage(true);
    m_ui->timingsTable->setColumnCount(3);
    m_ui->timingsTable->setHorizontalHeaderLabels({tr("Server"), tr("Step"), tr("Time")});
    m_ui->timingsTable->verticalHeader()->hide();
    // The step's name takes the spare width, so each time stays next to its step.
    m_ui->timingsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->timingsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->timingsTable->horizontalHeader()->setStretchLastSection(false);
    QFont verdictFont = m_ui->verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    verdictFont.setBold(true);
    m_ui->verdictLabel->setFont(verdictFont);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &SummaryPage::saveReportRequested);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SummaryPage::copyRequested);
    connect(m_ui->runAgainButton, &QPushButton::clicked, this, &SummaryPage::runAgainRequested);
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
}

void SummaryPage::setChangeTargets(const QList<QPair<QString, int>> &targets)
{
    m_targets = targets;
}

void SummaryPage::showMessage(bool error, const QString &text)
{
    m_ui->summaryBanner->showMessage(error ? InlineBanner::Kind::Error : InlineBanner::Kind::Info, text);
}

void SummaryPage::setResult(const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    const bool ok = verdict.succeeded();
    const bool transient = verdict.outcome == Verdict::Outcome::Deferred || verdict.outcome == Verdict::Outcome::Timeout
                           || verdict.outcome == Verdict::Outcome::Cancelled;
    const QString icon = ok ? u":/icons/verdict-success.svg"_s
                            : transient ? u":/icons/verdict-warning.svg"_s : u":/icons/verdict-failure.svg"_s;
    const int size = m_ui->verdictIcon->minimumWidth();
    m_ui->verdictIcon->setPixmap(QIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    m_ui->verdictIcon->setAccessibleName(ok ? tr("Success") : transient ? tr("Warning") : tr("Failure"));
    QString sentence = verdict.summary;
    if (sentence.isEmpty())
        sentence = ok ? tr("The test succeeded.") : tr("The test did not succeed: %1").arg(result.decidingText());
    m_ui->verdictLabel->setText(sentence);
    m_ui->verdictLabel->setAccessibleName(sentence);

    QString steps;
    for (const QString &step : verdict.nextSteps)
        steps += u"<li>"_s % step.toHtmlEscaped() % u"</li>"_s;
    m_ui->nextStepsLabel->setText(steps.isEmpty() ? tr("Nothing to do.") : u"<ul>"_s % steps % u"</ul>"_s);

    QTableWidget *table = m_ui->timingsTable;
    table->setRowCount(0);
    const QLocale locale;
    auto addRow = [table, &locale](const QString &server, const QString &step, qint64 ms) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(server));
        table->setItem(row, 1, new QTableWidgetItem(step));
        auto *time = new QTableWidgetItem(tr("%1 ms").arg(locale.toString(ms)));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 2, time);
    };
    if (result.dns.lookedUp)
        addRow(result.dns.dnsServer.isEmpty() ? tr("DNS") : result.dns.dnsServer, Model::stageStep(Model::Stage::Dns),
               result.dns.elapsedMs);
    for (const Attempt &attempt : result.attempts) {
        const QString server = attempt.route.host == attempt.route.address.toString()
                                   ? attempt.route.host
                                   : tr("%1 (%2)").arg(attempt.route.host, attempt.route.address.toString());
        for (const StageTiming &timing : attempt.timings)
            addRow(server, Model::stageStep(timing.stage), timing.durationMs);
    }
    addRow(QString(), tr("Whole test"), result.durationMs);
}
