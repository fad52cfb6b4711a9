#include "pages/PracticeBed.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<PracticeBed> PracticeBed::load(const QString &path, QString *error)
{
    // A state folder is accepted too: it is what `testbed.sh start` was given.
    const QString file = QFileInfo(path).isDir() ? path + u"/testbed.env"_s : path;
    QFile env(file);
    if (!env.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QCoreApplication::translate("PracticeBed", "Cannot read the test bed's settings from %1: %2")
                     .arg(file, env.errorString());
        return std::nullopt;
    }
    PracticeBed bed = fromText(QString::fromUtf8(env.readAll()));
    if (bed.dnsServer().isEmpty()) {
        *error = QCoreApplication::translate("PracticeBed", "%1 is not a test bed's testbed.env (it names no DNS server).")
                     .arg(file);
        return std::nullopt;
    }
    return bed;
}

PracticeBed PracticeBed::fromText(const QString &text)
{
    // testbed.sh quotes every value in single quotes, a quote inside as '\'' (export_line).
    static const QRegularExpression line(u"^export SMTPWIZARD_TB_([A-Z0-9_]+)='(.*)'$"_s);
    PracticeBed bed;
    for (const QString &raw : text.split(u'\n')) {
        const QRegularExpressionMatch m = line.match(raw.trimmed());
        if (m.hasMatch())
            bed.m_values.insert(m.captured(1), m.captured(2).replace(u"'\\''"_s, u"'"_s));
    }
    return bed;
}

int PracticeBed::port(const QString &name) const
{
    bool ok = false;
    const int p = value(name).toInt(&ok);
    return ok && p > 0 && p < 65536 ? p : 0;
}

QString PracticeBed::zone() const
{
    const QString z = value(u"ZONE"_s);
    return z.isEmpty() ? u"wizard.test"_s : z;
}
