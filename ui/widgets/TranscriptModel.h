#pragma once

#include "model/Explanation.h"
#include "model/TranscriptEntry.h"
#include "widgets/TranscriptColors.h"

#include <QAbstractListModel>
#include <QFont>

#include <optional>

/// The lines of a run as rows, each knowing its attempt, its colour class and, once the
/// reply is complete, its explanation: the record behind every line the view draws.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // TranscriptColors::Kind as int
        KindKeyRole,                 // "permanent"
        DirectionRole,               // TranscriptEntry::Direction as int
        AttemptRole,
        HasExplanationRole,
        FullTextRole, // the whole line as Copy gives it; the display stops at maxShownChars
    };
    /// A server may send lines of kilobytes (RFC 5321 allows 512 octets): the list shows
    /// the first part and says how long the line is, because laying out each long line for
    /// every paint froze the window (45 ms per screen of 4 KB lines). Copy and the reports
    /// keep the whole line.
    static constexpr qsizetype maxShownChars = 1000;

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void clear();
    void appendEntry(int attemptIndex, const TranscriptEntry &entry);
    /// Attaches the explanation to every line of the reply and colours them by it.
    void setReplyExplanation(int attemptIndex, int replyIndex, const Explanation &explanation);
    /// Attaches the explanation of a problem to the latest problem event of an attempt
    /// (attempt -1: the run's own events) that has none yet.
    void setProblemExplanation(int attemptIndex, const Explanation &explanation);
    void setColours(const TranscriptColors &colours);
    void setFixedFont(const QFont &font);
    /// Row 0 answers Qt::SizeHintRole with the widest line's width and one line's height,
    /// for a view with uniform item sizes (it asks row 0 only): the view then never
    /// measures every line to lay them out. Off while lines wrap (their heights differ).
    void setUniformSizeHint(bool on);

    /// The explanation that belongs to a row: its own, or for a command the reply to it.
    std::optional<Explanation> explanationFor(int row) const;
    /// The last row with an explanation, -1 when there is none yet.
    int latestExplainedRow() const;
    /// The last line of a reply (attempt, reply index), -1 when not shown.
    int rowOfReply(int attemptIndex, int replyIndex) const;
    /// The last explained problem event of an attempt (-1: the run's own), -1 for none.
    int rowOfProblem(int attemptIndex) const;
    const TranscriptEntry &entryAt(int row) const { return m_rows.at(row).entry; }

private:
    struct Row
    {
        int attempt = -1;
        TranscriptEntry entry;
        TranscriptColors::Kind kind = TranscriptColors::Kind::Event;
        std::optional<Explanation> explanation;
    };

    QString displayText(const Row &row, bool whole = false) const;
    static QString kindLabel(const Row &row);
    int rowForNewEntry(int attemptIndex) const;
    void noteWidth(const Row &row);
    void noteExplained(int row) { m_latestExplained = std::max(m_latestExplained, row); }

    QList<Row> m_rows;
    int m_lastAttempt = -1; // the highest attempt index shown
    TranscriptColors m_colours;
    QFont m_font;
    bool m_uniformHint = false;
    int m_lineHeight = 0;
    int m_widest = 0;        // pixels, of the widest line so far (the bold face: the wider one)
    qsizetype m_widestChars = 0; // its length: only a longer line can be wider in a fixed font
    int m_latestExplained = -1; // latestExplainedRow() without a scan per appended line
};
