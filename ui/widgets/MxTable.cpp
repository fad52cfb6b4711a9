#include "widgets/MxTable.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

MxTable::MxTable(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("Preference"), tr("Mail server"), tr("Addresses"), tr("Reverse DNS")});
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
}

void MxTable::clearFindings()
{
    setRowCount(0);
}

void MxTable::setFindings(const DnsFindings &findings)
{
    setRowCount(0);
    for (const MxHost &mx : findings.mx) {
        QStringList addresses;
        QStringList names;
        for (const ResolvedAddress &a : mx.addresses) {
            addresses.append(a.address.toString());
            if (!a.ptrLookedUp)
                names.append(tr("(not looked up)"));
            else if (a.ptr.isEmpty())
                names.append(tr("(none)"));
            else if (a.ptrMatches)
                names.append(a.ptr);
            else
                names.append(tr("%1 (does not match)").arg(a.ptr));
        }
        if (addresses.isEmpty()) {
            addresses.append(tr("(no address)"));
            names.append(QString());
        }
        const int row = rowCount();
        insertRow(row);
        const QString preference = mx.preference < 0 ? tr("implicit") : QString::number(mx.preference);
        setItem(row, 0, new QTableWidgetItem(preference));
        setItem(row, 1, new QTableWidgetItem(mx.exchange));
        setItem(row, 2, new QTableWidgetItem(addresses.join(u'\n')));
        setItem(row, 3, new QTableWidgetItem(names.join(u'\n')));
        item(row, 0)->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
    }
}
