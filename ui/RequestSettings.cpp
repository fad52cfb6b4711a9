#include "RequestSettings.h"

#include "settings/Settings.h"

#include <QMetaEnum>

#include <algorithm>

using namespace Qt::StringLiterals;
using Key = Settings::Key;

namespace {

// Choices are stored by their table key ("starttls-required"), the spelling --json and
// the command line use. Settings written before that used the enum's C++ name
// ("StartTlsRequired"); those are still read, so nobody loses their choices.
template<typename E>
E enumFromKey(const QVariant &value, E fallback)
{
    const QString text = value.toString();
    if (const auto chosen = Model::fromKey<E>(text))
        return *chosen;
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(text.toLatin1().constData(), &ok);
    return ok ? static_cast<E>(v) : fallback;
}

} // namespace

PlanRequest RequestSettings::load(const Settings &s)
{
    PlanRequest r;
    r.domain = s.value(Key::Domain).toString();
    r.server = s.value(Key::Server).toString();
    if (const int port = s.value(Key::Port).toInt(); port > 0)
        r.port = port;
    r.security = enumFromKey(s.value(Key::Security), TestPlan::Security::StartTls);
    r.ehloName = s.value(Key::EhloName).toString();
    r.caFile = s.value(Key::CaFile).toString();
    r.tlsInsecure = s.value(Key::TlsInsecure).toBool();
    r.auth = enumFromKey(s.value(Key::Auth), TestPlan::Auth::None);
    r.user = s.value(Key::User).toString();
    if (s.isSet(Key::MailFrom))
        r.mailFrom = s.value(Key::MailFrom).toString();
    r.rcptTo = s.value(Key::Recipients).toStringList();
    TestPlan::Notify notify = TestPlan::NotifyDefault;
    for (const QString &flag : s.value(Key::Notify).toStringList()) {
        // "never" is not offered by the wizard; a hand-edited file cannot make it so.
        if (const auto value = Model::fromKey<TestPlan::NotifyFlag>(flag); value && *value != TestPlan::NotifyNever)
            notify |= *value;
    }
    r.notify = notify;
    r.subject = s.value(Key::Subject).toString();
    r.body = s.value(Key::Body).toString();
    r.stopAfter = s.value(Key::StopAfterRecipients).toBool() ? TestPlan::StopAfter::Rcpt : TestPlan::StopAfter::Send;
    r.timeouts = s.value(Key::TimeoutPreset).toString() == u"rfc5321"_s ? Timeouts::rfc5321() : Timeouts::helpDesk();
    r.dnsServer = s.value(Key::DnsServer).toString();
    r.ipFamily = enumFromKey(s.value(Key::IpFamily), TestPlan::IpFamily::Any);
    r.routing = s.value(Key::EveryMx).toBool() ? TestPlan::Routing::EveryMx : TestPlan::Routing::FirstReachable;
    // A hand-edited file cannot ask for more connections than the runner allows, nor none;
    // a word where a number belongs leaves the default.
    bool isNumber = false;
    const int atOnce = s.value(Key::EveryMxParallel).toInt(&isNumber);
    r.parallel = isNumber ? std::clamp(atOnce, 1, TestPlan::MaxParallel) : TestPlan::DefaultParallel;
    return r;
}

WizardMode RequestSettings::loadMode(const Settings &settings)
{
    return Model::fromKey<WizardMode>(settings.value(Key::Mode).toString()).value_or(WizardMode::Delivery);
}

void RequestSettings::store(Settings &s, const PlanRequest &r, WizardMode mode)
{
    s.setValue(Key::Mode, Model::key(mode));
    if (mode == WizardMode::Explain || mode == WizardMode::Batch)
        return; // the explainer's text and the list are not a test to remember
    if (mode == WizardMode::Delivery)
        s.setValue(Key::Domain, r.domain);
    else
        s.setValue(Key::Server, r.server);
    s.setValue(Key::Port, r.port.value_or(0));
    s.setValue(Key::Security, Model::key(r.security));
    s.setValue(Key::EhloName, r.ehloName);
    s.setValue(Key::CaFile, r.caFile);
    s.setValue(Key::TlsInsecure, r.tlsInsecure);
    s.setValue(Key::Auth, Model::key(r.auth));
    s.setValue(Key::User, r.user);
    if (r.mailFrom)
        s.setValue(Key::MailFrom, *r.mailFrom);
    s.setValue(Key::Recipients, r.rcptTo);
    QStringList flags = Model::notifyKeys(r.notify);
    flags.removeAll(Model::key(TestPlan::NotifyNever));
    s.setValue(Key::Notify, flags);
    s.setValue(Key::Subject, r.subject);
    s.setValue(Key::Body, r.body);
    s.setValue(Key::StopAfterRecipients, r.stopAfter == TestPlan::StopAfter::Rcpt);
    s.setValue(Key::TimeoutPreset, r.timeouts == Timeouts::rfc5321() ? u"rfc5321"_s : u"help-desk"_s);
    s.setValue(Key::DnsServer, r.dnsServer);
    s.setValue(Key::IpFamily, Model::key(r.ipFamily));
    s.setValue(Key::EveryMx, r.routing == TestPlan::Routing::EveryMx);
    s.setValue(Key::EveryMxParallel, r.parallel);
}
