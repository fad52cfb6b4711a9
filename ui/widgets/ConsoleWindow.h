#pragma once

#include "model/TestPlan.h"
#include "run/ConsoleSession.h"

#include <QDialog>

class CommandLineEdit;
class ExplanationPanel;
class InlineBanner;
class QLabel;
class QPushButton;
class TranscriptView;

/// The expert console's wizard face (issue 14): the person types the SMTP conversation
/// with the server the run talked to, and every reply is explained beside the transcript
/// in the context of the command just sent, as on the Run page. The awkward parts are
/// buttons: STARTTLS (upgrade in place), Sign in (AUTH done for them, the secret never
/// shown) and a test message (DATA with dot-stuffing). Same engine as
/// `smtp-wizard-cli --interactive` (ConsoleSession); nothing blocks the event loop.
class ConsoleWindow : public QDialog
{
    Q_OBJECT
public:
    /// plan: where and how to connect (the run's server or domain, port, TLS, CA file).
    explicit ConsoleWindow(const TestPlan &plan, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    ConsoleSession *session() const { return m_session; }

protected:
    void done(int result) override;

private:
    void handleLine(const QString &line);
    void handleState(ConsoleSession::State state);
    void handleEntry(int attemptIndex, const TranscriptEntry &entry);
    void signIn(TestPlan::Auth mechanism, const QString &user);
    void sendTestMessage();
    QByteArray testMessage() const;

    TestPlan m_plan;
    ConsoleSession *m_session;
    TranscriptView *m_transcript;
    ExplanationPanel *m_explanation;
    InlineBanner *m_banner;
    QLabel *m_state;
    CommandLineEdit *m_input;
    QPushButton *m_startTls;
    QPushButton *m_signIn;
    QPushButton *m_message;
    int m_replyAttempt = 0; // the attempt and reply of the server line last seen, so the
    int m_replyIndex = -1;  // explanation that follows it lands on its lines
};
