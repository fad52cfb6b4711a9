#include "pages/BatchResultsPage.h"
#include "ui_BatchResultsPage.h"

#include "widgets/BatchFilterModel.h"
#include "widgets/BatchRowModel.h"
#include "widgets/InlineBanner.h"

#include <QHeaderView>

#include <cmath>

using Outcome = BatchRow::Outcome;

BatchResultsPage::BatchResultsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BatchResultsPage>())
    , m_rows(new BatchRowModel(this))
    , m_filter(new BatchFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->resultsBanner->hide();
    m_filter->setSourceModel(m_rows);
    m_ui->resultsTable->setModel(m_filter);
    m_rows->setColours(TranscriptColors(palette()));

    QHeaderView *header = m_ui->resultsTable->horizontalHeader();
    // Starting widths from the font: measuring the contents would lay out every row on
    // every insert. The server's words take what is left.
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const auto heading = [this](int column) {
        return m_rows->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    };
    int outcomeWidth = metrics.horizontalAdvance(heading(BatchRowModel::OutcomeColumn));
    for (Outcome outcome : {Outcome::Accepted, Outcome::Refused, Outcome::Temporary, Outcome::Error})
        outcomeWidth = std::max(outcomeWidth, metrics.horizontalAdvance(Model::label(outcome)));
    const int lineWidth = std::max(metrics.horizontalAdvance(heading(BatchRowModel::LineColumn)),
                                   metrics.horizontalAdvance(QStringLiteral("00000")));
    const int widths[] = {lineWidth + 2 * em, 20 * em, outcomeWidth + 2 * em, 20 * em, metrics.horizontalAdvance(heading(BatchRowModel::CodeColumn)) + 2 * em, 20 * em,
                          13 * em};
    // Never narrower than the column's heading: "Serveur de messagerie" was cut at both ends.
    for (int column = 0; column < BatchRowModel::ColumnCount; ++column)
        header->resizeSection(column, std::max(widths[column], metrics.horizontalAdvance(heading(column)) + 2 * em));
    header->setTextElideMode(Qt::ElideRight); // a heading that still does not fit ends in "…"
    header->setStretchLastSection(false);
    header->setSectionResizeMode(BatchRowModel::TextColumn, QHeaderView::Stretch);
    m_ui->resultsTable->verticalHeader()->hide();
    m_ui->resultsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->resultsTable->verticalHeader()->setDefaultSectionSize(metrics.height() + em / 2);
    m_ui->resultsTable->setSortingEnabled(true);
    // The list's order, whatever order the answers come in.
    m_ui->resultsTable->sortByColumn(BatchRowModel::LineColumn, Qt::AscendingOrder);

    m_ui->outcomeCombo->addItem(tr("All outcomes"), -1);
    for (Outcome outcome : {Outcome::Accepted, Outcome::Refused, Outcome::Temporary, Outcome::Error})
        m_ui->outcomeCombo->addItem(Model::label(outcome), int(outcome));
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_ui->outcomeCombo->currentData().toInt();
        m_filter->setOutcome(value < 0 ? std::nullopt : std::optional<Outcome>(Outcome(value)));
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &BatchFilterModel::setSearchText);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &BatchResultsPage::stopRequested);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BatchResultsPage::saveRequested);
    connect(m_rows, &BatchRowModel::rowsAdded, this, &BatchResultsPage::updateProgress);
}

BatchResultsPage::~BatchResultsPage() = default;

void BatchResultsPage::initializePage()
{
    m_rows->clear();
    m_ui->resultsBanner->hide();
    m_ui->searchEdit->clear();
    m_ui->outcomeCombo->setCurrentIndex(0);
    m_ui->resultsTable->sortByColumn(BatchRowModel::LineColumn, Qt::AscendingOrder);
    m_total = 0;
    m_elapsed = 0;
    m_stopped = false;
    m_ui->saveButton->setEnabled(false);
    m_ui->stopButton->setEnabled(false);
    m_ui->progressBar->setRange(0, 0); // busy until the list is read
    m_ui->countsLabel->setText(tr("Looking up the mail servers…"));
    Q_EMIT runRequested();
}

