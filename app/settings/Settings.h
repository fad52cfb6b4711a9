#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

class QTemporaryDir;

/// What the wizard remembers between runs, keyed by an enum with one table of defaults.
/// Backed by QSettings; never holds a password (there is no key for one on purpose).
class Settings
{
    Q_GADGET
public:
    enum class Key {
        Mode,              // "delivery" | "submission" | "explain"
        Domain,            // last domain or e-mail address looked up
        Server,            // last own mail server (host[:port])
        Port,              // 0: the default for the mode
        Security,          // TestPlan::Security key
        EhloName,
        CaFile,
        TlsInsecure,
        Auth,              // TestPlan::Auth key
        User,
        RememberPassword,  // whether to store the password in the keychain
        MailFrom,
        Recipients,        // QStringList
        Notify,            // QStringList of "success", "failure", "delay"
        Subject,
        Body,
        StopAfterRecipients,
        TimeoutPreset,     // "help-desk" | "rfc5321"
        DnsServer,
        IpFamily,          // TestPlan::IpFamily key
        EveryMx,
        EveryMxParallel,
        WindowGeometry,    // QByteArray from QWidget::saveGeometry()
        HistoryLimit,      // how many finished tests the history keeps; 0: none (history off)
        ReportFolder,      // where the last report was saved, proposed for the next one
        Language,          // "de", "fr", ...; empty: the system's (Translations)
    };
    Q_ENUM(Key)

    /// The user's settings file (organisation and application name of the application).
    Settings();
    /// A settings file of its own, e.g. for tests or a portable install.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// A fresh instance on a temporary file that is removed with it.
    static std::unique_ptr<Settings> temporary();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool isSet(Key key) const;
    void sync();
    QString fileName() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

private:
    // Profiles live in the same file under a group of their own (ProfileStore), so they
    // share its location, format and the typed reading below.
    friend class ProfileStore;
    /// stored, converted to the type of key's default (INI files lose types).
    static QVariant typed(Key key, const QVariant &stored);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QSettings> m_settings;
};
