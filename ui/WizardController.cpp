#include "WizardController.h"

#include "credentials/KeychainCredentialStore.h"
#include "diagnosis/BounceExplainer.h"
#include "diagnosis/MimeText.h"
#include "plan/PlanBuilder.h"
#include "run/HealthCheck.h"
#include "run/HealthJudge.h"
#include "run/MxLookup.h"
#include "run/TestRun.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWizard, "smtpwizard.ui")

namespace {
/// One keychain for the whole application. It outlives every wizard on purpose: a
/// keychain job still running when its store is deleted would be called back into
/// freed memory by libsecret.
CredentialStore *applicationKeychain()
{
    static QPointer<KeychainCredentialStore> store;
    if (!store)
        store = new KeychainCredentialStore(&KeychainBackend::start, QCoreApplication::instance());
    return store;
}
} // namespace

WizardController::WizardController(CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store ? store : applicationKeychain())
{
    connect(m_store, &CredentialStore::readFinished, this,
            [this](const QString &key, const QString &password, CredentialStore::Error error, const QString &message) {
                if (error == CredentialStore::Error::None)
                    Q_EMIT passwordRead(key, password);
                else if (error != CredentialStore::Error::NotFound)
                    Q_EMIT keychainMessage(message);
                Q_EMIT passwordStoredChanged(error == CredentialStore::Error::None);
            });
    connect(m_store, &CredentialStore::writeFinished, this,
            [this](const QString &, CredentialStore::Error error, const QString &message) {
                Q_EMIT keychainMessage(error == CredentialStore::Error::None
                                           ? tr("The password is now stored in the keychain.")
                                           : message);
                if (error == CredentialStore::Error::None)
                    Q_EMIT passwordStoredChanged(true);
            });
    connect(m_store, &CredentialStore::forgetFinished, this,
            [this](const QString &, CredentialStore::Error error, const QString &message) {
                if (error == CredentialStore::Error::None || error == CredentialStore::Error::NotFound)
                    Q_EMIT passwordStoredChanged(false);
                if (error == CredentialStore::Error::None)
                    Q_EMIT keychainMessage(tr("The stored password was removed from the keychain."));
                else if (error == CredentialStore::Error::NotFound)
                    Q_EMIT keychainMessage(tr("No password was stored for this sign-in."));
                else
                    Q_EMIT keychainMessage(message);
            });
}

WizardController::~WizardController()
{
    // Nothing may call back into pages that are being destroyed.
    if (m_lookup)
        m_lookup->cancel();
    cancelHealth();
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
    }
}

QString WizardController::lookupKey(const TestPlan &plan)
{
    // What a lookup depends on: the destination, the DNS server and the IP family.
    return plan.destination() % u'|' % plan.dnsServer.toString() % u'|' % Model::key(plan.ipFamily);
}

void WizardController::lookup(const PlanRequest &request)
{
    const PlanBuilder::Result built = PlanBuilder::buildLookup(request);
    if (!built.ok()) {
        Q_EMIT lookupRefused(built.errors);
        return;
    }
    cancelLookup();
    // New findings make the old health findings stale.
    cancelHealth();
    m_health.reset();
    const TestPlan &plan = *built.plan;
    auto *lookup = new MxLookup(plan, this);
    m_lookup = lookup;
    const QString key = lookupKey(plan);
    connect(lookup, &MxLookup::finished, this, [this, lookup, key](const DnsFindings &findings) {
        if (lookup != m_lookup)
            return;
        qCDebug(lcWizard) << "lookup finished for" << findings.domain;
        m_findings = findings;
        m_findingsKey = key;
        Q_EMIT lookupFinished(findings);
        lookup->deleteLater();
    });
    Q_EMIT lookupStarted(plan.destination());
    lookup->start();
}

void WizardController::checkHealth(const PlanRequest &request)
{
    const PlanBuilder::Result built = PlanBuilder::buildLookup(request);
    const std::optional<DnsFindings> findings = findingsFor(request);
    if (!built.ok() || !findings || !findings->lookedUp)
        return;
    TestPlan plan = *built.plan;
    // The extra CA file of the Connection page also vouches for the policy's web server.
    plan.caFile = request.caFile.trimmed();
    cancelHealth();
    auto *check = new HealthCheck(plan, this);
    m_healthCheck = check;
    const QString key = lookupKey(plan);
    connect(check, &HealthCheck::finished, this, [this, check, key](const DomainHealth &health) {
        if (check != m_healthCheck)
            return;
        m_health = health;
        m_healthKey = key;
        check->deleteLater();
        Q_EMIT healthFinished(health);
    });
    Q_EMIT healthStarted(findings->domain);
    check->start(*findings);
}

void WizardController::cancelHealth()
{
    if (!m_healthCheck)
        return;
    HealthCheck *check = m_healthCheck;
    m_healthCheck = nullptr;
    check->disconnect(this);
    check->cancel();
    check->deleteLater();
}

