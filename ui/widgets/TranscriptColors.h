#pragma once

#include "model/Vocabulary.h"
#include "model/TranscriptEntry.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

#include <optional>

/// The transcript's colour classes and their colours, derived from a palette: the hue
/// says what a line means, the palette decides how light or dark it is drawn, so light
/// and dark themes read equally well.
class TranscriptColors
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptColors)
public:
    enum class Kind { Success, Intermediate, Transient, Permanent, Client, Event, Pending };

    explicit TranscriptColors(const QPalette &palette);

    QColor foreground(Kind kind) const;
    /// The line's background; the palette's base colour unless the line is a failure.
    QColor background(Kind kind) const;

    static Kind kindFor(TranscriptEntry::Direction direction, std::optional<Model::Severity> severity);
    static Kind kindFor(Model::Severity severity);
    /// The name of the class in the legend ("Permanent failure (5xx)").
    static QString label(Kind kind);
    /// The stable key used in tests and accessibility ("permanent").
    static QString key(Kind kind);
    static QList<Kind> legendKinds();

    /// A blend of two colours; amount 0 gives a, 1 gives b.
    static QColor blend(const QColor &a, const QColor &b, qreal amount);

private:
    QColor hueColour(Kind kind) const;

    QPalette m_palette;
};
