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
#include <QObject>
#include <QPointer>

#include <optional>

class MxLookup;
class SmtpSession;

/// Runs one TestPlan: looks up the mail servers (unless given), walks the routes as a
/// mail server would (next MX on connection failure or 4xx, stop on 5xx) or probes every
/// MX, and collects a TestResult with its verdict. Observable through signals only; the
/// wizard and the headless runner are both just listeners.
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
    /// Complete after finished(); while running it holds the attempts already finished.
    const TestResult &result() const { return m_result; }
    /// Attempt index: a finished one from result(), or the one still talking; null if none.
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
    void startNextAttempt();
    void handleEntry(int entryIndex);
    void handleAttemptFinished();
    /// Moves the session's record into the result and lets the session go.
    int harvestSession();
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
    QPointer<SmtpSession> m_session;
    bool m_cancelled = false; // the user pressed Stop
    bool m_cutShort = false;  // ... and it ended the test before its outcome was decided
};
