#pragma once

#include "model/EnumTable.h"

/// What the user chose to do on the first page; drives the page order and the defaults.
enum class WizardMode {
    Delivery,   // to a domain's MX, port 25, as another mail server would
    Submission, // through the user's own server, port 587/465 with sign-in
    Explain,    // explain a pasted error message or bounce
};

namespace Model {
template <>
struct EnumTable<WizardMode>
{
    static constexpr const char *context = "Model::WizardMode";
    static constexpr EnumRow<WizardMode> rows[] = {
        {WizardMode::Delivery, "delivery", QT_TRANSLATE_NOOP("Model::WizardMode", "Test delivery to a domain")},
        {WizardMode::Submission, "submission", QT_TRANSLATE_NOOP("Model::WizardMode", "Test sending through our server")},
        {WizardMode::Explain, "explain", QT_TRANSLATE_NOOP("Model::WizardMode", "Explain an error message")},
    };
};
} // namespace Model
