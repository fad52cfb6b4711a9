#include "history/ResultSummaryView.h"

#include "history/VerdictIcon.h"
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

    m_recipients->setColumnCount(3);
    m_recipients->setHorizontalHeaderLabels({tr("Recipient"), tr("Outcome"), tr("Reason")});
    m_recipients->horizontalHeader()->setStretchLastSection(true);
    m_timings->setColumnCount(3);
    m_timings->setHorizontalHeaderLabels({tr("Server"), tr("Step"), tr("Time")});
    m_timings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

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
    const int index = result.verdict.attemptIndex;
    const Attempt *attempt = index >= 0 && index < result.attempts.size() ? &result.attempts.at(index)
                             : result.attempts.isEmpty()                  ? nullptr
                                                                          : &result.attempts.constLast();
    QList<RecipientReasons::Row> rows = attempt ? RecipientReasons::rows(*attempt) : QList<RecipientReasons::Row>();
    // Recipients the conversation never reached are listed too: nobody is left out.
    for (const QString &address : result.plan.rcptTo) {
        if (std::none_of(rows.cbegin(), rows.cend(), [&address](const auto &r) { return r.address == address; })) {
            RecipientReasons::Row row;
            row.address = address;
            row.outcomeText = tr("Not asked");
            row.reason = tr("The test ended before this recipient was asked for.");
            rows.append(row);
        }
    }
    m_recipients->setRowCount(0);
    for (const RecipientReasons::Row &r : std::as_const(rows)) {
        const int row = m_recipients->rowCount();
        m_recipients->insertRow(row);
        m_recipients->setItem(row, 0, new QTableWidgetItem(r.address));
        using O = RecipientReasons::Row::Outcome;
        const Model::Severity severity = r.outcome == O::Accepted  ? Model::Severity::Success
                                         : r.outcome == O::Refused ? Model::Severity::Permanent
                                                                   : Model::Severity::Transient;
        m_recipients->setItem(row, 1, new QTableWidgetItem(VerdictIcon::icon(severity), r.outcomeText));
        auto *reason = new QTableWidgetItem(r.nextStep.isEmpty() ? r.reason : tr("%1. %2").arg(r.reason, r.nextStep));
        // As rich text, so a long reason wraps; escaped, as it may quote a server.
        reason->setToolTip(u"<p>"_s % reason->text().toHtmlEscaped() % u"</p>"_s);
        m_recipients->setItem(row, 2, reason);
    }
    const bool any = m_recipients->rowCount() > 0;
    m_recipientsHeading->setVisible(any);
    m_recipients->setVisible(any);
}

void ResultSummaryView::showTimings(const TestResult &result)
{
    m_timings->setRowCount(0);
    auto addRow = [this](const QString &server, const QString &step, qint64 ms) {
        const int row = m_timings->rowCount();
        m_timings->insertRow(row);
        m_timings->setItem(row, 0, new QTableWidgetItem(server));
        m_timings->setItem(row, 1, new QTableWidgetItem(step));
        auto *time = new QTableWidgetItem(Model::durationText(ms));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_timings->setItem(row, 2, time);
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
