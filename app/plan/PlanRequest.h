#pragma once

#include "model/TestPlan.h"

#include <optional>

/// What a person typed or chose, before validation. The wizard pages and the command
/// line fill one of these; PlanBuilder turns it into a TestPlan or field errors.
struct PlanRequest
{
    // Destination: a domain or e-mail address (MX lookup), or an explicit server
    // "host", "host:port", "[IPv6]:port" (no MX lookup). With neither, the domain of
    // the first recipient is used.
    QString domain;
    QString server;
    std::optional<int> port; // default: 25, or 465 with implicit TLS

    TestPlan::Security security = TestPlan::Security::StartTls;
    QString ehloName;        // empty: this machine's fully-qualified name
    QString caFile;
    bool tlsInsecure = false;

    TestPlan::Auth auth = TestPlan::Auth::None;
    QString user;
    QString password;
    QString token; // XOAUTH2 and OAUTHBEARER sign in with this instead of the password
    bool allowPlaintextAuth = false;

    std::optional<QString> mailFrom; // "<>" or "" is the null sender; nullopt: not given
    QStringList rcptTo;
    TestPlan::Notify notify = TestPlan::NotifyDefault;
    bool orcpt = false;
    TestPlan::Ret ret = TestPlan::Ret::Default;
    QString envid;

    QString subject;
    QString body;
    QStringList headers; // "Name: value" as typed

    TestPlan::StopAfter stopAfter = TestPlan::StopAfter::Send;
    /// The open-relay check instead of a delivery: no sender or recipient needed (the
    /// check picks outside addresses itself), and no sign-in.
    bool relayTest = false;
    Timeouts timeouts = Timeouts::helpDesk();
    QString dnsServer;
    TestPlan::IpFamily ipFamily = TestPlan::IpFamily::Any;
    TestPlan::Routing routing = TestPlan::Routing::FirstReachable;
    int parallel = TestPlan::DefaultParallel; // servers at once with every-MX routing
    quint32 shuffleSeed = 0;
};
