#pragma once

#include <QHash>
#include <QString>

#include <optional>

/// The local test bed the practice mode trains on, as its testbed.env describes it (the
/// `export SMTPWIZARD_TB_NAME='value'` lines tests/testbed/testbed.sh writes): addresses,
/// ports, the CA, the DNS server. Read once when the wizard starts in practice mode.
class PracticeBed
{
public:
    /// path: the bed's testbed.env, or the state folder that holds it. Empty with error set
    /// when it cannot be read or names no DNS server.
    static std::optional<PracticeBed> load(const QString &path, QString *error);
    /// The same from the text of such a file (tests, and load()).
    static PracticeBed fromText(const QString &text);

    /// SMTPWIZARD_TB_<name>, empty when the file does not set it.
    QString value(const QString &name) const { return m_values.value(name); }
    /// A port variable (e.g. "SMTP_PORT"); 0 when unset or not a port.
    int port(const QString &name) const;
    QString dnsServer() const { return value(QStringLiteral("DNS")); }
    QString zone() const;

private:
    QHash<QString, QString> m_values; // without the SMTPWIZARD_TB_ prefix
};
