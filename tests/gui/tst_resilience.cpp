#include "DarkPalette.h"
#include "HeldSmtpServer.h"
#include "HeldWizard.h"
#include "UnansweredListener.h"
#include "WizardDriver.h"

#include "CloseQuestion.h"
#include "WizardController.h"
#include "protocol/smtp/SmtpSession.h"
#include "run/TestRun.h"
#include "settings/Settings.h"
#include "settings/Translations.h"
#include "widgets/TranscriptColors.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QTcpSocket>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace WizardDriver;
using namespace HeldRun;

/// The wizard against a server that answers only when the test lets it (issue 11,
/// deliverable 6): Stop at every moment of a conversation, a second run at once, closing
/// the window mid-run and switching the palette mid-run leave a usable page, one
/// conversation at a time, no object or socket behind, and a run that goes on.
class tst_Resilience : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stopInTheTurnOfSend();
    void cancelBeforeConnectCompletes();
    void cancelDuringGreeting();
    void cancelDuringEhlo();
    void cancelDuringData();
    void cancelAwaitingEndOfData();
    void cancelDuringQuit();
    void stopRightAsTheRunFinishes();
    void backAndSendAgainWhileRunning();
    void doubleEnterSendsOnce();
    void doubleClickSendsOnce();
    void closeMidRunThenCloseWithoutSaving();
    void closeMidRunThenKeepTheWindow();
    void wizardDestroyedMidRun();
    void paletteSwitchMidRun();
    void cleanup();

private:
    /// Presses Stop while the server holds the reply to verb, then checks the page is
    /// usable again, the socket gone and the server left alone.
    /// firstLineShown: the server has sent the first line of a multi-line reply and holds
    /// the rest, so the Stop lands in the middle of a reply.
    static void stopWhileHeld(const QByteArray &verb, bool firstLineShown = false);
    static void checkStoppedAndUsable(HeldWizard &held);
};

void tst_Resilience::initTestCase()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    Translations::install(*QCoreApplication::instance());
}

void tst_Resilience::cleanup()
{
    // A test that switched to the dark palette leaves the next one in the light one.
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void tst_Resilience::checkStoppedAndUsable(HeldWizard &held)
{
    SmtpWizard &wizard = *held;
    QTRY_VERIFY(!wizard.controller()->isRunning());
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QCOMPARE(find<QLabel>(&wizard, "stageLabel")->text(), u"Stopped: you stopped the test."_s);
    QVERIFY2(find<QProgressBar>(&wizard, "stageProgress")->text().startsWith(u"Stopped at step"_s),
             qPrintable(find<QProgressBar>(&wizard, "stageProgress")->text()));
    QVERIFY(!find<QPushButton>(&wizard, "stopButton")->isEnabled());
    QVERIFY(nextButton(wizard)->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::Cancelled);
    // The conversation let go of everything: no session, no socket left behind.
    QTRY_VERIFY(!wizard.controller()->findChild<SmtpSession *>());
    QVERIFY(!wizard.controller()->findChild<QTcpSocket *>());
}

void tst_Resilience::stopWhileHeld(const QByteArray &verb, bool firstLineShown)
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold(verb);
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTRY_VERIFY2_WITH_TIMEOUT(server.isHolding(verb), lastRun(wizard).constData(), 10000);
    if (firstLineShown) {
        server.releaseFirstLine();
        QTRY_VERIFY(shownLines(wizard).contains(u"250-held.test"_s));
    }
    QPointer<SmtpSession> session = wizard.controller()->findChild<SmtpSession *>();
    QPointer<QTcpSocket> socket = wizard.controller()->findChild<QTcpSocket *>();
    QVERIFY(session && socket);
    QTest::mouseClick(find<QPushButton>(&wizard, "stopButton"), Qt::LeftButton);
    checkStoppedAndUsable(held);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(session.isNull());
    QVERIFY(socket.isNull());
    // The server sees the client hang up, and nothing more was sent after the Stop.
    QTRY_VERIFY(server.connection(0).closedByClient);
    QCOMPARE(server.connectionCount(), 1);
    const QList<QByteArray> &lines = server.connection(0).lines;
    if (verb != "CONNECT")
        QVERIFY2(lines.constLast().toUpper().startsWith(verb), lines.constLast().constData());
    // What the server had sent stays on the page; the Stop is said once, last.
    const QStringList shown = shownLines(wizard);
    if (firstLineShown)
        QVERIFY(shown.contains(u"250-held.test"_s));
    QCOMPARE(shown.count(u"Cancelled by the user"_s), 1);

    // Usable again: Run again from the Summary talks to the server from the start.
    server.release();
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SummaryPageId));
    QTest::mouseClick(find<QPushButton>(&wizard, "runAgainButton"), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    QCOMPARE(server.connectionCount(), 2);
}

