#pragma once

#include "model/Vocabulary.h"
#include "model/TestPlan.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

/// What the A/AAAA answers for one host name add up to: its addresses, or why there are
/// none. Pure bookkeeping, so the decision table is tested without a network.
class HostAnswers
{
public:
    /// How one lookup ended, with Qt 6.4's InvalidReplyError split by timing.
    enum class Outcome { Records, NoData, NotFound, NoAnswer, ServerFailure };
    /// Whose name it is decides what "no address" means.
    enum class Role {
        Exchange, // an MX target: no address is a dangling MX
        Implicit, // the domain itself after "no MX": no address means no mail servers
        Explicit, // a server the user named
    };

    /// A failure faster than this was an answer: glibc's resolver never gives up on a
    /// silent server in under a second (its smallest timeout is 1 s).
    static constexpr qint64 FastFailureMs = 900;

    /// Qt 6.4 reports NODATA and a silent server alike (InvalidReplyError): a fast one is
    /// taken as NODATA, a slow one as no answer.
    static Outcome classify(QDnsLookup::Error error, bool hasRecords, qint64 elapsedMs);

    explicit HostAnswers(Role role = Role::Exchange) : m_role(role) {}

    Role role() const { return m_role; }
    void addOutcome(Outcome outcome, const QString &errorText = {});
    /// Adds an address once; IPv4 addresses are listed before IPv6 ones.
    bool addAddress(const QHostAddress &address);
    void setOtherFamilyHasAddresses(bool has) { m_otherFamilyHasAddresses = has; }

    QList<QHostAddress> addresses() const { return m_v4 + m_v6; }
    bool hasAddresses() const { return !m_v4.isEmpty() || !m_v6.isEmpty(); }
    /// Every answer was empty (NODATA), which a server that cannot be reached looks like too.
    bool onlyEmptyAnswers() const;
    /// Only one family was asked and the name has none of it: asking the other family
    /// lets the finding say "IPv6 only" instead of "no address".
    bool wantsOtherFamily(TestPlan::IpFamily family) const;
    /// Why there is no usable address (nullopt when there is one). serverAnswers: whether
    /// the DNS server is known to answer, which turns empty answers into real NODATA.
    std::optional<Model::Problem> problem(bool serverAnswers) const;
    /// Whether the DNS server is known to answer, for reading this host's empty answers:
    /// an exchange's server just sent the MX records; for the implicit MX the MX query must
    /// also have failed fast; otherwise the liveness check decides (livenessAnswered).
    bool serverAnswered(qint64 mxElapsedMs, std::optional<bool> livenessAnswered) const;
    QString errorText() const { return m_errorText; }

    // Progress of the lookups for this host, kept by DnsProbe.
    int waiting = 0;
    bool done = false;
    bool otherFamilyAsked = false;

private:
    Role m_role;
    bool m_otherFamilyHasAddresses = false;
    QList<Outcome> m_outcomes;
    QList<QHostAddress> m_v4, m_v6;
    QString m_errorText;
};
