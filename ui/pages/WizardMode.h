#pragma once

#include "model/EnumTable.h"

/// What the user chose to do on the first page; drives the page order and the defaults.
enum class WizardMode {
    Delivery,   // to a domain's MX, port 25, as another mail server would
    Submission, // through the user's own server, port 587/465 with sign-in
    Explain,    // explain a pasted error message or bounce
    Batch,      // check a list of addresses up to RCPT TO, nothing sent (docs/batch.md)
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
        {WizardMode::Batch, "batch", QT_TRANSLATE_NOOP("Model::WizardMode", "Check a list of addresses")},
    };
};
} // namespace Model