// Stop in the same turn as Send, before the run has used the servers looked up: the
// run ends at once and never connects (Run again then makes the only connection).
void tst_Resilience::stopInTheTurnOfSend()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTest::mouseClick(find<QPushButton>(&wizard, "stopButton"), Qt::LeftButton);
    checkStoppedAndUsable(held);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(wizard.controller()->lastResult()->attempts.isEmpty());
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(&wizard, "runAgainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.connection(0).lines.first(), QByteArray("EHLO [127.0.0.1]"));
    QVERIFY(shownLines(wizard).contains(u"220 held.test ESMTP connection 1"_s));
}

void tst_Resilience::cancelBeforeConnectCompletes()
{
    UnansweredListener listener;
    QVERIFY(listener.listen());
    QTRY_VERIFY(listener.isFull());
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, listener.port()));
    QVERIFY(send(wizard));
    QPointer<QTcpSocket> socket;
    QTRY_VERIFY((socket = wizard.controller()->findChild<QTcpSocket *>())
                && socket->state() == QAbstractSocket::ConnectingState);
    QTest::mouseClick(find<QPushButton>(&wizard, "stopButton"), Qt::LeftButton);
    checkStoppedAndUsable(held);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(socket.isNull());
    QCOMPARE(wizard.controller()->lastResult()->attempts.size(), 1);
    QCOMPARE(wizard.controller()->lastResult()->verdict.stage, Model::Stage::Connect);
}

void tst_Resilience::cancelDuringGreeting()
{
    stopWhileHeld("CONNECT");
}

void tst_Resilience::cancelDuringEhlo()
{
    stopWhileHeld("EHLO", true);
}

void tst_Resilience::cancelDuringData()
{
    stopWhileHeld("DATA");
}

void tst_Resilience::cancelAwaitingEndOfData()
{
    stopWhileHeld(".");
}

// The message was accepted (250 after the final dot); a Stop while the server takes its
// time over QUIT only ends the goodbye: the test worked, and says so.
void tst_Resilience::cancelDuringQuit()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("QUIT");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTRY_VERIFY2_WITH_TIMEOUT(server.isHolding("QUIT"), lastRun(wizard).constData(), 10000);
    QPointer<QTcpSocket> socket = wizard.controller()->findChild<QTcpSocket *>();
    QVERIFY(socket);
    QTest::mouseClick(find<QPushButton>(&wizard, "stopButton"), Qt::LeftButton);
    QTRY_VERIFY(!wizard.controller()->isRunning());
    const TestResult &result = *wizard.controller()->lastResult();
    QVERIFY2(result.verdict.succeeded(), lastRun(wizard).constData());
    QVERIFY2(!hasCancelledLine(result), lastRun(wizard).constData());
    QCOMPARE(find<QLabel>(&wizard, "stageLabel")->text(), u"Finished: it worked."_s);
    QCOMPARE(find<QProgressBar>(&wizard, "stageProgress")->text(), u"Done"_s);
    QVERIFY(!find<QPushButton>(&wizard, "stopButton")->isEnabled());
    QVERIFY(nextButton(wizard)->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QTRY_VERIFY(socket.isNull());
    QTRY_VERIFY(server.connection(0).closedByClient);
}

// A Stop that lands in the very turn the run ends (the last reply and the click arrive
// together) changes nothing: the result stands and the page is the finished one.
void tst_Resilience::stopRightAsTheRunFinishes()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    auto *stop = find<QPushButton>(&wizard, "stopButton");
    bool clickedAtTheEnd = false;
    connect(wizard.controller(), &WizardController::runFinished, stop, [&] {
        clickedAtTheEnd = stop->isEnabled(); // the page has not heard of the end yet
        QTest::mouseClick(stop, Qt::LeftButton);
    });
    QVERIFY(send(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.controller()->isRunning(), 10000);
    QVERIFY(clickedAtTheEnd);
    const TestResult &result = *wizard.controller()->lastResult();
    QVERIFY2(result.verdict.succeeded(), lastRun(wizard).constData());
    QVERIFY(!hasCancelledLine(result));
    QCOMPARE(find<QLabel>(&wizard, "stageLabel")->text(), u"Finished: it worked."_s);
    QVERIFY(!stop->isEnabled());
    QVERIFY(nextButton(wizard)->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QTRY_VERIFY(!wizard.controller()->findChild<QTcpSocket *>());
    // The server said goodbye and hung up itself; nothing talked to it after QUIT.
    QTRY_VERIFY(!server.connection(0).open);
    QVERIFY(!server.connection(0).closedByClient);
    QCOMPARE(server.connection(0).lines.constLast(), QByteArray("QUIT"));

    // Escape right after: the result is unsaved, so a question, and Cancel keeps the page.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = wizard.findChild<QMessageBox *>(u"closeQuestion"_s)) && question->isVisible());
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!wizard.findChild<QMessageBox *>(u"closeQuestion"_s));
    QVERIFY(wizard.isVisible());
    QVERIFY(nextButton(wizard)->isEnabled());
}

