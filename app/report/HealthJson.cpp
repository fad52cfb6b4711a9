#include "report/HealthJson.h"

#include "diagnosis/HealthCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray addressArray(const QList<QHostAddress> &addresses)
{
    QJsonArray array;
    for (const QHostAddress &address : addresses)
        array.append(address.toString());
    return array;
}

} // namespace

QJsonObject HealthJson::findingToJson(const HealthFinding &finding)
{
    QJsonArray problems;
    for (const HealthIssue &issue : finding.problems) {
        problems.append(QJsonObject{
            {u"problem"_s, Model::key(issue.problem)},
            {u"detail"_s, stringOrNull(issue.detail)},
            {u"text"_s, issue.text},
        });
    }
    QJsonObject details;
    for (const auto &detail : finding.details)
        details.insert(detail.first, detail.second);
    return {
        {u"status"_s, Model::key(finding.status)},
        {u"record"_s, stringOrNull(finding.record)},
        {u"problems"_s, problems},
        {u"explanation"_s, finding.explanation},
        {u"details"_s, details},
    };
}

HealthFinding HealthJson::findingFromJson(const QJsonObject &json)
{
    HealthFinding finding;
    finding.status = Model::fromKey<Model::HealthStatus>(json.value(u"status").toString()).value_or(Model::HealthStatus::Missing);
    finding.record = json.value(u"record").toString();
    for (const QJsonValue &value : json.value(u"problems").toArray()) {
        const QJsonObject problem = value.toObject();
        const auto kind = Model::fromKey<Model::HealthProblem>(problem.value(u"problem").toString());
        if (!kind)
            continue; // written by a newer version: its words would need its catalogue
        finding.problems.append(HealthIssue{*kind, problem.value(u"detail").toString(), problem.value(u"text").toString()});
    }
    finding.explanation = json.value(u"explanation").toString();
    // A JSON object keeps its keys sorted: the catalogue puts them back in reading order.
    const QJsonObject details = json.value(u"details").toObject();
    for (auto it = details.begin(); it != details.end(); ++it)
        finding.details.append({it.key(), it.value().toString()});
    HealthCatalog::orderDetails(finding);
    return finding;
}

QJsonObject HealthJson::toJson(const DomainHealth &health)
{
    QJsonArray addresses;
    for (const AddressHealth &address : health.addresses) {
        addresses.append(QJsonObject{
            {u"exchange"_s, address.exchange},
            {u"address"_s, address.address.toString()},
            {u"ptr"_s, stringOrNull(address.ptr)},
            {u"ptrAddresses"_s, addressArray(address.ptrAddresses)},
            {u"greetingName"_s, stringOrNull(address.greetingName)},
            {u"fcrdns"_s, findingToJson(address.fcrdns)},
            {u"bannerMatchesPtr"_s, findingToJson(address.bannerMatchesPtr)},
        });
    }
    return {
        {u"domain"_s, health.domain},
        {u"spf"_s, findingToJson(health.spf)},
        {u"dmarc"_s, findingToJson(health.dmarc)},
        {u"mtaSts"_s, findingToJson(health.mtaSts)},
        {u"tlsRpt"_s, findingToJson(health.tlsRpt)},
        {u"dane"_s, findingToJson(health.dane)},
        {u"addresses"_s, addresses},
        {u"dnsServer"_s, stringOrNull(health.dnsServer)},
        {u"elapsedMs"_s, health.elapsedMs},
    };
}

DomainHealth HealthJson::fromJson(const QJsonObject &json)
{
    DomainHealth health;
    health.domain = json.value(u"domain").toString();
    health.spf = findingFromJson(json.value(u"spf").toObject());
    health.dmarc = findingFromJson(json.value(u"dmarc").toObject());
    health.mtaSts = findingFromJson(json.value(u"mtaSts").toObject());
    health.tlsRpt = findingFromJson(json.value(u"tlsRpt").toObject());
    health.dane = findingFromJson(json.value(u"dane").toObject());
    for (const QJsonValue &value : json.value(u"addresses").toArray()) {
        const QJsonObject a = value.toObject();
        AddressHealth address;
        address.exchange = a.value(u"exchange").toString();
        address.address = QHostAddress(a.value(u"address").toString());
        address.ptr = a.value(u"ptr").toString();
        for (const QJsonValue &ptrAddress : a.value(u"ptrAddresses").toArray())
            address.ptrAddresses.append(QHostAddress(ptrAddress.toString()));
        address.greetingName = a.value(u"greetingName").toString();
        address.fcrdns = findingFromJson(a.value(u"fcrdns").toObject());
        address.bannerMatchesPtr = findingFromJson(a.value(u"bannerMatchesPtr").toObject());
        health.addresses.append(address);
    }
    health.dnsServer = json.value(u"dnsServer").toString();
    health.elapsedMs = json.value(u"elapsedMs").toInteger();
    return health;
}
