#include "settings/ProfileStore.h"

#include <QCollator>

using namespace Qt::StringLiterals;
using Key = Settings::Key;

namespace {

const QString profilesGroup = u"profiles"_s;

} // namespace

ProfileStore::ProfileStore(Settings &settings)
    : m_settings(settings)
{
}

QList<Settings::Key> ProfileStore::profileKeys()
{
    // What ui/RequestSettings turns into a PlanRequest, and the mode that picks its page.
    // Not the keychain preference, the window or the history: they belong to the computer,
    // not to a test.
    return {Key::Mode,      Key::Domain,     Key::Server,     Key::Port,    Key::Security,
            Key::EhloName,  Key::CaFile,     Key::TlsInsecure, Key::Auth,   Key::User,
            Key::MailFrom,  Key::Recipients, Key::Notify,     Key::Subject, Key::Body,
            Key::StopAfterRecipients,        Key::TimeoutPreset, Key::DnsServer, Key::IpFamily,
            Key::EveryMx,   Key::EveryMxParallel};
}

ProfileStore::Values ProfileStore::capture(const Settings &settings)
{
    Values values;
    for (Key key : profileKeys()) {
        if (settings.isSet(key))
            values.insert(key, settings.value(key));
    }
    return values;
}

void ProfileStore::apply(const Values &values, Settings &settings)
{
    for (Key key : profileKeys()) {
        if (values.contains(key))
            settings.setValue(key, values.value(key));
        else
            settings.reset(key);
    }
}

QString ProfileStore::nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the profile a name.");
    if (trimmed.size() > maximumNameLength)
        return tr("The name is too long: use at most %1 characters.").arg(maximumNameLength);
    // Slashes would nest groups in the settings file; control characters break the line.
    for (const QChar c : trimmed) {
        if (c == u'/' || c == u'\\')
            return tr("The name cannot contain / or \\.");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("The name cannot contain line breaks or other invisible characters.");
    }
    return {};
}

QString ProfileStore::groupOf(const QString &name)
{
    return profilesGroup + u'/' + name.trimmed();
}

QStringList ProfileStore::names() const
{
    QSettings &s = *m_settings.m_settings;
    s.beginGroup(profilesGroup);
    QStringList names = s.childGroups();
    s.endGroup();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return nameProblem(name).isEmpty() && names().contains(name.trimmed());
}

bool ProfileStore::save(const QString &name, const Values &values, QString *error)
{
    const QString problem = nameProblem(name);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    QSettings &s = *m_settings.m_settings;
    s.remove(groupOf(name)); // overwriting leaves no key of the old profile behind
    s.beginGroup(groupOf(name));
    for (Key key : profileKeys()) {
        if (values.contains(key))
            s.setValue(Settings::keyName(key), values.value(key));
    }
    // An empty profile is still a profile: it starts from the defaults.
    if (s.childKeys().isEmpty() && s.childGroups().isEmpty())
        s.setValue(Settings::keyName(Key::Mode), Settings::defaultValue(Key::Mode));
    s.endGroup();
    m_settings.sync();
    return true;
}

std::optional<ProfileStore::Values> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    QSettings &s = *m_settings.m_settings;
    s.beginGroup(groupOf(name));
    Values values;
    for (Key key : profileKeys()) {
        const QString stored = Settings::keyName(key);
        if (s.contains(stored))
            values.insert(key, Settings::typed(key, s.value(stored)));
    }
    s.endGroup();
    return values;
}

void ProfileStore::remove(const QString &name)
{
    if (!nameProblem(name).isEmpty())
        return;
    m_settings.m_settings->remove(groupOf(name));
    m_settings.sync();
}
