#include "model/LineColours.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Rgb
{
    double r, g, b; // 0..1
};

// HSV to RGB by hand: QColor would pull Qt Gui into the runner.
Rgb fromHsv(int hue, double saturation, double value)
{
    const double h = double(hue % 360) / 60.0;
    const double c = value * saturation;
    const double x = c * (1.0 - std::abs(std::fmod(h, 2.0) - 1.0));
    const double m = value - c;
    Rgb rgb{0, 0, 0};
    switch (int(h)) {
    case 0: rgb = {c, x, 0}; break;
    case 1: rgb = {x, c, 0}; break;
    case 2: rgb = {0, c, x}; break;
    case 3: rgb = {0, x, c}; break;
    case 4: rgb = {x, 0, c}; break;
    default: rgb = {c, 0, x}; break;
    }
    return {rgb.r + m, rgb.g + m, rgb.b + m};
}

QString name(const Rgb &rgb)
{
    const auto byte = [](double v) { return std::clamp(int(std::lround(v * 255.0)), 0, 255); };
    return u"#%1%2%3"_s.arg(byte(rgb.r), 2, 16, QChar(u'0'))
        .arg(byte(rgb.g), 2, 16, QChar(u'0'))
        .arg(byte(rgb.b), 2, 16, QChar(u'0'));
}

} // namespace

int LineColours::hue(Model::Severity severity)
{
    switch (severity) {
    case Model::Severity::Success: return 125;      // green
    case Model::Severity::Intermediate: return 275; // purple: "waiting for more", not an error
    case Model::Severity::Transient: return 33;     // amber
    case Model::Severity::Permanent: return 0;      // red
    case Model::Severity::Info: return -1;
    }
    return -1;
}

QString LineColours::paperForeground(std::optional<Model::Severity> severity, bool client)
{
    if (client || !severity)
        return u"#1f1f1f"_s;
    if (hue(*severity) < 0)
        return u"#5f5f5f"_s;
    // Dark enough for print and for AA contrast on the tint below, whatever the hue.
    return name(fromHsv(hue(*severity), *severity == Model::Severity::Transient ? 1.0 : 0.85, 0.45));
}

QString LineColours::paperBackground(std::optional<Model::Severity> severity, bool client)
{
    if (client)
        return u"#f1f1f1"_s;
    if (!severity || hue(*severity) < 0)
        return u"#ffffff"_s;
    // The wizard's failure tint: 16 % of the hue over white (TranscriptColors::background).
    const Rgb full = fromHsv(hue(*severity), 0.9, 0.85);
    const double amount = 0.16;
    return name({1.0 - amount * (1.0 - full.r), 1.0 - amount * (1.0 - full.g), 1.0 - amount * (1.0 - full.b)});
}
