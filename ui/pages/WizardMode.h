#pragma once

/// What the user chose to do on the first page; drives the page order and the defaults.
enum class WizardMode {
    Delivery,   // to a domain's MX, port 25, as another mail server would
    Submission, // through the user's own server, port 587/465 with sign-in
    Explain,    // explain a pasted error message or bounce
};
