#include "history/ResultSummaryView.h"

#include "widgets/ResultTables.h"
#include "widgets/VerdictIcon.h"
#include "model/Vocabulary.h"
#include "run/RecipientReasons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IconSize = 48;

QTableWidget *readOnlyTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    // One line a row, the whole text in the tooltip: rows measured before the columns
    // are laid out came out several lines tall.
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}
} // namespace

ResultSummaryView::ResultSummaryView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_nextSteps(new QLabel(this))
    , m_recipientsHeading(new QLabel(tr("<b>Recipients</b>"), this))
    , m_recipients(readOnlyTable(u"recipientsTable"_s, tr("What happened to each recipient"), this))
    , m_timingsToggle(new QToolButton(this))
    , m_timings(readOnlyTable(u"timingsTable"_s, tr("Time per step"), this))
{
    m_icon->setObjectName(u"verdictIcon"_s);
    m_icon->setFixedSize(IconSize, IconSize);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setTextFormat(Qt::PlainText); // the sentence may quote a server
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_nextSteps->setObjectName(u"nextStepsLabel"_s);
    m_nextSteps->setTextFormat(Qt::RichText); // a list; each step is escaped
    m_nextSteps->setWordWrap(true);
    m_nextSteps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    ResultTables::setUpRecipients(m_recipients);
    ResultTables::setUpTimings(m_timings);

    // The timings are for the curious; who got the mail comes first, so they start folded.
    m_timingsToggle->setObjectName(u"timingsToggle"_s);
    m_timingsToggle->setText(tr("&Time per step"));
    m_timingsToggle->setToolTip(tr("Shows or hides how long each step of the conversation took."));
    m_timingsToggle->setCheckable(true);
    m_timingsToggle->setAutoRaise(true);
    m_timingsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_timingsToggle->setArrowType(Qt::RightArrow);
    m_timings->setVisible(false);
    connect(m_timingsToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_timings->setVisible(shown);
        m_timingsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_icon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(verdictRow);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_recipientsHeading);
    layout->addWidget(m_recipients);
    layout->addWidget(m_timingsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_timings, 1);
    layout->addStretch();
    // As tall as a few rows, not the whole tab: the timings stay in view.
    m_recipients->setMaximumHeight(m_recipients->horizontalHeader()->sizeHint().height()
                                   + 6 * m_recipients->verticalHeader()->defaultSectionSize());
}

void ResultSummaryView::setResult(const TestResult &result)
{
    const Verdict &verdict = result.verdict;
    const Model::Severity severity = VerdictIcon::severityOf(verdict.outcome);
    m_icon->setPixmap(VerdictIcon::icon(severity).pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    m_icon->setAccessibleName(VerdictIcon::accessibleName(severity));
    QString sentence = verdict.summary;
    if (sentence.isEmpty())
        sentence = verdict.succeeded() ? tr("The test succeeded.")
                                       : tr("The test did not succeed: %1").arg(result.decidingText());
    m_verdict->setText(sentence);
    m_verdict->setAccessibleName(sentence);

    QString steps;
    for (const QString &step : verdict.nextSteps)
        steps += u"<li>"_s % step.toHtmlEscaped() % u"</li>"_s;
    m_nextSteps->setText(steps.isEmpty() ? tr("Nothing to do.") : u"<ul>"_s % steps % u"</ul>"_s);

    showRecipients(result);
    showTimings(result);
}

void ResultSummaryView::showRecipients(const TestResult &result)
{
    ResultTables::fillRecipients(m_recipients, result);
    const bool any = m_recipients->rowCount() > 0;
    m_recipientsHeading->setVisible(any);
    m_recipients->setVisible(any);
}

void ResultSummaryView::showTimings(const TestResult &result)
{
    ResultTables::fillTimings(m_timings, result);
}
