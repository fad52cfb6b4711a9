#pragma once

#include "model/EnumTable.h"
#include "model/TestResult.h"

#include <QByteArray>
#include <QIODevice>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QMimeData;

/// How a report is made; outside ReportWriter so it can be a default argument.
struct ReportOptions
{
    /// Local parts of addresses become user1, user2, ...; the EHLO and machine name
    /// become client.invalid (see ResultScrubber::anonymised).
    bool anonymise = false;
};

/// Saves a TestResult as a report (text, HTML, PDF or JSON, chosen by the file's
/// extension), atomically, and makes the "Copy for a ticket" clipboard content.
///
///     ReportWriter::Options options;
///     options.anonymise = parser.isSet(u"anonymise"_s);
///     for (const QString &path : parser.values(u"report"_s)) {
///         const ReportWriter::SaveResult saved = ReportWriter::save(result, path, options);
///         if (!saved.ok)
///             std::fprintf(stderr, "%s\n", qPrintable(saved.error)); // translated, names the file
///     }
///     // GUI: QGuiApplication::clipboard()->setMimeData(ReportWriter::ticketMimeData(result, options));
///     // Suggested name for a save dialog: ReportWriter::suggestedFileName(result, ReportWriter::Format::Html)
///
/// The PDF needs a QGuiApplication (fonts); the other formats work under QCoreApplication.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    enum class Format { Text, Html, Pdf, Json };

    using Options = ReportOptions;

    struct SaveResult
    {
        bool ok = false;
        QString error; // translated, for people; empty when ok
        Format format = Format::Text;
        qint64 bytes = 0;
    };

    /// Prints HTML to PDF into an open device; returns the number of pages (0: failed).
    /// The PDF library (app/pdf, on Qt Gui) provides it: the wizard links it, the headless
    /// runner loads it only when a PDF is asked for. Unset, a PDF cannot be written.
    using PdfPrinter = int (*)(const QString &html, const QString &title, QIODevice *device);
    static void setPdfPrinter(PdfPrinter printer);
    static bool canWritePdf();

    /// The text and HTML for "Copy for a ticket".
    struct TicketContent
    {
        QString text;
        QString html;
    };

    /// .txt .log .html .htm .pdf .json (case-insensitive); nothing for anything else.
    static std::optional<Format> formatForFileName(const QString &fileName);
    static QString extension(Format format); // "html"
    /// "smtp-test_contoso.com_2026-11-29_1432.html" (local time of the start).
    static QString suggestedFileName(const TestResult &result, Format format);

    /// The report's bytes (UTF-8 for text, HTML and JSON). The password never appears.
    static QByteArray render(const TestResult &result, Format format, const Options &options = {});
    /// Writes atomically: on any failure an existing file at path is left as it was.
    static SaveResult save(const TestResult &result, const QString &path, const Options &options = {});

    static TicketContent ticketContent(const TestResult &result, const Options &options = {});
    /// A new QMimeData with text/plain and text/html; the caller (or the clipboard) owns it.
    static QMimeData *ticketMimeData(const TestResult &result, const Options &options = {});
};

namespace Model {
/// The key of a format is its usual file extension.
template <>
struct EnumTable<ReportWriter::Format>
{
    static constexpr const char *context = "Model::ReportFormat";
    static constexpr EnumRow<ReportWriter::Format> rows[] = {
        {ReportWriter::Format::Text, "txt", QT_TRANSLATE_NOOP("Model::ReportFormat", "Text")},
        {ReportWriter::Format::Html, "html", QT_TRANSLATE_NOOP("Model::ReportFormat", "Web page")},
        {ReportWriter::Format::Pdf, "pdf", QT_TRANSLATE_NOOP("Model::ReportFormat", "PDF document")},
        {ReportWriter::Format::Json, "json", QT_TRANSLATE_NOOP("Model::ReportFormat", "JSON")},
    };
};
} // namespace Model
