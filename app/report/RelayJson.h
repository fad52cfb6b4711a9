#pragma once

#include "model/TestResult.h"

#include <QJsonObject>

/// The `relay` object of the result JSON (docs/json.md): the open-relay check's verdict
/// and every form tried with the reply that decided it, accepted and refused apart.
/// Written by ResultJson, read back by ResultJsonReader into Attempt::relayTrials.
namespace RelayJson {

/// Only for a plan with relayTest; reads the trials of the verdict's attempt.
QJsonObject toJson(const TestResult &result);
/// Puts the trials of json (a `relay` object) back into the attempt it names.
void readInto(const QJsonObject &json, TestResult &result);

} // namespace RelayJson
