#pragma once

#include "model/DomainHealth.h"

#include <QJsonObject>

/// The `health` object of the result JSON (docs/json.md) and its way back: written by
/// ResultJson, read by ResultJsonReader, so toJson(fromJson(json)) == json.
namespace HealthJson {

QJsonObject toJson(const DomainHealth &health);
DomainHealth fromJson(const QJsonObject &json);

QJsonObject findingToJson(const HealthFinding &finding);
HealthFinding findingFromJson(const QJsonObject &json);

} // namespace HealthJson
