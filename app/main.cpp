#include "SmtpWizard.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMTP Wizard"));
    QApplication::setOrganizationName(QStringLiteral("SMTP Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(SMTPWIZARD_VERSION));

    SmtpWizard wizard;
    wizard.show();
    return app.exec();
}
