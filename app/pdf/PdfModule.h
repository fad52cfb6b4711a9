#pragma once

#include <QtGlobal>

class QCoreApplication;
class QIODevice;
class QString;

/// The entry points of the PDF module (smtp-wizard-pdf.so) that the headless runner
/// loads with QLibrary only when a PDF is asked for, so a plain run never loads Qt Gui.
/// Plain C names, so QLibrary::resolve finds them without C++ name mangling.
extern "C" {
/// A QGuiApplication (fonts; the offscreen platform unless one is set), as a QCoreApplication.
Q_DECL_EXPORT QCoreApplication *smtpwizard_pdf_application(int *argc, char **argv);
/// PdfReport::write with the user's locale; returns the number of pages, 0 on failure.
Q_DECL_EXPORT int smtpwizard_pdf_write(const QString &html, const QString &title, QIODevice *device);
}

/// The symbol names, spelled once for the loader.
namespace PdfModule {
inline constexpr char applicationSymbol[] = "smtpwizard_pdf_application";
inline constexpr char writeSymbol[] = "smtpwizard_pdf_write";
inline constexpr char libraryName[] = "smtp-wizard-pdf";
using ApplicationFunction = QCoreApplication *(*)(int *, char **);
using WriteFunction = int (*)(const QString &, const QString &, QIODevice *);
} // namespace PdfModule
