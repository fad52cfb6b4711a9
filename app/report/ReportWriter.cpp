#include "report/ReportWriter.h"

#include "report/HtmlReport.h"
#include "report/ReportFacts.h"
#include "report/ResultJson.h"
#include "report/ResultScrubber.h"
#include "report/TextReport.h"

#include <QBuffer>
#include <cerrno>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReport, "smtpwizard.report")

namespace {

/// QSaveFile sometimes reports a failed write as "Unknown error"; the system's words
/// ("No space left on device", "File too large") help people more.
QString failure(const QSaveFile &file, int savedErrno)
{
    const QString text = file.errorString();
    if ((text.isEmpty() || text == u"Unknown error") && savedErrno != 0)
        return qt_error_string(savedErrno);
    return text;
}

TestResult prepared(const TestResult &result, const ReportWriter::Options &options)
{
    return options.anonymise ? ResultScrubber::anonymised(result) : ResultScrubber::withoutSecrets(result);
}

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (const auto format = Model::fromKey<Format>(suffix))
        return format;
    // The other names people give such files.
    if (suffix.compare(u"log"_s, Qt::CaseInsensitive) == 0)
        return Format::Text;
    if (suffix.compare(u"htm"_s, Qt::CaseInsensitive) == 0)
        return Format::Html;
    return std::nullopt;
}

QString ReportWriter::extension(Format format)
{
    return Model::key(format);
}

QString ReportWriter::suggestedFileName(const TestResult &result, Format format)
{
    // Only characters every file system and every mail client accept; ":" of IPv6 and
    // port numbers becomes "-".
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString destination = result.plan.destination();
    destination.replace(unsafe, u"-"_s);
    while (destination.startsWith(u'.'))
        destination.remove(0, 1);
    if (destination.isEmpty())
        destination = u"server"_s;
    const QDateTime start = result.startedAt.isValid() ? result.startedAt : QDateTime::currentDateTimeUtc();
    return u"smtp-test_"_s + destination + u'_' + start.toLocalTime().toString(u"yyyy-MM-dd_HHmm"_s) + u'.'
        + extension(format);
}

namespace {
ReportWriter::PdfPrinter pdfPrinter = nullptr;
}

void ReportWriter::setPdfPrinter(PdfPrinter printer)
{
    pdfPrinter = printer;
}

bool ReportWriter::canWritePdf()
{
    return pdfPrinter != nullptr;
}

QByteArray ReportWriter::render(const TestResult &result, Format format, const Options &options)
{
    const TestResult safe = prepared(result, options);
    switch (format) {
    case Format::Text: return TextReport::render(safe).toUtf8();
    case Format::Html: return HtmlReport::render(safe).toUtf8();
    case Format::Json: return ResultJson::toJsonBytes(safe, true);
    case Format::Pdf: {
        QByteArray pdf;
        if (!pdfPrinter)
            return pdf;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        pdfPrinter(HtmlReport::render(safe), ReportFacts::title() + u": "_s + safe.plan.destination(), &buffer);
        return pdf;
    }
    }
    return {};
}

ReportWriter::SaveResult ReportWriter::save(const TestResult &result, const QString &path, const Options &options)
{
    SaveResult saved;
    const std::optional<Format> format = formatForFileName(path);
    if (!format) {
        saved.error = tr("Cannot tell the report format from the name %1: use .txt, .html, .pdf or .json.")
                          .arg(QDir::toNativeSeparators(path));
        return saved;
    }
    saved.format = *format;

    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists()) {
        saved.error = tr("Could not save the report %1: the folder %2 does not exist.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.filePath()));
        qCWarning(lcReport) << "report folder missing" << folder.filePath();
        return saved;
    }
    if (!folder.isDir()) {
        saved.error = tr("Could not save the report %1: %2 is not a folder.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.filePath()));
        qCWarning(lcReport) << "report folder is not a folder" << folder.filePath();
        return saved;
    }
    if (target.isDir()) {
        saved.error = tr("Could not save the report %1: a folder of that name exists.").arg(QDir::toNativeSeparators(path));
        return saved;
    }

    if (*format == Format::Pdf && !canWritePdf()) {
        saved.error = tr("Could not save the report %1: PDF support (the smtp-wizard-pdf module) is not "
                         "installed. Save it as .html instead.")
                          .arg(QDir::toNativeSeparators(path));
        return saved;
    }
    const QByteArray bytes = render(result, *format, options);
    // QSaveFile writes to a temporary file beside the target and renames it over the
    // target only when everything was written: a full disk or a lost folder never
    // leaves a half report or destroys the previous one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        saved.error = tr("Could not save the report %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        qCWarning(lcReport) << "cannot open report" << path << file.errorString();
        return saved;
    }
    errno = 0;
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        const QString reason = failure(file, errno);
        saved.error = tr("Could not write the report %1: %2. An existing file of that name was left unchanged.")
                          .arg(QDir::toNativeSeparators(path), reason);
        qCWarning(lcReport) << "cannot write report" << path << reason;
        file.cancelWriting();
        file.commit(); // discards the temporary file
        return saved;
    }
    if (!file.commit()) {
        const QString reason = failure(file, errno);
        saved.error = tr("Could not write the report %1: %2. An existing file of that name was left unchanged.")
                          .arg(QDir::toNativeSeparators(path), reason);
        qCWarning(lcReport) << "cannot commit report" << path << reason;
        return saved;
    }
    saved.ok = true;
    saved.bytes = bytes.size();
    qCInfo(lcReport) << "report saved" << path << bytes.size() << "bytes";
    return saved;
}

ReportWriter::TicketContent ReportWriter::ticketContent(const TestResult &result, const Options &options)
{
    const TestResult safe = prepared(result, options);
    return {TextReport::render(safe), HtmlReport::render(safe)};
}

QMimeData *ReportWriter::ticketMimeData(const TestResult &result, const Options &options)
{
    const TicketContent content = ticketContent(result, options);
    auto *mime = new QMimeData;
    mime->setText(content.text);
    mime->setHtml(content.html);
    return mime;
}
