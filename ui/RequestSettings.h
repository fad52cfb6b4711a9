#pragma once

#include "pages/WizardMode.h"
#include "plan/PlanRequest.h"

class Settings;

/// Translates between what the wizard remembers (Settings) and a PlanRequest. The
/// password is neither read nor written here: it lives only in the keychain.
class RequestSettings
{
public:
    static PlanRequest load(const Settings &settings);
    static WizardMode loadMode(const Settings &settings);
    static void store(Settings &settings, const PlanRequest &request, WizardMode mode);
};
