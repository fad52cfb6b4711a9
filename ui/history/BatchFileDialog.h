#pragma once

#include "model/BatchRow.h"

#include <QFileDialog>

/// "Save results…" of "Check a list of addresses": a save dialog offering CSV (for a
/// spreadsheet) and JSON lines, which writes the rows with the runner's BatchWriter once
/// a file is chosen, so the wizard's file and --batch-out's are the same. Opened with
/// open(), never exec(): no nested event loop while a check's sockets may still close.
class BatchFileDialog : public QFileDialog
{
    Q_OBJECT
public:
    /// Deletes itself when closed; objectName "saveBatchDialog". folder: where the last
    /// report went (ReportFileDialog::proposedFolder decides what is proposed).
    BatchFileDialog(const QList<BatchRow> &rows, QWidget *parent, const QString &folder = {});

    /// Writes rows to path, replacing the file (a save, not the runner's resume).
    static bool write(const QList<BatchRow> &rows, const QString &path, QString *error);

Q_SIGNALS:
    /// The rows were written (error empty) or not (error says why) at path.
    void saved(const QString &path, const QString &error);

private:
    QList<BatchRow> m_rows;
};
