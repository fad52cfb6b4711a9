#include "run/ConsoleSession.h"

#include "protocol/dns/MxOrdering.h"
#include "protocol/smtp/ConsoleConnection.h"
#include "protocol/smtp/MessageBuilder.h"
#include "run/MxLookup.h"
#include "run/RunExplainer.h"
#include "run/VerdictRules.h"
#include "run/VerdictWriter.h"

#include <QHostInfo>

using namespace Qt::StringLiterals;
using Model::Problem;
using Model::Stage;

ConsoleSession::ConsoleSession(const TestPlan &plan, QObject *parent)
    : QObject(parent), m_plan(plan)
{
    m_plan.password.clear();
    m_plan.token.clear();
    m_plan.rcptTo.clear();
    m_plan.auth = TestPlan::Auth::None;
    m_result.plan = m_plan;
    // Plain text until /starttls succeeds: the record says what the session did.
    if (m_plan.security != TestPlan::Security::Tls)
        m_result.plan.security = TestPlan::Security::None;
    m_result.appVersion = QStringLiteral(SMTPWIZARD_VERSION);
    m_result.machineName = QHostInfo::localHostName();
}

ConsoleSession::~ConsoleSession()
{
    if (m_connection)
        m_connection->disconnect(this);
    if (m_lookup)
        m_lookup->disconnect(this);
}

void ConsoleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleSession::addRunEvent(const QString &text, std::optional<Problem> problem)
{
    TranscriptEntry entry;
    entry.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    entry.text = text;
    entry.stage = Stage::Dns;
    entry.problem = problem;
    RunExplainer::explainEntry(nullptr, entry);
    m_result.events.append(entry);
    Q_EMIT entryAdded(-1, entry);
}

void ConsoleSession::start()
{
    if (m_state != State::Idle)
        return;
    m_clock.start();
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    setState(State::LookingUp);
    // The same DNS step as a run: the best MX of a domain, or the address of the server.
    m_lookup = new MxLookup(m_plan, this);
    connect(m_lookup, &MxLookup::progress, this, [this](const QString &text) { addRunEvent(text); });
    connect(m_lookup, &MxLookup::finished, this, &ConsoleSession::handleLookupFinished);
    m_lookup->start();
}

void ConsoleSession::handleLookupFinished(const DnsFindings &findings)
{
    m_result.dns = findings;
    MxLookup::explain(m_result.dns);
    if (m_lookup)
        m_lookup->deleteLater();
    if (findings.problem) {
        addRunEvent(findings.errorText.isEmpty() ? m_result.dns.explanation.title : findings.errorText,
                    findings.problem);
        finish();
        return;
    }
    const QList<Route> routes = MxOrdering::routes(m_result.dns, m_plan.ipFamily, m_plan.port);
    if (routes.isEmpty()) {
        m_result.dns.problem = m_plan.ipFamily == TestPlan::IpFamily::Any ? Problem::DnsNoAddress
                                                                          : Problem::NoUsableAddress;
        MxLookup::explain(m_result.dns);
        addRunEvent(m_result.dns.explanation.title, m_result.dns.problem);
        finish();
        return;
    }
    // A person types to one server: the first a mail server would try that answers.
    m_routes = routes;
    connectTo(m_routes.at(m_nextRoute++));
}

void ConsoleSession::connectTo(const Route &route)
{
    setState(State::Connecting);
    m_connection = new ConsoleConnection(m_plan, route, m_clock, this);
    connect(m_connection, &ConsoleConnection::entryAdded, this, &ConsoleSession::handleEntry);
    connect(m_connection, &ConsoleConnection::replyReceived, this, &ConsoleSession::handleReply);
    connect(m_connection, &ConsoleConnection::tlsFinished, this, &ConsoleSession::handleTls);
    connect(m_connection, &ConsoleConnection::closed, this, &ConsoleSession::handleClosed, Qt::QueuedConnection);
    m_pending = Pending::Greeting;
    m_verb.clear();
    m_connection->start();
}

