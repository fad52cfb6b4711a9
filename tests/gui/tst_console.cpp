// The expert console's wizard face (ConsoleWindow) against the real test bed, driven by
// key presses as a person types: commands with Enter, Up to recall one, each reply
// explained live in the context of the command just sent, STARTTLS upgrading in place,
// Sign in through its dialog with the secret never in the transcript, a test message
// sent dot-stuffed, and closing the window saying QUIT first.
#include "ScreenshotLanguage.h"
#include "Testbed.h"

#include "plan/PlanBuilder.h"
#include "widgets/CommandLineEdit.h"
#include "widgets/ConsoleSignInDialog.h"
#include "widgets/ConsoleWindow.h"
#include "widgets/ExplanationPanel.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using State = ConsoleSession::State;

class tst_Console : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installScreenshotLanguage(); }
    void typedConversationIsExplained();
    void signInKeepsTheSecretOut();

private:
    static TestPlan planFor(QStringView portName);
    /// Types line into the console's input and presses Enter, then waits until the reply
    /// is in (the session is ready for the next line again).
    static bool type(ConsoleWindow &console, const QString &line);
    static QString transcriptText(ConsoleWindow &console);
};

TestPlan tst_Console::planFor(QStringView portName)
{
    PlanRequest request;
    request.server = Testbed::value(u"MAIL_ADDR") + u':' + Testbed::value(portName);
    request.caFile = Testbed::value(u"CA_FILE");
    request.mailFrom = u"sender@wizard.test"_s;
    request.rcptTo = {u"alice@wizard.test"_s};
    request.stopAfter = TestPlan::StopAfter::Connect;
    request.timeouts = Timeouts::uniform(std::chrono::seconds(8));
    const PlanBuilder::Result built = PlanBuilder::build(request);
    return built.ok() ? *built.plan : TestPlan{};
}

bool tst_Console::type(ConsoleWindow &console, const QString &line)
{
    auto *input = console.findChild<CommandLineEdit *>(u"consoleInput"_s);
    if (!input || !QTest::qWaitFor([&] { return input->isEnabled(); }, 10000))
        return false;
    input->setFocus();
    QTest::keyClicks(input, line);
    QTest::keyClick(input, Qt::Key_Return);
    // The reply is due first (Waiting), then the session takes input again.
    return QTest::qWaitFor([&] { return console.session()->acceptsInput() && input->isEnabled(); }, 10000);
}

QString tst_Console::transcriptText(ConsoleWindow &console)
{
    const TranscriptModel *model = console.findChild<TranscriptView *>()->transcript();
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->index(row).data(Qt::DisplayRole).toString());
    return lines.join(u'\n');
}

void tst_Console::typedConversationIsExplained()
{
    const TestPlan plan = planFor(u"SMTP_PORT");
    QVERIFY(!plan.host.isEmpty());
    ConsoleWindow console(plan);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), State::Ready, 10000); // the greeting
    auto *panel = console.findChild<ExplanationPanel *>();
    auto *input = console.findChild<CommandLineEdit *>(u"consoleInput"_s);

    QVERIFY(type(console, u"EHLO client.wizard.test"_s));
    QCOMPARE(panel->explanation().category, Model::Category::Accepted);
    // Up brings back what was sent; Down returns to the (empty) line being typed.
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->text(), u"EHLO client.wizard.test"_s);
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->text(), QString());

    // STARTTLS by its button, upgraded in place; EHLO again over TLS.
    auto *startTls = console.findChild<QPushButton *>(u"consoleStartTls"_s);
    QVERIFY(startTls->isEnabled());
    QTest::mouseClick(startTls, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console.session()->sessionState().isEncrypted(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(input->isEnabled(), 10000);
    QVERIFY(!startTls->isEnabled()); // once is enough
    QVERIFY(type(console, u"EHLO client.wizard.test"_s));
    QVERIFY(type(console, u"MAIL FROM:<sender@wizard.test>"_s));
    QCOMPARE(panel->explanation().category, Model::Category::Accepted);
    // The same 550 a run gets, explained as a recipient that does not exist.
    QVERIFY(type(console, u"RCPT TO:<nobody@wizard.test>"_s));
    QCOMPARE(panel->explanation().category, Model::Category::RecipientUnknown);
    // tools/screenshots.sh: the console with a refusal explained (13-console-light.png).
    if (const QString dir = qEnvironmentVariable("SMTPWIZARD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::keyClicks(input, u"RCPT TO:<alice@wizard.test>"_s);
        console.resize(1024, 640);
        QCoreApplication::sendPostedEvents();
        QVERIFY(console.grab().save(dir + u"/13-console-light.png"_s));
        input->clear();
    }
    QVERIFY(type(console, u"RCPT TO:<alice@wizard.test>"_s));

    // A test message: DATA, the text dot-stuffed (its lone "." line goes as ".."), the end.
    auto *message = console.findChild<QPushButton *>(u"consoleMessage"_s);
    QTest::mouseClick(message, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(console).contains(u"250 2.0.0 Ok: queued"_s), 10000);
    QVERIFY2(transcriptText(console).contains(u"C: ..\n"_s), qPrintable(transcriptText(console)));

    // Closing says QUIT and waits for its 221 before the window goes.
    console.reject();
    QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), State::Finished, 10000);
    QVERIFY(transcriptText(console).contains(u"QUIT"_s));
    QVERIFY(transcriptText(console).contains(u"221"_s));
}

void tst_Console::signInKeepsTheSecretOut()
{
    const TestPlan plan = planFor(u"SUBMISSION_PORT");
    QVERIFY(!plan.host.isEmpty());
    const QString user = Testbed::value(u"USER");
    const QString password = Testbed::value(u"PASSWORD");
    ConsoleWindow console(plan);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), State::Ready, 10000);
    QVERIFY(type(console, u"EHLO client.wizard.test"_s));
    QTest::mouseClick(console.findChild<QPushButton *>(u"consoleStartTls"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(console.session()->sessionState().isEncrypted(), 10000);
    QVERIFY(type(console, u"EHLO client.wizard.test"_s));

    // The Sign in dialog is modal: it is answered by key presses once it shows.
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<ConsoleSignInDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<ConsoleSignInDialog *>(QApplication::activeModalWidget());
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2);
        edits.at(0)->clear();
        QTest::keyClicks(edits.at(0), user);
        QTest::keyClicks(edits.at(1), password);
        QCOMPARE(edits.at(1)->echoMode(), QLineEdit::Password);
        QTest::keyClick(edits.at(1), Qt::Key_Return);
        answered = true;
    });
    QTest::mouseClick(console.findChild<QPushButton *>(u"consoleSignIn"_s), Qt::LeftButton);
    QVERIFY(answered);
    QTRY_VERIFY_WITH_TIMEOUT(console.session()->sessionState().isSignedIn(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText(console).contains(u"235"_s), 10000);
    const QString text = transcriptText(console);
    QVERIFY2(!text.contains(password), qPrintable(text));
    const QString plain = QString::fromLatin1(QByteArray('\0' + user.toUtf8() + '\0' + password.toUtf8()).toBase64());
    QVERIFY(!text.contains(plain));
    QVERIFY(!text.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    // Nor in what the session records for reports.
    console.reject();
    QTRY_COMPARE_WITH_TIMEOUT(console.session()->state(), State::Finished, 10000);
    for (const Attempt &attempt : console.session()->result().attempts) {
        for (const TranscriptEntry &entry : attempt.transcript)
            QVERIFY(!entry.text.contains(password) && !entry.text.contains(plain));
    }
}

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
