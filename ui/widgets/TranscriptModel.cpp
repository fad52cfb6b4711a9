#include "widgets/TranscriptModel.h"

#include "model/SafeText.h"
#include "model/SeverityHeading.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QSize>

#include <algorithm>

using namespace Qt::StringLiterals;

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_colours(QGuiApplication::palette())
{
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString TranscriptModel::displayText(const Row &row, bool whole) const
{
    // A direction mark keeps the lines apart without colour, for colour-blind readers
    // and for screen readers.
    QString mark;
    switch (row.entry.direction) {
    case TranscriptEntry::Direction::Client: mark = u"C:"_s; break;
    case TranscriptEntry::Direction::Server: mark = u"S:"_s; break;
    case TranscriptEntry::Direction::Event: mark = u"* "_s; break;
    }
    const QString time = QString::number(double(row.entry.ms) / 1000.0, 'f', 3).rightJustified(7);
    const QString text = SafeText::visible(row.entry.text);
    if (whole || text.size() <= maxShownChars)
        return time % u"  "_s % mark % u' ' % text;
    return time % u"  "_s % mark % u' ' % QStringView(text).left(maxShownChars) % u" \u2026 "_s
        % tr("(%n character(s) in all; Copy and the report have the whole line)", nullptr, int(text.size()));
}

QString TranscriptModel::kindLabel(const Row &row)
{
    // An event shares the colour of its severity, but it is not a reply: a refused
    // connection is no "5xx".
    if (row.entry.direction == TranscriptEntry::Direction::Event) {
        if (row.kind == TranscriptColors::Kind::Permanent || row.kind == TranscriptColors::Kind::Transient)
            return SeverityHeading::noReply(row.kind == TranscriptColors::Kind::Permanent);
    }
    return TranscriptColors::label(row.kind);
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(row);
    case FullTextRole: return displayText(row, true);
    case Qt::AccessibleTextRole: return QString(kindLabel(row) % u": "_s % SafeText::visible(row.entry.text));
    case Qt::ToolTipRole:
        return row.explanation ? QString(row.explanation->title % u" \u2014 "_s % kindLabel(row)) : kindLabel(row);
    case Qt::ForegroundRole: return m_colours.foreground(row.kind);
    case Qt::BackgroundRole: return m_colours.background(row.kind);
    case Qt::FontRole: {
        QFont font = m_font;
        if (row.entry.direction == TranscriptEntry::Direction::Event)
            font.setItalic(true);
        if (row.kind == TranscriptColors::Kind::Permanent || row.kind == TranscriptColors::Kind::Transient)
            font.setBold(true);
        return font;
    }
    case Qt::SizeHintRole:
        if (m_uniformHint && index.row() == 0)
            return QSize(m_widest, m_lineHeight);
        return {};
    case KindRole: return int(row.kind);
    case KindKeyRole: return TranscriptColors::key(row.kind);
    case DirectionRole: return int(row.entry.direction);
    case AttemptRole: return row.attempt;
    case HasExplanationRole: return row.explanation.has_value();
    default: return {};
    }
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_lastAttempt = -1;
    m_widest = 0;
    m_widestChars = 0;
    m_latestExplained = -1;
    endResetModel();
}

void TranscriptModel::setFixedFont(const QFont &font)
{
    m_font = font;
    QFont bold = font;
    bold.setBold(true);
    m_lineHeight = QFontMetrics(bold).height();
    m_widest = 0;
    m_widestChars = 0;
    for (const Row &row : std::as_const(m_rows))
        noteWidth(row);
}

void TranscriptModel::setUniformSizeHint(bool on)
{
    m_uniformHint = on;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(0), {Qt::SizeHintRole});
}

void TranscriptModel::noteWidth(const Row &row)
{
    // Measured only when a line is longer than the widest so far, not once per line.
    const QString text = displayText(row);
    if (text.size() <= m_widestChars)
        return;
    QFont bold = m_font;
    bold.setBold(true);
    // The margins the item delegate adds around the text (focus frame and text margin).
    const int width = QFontMetrics(bold).horizontalAdvance(text) + 8;
    m_widestChars = text.size();
    m_widest = std::max(m_widest, width);
}

