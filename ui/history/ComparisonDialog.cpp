#include "history/ComparisonDialog.h"

#include "history/ResultWindow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // a destination is what someone typed
    label->setText(text);
    label->setWordWrap(true);
    return label;
}
} // namespace

ComparisonDialog::ComparisonDialog(const TestResult &before, const TestResult &after, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"comparisonDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("What changed between two tests"));

    const QString beforeText = ResultWindow::describe(before.startedAt, ResultWindow::destinationOf(before));
    const QString afterText = ResultWindow::describe(after.startedAt, ResultWindow::destinationOf(after));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(u"beforeLabel"_s, tr("Before: %1").arg(beforeText), this));
    layout->addWidget(plainLabel(u"afterLabel"_s, tr("After: %1").arg(afterText), this));

    const QList<RunComparison::Difference> differences = RunComparison::compare(before, after);
    auto *table = new QTableWidget(this);
    table->setObjectName(u"comparisonTable"_s);
    table->setAccessibleName(tr("What changed"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Aspect"), tr("Before"), tr("After")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Wrapped rows are measured at the width the columns have once laid out: the header
    // sizes stretched sections late, so measure again whenever it does.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
            [table] { QTimer::singleShot(0, table, &QTableWidget::resizeRowsToContents); });
    QFont headingFont = table->font();
    headingFont.setBold(true);
    std::optional<RunComparison::Topic> topic;
    for (const RunComparison::Difference &d : differences) {
        if (topic != d.topic) {
            // A heading row across the table, so the rows of one topic read as a group.
            topic = d.topic;
            const int row = table->rowCount();
            table->insertRow(row);
            auto *heading = new QTableWidgetItem(topicLabel(d.topic));
            heading->setFont(headingFont);
            heading->setFlags(Qt::ItemIsEnabled);
            table->setItem(row, 0, heading);
            table->setSpan(row, 0, 1, 3);
        }
        const int row = table->rowCount();
        table->insertRow(row);
        int column = 0;
        for (const QString &text : {d.aspect, d.before, d.after}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(u"<p>"_s % text.toHtmlEscaped() % u"</p>"_s); // may quote a server
            table->setItem(row, column++, item);
        }
    }
    table->resizeRowsToContents();
    auto *none = plainLabel(u"noDifferencesLabel"_s, tr("No differences: both tests went the same way."), this);
    none->setAlignment(Qt::AlignCenter);
    table->setVisible(!differences.isEmpty());
    none->setVisible(differences.isEmpty());
    layout->addWidget(table, 1);
    layout->addWidget(none, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);
}

QString ComparisonDialog::topicLabel(RunComparison::Topic topic)
{
    using T = RunComparison::Topic;
    switch (topic) {
    case T::Verdict: return tr("Verdict");
    case T::MailServers: return tr("Mail servers");
    case T::Connection: return tr("Connection");
    case T::Encryption: return tr("Encryption");
    case T::Replies: return tr("Server replies");
    case T::Recipients: return tr("Recipients");
    case T::Duration: return tr("Duration");
    }
    return {};
}
