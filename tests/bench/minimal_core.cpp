// The start-up peer of smtp-wizard-cli (make bench): a Qt program that links Core and
// Network, makes its application object and a socket, runs the event loop once and ends.
#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTcpSocket socket;
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