// Back while the first run talks, then Send at once: the first conversation ends before
// the second begins, and the page shows the second only.
void tst_Resilience::backAndSendAgainWhileRunning()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("EHLO");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("EHLO"), 10000);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(MessagePageId));
    QVERIFY(!wizard.controller()->isRunning());
    QVERIFY(send(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() == 2 && server.isHolding("EHLO"), 10000);
    server.release();
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);

    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    QVERIFY(server.connection(0).closedByClient);
    QCOMPARE(server.maxOpen(), 1); // never two conversations at once
    QCOMPARE(held.runs.size(), 2);
    QTRY_VERIFY(held.runs.first().isNull()); // the first run is gone, not kept beside
    const QStringList lines = shownLines(wizard);
    QVERIFY2(lines.contains(u"220 held.test ESMTP connection 2"_s), qPrintable(lines.join(u'\n')));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(u"connection 1"_s) && !line.contains(u"Cancelled"_s), qPrintable(line));
    qsizetype ehlos = 0;
    for (const QString &line : lines)
        ehlos += line.startsWith(u"EHLO "_s);
    QCOMPARE(ehlos, 1);
    QCOMPARE(wizard.controller()->lastResult()->attempts.size(), 1);
}

// Enter pressed twice on the Message page (a habit from forms): one test, not stopped.
void tst_Resilience::doubleEnterSendsOnce()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("EHLO");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    auto *from = find<QLineEdit>(&wizard, "fromEdit");
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(wizard.controller()->isRunning(), lastRun(wizard).constData());
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("EHLO"), 10000);
    server.release();
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    QCOMPARE(held.runs.size(), 1);
    QCOMPARE(server.connectionCount(), 1);
}

// A double click on "Send test message": one run, one conversation.
void tst_Resilience::doubleClickSendsOnce()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("EHLO");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    // As the window system delivers one: press, release, double click, release.
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTest::mouseDClick(nextButton(wizard), Qt::LeftButton);
    QTest::mouseRelease(nextButton(wizard), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QVERIFY(wizard.controller()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("EHLO"), 10000);
    server.release();
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    QCOMPARE(held.runs.size(), 1);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.maxOpen(), 1);
}

// Closing the window while a test runs stops the test and keeps the window; closing
// again asks about the unsaved result, and "Close without saving" closes. Nothing of the
// run is left once the wizard goes.
void tst_Resilience::closeMidRunThenCloseWithoutSaving()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("RCPT");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("RCPT"), 10000);
    QPointer<const TestRun> run = held.runs.value(0);
    QPointer<SmtpSession> session = wizard.controller()->findChild<SmtpSession *>();
    QVERIFY(run && session);

    QVERIFY(!wizard.close()); // the close is refused: it stopped the test instead
    QVERIFY(wizard.isVisible());
    QVERIFY(!wizard.controller()->isRunning());
    QTRY_VERIFY(server.connection(0).closedByClient);
    QTRY_VERIFY(session.isNull());
    QCOMPARE(find<QLabel>(&wizard, "stageLabel")->text(), u"Stopped: you stopped the test."_s);

    QVERIFY(!wizard.close());
    CloseQuestion *question = nullptr;
    QTRY_VERIFY((question = wizard.findChild<CloseQuestion *>()) && question->isVisible());
    QAbstractButton *closeButton = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            closeButton = button;
    }
    QVERIFY(closeButton);
    QPointer<CloseQuestion> asked = question;
    QTest::mouseClick(closeButton, Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    QTRY_VERIFY(asked.isNull()); // it deletes itself once answered
    QVERIFY(run); // the finished run stays with the wizard for its result ...
    held.wizard.reset();
    QVERIFY(run.isNull()); // ... and goes with it
    QCOMPARE(server.openCount(), 0);
}

