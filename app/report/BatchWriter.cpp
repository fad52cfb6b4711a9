#include "report/BatchWriter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QByteArray csvField(QString value, bool guardFormula)
{
    // A spreadsheet runs a cell that starts with = + - @ as a formula; a server's words
    // must stay words (OWASP "CSV injection").
    if (guardFormula && !value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
        || value.startsWith(u' ') || value.endsWith(u' ')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value.toUtf8();
}

/// The first field of a CSV line (RFC 4180 quoting).
QString firstCsvField(const QString &line)
{
    if (!line.startsWith(u'"'))
        return line.section(u',', 0, 0);
    QString field;
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i) == u'"') {
            if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
                continue;
            }
            break;
        }
        field += line.at(i);
    }
    return field;
}

} // namespace

BatchWriter::Format BatchWriter::formatFor(const QString &path)
{
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

QStringList BatchWriter::columns()
{
    return {u"address"_s, u"outcome"_s, u"category"_s, u"code"_s, u"text"_s, u"mx"_s, u"line"_s};
}

QByteArray BatchWriter::line(const BatchRow &row, Format format)
{
    if (format == Format::JsonLines) {
        const QJsonObject object{
            {u"address"_s, row.address},
            {u"outcome"_s, Model::key(row.outcome)},
            {u"category"_s, Model::key(row.category)},
            {u"code"_s, row.code},
            {u"text"_s, row.text},
            {u"mx"_s, row.mx},
            {u"line"_s, row.line},
        };
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    const QByteArrayList fields{
        csvField(row.address, true),    csvField(Model::key(row.outcome), false),
        csvField(Model::key(row.category), false), QByteArray::number(row.code),
        csvField(row.text, true),       csvField(row.mx, true),
        QByteArray::number(row.line),
    };
    return fields.join(',') + "\r\n"; // RFC 4180 line ends
}

std::optional<QStringList> BatchWriter::readDone(const QString &path, QString *error)
{
    QStringList done;
    QFile file(path);
    if (!file.exists())
        return done;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const Format format = formatFor(path);
    const QByteArray bytes = file.readAll();
    // Only whole lines count: a run killed in the middle of a row did not finish it.
    const QList<QByteArray> lines = bytes.left(bytes.lastIndexOf('\n') + 1).split('\n');
    bool header = format == Format::Csv;
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            if (line.startsWith(u"address,"_s))
                continue;
        }
        QString address;
        if (format == Format::Csv) {
            address = firstCsvField(line);
            // csvField's formula guard: "'=x@example.com" was written for "=x@example.com".
            if (address.size() > 1 && address.front() == u'\'' && QStringView(u"=+-@").contains(address.at(1)))
                address.remove(0, 1);
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(raw);
            address = document.object().value(u"address"_s).toString();
        }
        if (address.isEmpty()) {
            if (error)
                *error = tr("%1 is not the output of a batch check (a line without an address)").arg(path);
            return std::nullopt;
        }
        done.append(address);
    }
    return done;
}

bool BatchWriter::open(const QString &path, QString *error)
{
    m_format = formatFor(path);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    const QByteArray existing = m_file.readAll();
    const qsizetype whole = existing.lastIndexOf('\n') + 1;
    if (whole < existing.size())
        m_file.resize(whole); // a torn row of a killed run; it is checked again
    m_file.seek(whole);
    if (whole == 0 && m_format == Format::Csv) {
        m_file.write(columns().join(u',').toUtf8() + "\r\n");
        m_file.flush();
    }
    return true;
}

bool BatchWriter::openStandardOutput()
{
    m_format = Format::JsonLines;
    return m_file.open(stdout, QIODevice::WriteOnly);
}

void BatchWriter::write(const BatchRow &row)
{
    m_file.write(line(row, m_format));
    m_file.flush();
}
