#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QIODevice;

/// Prints the HTML report to PDF through QTextDocument and QPdfWriter, with the paper
/// size people use where the user lives and "page n of m" on every page.
/// Needs a QGuiApplication (fonts), also in the headless runner.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
public:
    /// Writes the PDF to device (open for writing); returns the number of pages.
    static int write(const QString &html, const QString &title, QIODevice *device,
                     const QLocale &locale = QLocale());
    /// Letter where it is the norm (the Americas' letter countries, the Philippines), A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale &locale);
};
