#include "history/ReportFileDialog.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ReportFileDialog::ReportFileDialog(const TestResult &result, QWidget *parent, const QString &folder)
    : QFileDialog(parent, tr("Save report"))
    , m_result(result)
{
    setObjectName(u"saveReportDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("Web page (*.html)"), tr("PDF document (*.pdf)"), tr("Text (*.txt)"),
                              tr("JSON data (*.json)")};
    const QList<ReportWriter::Format> formats{ReportWriter::Format::Html, ReportWriter::Format::Pdf,
                                              ReportWriter::Format::Text, ReportWriter::Format::Json};
    setNameFilters(filters);
    setDefaultSuffix(ReportWriter::extension(ReportWriter::Format::Html));
    selectFile(QDir(proposedFolder(folder)).filePath(ReportWriter::suggestedFileName(m_result, ReportWriter::Format::Html)));
    connect(this, &QFileDialog::filterSelected, this, [this, filters, formats](const QString &filter) {
        const qsizetype index = filters.indexOf(filter);
        if (index >= 0)
            setDefaultSuffix(ReportWriter::extension(formats.at(index)));
    });
    connect(this, &QFileDialog::fileSelected, this,
            [this](const QString &path) { Q_EMIT saved(path, ReportWriter::save(m_result, path)); });
}

QString ReportFileDialog::proposedFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    // A fresh profile may have no Documents folder; proposing one that does not exist
    // makes the first save fail (issue 9, finding 10).
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}
