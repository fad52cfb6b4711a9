#include "widgets/TranscriptColors.h"

#include "model/LineColours.h"

using namespace Qt::StringLiterals;

TranscriptColors::TranscriptColors(const QPalette &palette)
    : m_palette(palette)
{
}

QColor TranscriptColors::blend(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

QColor TranscriptColors::hueColour(Kind kind) const
{
    // Only the hue is fixed by meaning, and it comes from the table the reports use too
    // (model/LineColours), so a printed report and the screen agree; saturation and value
    // follow the palette's own highlight so that a muted theme gets muted severities.
    const QColor highlight = m_palette.color(QPalette::Active, QPalette::Highlight);
    const int saturation = qBound(150, highlight.hsvSaturation() + 40, 230);
    const int value = 210;
    using Model::Severity;
    switch (kind) {
    case Kind::Success: return QColor::fromHsv(LineColours::hue(Severity::Success), saturation, value);
    case Kind::Intermediate: return QColor::fromHsv(LineColours::hue(Severity::Intermediate), saturation - 40, value);
    case Kind::Transient: return QColor::fromHsv(LineColours::hue(Severity::Transient), 255, value);
    case Kind::Permanent:
        return QColor::fromHsv(LineColours::hue(Severity::Permanent), saturation + 20 > 255 ? 255 : saturation + 20, value);
    case Kind::Client: return highlight;
    case Kind::Event:
    case Kind::Pending: return m_palette.color(QPalette::Active, QPalette::Base);
    }
    return highlight;
}

QColor TranscriptColors::foreground(Kind kind) const
{
    const QColor text = m_palette.color(QPalette::Active, QPalette::Text);
    switch (kind) {
    case Kind::Event: return blend(text, m_palette.color(QPalette::Active, QPalette::Base), 0.45);
    case Kind::Pending: return text;
    case Kind::Client: return blend(text, hueColour(kind), 0.55);
    default: return blend(text, hueColour(kind), 0.62);
    }
}

QColor TranscriptColors::background(Kind kind) const
{
    const QColor base = m_palette.color(QPalette::Active, QPalette::Base);
    switch (kind) {
    case Kind::Permanent: return blend(base, hueColour(kind), 0.16);
    case Kind::Transient: return blend(base, hueColour(kind), 0.16);
    default: return base;
    }
}

TranscriptColors::Kind TranscriptColors::kindFor(Model::Severity severity)
{
    switch (severity) {
    case Model::Severity::Success: return Kind::Success;
    case Model::Severity::Intermediate: return Kind::Intermediate;
    case Model::Severity::Transient: return Kind::Transient;
    case Model::Severity::Permanent: return Kind::Permanent;
    case Model::Severity::Info: return Kind::Event;
    }
    return Kind::Event;
}

TranscriptColors::Kind TranscriptColors::kindFor(TranscriptEntry::Direction direction,
                                                 std::optional<Model::Severity> severity)
{
    switch (direction) {
    case TranscriptEntry::Direction::Client: return Kind::Client;
    case TranscriptEntry::Direction::Server: return severity ? kindFor(*severity) : Kind::Pending;
    case TranscriptEntry::Direction::Event:
        if (severity && (*severity == Model::Severity::Transient || *severity == Model::Severity::Permanent))
            return kindFor(*severity);
        return Kind::Event;
    }
    return Kind::Event;
}

QString TranscriptColors::label(Kind kind)
{
    switch (kind) {
    case Kind::Success: return tr("Success (2xx)");
    case Kind::Intermediate: return tr("Waiting for more (3xx)");
    case Kind::Transient: return tr("Temporary failure (4xx)");
    case Kind::Permanent: return tr("Permanent failure (5xx)");
    case Kind::Client: return tr("Sent by this computer");
    case Kind::Event: return tr("Event");
    case Kind::Pending: return tr("Server line");
    }
    return {};
}

QString TranscriptColors::key(Kind kind)
{
    switch (kind) {
    case Kind::Success: return u"success"_s;
    case Kind::Intermediate: return u"intermediate"_s;
    case Kind::Transient: return u"transient"_s;
    case Kind::Permanent: return u"permanent"_s;
    case Kind::Client: return u"client"_s;
    case Kind::Event: return u"event"_s;
    case Kind::Pending: return u"pending"_s;
    }
    return {};
}

QList<TranscriptColors::Kind> TranscriptColors::legendKinds()
{
    return {Kind::Client, Kind::Success, Kind::Intermediate, Kind::Transient, Kind::Permanent, Kind::Event};
}
