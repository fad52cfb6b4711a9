#pragma once

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

/// Named profiles: the settings that make up a test request (destination, connection,
/// sign-in name, message; the keys RequestSettings reads), saved under "profiles/" in the
/// same settings file. A profile can never hold a password: no key holds one, and keys
/// outside profileKeys() are not stored even when handed in.
///
///     ProfileStore profiles(settings);
///     RequestSettings::store(settings, request, mode);
///     profiles.save(u"Office relay"_s, ProfileStore::capture(settings));
///     ...
///     ProfileStore::apply(*profiles.load(u"Office relay"_s), settings);
///     const PlanRequest request = RequestSettings::load(settings);
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    using Values = QMap<Settings::Key, QVariant>;
    static constexpr int maximumNameLength = 64;

    explicit ProfileStore(Settings &settings);

    /// The keys a profile holds, in the table's order.
    static QList<Settings::Key> profileKeys();
    /// The profile keys' current values in settings.
    static Values capture(const Settings &settings);
    /// Makes settings what the profile says: its values, and the default for a profile
    /// key it does not have (an older profile), so nothing of the previous test stays.
    static void apply(const Values &values, Settings &settings);

    /// Empty when name (leading and trailing spaces ignored) can name a profile, else
    /// why not, for showing beside the field. An existing name is fine: save() overwrites.
    static QString nameProblem(const QString &name);

    /// Every profile's name, sorted for people (case-insensitive).
    QStringList names() const;
    bool contains(const QString &name) const;
    /// Saves (or overwrites) the profile; false with error when the name is not valid.
    bool save(const QString &name, const Values &values, QString *error = nullptr);
    /// The profile's values (only keys it has), or nothing when there is no such profile.
    std::optional<Values> load(const QString &name) const;
    void remove(const QString &name);

private:
    static QString groupOf(const QString &name);

    Settings &m_settings;
};
