#include "widgets/ResultTables.h"

#include "report/RelayReportSection.h"
#include "run/RecipientReasons.h"
#include "widgets/VerdictIcon.h"

#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

void ResultTables::setUpRecipients(QTableWidget *table)
{
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Recipient"), tr("Outcome"), tr("Reason")});
    table->verticalHeader()->hide();
    // One line a row, the whole reason in its tooltip: rows measured before the columns
    // have their width would come out several lines tall.
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

void ResultTables::setUpTimings(QTableWidget *table)
{
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Server"), tr("Step"), tr("Time")});
    table->verticalHeader()->hide();
    // The step's name takes the spare width, so each time stays next to its step.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
}

void ResultTables::fillRelayForms(QTableWidget *table, const TestResult &result)
{
    for (const RelayReportSection::Row &r : RelayReportSection::rows(result)) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *form = new QTableWidgetItem(r.form);
        form->setToolTip(r.commands);
        table->setItem(row, 0, form);
        // Accepted is the problem here: an outside recipient taken from a stranger.
        const Model::Severity severity = r.accepted ? Model::Severity::Permanent : Model::Severity::Success;
        table->setItem(row, 1, new QTableWidgetItem(VerdictIcon::icon(severity),
                                                    r.accepted ? tr("Accepted: relays") : tr("Refused")));
        auto *reason = new QTableWidgetItem(r.explanation.isEmpty() ? r.reply : tr("%1. %2").arg(r.explanation, r.reply));
        reason->setToolTip(u"<p>"_s % r.commands.toHtmlEscaped() % u"<br>"_s % reason->text().toHtmlEscaped() % u"</p>"_s);
        table->setItem(row, 2, reason);
    }
}

void ResultTables::fillRecipients(QTableWidget *table, const TestResult &result)
{
    table->setRowCount(0);
    // The same table lists a delivery's recipients or the relay check's forms.
    table->setHorizontalHeaderItem(0, new QTableWidgetItem(result.plan.relayTest ? tr("Form tried") : tr("Recipient")));
    if (result.plan.relayTest) {
        fillRelayForms(table, result);
        return;
    }
    for (const RecipientReasons::Row &r : RecipientReasons::rowsOf(result)) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(r.address));
        using O = RecipientReasons::Row::Outcome;
        const Model::Severity severity = r.outcome == O::Accepted  ? Model::Severity::Success
                                         : r.outcome == O::Refused ? Model::Severity::Permanent
                                                                   : Model::Severity::Transient;
        table->setItem(row, 1, new QTableWidgetItem(VerdictIcon::icon(severity), r.outcomeText));
        auto *reason = new QTableWidgetItem(r.nextStep.isEmpty() ? r.reason : tr("%1. %2").arg(r.reason, r.nextStep));
        // As rich text, so a long reason wraps; escaped, as it may quote a server.
        reason->setToolTip(u"<p>"_s % reason->text().toHtmlEscaped() % u"</p>"_s);
        table->setItem(row, 2, reason);
    }
}

void ResultTables::fillTimings(QTableWidget *table, const TestResult &result)
{
    table->setRowCount(0);
    auto addRow = [table](const QString &server, const QString &step, qint64 ms) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(server));
        table->setItem(row, 1, new QTableWidgetItem(step));
        auto *time = new QTableWidgetItem(Model::durationText(ms));
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