std::optional<DomainHealth> WizardController::healthFor(const PlanRequest &request) const
{
    const PlanBuilder::Result built = PlanBuilder::buildLookup(request);
    if (!built.ok() || !m_health || lookupKey(*built.plan) != m_healthKey)
        return std::nullopt;
    return m_health;
}

std::optional<DnsFindings> WizardController::findingsFor(const PlanRequest &request) const
{
    const PlanBuilder::Result built = PlanBuilder::buildLookup(request);
    if (!built.ok() || !m_findings || lookupKey(*built.plan) != m_findingsKey)
        return std::nullopt;
    return m_findings;
}

QString WizardController::credentialKey(const PlanRequest &request)
{
    // Built like the plan the run would use, so the rules for defaults (the port of a
    // mode) live in PlanBuilder only.
    const PlanBuilder::Result built = PlanBuilder::buildServer(request);
    if (!built.ok() || request.user.trimmed().isEmpty())
        return {};
    const QString key = CredentialStore::keyFor(request.user.trimmed(), built.plan->destination(), built.plan->port);
    return TestPlan::usesToken(request.auth) ? CredentialStore::tokenKey(key) : key;
}

void WizardController::cancelLookup()
{
    if (!m_lookup)
        return;
    MxLookup *lookup = m_lookup;
    m_lookup = nullptr;
    const bool wasRunning = lookup->isRunning();
    lookup->cancel();
    lookup->deleteLater();
    if (wasRunning)
        Q_EMIT lookupCancelled();
}

bool WizardController::isLookingUp() const
{
    return m_lookup && m_lookup->isRunning();
}

void WizardController::startRun(const PlanRequest &request, bool rememberPassword)
{
    const PlanBuilder::Result built = PlanBuilder::build(request);
    if (!built.ok()) {
        Q_EMIT runRefused(built.errors);
        return;
    }
    const TestPlan &plan = *built.plan;
    const std::optional<DnsFindings> findings = findingsFor(request);
    m_runHealth = healthFor(request);
    m_pendingKey.clear();
    m_pendingPassword.clear();
    const QString &secret = plan.usesToken() ? plan.token : plan.password;
    if (rememberPassword && plan.auth != TestPlan::Auth::None && !secret.isEmpty()) {
        m_pendingKey = CredentialStore::keyFor(plan); // the token's own entry for a token
        m_pendingPassword = secret;
    }
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
        m_run->deleteLater();
    }
    auto *run = new TestRun(plan, this);
    m_run = run;
    if (findings)
        run->useDnsFindings(*findings);
    connect(run, &TestRun::finished, this, &WizardController::handleRunFinished);
    Q_EMIT runStarted(run);
    run->start();
}

void WizardController::cancelRun()
{
    if (m_run && m_run->state() != TestRun::State::Finished)
        m_run->cancel();
}

bool WizardController::isRunning() const
{
    return m_run && m_run->state() != TestRun::State::Finished && m_run->state() != TestRun::State::Idle;
}

void WizardController::handleRunFinished(const TestResult &finished)
{
    TestResult result = finished;
    if (m_runHealth) {
        DomainHealth health = *m_runHealth;
        HealthJudge::addGreetings(health, result.attempts);
        result.health = health;
    }
    m_lastResult = result;
    if (CredentialStore::signInAccepted(result) && !m_pendingKey.isEmpty())
        m_store->writePassword(m_pendingKey, m_pendingPassword);
    m_pendingKey.clear();
    m_pendingPassword.clear();
    Q_EMIT runFinished(result);
}

void WizardController::readPassword(const QString &key)
{
    m_store->readPassword(key);
}

void WizardController::forgetPassword(const QString &key)
{
    m_store->forgetPassword(key);
}

ReportWriter::SaveResult WizardController::saveReport(const QString &path) const
{
    if (!m_lastResult) {
        ReportWriter::SaveResult nothing;
        nothing.error = tr("There is no test result to save yet.");
        return nothing;
    }
    return ReportWriter::save(*m_lastResult, path);
}

QList<ExplainPage::Item> WizardController::itemsOf(const QList<BounceExplainer::Item> &explained)
{
    QList<ExplainPage::Item> items;
    for (const BounceExplainer::Item &item : explained)
        items.append({item.entry.recipient, item.explanation});
    return items;
}

QList<ExplainPage::Item> WizardController::explainText(const QString &text) const
{
    return itemsOf(BounceExplainer::explainText(text));
}

QList<ExplainPage::Item> WizardController::explainFile(const QString &path, QString *text, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be opened: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(BounceExplainer::maxInputBytes());
    QStringDecoder utf8(QStringDecoder::Utf8);
    *text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // A report in its own charset (gb2312, shift_jis, koi8-r ...): show its text parts
        // as the parser read them, not U+FFFD where every character was.
        QStringList parts;
        for (const MimeText::Part &part : MimeText::textParts(bytes))
            parts.append(part.text.trimmed());
        *text = parts.join(QStringLiteral("\n\n"));
    }
    return itemsOf(BounceExplainer::explainMessage(bytes));
}