void BatchResultsPage::cleanupPage()
{
    // Back while checking stops the check: nothing goes on behind the list page.
    if (m_running)
        Q_EMIT stopRequested();
}

void BatchResultsPage::showStarted(int total, int domains)
{
    m_running = true;
    m_total = total;
    m_clock.start();
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(0);
    m_ui->stopButton->setEnabled(true);
    m_ui->countsLabel->setText(tr("Checking %1 in %2…").arg(tr("%n address(es)", nullptr, total),
                                                            tr("%n domain(s)", nullptr, domains)));
    m_ui->stopButton->setFocus();
    Q_EMIT completeChanged();
}

void BatchResultsPage::addRow(const BatchRow &row)
{
    m_rows->append(row);
}

void BatchResultsPage::showFinished(bool stopped)
{
    m_rows->flush();
    m_running = false;
    m_stopped = stopped;
    m_elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_ui->stopButton->setEnabled(false);
    m_ui->saveButton->setEnabled(m_rows->total() > 0);
    updateProgress();
    if (stopped)
        m_ui->resultsBanner->showMessage(InlineBanner::Kind::Warning,
                                         tr("Stopped: %n address(es) were not asked. The rows so far can be saved.",
                                            nullptr, m_total - m_rows->total()));
    else
        m_ui->resultsBanner->showMessage(InlineBanner::Kind::Info,
                                         tr("Done. Sort by a column's heading, filter with the box, or save the rows."));
    m_ui->resultsBanner->show();
    if (m_rows->total() > 0)
        m_ui->saveButton->setFocus();
    Q_EMIT completeChanged();
}

void BatchResultsPage::showRefused()
{
    m_running = false;
    Q_EMIT completeChanged();
}

void BatchResultsPage::showSaved(const QString &path)
{
    m_ui->resultsBanner->showMessage(InlineBanner::Kind::Info,
                                     tr("%n row(s) saved to %1.", nullptr, m_rows->total()).arg(path));
    m_ui->resultsBanner->show();
}

void BatchResultsPage::showSaveError(const QString &error)
{
    m_ui->resultsBanner->showMessage(InlineBanner::Kind::Error, tr("The results were not saved: %1").arg(error));
    m_ui->resultsBanner->show();
}

bool BatchResultsPage::isComplete() const
{
    return !m_running;
}

void BatchResultsPage::updateProgress()
{
    const int done = m_rows->rowCount();
    const int counts[4] = {m_rows->count(Outcome::Accepted), m_rows->count(Outcome::Refused),
                           m_rows->count(Outcome::Temporary), m_rows->count(Outcome::Error)};
    if (m_total > 0) {
        m_ui->progressBar->setValue(std::min(done, m_total));
        const qint64 elapsed = m_running ? m_clock.elapsed() : m_elapsed;
        m_ui->countsLabel->setText(progressText(done, m_total, counts, elapsed, !m_running));
    }
}

QString BatchResultsPage::progressText(int done, int total, const int counts[4], qint64 elapsedMs, bool finished)
{
    QString text = tr("%1 of %2 checked: %3 accepted, %4 refused, %5 temporary, %6")
                       .arg(done)
                       .arg(total)
                       .arg(counts[int(Outcome::Accepted)])
                       .arg(counts[int(Outcome::Refused)])
                       .arg(counts[int(Outcome::Temporary)])
                       .arg(tr("%n error(s)", nullptr, counts[int(Outcome::Error)]));
    const int left = total - done;
    if (finished) {
        text += tr(", in %1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
    } else if (done > 0 && left > 0) {
        // What the addresses so far took, for the rest: rough, and said to be.
        const double seconds = double(elapsedMs) / 1000.0 * left / done;
        text += tr(", about %n s left", nullptr, int(std::ceil(seconds)));
    }
    return text;
}

void BatchResultsPage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_rows->setColours(TranscriptColors(palette()));
}
