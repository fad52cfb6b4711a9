#pragma once

// The wizard pointed at a scripted server on 127.0.0.1 (tests/support/HeldSmtpServer.h),
// driven through its pages as a user clicks, and what a test reads back from its Run page.
// Header-only, for the GUI tests that need no real server.

#include "MemoryCredentialStore.h"
#include "WizardDriver.h"

#include "WizardController.h"
#include "run/TestRun.h"
#include "settings/Settings.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QComboBox>
#include <QPointer>

#include <memory>

/// A wizard with a fresh profile and its own keychain; held by pointer, so that a test can
/// destroy it and see what goes with it.
struct HeldWizard
{
    std::unique_ptr<Settings> settings = Settings::temporary();
    MemoryCredentialStore store;
    std::unique_ptr<SmtpWizard> wizard = std::make_unique<SmtpWizard>(*settings, &store);
    /// Every run the controller started, in order.
    QList<QPointer<const TestRun>> runs;

    HeldWizard()
    {
        QObject::connect(wizard->controller(), &WizardController::runStarted, wizard.get(),
                         [this](const TestRun *run) { runs.append(run); });
    }
    SmtpWizard &operator*() const { return *wizard; }
    SmtpWizard *operator->() const { return wizard.get(); }
};

namespace HeldRun {

/// Where the Mail servers page asks for the reverse name of 127.0.0.1: a loopback address
/// nothing listens on, so no query leaves the machine and the refusal comes at once.
inline const QString silentDnsServer = QStringLiteral("127.0.83.53");

/// From the first page to the Message page: submission to 127.0.0.1:port without TLS or
/// sign-in, clicking Next on each page, with the fields filled as the command line does.
inline bool reachMessagePage(SmtpWizard &wizard, quint16 port)
{
    using namespace WizardDriver;
    PlanRequest request;
    request.server = QStringLiteral("127.0.0.1:") + QString::number(port);
    request.dnsServer = silentDnsServer;
    request.mailFrom = QStringLiteral("sender@held.test");
    request.rcptTo = {QStringLiteral("rcpt@held.test")};
    wizard.prefill(request, WizardMode::Submission);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != MailServersPageId
        || !QTest::qWaitFor([&] { return nextButton(wizard)->isEnabled(); }, 15000))
        return false;
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != ConnectionPageId)
        return false;
    // Submission proposes "STARTTLS required"; the scripted server has no TLS.
    auto *security = find<QComboBox>(&wizard, "securityCombo");
    security->setCurrentIndex(security->findData(int(TestPlan::Security::None)));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    if (wizard.currentId() != SignInPageId)
        return false;
    auto *auth = find<QComboBox>(&wizard, "authCombo");
    auth->setCurrentIndex(auth->findText(QStringLiteral("No sign-in")));
    QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
    return wizard.currentId() == MessagePageId && nextButton(wizard)->isEnabled();
}

/// Sends the test message from the Message page; true once the run has started.
inline bool send(SmtpWizard &wizard)
{
    QTest::mouseClick(WizardDriver::nextButton(wizard), Qt::LeftButton);
    return wizard.currentId() == RunPageId && wizard.controller()->isRunning();
}

/// The last result's verdict and transcript, for a failure message.
inline QByteArray lastRun(const SmtpWizard &wizard)
{
    const std::optional<TestResult> &result = wizard.controller()->lastResult();
    if (!result)
        return "no result";
    QString text = Model::key(result->verdict.outcome) + QStringLiteral(": ") + result->verdict.summary;
    for (const Attempt &attempt : result->attempts) {
        for (const TranscriptEntry &entry : attempt.transcript)
            text += QStringLiteral("\n  ") + entry.text;
    }
    return text.toUtf8();
}

/// The transcript lines on the Run page, as shown.
inline QStringList shownLines(SmtpWizard &wizard)
{
    const TranscriptModel *model = WizardDriver::find<TranscriptView>(&wizard, "transcriptView")->transcript();
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->entryAt(row).text);
    return lines;
}

/// Whether the user's Stop is recorded as what ended an attempt.
inline bool hasCancelledLine(const TestResult &result)
{
    for (const Attempt &attempt : result.attempts) {
        for (const TranscriptEntry &entry : attempt.transcript) {
            if (entry.problem == Model::Problem::Cancelled)
                return true;
        }
    }
    return false;
}

} // namespace HeldRun