void TranscriptModel::appendEntry(int attemptIndex, const TranscriptEntry &entry)
{
    const int row = rowForNewEntry(attemptIndex);
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{attemptIndex, entry, TranscriptColors::kindFor(entry.direction, entry.severity), {}});
    if (m_latestExplained >= row)
        ++m_latestExplained;
    noteWidth(m_rows.at(row));
    endInsertRows();
    m_lastAttempt = std::max(m_lastAttempt, attemptIndex);
}

int TranscriptModel::rowForNewEntry(int attemptIndex) const
{
    // Every MX tested side by side: the attempts' lines arrive interleaved. Each attempt's
    // lines stay together, in attempt order, as in a run one after another, so a line of
    // an earlier attempt goes before the first line of a later one (and before the run's
    // lines that lead into it, "Testing server 2 of 4").
    const auto end = int(m_rows.size());
    if (attemptIndex < 0 || attemptIndex >= m_lastAttempt)
        return end;
    int firstLater = -1;
    for (int i = end - 1; i >= 0; --i) {
        const int attempt = m_rows.at(i).attempt;
        if (attempt > attemptIndex)
            firstLater = i;
        else if (attempt >= 0)
            break;
    }
    if (firstLater < 0)
        return end;
    int row = firstLater;
    while (row > 0 && m_rows.at(row - 1).attempt < 0)
        --row;
    return row;
}

void TranscriptModel::setReplyExplanation(int attemptIndex, int replyIndex, const Explanation &explanation)
{
    const auto kind = TranscriptColors::kindFor(explanation.severity);
    bool found = false;
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        // Replies arrive in order: past a line of an earlier reply (or attempt) no line of
        // this one is left. Without this every explained reply scanned the whole
        // transcript, 100,000 rows for each reply of a long one.
        if (found && row.attempt >= 0
            && (row.attempt < attemptIndex
                || (row.attempt == attemptIndex && row.entry.direction == TranscriptEntry::Direction::Server
                    && row.entry.replyIndex >= 0 && row.entry.replyIndex < replyIndex)))
            break;
        if (row.attempt != attemptIndex || row.entry.direction != TranscriptEntry::Direction::Server
            || row.entry.replyIndex != replyIndex)
            continue;
        row.explanation = explanation;
        row.kind = kind;
        found = true;
        noteExplained(int(i));
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed);
    }
}

void TranscriptModel::setProblemExplanation(int attemptIndex, const Explanation &explanation)
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        Row &row = m_rows[i];
        if (row.attempt != attemptIndex || row.entry.direction != TranscriptEntry::Direction::Event
            || !row.entry.severity || row.explanation)
            continue;
        row.explanation = explanation;
        row.kind = TranscriptColors::kindFor(TranscriptEntry::Direction::Event, explanation.severity);
        noteExplained(int(i));
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed);
        return;
    }
}

void TranscriptModel::setColours(const TranscriptColors &colours)
{
    m_colours = colours;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

std::optional<Explanation> TranscriptModel::explanationFor(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    if (r.explanation)
        return r.explanation;
    if (r.entry.direction != TranscriptEntry::Direction::Client)
        return std::nullopt;
    // A command is explained by the reply it got: the next server line of its attempt.
    for (qsizetype i = row + 1; i < m_rows.size(); ++i) {
        const Row &next = m_rows.at(i);
        if (next.attempt != r.attempt)
            break;
        if (next.entry.direction == TranscriptEntry::Direction::Server)
            return next.explanation;
    }
    return std::nullopt;
}

int TranscriptModel::latestExplainedRow() const
{
    return m_latestExplained;
}

int TranscriptModel::rowOfReply(int attemptIndex, int replyIndex) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        const Row &row = m_rows.at(i);
        if (row.attempt == attemptIndex && row.entry.direction == TranscriptEntry::Direction::Server
            && row.entry.replyIndex == replyIndex)
            return int(i);
    }
    return -1;
}

int TranscriptModel::rowOfProblem(int attemptIndex) const
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        const Row &row = m_rows.at(i);
        if (row.attempt == attemptIndex && row.entry.direction == TranscriptEntry::Direction::Event
            && row.explanation)
            return int(i);
    }
    return -1;
}
