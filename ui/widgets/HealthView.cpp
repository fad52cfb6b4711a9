#include "widgets/HealthView.h"

#include "report/HealthReportSection.h"
#include "report/HtmlReport.h"
#include "widgets/TranscriptColors.h"
#include "widgets/VerdictIcon.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Model::HealthCheck;

HealthView::HealthView(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    m_rows->setObjectName(u"healthRows"_s);
    m_rows->setColumnCount(2);
    m_rows->setHeaderLabels({tr("Check"), tr("Status")});
    m_rows->setRootIsDecorated(false);
    m_rows->header()->setStretchLastSection(false);
    m_rows->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_rows->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setAccessibleName(tr("Domain health checks"));
    m_details->setObjectName(u"healthDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("What the selected check found"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_rows);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, &HealthView::showDetails);
}

void HealthView::clearHealth()
{
    m_shown.clear();
    m_rows->clear();
    m_details->clear();
}

void HealthView::setHealth(const DomainHealth &health)
{
    clearHealth();
    addRow(u"spf"_s, Model::label(HealthCheck::Spf), health.spf);
    addRow(u"dmarc"_s, Model::label(HealthCheck::Dmarc), health.dmarc);
    addRow(u"mtaSts"_s, Model::label(HealthCheck::MtaSts), health.mtaSts);
    addRow(u"tlsRpt"_s, Model::label(HealthCheck::TlsRpt), health.tlsRpt);
    addRow(u"dane"_s, Model::label(HealthCheck::Dane), health.dane);
    for (const AddressHealth &address : health.addresses) {
        const QString where = tr("%1 at %2").arg(address.exchange, address.address.toString());
        addRow(u"fcrdns "_s + address.address.toString(), Model::label(HealthCheck::FcrDns) + u": "_s + where, address.fcrdns);
        // Before the test has talked to the server there is no greeting to compare.
        if (address.greetingName.isEmpty() && address.bannerMatchesPtr.has(Model::HealthProblem::BannerNotSeen))
            continue;
        addRow(u"bannerMatchesPtr "_s + address.address.toString(), Model::label(HealthCheck::Banner) + u": "_s + where,
               address.bannerMatchesPtr);
    }
    colourRows();
    int first = 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).finding.status != Model::HealthStatus::Ok) {
            first = i;
            break;
        }
    }
    if (!m_shown.isEmpty())
        m_rows->setCurrentItem(m_rows->topLevelItem(first));
}

void HealthView::addRow(const QString &key, const QString &title, const HealthFinding &finding)
{
    auto *row = new QTreeWidgetItem(m_rows, {title, Model::label(finding.status)});
    const Model::Severity severity = Model::severityOf(finding.status);
    row->setIcon(1, VerdictIcon::icon(severity));
    row->setData(1, Qt::AccessibleTextRole, QString(VerdictIcon::accessibleName(severity) + u": "_s + Model::label(finding.status)));
    row->setToolTip(0, finding.explanation);
    m_shown.append({key, title, finding});
}

void HealthView::showDetails()
{
    const int index = m_rows->indexOfTopLevelItem(m_rows->currentItem());
    if (index < 0 || index >= m_shown.size()) {
        m_details->clear();
        return;
    }
    const Row &row = m_shown.at(index);
    // The report's words and escaping (network text shown, never obeyed), under a heading.
    m_details->setHtml(u"<p><b>"_s + HtmlReport::escape(row.title) + u"</b> \u2014 "_s
                       + HtmlReport::escape(Model::label(row.finding.status)) + u"</p>"_s
                       + HealthReportSection::findingHtml(row.finding));
}

void HealthView::colourRows()
{
    const TranscriptColors colours(palette());
    for (int i = 0; i < m_shown.size() && i < m_rows->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_rows->topLevelItem(i);
        const auto kind = TranscriptColors::kindFor(Model::severityOf(m_shown.at(i).finding.status));
        row->setForeground(1, colours.foreground(kind));
        row->setBackground(1, colours.background(kind));
        QFont bold = row->font(1);
        bold.setBold(true);
        row->setFont(1, bold);
    }
}

QTreeWidgetItem *HealthView::rowFor(const QString &key) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).key == key)
            return m_rows->topLevelItem(i);
    }
    return nullptr;
}

void HealthView::select(const QString &key)
{
    if (QTreeWidgetItem *row = rowFor(key))
        m_rows->setCurrentItem(row);
}

QString HealthView::detailsText() const
{
    return m_details->toPlainText();
}

void HealthView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourRows();
}
