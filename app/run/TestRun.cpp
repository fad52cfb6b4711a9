#include "run/TestRun.h"

#include "diagnosis/ReplyCatalog.h"
#include "diagnosis/VerdictWriter.h"
#include "dns/DnsProbe.h"
#include "run/VerdictRules.h"
#include "smtp/SmtpSession.h"

#include <QHostInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRun, "smtpwizard.run")

using Diagnosis::Problem;

TestRun::TestRun(const TestPlan &plan, QObject *parent)
    : QObject(parent), m_plan(plan)
{
    // The result outlives the run in reports: it must not carry the password.
    m_result.plan = plan;
    m_result.plan.password.clear();
    m_result.appVersion = QStringLiteral(SMTPWIZARD_VERSION);
    m_result.machineName = QHostInfo::localHostName();
}

TestRun::~TestRun()
{
    if (m_session)
        m_session->disconnect(this);
    if (m_probe)
        m_probe->disconnect(this);
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
    entry.stage = Smtp::Stage::Dns;
    if (problem) {
        const Explanation explanation = ReplyCatalog::explainProblem(*problem, Smtp::Stage::Dns, text);
        entry.severity = explanation.severity;
        entry.category = explanation.category;
    }
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
    m_probe = new DnsProbe(this);
    m_probe->setNameserver(m_plan.dnsServer);
    m_probe->setTimeout(m_plan.timeouts.dns);
    m_probe->setIpFamily(m_plan.ipFamily);
    m_probe->setShuffleSeed(m_plan.shuffleSeed);
    connect(m_probe, &DnsProbe::event, this, [this](const QString &text) { addRunEvent(text); });
    connect(m_probe, &DnsProbe::finished, this, &TestRun::handleDnsFinished);
    if (m_plan.usesMxLookup())
        m_probe->lookupDomain(m_plan.domain);
    else
        m_probe->lookupHost(m_plan.host);
}

void TestRun::handleDnsFinished(const DnsFindings &findings)
{
    if (m_cancelled)
        return;
    m_result.dns = findings;
    if (m_probe)
        m_probe->deleteLater();
    Q_EMIT dnsFinished(findings);
    if (findings.problem) {
        addRunEvent(findings.errorText.isEmpty() ? ReplyCatalog::explainProblem(*findings.problem, Smtp::Stage::Dns).title
                                                 : findings.errorText,
                    findings.problem);
        finish();
        return;
    }
    buildRoutes();
    if (m_routes.isEmpty()) {
        m_result.dns.problem = m_plan.ipFamily == TestPlan::IpFamily::Any ? Problem::DnsNoAddress : Problem::NoUsableAddress;
        addRunEvent(ReplyCatalog::explainProblem(*m_result.dns.problem, Smtp::Stage::Dns).title, m_result.dns.problem);
        finish();
        return;
    }
    setState(State::Talking);
    startNextAttempt();
}

void TestRun::buildRoutes()
{
    m_routes.clear();
    for (const MxHost &mx : std::as_const(m_result.dns.mx)) {
        for (const ResolvedAddress &resolved : mx.addresses) {
            const bool v6 = resolved.address.protocol() == QAbstractSocket::IPv6Protocol;
            if ((m_plan.ipFamily == TestPlan::IpFamily::V4 && v6) || (m_plan.ipFamily == TestPlan::IpFamily::V6 && !v6))
                continue;
            m_routes.append(Route{mx.exchange, resolved.address, mx.preference, resolved.ptr});
        }
    }
    m_nextRoute = 0;
}

void TestRun::startNextAttempt()
{
    const Route route = m_routes.at(m_nextRoute++);
    const int index = int(m_result.attempts.size());
    m_result.attempts.append(Attempt());
    SmtpSession::Target target{route.host, route.address, m_plan.port, route.preference};
    auto *session = new SmtpSession(m_plan, target, m_clock, this);
    m_session = session;
    connect(session, &SmtpSession::entryAdded, this, [this, index](const TranscriptEntry &entry) {
        m_result.attempts[index].transcript.append(entry);
        Q_EMIT transcriptEntryAdded(index, entry);
    });
    connect(session, &SmtpSession::stageChanged, this, [this, index](Smtp::Stage stage) {
        Q_EMIT stageChanged(index, stage);
    });
    connect(session, &SmtpSession::replyReceived, this,
            [this, index](int replyIndex, const SmtpReply &reply, const Explanation &explanation) {
                Q_EMIT replyReceived(index, replyIndex, reply, explanation);
            });
    connect(session, &SmtpSession::tlsEstablished, this, [this, index](const TlsInfo &tls) {
        Q_EMIT tlsEstablished(index, tls);
    });
    connect(session, &SmtpSession::finished, this, &TestRun::handleAttemptFinished);
    Q_EMIT attemptStarted(index, route.host, route.address, m_plan.port);
    session->start();
}

void TestRun::handleAttemptFinished()
{
    SmtpSession *session = m_session;
    if (!session)
        return;
    const int index = int(m_result.attempts.size()) - 1;
    m_result.attempts[index] = session->attempt();
    session->disconnect(this);
    session->deleteLater();
    m_session = nullptr;
    Q_EMIT attemptFinished(index);
    if (m_cancelled)
        return;
    const Attempt &attempt = m_result.attempts.at(index);
    if (m_nextRoute < m_routes.size() && shouldTryNextRoute(attempt)) {
        const Route &next = m_routes.at(m_nextRoute);
        addRunEvent(m_plan.routing == TestPlan::Routing::EveryMx
                        ? tr("Trying the next server: %1 (%2)").arg(next.host, next.address.toString())
                        : tr("This server did not take the mail; a mail server would now try the next one: %1 (%2)")
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
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe->deleteLater();
    }
    if (m_session) {
        SmtpSession *session = m_session;
        // Keep the transcript flowing for the "cancelled" line, but finish here.
        disconnect(session, &SmtpSession::finished, this, &TestRun::handleAttemptFinished);
        session->cancel();
        const int index = int(m_result.attempts.size()) - 1;
        m_result.attempts[index] = session->attempt();
        session->disconnect(this);
        session->deleteLater();
        m_session = nullptr;
        Q_EMIT attemptFinished(index);
    } else {
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
    if (m_cancelled) {
        m_result.verdict.outcome = Verdict::Outcome::Cancelled;
    }
    VerdictWriter::describe(m_result);
    qCDebug(lcRun) << "run finished:" << Verdict::outcomeKey(m_result.verdict.outcome);
    setState(State::Finished);
    Q_EMIT finished(m_result);
}
