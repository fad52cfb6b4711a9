#include "widgets/ConsoleWindow.h"

#include "model/SafeText.h"
#include "run/ConsoleCommand.h"
#include "widgets/CommandLineEdit.h"
#include "widgets/ConsoleSignInDialog.h"
#include "widgets/ExplanationPanel.h"
#include "widgets/InlineBanner.h"
#include "widgets/TranscriptModel.h"
#include "widgets/TranscriptView.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = ConsoleSession::State;

ConsoleWindow::ConsoleWindow(const TestPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_session(new ConsoleSession(plan, this))
    , m_transcript(new TranscriptView(this))
    , m_explanation(new ExplanationPanel(this))
    , m_banner(new InlineBanner(this))
    , m_state(new QLabel(this))
    , m_input(new CommandLineEdit(this))
    , m_startTls(new QPushButton(tr("S&TARTTLS"), this))
    , m_signIn(new QPushButton(tr("Sign &in\u2026"), this))
    , m_message(new QPushButton(tr("Send a test &message"), this))
{
    setWindowTitle(tr("Type the commands yourself \u2013 %1").arg(plan.host.isEmpty() ? plan.domain : plan.host));
    setObjectName(u"consoleWindow"_s);
    m_input->setObjectName(u"consoleInput"_s);
    m_input->setAccessibleName(tr("SMTP command"));
    m_input->setPlaceholderText(tr("an SMTP command, e.g. EHLO my-pc.example.com; Up and Down recall earlier ones"));
    m_startTls->setObjectName(u"consoleStartTls"_s);
    m_signIn->setObjectName(u"consoleSignIn"_s);
    m_message->setObjectName(u"consoleMessage"_s);
    m_startTls->setToolTip(tr("Sends STARTTLS and, on 220, switches this connection to TLS; the certificate check is shown"));
    m_signIn->setToolTip(tr("Signs in with AUTH PLAIN, LOGIN or XOAUTH2, worked out for you; the secret never appears"));
    m_message->setToolTip(tr("Sends DATA, then a short test message with dot-stuffing, then the final dot"));
    for (QPushButton *button : {m_startTls, m_signIn, m_message})
        button->setAutoDefault(false); // Enter belongs to the input line
    m_explanation->setEmptyText(tr("Nothing selected"), tr("Each reply is explained here as it arrives; select a line to read it again."));
    m_state->setWordWrap(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_transcript);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *inputRow = new QHBoxLayout;
    auto *prompt = new QLabel(tr("&Command:"), this);
    prompt->setBuddy(m_input);
    inputRow->addWidget(prompt);
    inputRow->addWidget(m_input, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_startTls);
    buttonRow->addWidget(m_signIn);
    buttonRow->addWidget(m_message);
    buttonRow->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttonRow->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(inputRow);
    layout->addLayout(buttonRow);
    resize(1000, 640);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_input, &CommandLineEdit::submitted, this, &ConsoleWindow::handleLine);
    connect(m_startTls, &QPushButton::clicked, m_session, &ConsoleSession::startTls);
    connect(m_signIn, &QPushButton::clicked, this, [this] { signIn(TestPlan::Auth::Plain, m_plan.user); });
    connect(m_message, &QPushButton::clicked, this, &ConsoleWindow::sendTestMessage);
    connect(m_transcript, &TranscriptView::explanationChanged, m_explanation, &ExplanationPanel::showExplanation);
    connect(m_session, &ConsoleSession::entryAdded, this, &ConsoleWindow::handleEntry);
    connect(m_session, &ConsoleSession::replyReceived, this, [this](const ReplyRecord &record) {
        m_transcript->transcript()->setReplyExplanation(m_replyAttempt, m_replyIndex, record.explanation);
        m_explanation->showExplanation(record.explanation); // live: the reply just received
    });
    connect(m_session, &ConsoleSession::tlsChecked, this, [this](const TlsInfo &tls) {
        if (tls.established && tls.errors.isEmpty())
            m_banner->showMessage(InlineBanner::Kind::Info, tr("Encrypted, and the certificate was verified."));
        else if (tls.established) {
            QStringList problems;
            for (const TlsErrorInfo &error : tls.errors)
                problems.append(error.title.isEmpty() ? error.text : error.title);
            m_banner->showMessage(InlineBanner::Kind::Warning,
                                  tr("Encrypted, but the certificate did not verify: %1").arg(problems.join(u"; "_s)));
        }
    });
    connect(m_session, &ConsoleSession::refused, this, [this](const QString &text) {
        m_banner->showMessage(InlineBanner::Kind::Warning, SafeText::visible(text));
    });
    connect(m_session, &ConsoleSession::stateChanged, this, &ConsoleWindow::handleState);
    handleState(m_session->state());
    m_input->setFocus();
    m_session->start();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::done(int result)
{
    // Closing says goodbye to the server first; the window goes when the session ends.
    if (m_session->state() != State::Finished && m_session->state() != State::Idle) {
        connect(m_session, &ConsoleSession::finished, this, [this, result] { QDialog::done(result); },
                Qt::SingleShotConnection);
        m_session->quit();
        return;
    }
    QDialog::done(result);
}

void ConsoleWindow::handleEntry(int attemptIndex, const TranscriptEntry &entry)
{
    if (entry.direction == TranscriptEntry::Direction::Server) {
        m_replyAttempt = attemptIndex;
        m_replyIndex = entry.replyIndex;
    }
    m_transcript->transcript()->appendEntry(attemptIndex, entry);
}

void ConsoleWindow::handleLine(const QString &line)
{
    m_banner->showMessage(InlineBanner::Kind::Info, QString());
    const QByteArray bytes = line.toUtf8();
    if (m_session->state() == State::Message) {
        if (const auto error = m_session->sendMessageLine(bytes))
            m_banner->showMessage(InlineBanner::Kind::Error, *error);
        return;
    }
    const ConsoleCommand command = ConsoleCommand::parse(bytes);
    switch (command.kind) {
    case ConsoleCommand::Kind::Empty:
        return;
    case ConsoleCommand::Kind::Refused:
        m_banner->showMessage(InlineBanner::Kind::Error, command.error);
        m_input->setText(line); // to correct it, not to type it again
        return;
    case ConsoleCommand::Kind::Help:
        m_banner->showMessage(InlineBanner::Kind::Info, ConsoleCommand::help().join(u'\n'));
        return;
    case ConsoleCommand::Kind::Smtp:
        m_session->send(command);
        return;
    case ConsoleCommand::Kind::StartTls:
        m_session->startTls();
        return;
    case ConsoleCommand::Kind::Auth:
        signIn(command.mechanism, command.user);
        return;
    case ConsoleCommand::Kind::Data:
        // A file name typed here would be read without the user seeing it: the button
        // sends a message they can read first in the transcript.
        m_banner->showMessage(InlineBanner::Kind::Info, tr("Use \u201cSend a test message\u201d here; /data FILE is for smtp-wizard-cli --interactive."));
        return;
    case ConsoleCommand::Kind::Quit:
        m_session->quit();
        return;
    }
}

void ConsoleWindow::handleState(State state)
{
    const bool ready = state == State::Ready;
    m_input->setEnabled(m_session->acceptsInput());
    m_startTls->setEnabled(ready && !m_session->sessionState().isEncrypted());
    m_signIn->setEnabled(ready);
    m_message->setEnabled(ready);
    switch (state) {
    case State::Idle:
    case State::LookingUp:
        m_state->setText(tr("Looking up the mail server\u2026"));
        break;
    case State::Connecting:
        m_state->setText(tr("Connecting\u2026"));
        break;
    case State::Ready:
        m_state->setText(tr("Connected. Type a command and press Enter; each reply is explained on the right."));
        m_input->setFocus();
        break;
    case State::Waiting:
        m_state->setText(tr("Waiting for the server\u2019s reply\u2026"));
        break;
    case State::Message:
        m_state->setText(tr("Message: each line you enter is part of the message; a line with only a dot ends it."));
        m_input->setFocus();
        break;
    case State::Finished:
        m_state->setText(tr("The session has ended. Close this window, or read the transcript."));
        break;
    }
}

void ConsoleWindow::signIn(TestPlan::Auth mechanism, const QString &user)
{
    ConsoleSignInDialog dialog(mechanism, user, this);
    // exec() is the one nested loop Qt offers for a modal question; the session keeps
    // running in it (a reply due arrives and is shown), nothing here waits on the network.
    if (dialog.exec() != QDialog::Accepted || dialog.user().isEmpty())
        return;
    m_plan.user = dialog.user();
    m_session->signIn(dialog.mechanism(), dialog.user(), dialog.secret());
}

QByteArray ConsoleWindow::testMessage() const
{
    const QString to = m_plan.rcptTo.isEmpty() ? QString() : m_plan.rcptTo.constFirst();
    QStringList lines;
    if (!m_plan.mailFrom.isEmpty())
        lines << u"From: <%1>"_s.arg(m_plan.mailFrom);
    if (!to.isEmpty())
        lines << u"To: <%1>"_s.arg(to);
    lines << u"Subject: Test message typed in SMTP Wizard's console"_s
          << u"Date: %1"_s.arg(QDateTime::currentDateTime().toString(Qt::RFC2822Date))
          << u"Message-ID: <%1@smtp-wizard.invalid>"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
          << u"MIME-Version: 1.0"_s << u"Content-Type: text/plain; charset=UTF-8"_s << QString()
          << u"This is a test message sent by hand from SMTP Wizard's expert console."_s
          << u"."_s // a line of its own dot: sent dot-stuffed, so it does not end the message
          << u"End of the test message."_s;
    return lines.join(u'\n').toUtf8();
}

void ConsoleWindow::sendTestMessage()
{
    m_session->sendData(testMessage());
}
