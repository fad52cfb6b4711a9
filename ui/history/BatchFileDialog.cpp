#include "history/BatchFileDialog.h"

#include "history/ReportFileDialog.h"
#include "report/BatchWriter.h"

#include <QDate>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

BatchFileDialog::BatchFileDialog(const QList<BatchRow> &rows, QWidget *parent, const QString &folder)
    : QFileDialog(parent, tr("Save the results"))
    , m_rows(rows)
{
    setObjectName(u"saveBatchDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("CSV for a spreadsheet (*.csv)"), tr("JSON lines (*.jsonl)")};
    const QStringList suffixes{u"csv"_s, u"jsonl"_s};
    setNameFilters(filters);
    setDefaultSuffix(suffixes.constFirst());
    const QString name = u"addresses-checked-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    selectFile(QDir(ReportFileDialog::proposedFolder(folder)).filePath(name));
    connect(this, &QFileDialog::filterSelected, this, [this, filters, suffixes](const QString &filter) {
        const qsizetype index = filters.indexOf(filter);
        if (index >= 0)
            setDefaultSuffix(suffixes.at(index));
    });
    connect(this, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        write(m_rows, path, &error);
        Q_EMIT saved(path, error);
    });
}

bool BatchFileDialog::write(const QList<BatchRow> &rows, const QString &path, QString *error)
{
    // BatchWriter appends (the runner resumes a file); the dialog asked before replacing.
    if (QFile::exists(path) && !QFile::remove(path)) {
        *error = tr("%1 could not be replaced").arg(QDir::toNativeSeparators(path));
        return false;
    }
    BatchWriter writer;
    if (!writer.open(path, error))
        return false;
    for (const BatchRow &row : rows)
        writer.write(row);
    return true;
}