void ConsoleSession::handleEntry(int entryIndex)
{
    Attempt &attempt = m_connection->attempt();
    TranscriptEntry &entry = attempt.transcript[entryIndex];
    const bool completesReply = RunExplainer::explainEntry(&attempt, entry);
    Q_EMIT entryAdded(0, entry);
    if (completesReply)
        Q_EMIT replyReceived(attempt.replies.at(entry.replyIndex));
}

void ConsoleSession::warn(const QString &text)
{
    if (m_connection)
        m_connection->recorder().event(tr("Warning: %1").arg(text));
}

void ConsoleSession::warnIfPointless(const QString &verb)
{
    if (const auto warning = m_progress.warningFor(verb))
        warn(*warning);
}

void ConsoleSession::transmit(const QByteArray &line, const QString &shownAs, Stage stage, Pending pending)
{
    m_pending = pending;
    setState(State::Waiting);
    if (stage == Stage::Quit && m_verb == u"QUIT"_s)
        m_connection->recorder().freeze(); // the outcome is what came before the goodbye
    m_connection->sendLine(line, shownAs, stage);
}

bool ConsoleSession::canSendCommand()
{
    if (m_state == State::Ready && m_connection && m_connection->isConnected())
        return true;
    Q_EMIT refused(m_state == State::Message ? tr("Not sent: a message is being typed; end it with a line \".\"")
                                             : tr("Not sent: the connection is closed"));
    return false;
}

void ConsoleSession::send(const ConsoleCommand &command)
{
    if (command.kind != ConsoleCommand::Kind::Smtp)
        return;
    if (m_state == State::Message) { // after a typed DATA's 354 every line is the message
        if (const auto error = sendMessageLine(command.wire))
            Q_EMIT refused(*error);
        return;
    }
    if (!canSendCommand())
        return;
    warnIfPointless(command.verb);
    const QString shownAs = ConsoleCommand::shownAs(command.wire, std::exchange(m_maskNextLine, false));
    m_verb = command.verb;
    m_wire = command.wire;
    transmit(command.wire, shownAs, ConsoleCommand::stageOf(command.verb), Pending::Command);
}

std::optional<QString> ConsoleSession::sendMessageLine(QByteArrayView line)
{
    if (m_state != State::Message)
        return tr("No message is being typed");
    if (const auto error = ConsoleCommand::checkLine(line))
        return error;
    QByteArray bytes = line.toByteArray();
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes == ".") {
        m_verb.clear();
        transmit(bytes, {}, Stage::Message, Pending::Message);
        return std::nullopt;
    }
    // The lines of a typed message get no reply each: written as they come.
    m_connection->sendMessageLine(bytes);
    return std::nullopt;
}

void ConsoleSession::startTls()
{
    if (!canSendCommand())
        return;
    warnIfPointless(u"STARTTLS"_s);
    m_verb = u"STARTTLS"_s;
    transmit("STARTTLS", {}, Stage::StartTls, Pending::StartTls);
}

void ConsoleSession::signIn(TestPlan::Auth mechanism, const QString &user, const QString &secret)
{
    if (!canSendCommand())
        return;
    m_authPlan = std::make_unique<TestPlan>(m_plan);
    m_authPlan->auth = mechanism;
    m_authPlan->user = user;
    (TestPlan::usesToken(mechanism) ? m_authPlan->token : m_authPlan->password) = secret;
    m_auth = std::make_unique<AuthExchange>(*m_authPlan);
    const bool encrypted = m_connection->isEncrypted();
    const auto refusal = m_auth->begin(m_connection->attempt().capabilities, encrypted);
    const std::optional<TlsInfo> &tls = m_connection->attempt().tls;
    if (const auto unsafe = ConsoleState::secretRefusal(m_plan, mechanism, encrypted, tls && tls->verified())) {
        endAuth();
        Q_EMIT refused(*unsafe);
        return;
    }
    if (refusal) // not offered, or not this mechanism: the person may know better
        warn(refusal->text);
    else
        warnIfPointless(u"AUTH"_s);
    m_result.plan.auth = mechanism;
    m_result.plan.user = user;
    m_verb = u"AUTH"_s;
    const AuthExchange::Line line = m_auth->first();
    transmit(line.wire, line.shownAs, Stage::Auth, Pending::Auth);
}

