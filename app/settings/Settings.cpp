#include "settings/Settings.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QTemporaryDir>

#include <array>

Q_LOGGING_CATEGORY(lcSettings, "smtpwizard.settings")

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    Settings::Key key;
    QLatin1StringView name;
    QVariant defaultValue;
};

// The one table: every key's name in the file and its default. Groups keep the file
// readable by a person who opens it.
const std::array<Entry, 26> &table()
{
    using K = Settings::Key;
    static const std::array<Entry, 26> entries{{
        {K::Mode, "destination/mode"_L1, u"delivery"_s},
        {K::Domain, "destination/domain"_L1, QString()},
        {K::Server, "destination/server"_L1, QString()},
        {K::Port, "connection/port"_L1, 0},
        {K::Security, "connection/security"_L1, u"StartTls"_s},
        {K::EhloName, "connection/ehloName"_L1, QString()},
        {K::CaFile, "connection/caFile"_L1, QString()},
        {K::TlsInsecure, "connection/tlsInsecure"_L1, false},
        {K::Auth, "signIn/mechanism"_L1, u"None"_s},
        {K::User, "signIn/user"_L1, QString()},
        {K::RememberPassword, "signIn/rememberInKeychain"_L1, true},
        {K::MailFrom, "message/from"_L1, QString()},
        {K::Recipients, "message/to"_L1, QStringList()},
        {K::Notify, "message/notify"_L1, QStringList()},
        {K::Subject, "message/subject"_L1, QString()},
        {K::Body, "message/body"_L1, QString()},
        {K::StopAfterRecipients, "message/stopAfterRecipients"_L1, false},
        {K::TimeoutPreset, "connection/timeouts"_L1, u"help-desk"_s},
        {K::DnsServer, "dns/server"_L1, QString()},
        {K::IpFamily, "connection/ipFamily"_L1, u"Any"_s},
        {K::EveryMx, "dns/everyMx"_L1, false},
        {K::EveryMxParallel, "dns/everyMxAtOnce"_L1, 4}, // TestPlan::DefaultParallel (a test holds them equal)
        {K::WindowGeometry, "window/geometry"_L1, QByteArray()},
        {K::HistoryLimit, "history/limit"_L1, 100}, // HistoryStore::defaultLimit (a test holds them equal)
        {K::ReportFolder, "reports/folder"_L1, QString()},
        {K::Language, "window/language"_L1, QString()},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::temporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        qCWarning(lcSettings) << "no temporary folder:" << dir->errorString();
    auto settings = std::make_unique<Settings>(dir->filePath(u"smtp-wizard.ini"_s));
    settings->m_tempDir = std::move(dir);
    return settings;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return typed(key, m_settings->value(e.name, e.defaultValue));
}

QVariant Settings::typed(Key key, const QVariant &stored)
{
    const Entry &e = entry(key);
    // INI files lose types (lists of one element, booleans); give back the default's type.
    QVariant converted = stored;
    if (e.defaultValue.isValid() && converted.convert(e.defaultValue.metaType()))
        return converted;
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(entry(key).name, value);
}

void Settings::reset(Key key)
{
    m_settings->remove(entry(key).name);
}

bool Settings::isSet(Key key) const
{
    return m_settings->contains(entry(key).name);
}

void Settings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcSettings) << "could not write" << m_settings->fileName();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::keyName(Key key)
{
    return entry(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}
