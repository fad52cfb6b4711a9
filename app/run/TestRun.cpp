#include "run/TestRun.h"

#include "run/VerdictWriter.h"
#include "protocol/dns/MxOrdering.h"
#include "run/MxLookup.h"
#include "run/RunExplainer.h"
#include "run/VerdictRules.h"
#include "protocol/smtp/SmtpSession.h"

#include <QHostInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRun, "smtpwizard.run")

using Model::Problem;

TestRun::TestRun(const TestPlan &plan, QObject *parent)
    : QObject(parent), m_plan(plan)
{
    // The result outlives the run in reports: it must not carry the password or token.
    m_result.plan = plan;
    m_result.plan.password.clear();
    m_result.plan.token.clear();
    m_result.appVersion = QStringLiteral(SMTPWIZARD_VERSION);
    m_result.machineName = QHostInfo::localHostName();
}

TestRun::~TestRun()
{
    for (const QPointer<SmtpSession> &session : std::as_const(m_sessions)) {
        if (session)
            session->disconnect(this);
    }
    if (m_lookup)
        m_lookup->disconnect(this);
}

const Attempt *TestRun::attempt(int index) const
{
    if (const QPointer<SmtpSession> session = m_sessions.value(index))
        return &session->attempt();
    if (index >= 0 && index < m_result.attempts.size())
        return &m_result.attempts.at(index);
    return nullptr;
}


void TestRun::useDnsFindings(const DnsFindings &findings)
{
    m_givenFindings = findings;
}

void TestRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TestRun::addRunEvent(const QString &text, std::optional<Problem> problem)
{
    TranscriptEntry entry;
    entry.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    entry.direction = TranscriptEntry::Direction::Event;
    entry.text = text;
    entry.stage = Model::Stage::Dns;
    entry.problem = problem;
    RunExplainer::explainEntry(nullptr, entry);
    m_result.events.append(entry);
    Q_EMIT transcriptEntryAdded(-1, entry);
}

void TestRun::start()
{
    if (m_state != State::Idle)
        return;
    m_clock.start();
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    if (m_givenFindings) {
        addRunEvent(tr("Using the mail servers looked up before"));
        // Queued, so that listeners connected after start() still see every signal.
        QMetaObject::invokeMethod(this, [this] { handleDnsFinished(*m_givenFindings); }, Qt::QueuedConnection);
        setState(State::LookingUp);
        return;
    }
    setState(State::LookingUp);
    m_lookup = new MxLookup(m_plan, this);
    connect(m_lookup, &MxLookup::progress, this, [this](const QString &text) { addRunEvent(text); });
    connect(m_lookup, &MxLookup::finished, this, &TestRun::handleDnsFinished);
    m_lookup->start();
}

void TestRun::handleDnsFinished(const DnsFindings &findings)
{
    if (m_cancelled)
        return;
    m_result.dns = findings;
    MxLookup::explain(m_result.dns); // findings handed in by the wizard were made before
    if (m_lookup)
        m_lookup->deleteLater();
    Q_EMIT dnsFinished(findings);
    if (findings.problem) {
        addRunEvent(findings.errorText.isEmpty() ? m_result.dns.explanation.title : findings.errorText,
                    findings.problem);
        finish();
        return;
    }
    buildRoutes();
    if (m_routes.isEmpty()) {
        m_result.dns.problem = m_plan.ipFamily == TestPlan::IpFamily::Any ? Problem::DnsNoAddress : Problem::NoUsableAddress;
        MxLookup::explain(m_result.dns);
        addRunEvent(m_result.dns.explanation.title, m_result.dns.problem);
        finish();
        return;
    }
    setState(State::Talking);
    startAttempts();
}

void TestRun::buildRoutes()
{
    m_routes = MxOrdering::routes(m_result.dns, m_plan.ipFamily, m_plan.port);
    m_nextRoute = 0;
}

int TestRun::connectionLimit() const
{
    // A mail server tries one exchanger after another; only the survey of every MX
    // gains from talking to several at once.
    return m_plan.routing == TestPlan::Routing::EveryMx ? std::max(1, m_plan.parallel) : 1;
}

void TestRun::startAttempts()
{
    while (!m_stopStarting && m_nextRoute < m_routes.size() && m_sessions.size() < connectionLimit()) {
        // Several are tested side by side: say which one of how many starts, not "the next".
        if (m_plan.routing == TestPlan::Routing::EveryMx) {
            const Route &next = m_routes.at(m_nextRoute);
            addRunEvent(tr("Testing server %1 of %2: %3 (%4)")
                            .arg(m_nextRoute + 1)
                            .arg(m_routes.size())
                            .arg(next.host, next.address.toString()));
        }
        startNextAttempt();
    }
}

