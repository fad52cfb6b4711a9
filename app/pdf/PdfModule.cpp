#include "pdf/PdfModule.h"

#include "pdf/PdfReport.h"

#include <QGuiApplication>

QCoreApplication *smtpwizard_pdf_application(int *argc, char **argv)
{
    // The offscreen platform gives fonts without a screen, so this works on servers.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return new QGuiApplication(*argc, argv);
}

int smtpwizard_pdf_write(const QString &html, const QString &title, QIODevice *device)
{
    return PdfReport::write(html, title, device);
}