void ConsoleSession::endAuth()
{
    m_auth.reset();
    m_authPlan.reset(); // the secret goes with it
}

void ConsoleSession::sendData(const QByteArray &text)
{
    if (!canSendCommand())
        return;
    warnIfPointless(u"DATA"_s);
    QByteArray wire = MessageBuilder::dotStuff(MessageBuilder::toCrlf(text));
    if (!wire.isEmpty() && !wire.endsWith("\r\n"))
        wire += "\r\n";
    m_pendingMessage = wire + ".\r\n";
    m_verb = u"DATA"_s;
    transmit("DATA", {}, Stage::Data, Pending::DataForFile);
}

void ConsoleSession::quit()
{
    if (m_state == State::Finished)
        return;
    if (!m_connection) {
        if (m_lookup)
            m_lookup->cancel(); // its finished() does not follow
        finish();
        return;
    }
    if (m_state == State::Message) {
        warn(tr("The input ended inside the message: closing without sending it"));
        m_connection->close();
        return;
    }
    if (!acceptsInput()) {
        m_quitWhenReady = true; // after the reply that is due
        return;
    }
    if (!m_connection->isConnected()) {
        m_connection->close();
        return;
    }
    m_verb = u"QUIT"_s;
    transmit("QUIT", {}, Stage::Quit, Pending::Quit);
}

void ConsoleSession::handleReply(int replyIndex)
{
    const SmtpReply reply = m_connection->attempt().replies.at(replyIndex).reply;
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (reply.code == 421 && pending != Pending::Quit)
        m_connection->recorder().finalReply(reply, replyIndex); // the server closes (RFC 5321 §3.8)
    switch (pending) {
    case Pending::Greeting:
        m_progress.replied({}, reply);
        break;
    case Pending::Command:
        handleCommandReply(reply, replyIndex);
        return;
    case Pending::StartTls:
        m_progress.replied(m_verb, reply);
        if (reply.code == 220) {
            m_pending = Pending::StartTls;
            m_connection->startTls();
            return;
        }
        break;
    case Pending::Auth:
        handleAuthReply(reply);
        return;
    case Pending::DataForFile:
        if (reply.code == 354) {
            m_pending = Pending::Message;
            m_connection->sendMessage(std::exchange(m_pendingMessage, {}));
            return;
        }
        m_pendingMessage.clear();
        break;
    case Pending::Message:
        m_progress.messageAnswered(reply);
        m_connection->attempt().messageSent = m_connection->attempt().messageSent || reply.codeClass() == 2;
        break;
    case Pending::Quit:
        m_connection->close(); // RFC 5321 §4.1.1.10: the reply to QUIT is the last word
        return;
    case Pending::None:
        break;
    }
    becomeReady();
}

void ConsoleSession::handleCommandReply(const SmtpReply &reply, int replyIndex)
{
    Attempt &attempt = m_connection->attempt();
    const bool transactionOpen = m_progress.transactionOpen();
    m_progress.replied(m_verb, reply);
    if (reply.codeClass() == 2 && (m_verb == u"EHLO"_s || m_verb == u"LHLO"_s || m_verb == u"HELO"_s))
        attempt.capabilities = m_progress.capabilities();
    if (m_verb == u"MAIL"_s && reply.codeClass() == 2)
        m_result.plan.mailFrom = ConsoleCommand::pathOf(m_wire);
    if (m_verb == u"RCPT"_s && transactionOpen) {
        // Each RCPT of a transaction is a recipient row, so the verdict and reports read it
        // as in a run; a RCPT out of sequence names nobody the server judged.
        const QString address = ConsoleCommand::pathOf(m_wire);
        attempt.recipients.append(RecipientResult{address, reply, replyIndex});
        if (!m_result.plan.rcptTo.contains(address))
            m_result.plan.rcptTo.append(address);
    }
    if (m_verb == u"AUTH"_s) {
        attempt.authenticated = attempt.authenticated || reply.code == 235;
        m_maskNextLine = reply.code == 334;
    }
    if (m_verb == u"QUIT"_s) {
        m_connection->close();
        return;
    }
    if (m_verb == u"STARTTLS"_s && reply.code == 220) {
        // Typed by hand: the server now waits for a ClientHello, so upgrade in place.
        m_pending = Pending::StartTls;
        m_connection->startTls();
        return;
    }
    if (m_verb == u"DATA"_s && reply.code == 354) {
        setState(State::Message);
        return;
    }
    becomeReady();
}

