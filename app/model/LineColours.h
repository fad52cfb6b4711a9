#pragma once

#include "model/Vocabulary.h"

#include <QString>

#include <optional>

/// The one table of what colour each kind of transcript line is, for the wizard and the
/// reports alike. It lives in the model layer because both faces must reach it: the
/// wizard (ui/) cannot be included by the reports, and the runner's reports have no Qt
/// Gui, so the table is hues and "#rrggbb" strings rather than QColors. The wizard shades
/// the hue from the user's palette; the reports print it on white paper.
class LineColours
{
public:
    /// The hue (HSV degrees, 0-359) that means this severity; -1 for Info, which is grey.
    static int hue(Model::Severity severity);

    /// Light "paper" colours as "#rrggbb": dark text of the class's hue (at least 4.5:1 on
    /// its background) and a pale tint of it. Client lines and lines without a class are
    /// neutral grey.
    static QString paperForeground(std::optional<Model::Severity> severity, bool client = false);
    static QString paperBackground(std::optional<Model::Severity> severity, bool client = false);
};
