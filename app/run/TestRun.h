#pragma once

#include "model/DnsFindings.h"
#include "model/TestPlan.h"
#include "model/Route.h"
#include "model/TestResult.h"
#include "model/SmtpReply.h"
#include "model/Vocabulary.h"
#include "model/TlsInfo.h"
#include "model/TranscriptEntry.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

class MxLookup;
class SmtpSession;

/// Runs one TestPlan: looks up the mail servers (unless given), walks the routes as a
/// mail server would (next MX on connection failure or 4xx, stop on 5xx) or probes every
/// MX, up to TestPlan::parallel of them at once, and collects a TestResult with its
/// verdict. Observable through signals only; the wizard and the headless runner are both
/// just listeners. Attempt indexes follow the route order whatever order they finish in.
class TestRun : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, LookingUp, Talking, Finished };
    Q_ENUM(State)

    explicit TestRun(const TestPlan &plan, QObject *parent = nullptr);
    ~TestRun() override;

    /// Use servers the user already looked up and chose (the wizard's Mail servers page):
    /// the run then skips its own DNS step. Call before start().
    void useDnsFindings(const DnsFindings &findings);

    void start();
    /// Stops at once: the socket is closed, the result says "cancelled". Safe to call
    /// at any time, also twice, also after finished().
    void cancel();

    State state() const { return m_state; }
    const TestPlan &plan() const { return m_plan; }
    /// Complete after finished(); while running, the slot of an attempt still talking holds
    /// an empty placeholder (read it with attempt()).
    const TestResult &result() const { return m_result; }
    /// Attempt index: a finished one from result(), or one still talking; null if none.
    const Attempt *attempt(int index) const;

Q_SIGNALS:
    void stateChanged(TestRun::State state);
    void dnsFinished(const DnsFindings &findings);
    /// A new attempt with index attemptIndex begins (one per address tried).
    void attemptStarted(int attemptIndex, const Route &route);
    /// A transcript line: attemptIndex -1 for run-level events (DNS, routing).
    void transcriptEntryAdded(int attemptIndex, const TranscriptEntry &entry);
    void stageChanged(int attemptIndex, Model::Stage stage);
    /// A complete reply with the run's explanation; replyIndex indexes Attempt::replies.
    void replyReceived(int attemptIndex, int replyIndex, const ReplyRecord &record);
    void tlsEstablished(int attemptIndex, const TlsInfo &tls);
    void attemptFinished(int attemptIndex);
    void finished(const TestResult &result);

private:
    void setState(State state);
    void addRunEvent(const QString &text, std::optional<Model::Problem> problem = std::nullopt);
    void handleDnsFinished(const DnsFindings &findings);
    void buildRoutes();
    /// Starts attempts until the plan's bound on connections is reached or no route is left.
    void startAttempts();
    void startNextAttempt();
    int connectionLimit() const;
    void handleEntry(int attemptIndex, int entryIndex);
    void handleAttemptFinished(int attemptIndex);
    /// Moves the session's record into its slot of the result and lets the session go.
    void harvestSession(int attemptIndex);
    bool shouldTryNextRoute(const Attempt &attempt) const;
    void finish();


    TestPlan m_plan;
    TestResult m_result;
    State m_state = State::Idle;
    QElapsedTimer m_clock;
    QList<Route> m_routes;
    int m_nextRoute = 0;
    std::optional<DnsFindings> m_givenFindings;
    QPointer<MxLookup> m_lookup;
    QMap<int, QPointer<SmtpSession>> m_sessions; // attempt index -> the session still talking
    bool m_stopStarting = false; // an attempt ended as cancelled: start no further one
    bool m_cancelled = false; // the user pressed Stop
    bool m_cutShort = false;  // ... and it ended the test before its outcome was decided
};
