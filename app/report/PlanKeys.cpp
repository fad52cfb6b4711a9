#include "report/PlanKeys.h"

using namespace Qt::StringLiterals;

namespace PlanKeys {

QString securityKey(TestPlan::Security security)
{
    switch (security) {
    case TestPlan::Security::None: return u"none"_s;
    case TestPlan::Security::StartTls: return u"starttls"_s;
    case TestPlan::Security::StartTlsRequired: return u"starttls-required"_s;
    case TestPlan::Security::Tls: return u"tls"_s;
    }
    return u"starttls"_s;
}

QString authKey(TestPlan::Auth auth)
{
    switch (auth) {
    case TestPlan::Auth::None: return u"none"_s;
    case TestPlan::Auth::Plain: return u"plain"_s;
    case TestPlan::Auth::Login: return u"login"_s;
    }
    return u"none"_s;
}

QString stopAfterKey(TestPlan::StopAfter stopAfter)
{
    switch (stopAfter) {
    case TestPlan::StopAfter::Connect: return u"connect"_s;
    case TestPlan::StopAfter::Ehlo: return u"ehlo"_s;
    case TestPlan::StopAfter::Tls: return u"tls"_s;
    case TestPlan::StopAfter::Auth: return u"auth"_s;
    case TestPlan::StopAfter::Mail: return u"mail"_s;
    case TestPlan::StopAfter::Rcpt: return u"rcpt"_s;
    case TestPlan::StopAfter::Send: return u"send"_s;
    }
    return u"send"_s;
}

QString ipFamilyKey(TestPlan::IpFamily family)
{
    switch (family) {
    case TestPlan::IpFamily::Any: return u"any"_s;
    case TestPlan::IpFamily::V4: return u"ipv4"_s;
    case TestPlan::IpFamily::V6: return u"ipv6"_s;
    }
    return u"any"_s;
}

QString routingKey(TestPlan::Routing routing)
{
    switch (routing) {
    case TestPlan::Routing::FirstReachable: return u"first-reachable"_s;
    case TestPlan::Routing::EveryMx: return u"every-mx"_s;
    }
    return u"first-reachable"_s;
}

QString retKey(TestPlan::Ret ret)
{
    switch (ret) {
    case TestPlan::Ret::Default: return u"default"_s;
    case TestPlan::Ret::Full: return u"full"_s;
    case TestPlan::Ret::Headers: return u"hdrs"_s;
    }
    return u"default"_s;
}

QStringList notifyKeys(TestPlan::Notify notify)
{
    QStringList keys;
    if (notify.testFlag(TestPlan::NotifyNever))
        keys << u"never"_s;
    if (notify.testFlag(TestPlan::NotifySuccess))
        keys << u"success"_s;
    if (notify.testFlag(TestPlan::NotifyFailure))
        keys << u"failure"_s;
    if (notify.testFlag(TestPlan::NotifyDelay))
        keys << u"delay"_s;
    return keys;
}

QString attemptOutcomeKey(Attempt::Outcome outcome)
{
    switch (outcome) {
    case Attempt::Outcome::Completed: return u"completed"_s;
    case Attempt::Outcome::Rejected: return u"rejected"_s;
    case Attempt::Outcome::Deferred: return u"deferred"_s;
    case Attempt::Outcome::Failed: return u"failed"_s;
    case Attempt::Outcome::Cancelled: return u"cancelled"_s;
    }
    return u"failed"_s;
}

} // namespace PlanKeys