void ConsoleSession::handleAuthReply(const SmtpReply &reply)
{
    if (reply.code == 334 && m_auth) {
        if (const auto line = m_auth->next(reply)) {
            m_pending = Pending::Auth;
            m_connection->sendLine(line->wire, line->shownAs.isEmpty() ? u"********"_s : line->shownAs, Stage::Auth);
            return;
        }
        // The mechanism has nothing more to say: "*" cancels the exchange (RFC 4954 §4).
        m_pending = Pending::Auth;
        m_connection->sendLine("*", {}, Stage::Auth);
        endAuth();
        return;
    }
    m_progress.replied(u"AUTH"_s, reply);
    m_connection->attempt().authenticated = m_connection->attempt().authenticated || reply.code == 235;
    endAuth();
    becomeReady();
}

void ConsoleSession::handleTls(bool established)
{
    if (!established)
        return; // the connection is gone; finish() follows
    m_progress.tlsEstablished();
    if (!m_connection->attempt().tls->implicit)
        m_result.plan.security = TestPlan::Security::StartTls;
    RunExplainer::explainTls(m_connection->attempt());
    Q_EMIT tlsChecked(*m_connection->attempt().tls);
    if (m_connection->attempt().tls->implicit && !m_progress.greeted()) {
        m_pending = Pending::Greeting; // the greeting comes over TLS
        return;
    }
    m_pending = Pending::None;
    becomeReady();
}

void ConsoleSession::becomeReady()
{
    if (!m_connection || m_connection->isClosed())
        return;
    setState(State::Ready);
    if (m_quitWhenReady) {
        m_quitWhenReady = false;
        quit();
    }
}

void ConsoleSession::handleClosed()
{
    // As a mail server would: an address that answered nothing (refused, unreachable, no
    // greeting in time) gives way to the next; once a server answered, it is the one.
    const Attempt &attempt = m_connection->attempt();
    if (attempt.replies.isEmpty() && m_nextRoute < m_routes.size() && VerdictRules::triesNextMx(attempt)) {
        harvest();
        const Route &next = m_routes.at(m_nextRoute++);
        addRunEvent(tr("No answer from this server; trying the next, as a mail server would: %1 (%2)")
                        .arg(next.host, next.address.toString()));
        connectTo(next);
        return;
    }
    finish();
}

void ConsoleSession::harvest()
{
    Attempt attempt = std::move(m_connection->attempt());
    // A session that ended without a failure or a closing 421 went as typed.
    if (!attempt.fatalProblem && !attempt.finalReply)
        attempt.outcome = Attempt::Outcome::Completed;
    RunExplainer::explainTls(attempt);
    m_result.attempts.append(std::move(attempt));
    m_connection->disconnect(this);
    m_connection->deleteLater();
    m_connection = nullptr;
}

void ConsoleSession::finish()
{
    if (m_state == State::Finished)
        return;
    endAuth();
    if (m_connection)
        harvest();
    m_result.plan.stopAfter = !m_result.attempts.isEmpty() && m_result.attempts.constLast().messageSent
        ? TestPlan::StopAfter::Send
        : TestPlan::StopAfter::Rcpt;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    VerdictRules::decide(m_result);
    VerdictWriter::describe(m_result);
    setState(State::Finished);
    Q_EMIT finished(m_result);
}
