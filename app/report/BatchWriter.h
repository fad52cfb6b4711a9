#pragma once

#include "model/BatchRow.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <optional>

/// The output of a batch check (`--batch-out`, the wizard's Save): one row per address,
/// as JSON lines, or CSV when the file name ends in ".csv" (docs/json.md). Every row is
/// flushed as it is written, so a run that is stopped leaves whole rows; a later run with
/// the same file reads the addresses done (readDone) and appends the rest.
class BatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchWriter)
public:
    enum class Format { JsonLines, Csv };

    /// CSV when the name ends in ".csv" (any case), else JSON lines.
    static Format formatFor(const QString &path);
    /// The CSV columns, in order.
    static QStringList columns();
    /// One row as a line of the format, with its line end.
    static QByteArray line(const BatchRow &row, Format format);
    /// The addresses an earlier run wrote to path (none when there is no such file);
    /// nothing when the file cannot be read or is not a batch output.
    static std::optional<QStringList> readDone(const QString &path, QString *error = nullptr);

    /// Opens path for appending (a torn last line from a killed run is cut off first);
    /// a new or empty CSV file gets the header.
    bool open(const QString &path, QString *error = nullptr);
    /// Writes to standard output instead (JSON lines).
    bool openStandardOutput();
    void write(const BatchRow &row);
    Format format() const { return m_format; }

private:
    QFile m_file;
    Format m_format = Format::JsonLines;
};
