#pragma once

#include "model/TestResult.h"
#include "report/ReportWriter.h"

#include <QFileDialog>

/// "Save report…" for one result: a save dialog offering HTML, PDF, text and JSON with the
/// suggested file name in a folder that exists, which writes the report once a file is
/// chosen. Opened with open(), never exec(): no nested event loop in the GUI thread.
///
///     auto *dialog = new ReportFileDialog(result, this);
///     connect(dialog, &ReportFileDialog::saved, this, &Window::showSaved);
///     dialog->open();
class ReportFileDialog : public QFileDialog
{
    Q_OBJECT
public:
    /// Deletes itself when closed; objectName "saveReportDialog". folder: where the last
    /// report went, proposed again when it still exists.
    ReportFileDialog(const TestResult &result, QWidget *parent, const QString &folder = {});

    /// A folder to propose that exists: remembered, else Documents, else the home folder.
    static QString proposedFolder(const QString &remembered = {});

Q_SIGNALS:
    /// The report was written (saved.ok) or not (saved.error says why) at path.
    void saved(const QString &path, const ReportWriter::SaveResult &saved);

private:
    TestResult m_result;
};
