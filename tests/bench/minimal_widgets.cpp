// The start-up peer of the wizard (make bench): a Qt Widgets program that shows one window
// and quits once it is painted, as smtp-wizard does with SMTPWIZARD_QUIT_WHEN_SHOWN.
#include <QApplication>
#include <QEvent>
#include <QLabel>

namespace {
class QuitWhenPainted : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Hello"));
    QuitWhenPainted quit;
    window.installEventFilter(&quit);
    window.show();
    return app.exec();
}