void TestRun::startNextAttempt()
{
    const Route route = m_routes.at(m_nextRoute++);
    // The session holds the one record of its attempt while it talks; its slot in the
    // result (route order, whatever order the attempts finish in) gets it when it is done.
    const int index = int(m_result.attempts.size());
    m_result.attempts.append(Attempt());
    auto *session = new SmtpSession(m_plan, route, m_clock, this);
    m_sessions.insert(index, session);
    connect(session, &SmtpSession::entryAdded, this, [this, index](int entryIndex) { handleEntry(index, entryIndex); });
    connect(session, &SmtpSession::stageChanged, this, [this, index](Model::Stage stage) {
        Q_EMIT stageChanged(index, stage);
    });
    connect(session, &SmtpSession::tlsEstablished, this, [this, index](const TlsInfo &tls) {
        Q_EMIT tlsEstablished(index, tls);
    });
    connect(session, &SmtpSession::finished, this, [this, index] { handleAttemptFinished(index); });
    Q_EMIT attemptStarted(index, route);
    session->start();
}

void TestRun::handleEntry(int attemptIndex, int entryIndex)
{
    const QPointer<SmtpSession> session = m_sessions.value(attemptIndex);
    if (!session)
        return;
    Attempt &attempt = session->attempt();
    TranscriptEntry &entry = attempt.transcript[entryIndex];
    const bool completesReply = RunExplainer::explainEntry(&attempt, entry);
    Q_EMIT transcriptEntryAdded(attemptIndex, entry);
    if (completesReply)
        Q_EMIT replyReceived(attemptIndex, entry.replyIndex, attempt.replies.at(entry.replyIndex));
}

void TestRun::harvestSession(int attemptIndex)
{
    SmtpSession *session = m_sessions.take(attemptIndex);
    Attempt attempt = session->takeAttempt();
    RunExplainer::explainTls(attempt);
    m_result.attempts[attemptIndex] = std::move(attempt);
    session->disconnect(this);
    session->deleteLater();
    Q_EMIT attemptFinished(attemptIndex);
}

void TestRun::handleAttemptFinished(int attemptIndex)
{
    if (!m_sessions.value(attemptIndex))
        return;
    harvestSession(attemptIndex);
    if (m_cancelled)
        return;
    const Attempt &attempt = m_result.attempts.at(attemptIndex);
    if (m_plan.routing == TestPlan::Routing::EveryMx) {
        if (!shouldTryNextRoute(attempt))
            m_stopStarting = true;
        startAttempts();
        if (m_sessions.isEmpty())
            finish();
        return;
    }
    if (m_nextRoute < m_routes.size() && shouldTryNextRoute(attempt)) {
        const Route &next = m_routes.at(m_nextRoute);
        addRunEvent(tr("This server did not take the mail; a mail server would now try the next one: %1 (%2)")
                        .arg(next.host, next.address.toString()));
        startNextAttempt();
        return;
    }
    finish();
}

bool TestRun::shouldTryNextRoute(const Attempt &attempt) const
{
    if (m_plan.routing == TestPlan::Routing::EveryMx)
        return attempt.outcome != Attempt::Outcome::Cancelled;
    return VerdictRules::triesNextMx(attempt);
}

void TestRun::cancel()
{
    if (m_state == State::Finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->cancel();
        m_lookup->deleteLater();
    }
    if (!m_sessions.isEmpty()) {
        // Keep the transcript flowing for the "cancelled" lines, but finish here. A Stop
        // while a decided attempt says goodbye ends only the goodbye: the test is over as
        // it stood, unless another server was still to be tried or still talking.
        const QList<int> talking = m_sessions.keys();
        for (const int index : talking) {
            const QPointer<SmtpSession> session = m_sessions.value(index);
            disconnect(session, &SmtpSession::finished, this, nullptr);
            session->cancel();
            harvestSession(index);
            const Attempt &attempt = m_result.attempts.at(index);
            if (attempt.outcome == Attempt::Outcome::Cancelled
                || (m_nextRoute < m_routes.size() && shouldTryNextRoute(attempt)))
                m_cutShort = true;
        }
    } else {
        m_cutShort = true;
        if (!m_result.dns.problem && m_result.attempts.isEmpty())
            m_result.dns.problem = Problem::Cancelled;
        addRunEvent(tr("Cancelled by the user"), Problem::Cancelled);
    }
    finish();
}

void TestRun::finish()
{
    if (m_state == State::Finished)
        return;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    VerdictRules::decide(m_result);
    if (m_cutShort)
        m_result.verdict.outcome = Verdict::Outcome::Cancelled;
    VerdictWriter::describe(m_result);
    qCDebug(lcRun) << "run finished:" << Model::key(m_result.verdict.outcome);
    setState(State::Finished);
    Q_EMIT finished(m_result);
}