// Cancel in the close question keeps everything: the page, its result, Run again.
void tst_Resilience::closeMidRunThenKeepTheWindow()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("DATA");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("DATA"), 10000);
    QVERIFY(!wizard.close());
    QTRY_VERIFY(server.connection(0).closedByClient);
    QVERIFY(!wizard.close());
    CloseQuestion *question = nullptr;
    QTRY_VERIFY((question = wizard.findChild<CloseQuestion *>()) && question->isVisible());
    QPointer<CloseQuestion> asked = question;
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(asked.isNull());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(RunPageId));
    QCOMPARE(wizard.controller()->lastResult()->verdict.outcome, Verdict::Outcome::Cancelled);
    QVERIFY(nextButton(wizard)->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());

    server.release();
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(&wizard, "runAgainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    QTRY_VERIFY(held.runs.first().isNull());
}

// The program ends while a test runs (the session logs out): the wizard goes with its
// run, session and socket, and the server sees the hang-up.
void tst_Resilience::wizardDestroyedMidRun()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("MAIL");
    HeldWizard held;
    QVERIFY(reachMessagePage(*held, server.port()));
    QVERIFY(send(*held));
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("MAIL"), 10000);
    QPointer<const TestRun> run = held.runs.value(0);
    QPointer<SmtpSession> session = held->controller()->findChild<SmtpSession *>();
    QPointer<QTcpSocket> socket = held->controller()->findChild<QTcpSocket *>();
    QVERIFY(run && session && socket);
    held.wizard.reset();
    QVERIFY(run.isNull());
    QVERIFY(session.isNull());
    QVERIFY(socket.isNull());
    QTRY_VERIFY(server.connection(0).closedByClient);
}

// Light to dark while the server takes its time: the lines already shown and the
// explanation take the dark colours, the run goes on, and what comes after is dark too.
void tst_Resilience::paletteSwitchMidRun()
{
    HeldSmtpServer server;
    QVERIFY(server.listen());
    server.hold("RCPT");
    HeldWizard held;
    SmtpWizard &wizard = *held;
    QApplication::setPalette(QApplication::style()->standardPalette());
    QVERIFY(reachMessagePage(wizard, server.port()));
    QVERIFY(send(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(server.isHolding("RCPT"), 10000);
    auto *view = find<TranscriptView>(&wizard, "transcriptView");
    const TranscriptModel *model = view->transcript();
    int greeting = -1;
    QTRY_VERIFY((greeting = int(shownLines(wizard).indexOf(u"220 held.test ESMTP connection 1"_s))) >= 0);
    const QModelIndex greetingIndex = model->index(greeting);
    QCOMPARE(greetingIndex.data(TranscriptModel::KindKeyRole).toString(), u"success"_s);
    const QColor light = greetingIndex.data(Qt::ForegroundRole).value<QColor>();
    auto *severity = find<QLabel>(&wizard, "explanationSeverity");
    QVERIFY(severity);
    const QString lightHeading = severity->text();
    QVERIFY2(lightHeading.contains(TranscriptColors(view->palette()).foreground(TranscriptColors::Kind::Success).name()),
             qPrintable(lightHeading));

    QApplication::setPalette(DarkPalette::make());
    const TranscriptColors dark(DarkPalette::make());
    QTRY_COMPARE(greetingIndex.data(Qt::ForegroundRole).value<QColor>(), dark.foreground(TranscriptColors::Kind::Success));
    QVERIFY(light != dark.foreground(TranscriptColors::Kind::Success));
    QTRY_VERIFY2(severity->text().contains(dark.foreground(TranscriptColors::Kind::Success).name()),
                 qPrintable(severity->text()));
    QVERIFY(wizard.controller()->isRunning());

    server.release();
    QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 10000);
    QVERIFY2(wizard.controller()->lastResult()->verdict.succeeded(), lastRun(wizard).constData());
    const int queued = int(shownLines(wizard).indexOf(QRegularExpression(u"250 2\\.0\\.0 queued as HELD\\d+"_s)));
    QVERIFY2(queued > greeting, qPrintable(shownLines(wizard).join(u'\n')));
    QCOMPARE(model->index(queued).data(Qt::ForegroundRole).value<QColor>(), dark.foreground(TranscriptColors::Kind::Success));
}

QTEST_MAIN(tst_Resilience)
#include "tst_resilience.moc"
