#include "history/HistoryDialog.h"

#include "history/ComparisonDialog.h"
#include "history/ReportFileDialog.h"
#include "history/ResultWindow.h"
#include "widgets/VerdictIcon.h"
#include "report/HistoryStore.h"
#include "settings/Settings.h"
#include "widgets/InlineBanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int MaximumLimit = 10000;
} // namespace

HistoryDialog::HistoryDialog(HistoryStore &store, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_settings(settings)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_banner(new InlineBanner(this))
    , m_limit(new QSpinBox(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_compare(new QPushButton(tr("Co&mpare"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("History of tests"));

    m_table->setObjectName(u"historyTable"_s);
    m_table->setAccessibleName(tr("Earlier tests"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Destination"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_empty->setObjectName(u"historyEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_open->setObjectName(u"openButton"_s);
    m_open->setToolTip(tr("Shows the test again as it ended: the conversation and the summary."));
    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setToolTip(tr("Select two tests to see what changed between them."));
    m_save->setObjectName(u"saveReportButton"_s);
    m_save->setToolTip(tr("Saves the selected test as text, HTML, PDF or JSON. Passwords are never included."));
    m_delete->setObjectName(u"deleteButton"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter opens the selected test (the table's activated()); no button is the default.
    for (QPushButton *button : {m_open, m_compare, m_save, m_delete, close->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);

    auto *limitLabel = new QLabel(tr("&Keep the last"), this);
    limitLabel->setBuddy(m_limit);
    m_limit->setObjectName(u"historyLimitSpin"_s);
    m_limit->setRange(0, MaximumLimit);
    m_limit->setAccessibleName(tr("How many tests to keep"));
    m_limit->setToolTip(tr("How many finished tests the history keeps; the oldest are removed first. "
                           "0 keeps none: the history is off."));
    // Only a finished number counts: typing 50 must not prune to 5 on the way.
    m_limit->setKeyboardTracking(false);
    m_limit->setValue(settings.value(Settings::Key::HistoryLimit).toInt());
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_limit);
    limitRow->addWidget(new QLabel(tr("tests"), this));
    limitRow->addStretch();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_compare, m_save, m_delete})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(limitRow);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    m_banner->showMessage(InlineBanner::Kind::Info, QString());

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (const QTableWidgetItem *item = m_table->item(index.row(), 0))
            openId(item->data(IdRole).toString());
    });
    connect(new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated,
            this, &HistoryDialog::askToDeleteSelected);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryDialog::compareSelected);
    connect(m_save, &QPushButton::clicked, this, &HistoryDialog::saveSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryDialog::askToDeleteSelected);
    connect(m_limit, &QSpinBox::valueChanged, this, &HistoryDialog::changeLimit);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(820, 480);
    refresh();
}

QStringList HistoryDialog::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_table->item(index.row(), 0)->data(IdRole).toString());
    return ids;
}

void HistoryDialog::refresh()
{
    const QStringList selected = selectedIds();
    const QList<HistoryEntry> entries = m_store.entries();
    const QLocale locale;
    m_table->setRowCount(0);
    for (const HistoryEntry &entry : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *when = new QTableWidgetItem(entry.startedAt.isValid()
                                              ? locale.toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat)
                                              : tr("Unknown"));
        when->setData(IdRole, entry.id);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(entry.destination));
        const Model::Severity severity = entry.severity();
        auto *verdict = new QTableWidgetItem(VerdictIcon::icon(severity), entry.summary);
        verdict->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(VerdictIcon::accessibleName(severity), entry.summary));
        verdict->setToolTip(u"<p>"_s % entry.summary.toHtmlEscaped() % u"</p>"_s);
        m_table->setItem(row, 2, verdict);
        if (selected.contains(entry.id))
            m_table->selectRow(row);
    }
    // The newest is where Enter starts, so a test just run opens with one key.
    if (m_table->selectionModel()->selectedRows().isEmpty() && m_table->rowCount() > 0)
        m_table->selectRow(0);
    const bool empty = entries.isEmpty();
    m_empty->setText(m_store.limit() > 0 ? tr("No tests yet: every test you run is kept here.")
                                         : tr("The history is off: no test is kept. Set below how many to keep."));
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    updateButtons();
}

void HistoryDialog::updateButtons()
{
    const qsizetype count = m_table->selectionModel()->selectedRows().size();
    m_open->setEnabled(count >= 1);
    m_compare->setEnabled(count == 2);
    m_save->setEnabled(count == 1);
    m_delete->setEnabled(count >= 1);
}

void HistoryDialog::showError(const QString &text)
{
    m_banner->showMessage(InlineBanner::Kind::Error, text);
}

void HistoryDialog::openSelected()
{
    for (const QString &id : selectedIds())
        openId(id);
}

void HistoryDialog::openId(const QString &id)
{
    QString error;
    const std::optional<TestResult> result = m_store.load(id, &error);
    if (!result) {
        showError(tr("This test cannot be opened: %1").arg(error));
        return;
    }
    auto *window = new ResultWindow(*result, this);
    window->show();
}

void HistoryDialog::compareSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 2)
        return;
    QString error;
    std::optional<TestResult> first = m_store.load(ids.at(0), &error);
    std::optional<TestResult> second = first ? m_store.load(ids.at(1), &error) : std::nullopt;
    if (!first || !second) {
        showError(tr("These tests cannot be compared: %1").arg(error));
        return;
    }
    // Before is the older test, whichever was selected first.
    if (second->startedAt < first->startedAt)
        std::swap(first, second);
    (new ComparisonDialog(*first, *second, this))->show();
}

void HistoryDialog::saveSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    QString error;
    const std::optional<TestResult> result = m_store.load(ids.first(), &error);
    if (!result) {
        showError(tr("This test cannot be saved: %1").arg(error));
        return;
    }
    auto *dialog = new ReportFileDialog(*result, this);
    connect(dialog, &ReportFileDialog::saved, this, [this](const QString &path, const ReportWriter::SaveResult &saved) {
        m_banner->showMessage(saved.ok ? InlineBanner::Kind::Info : InlineBanner::Kind::Error,
                              saved.ok ? tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path))
                                       : saved.error);
    });
    dialog->open();
}

void HistoryDialog::askToDeleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Asked without a nested event loop: the answer arrives as a click.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete tests"),
                                tr("Delete the %n selected test(s) from the history?", nullptr, int(ids.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmDeleteBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Saved reports are not affected."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(remove, &QPushButton::clicked, this, [this, ids] { deleteIds(ids); });
    box->open();
}

void HistoryDialog::deleteIds(const QStringList &ids)
{
    for (const QString &id : ids) {
        QString error;
        if (!m_store.remove(id, &error)) {
            showError(tr("A test could not be deleted: %1").arg(error));
            break;
        }
    }
    m_table->clearSelection();
    refresh();
}

void HistoryDialog::changeLimit(int limit)
{
    m_settings.setValue(Settings::Key::HistoryLimit, limit);
    m_settings.sync();
    m_store.setLimit(limit);
    refresh();
}
