#include "pages/HelpTopics.h"

#include "pages/PageId.h"

#include <array>
#include <utility>

namespace HelpTopics {

namespace {

// Anchors are part of the guide's contract: every translated guide keeps them, so they
// are not translated.
constexpr std::array<std::pair<int, QStringView>, 11> Topics{{
    {DestinationPageId, u"destination"},
    {MailServersPageId, u"mail-servers"},
    {ConnectionPageId, u"connection"},
    {SignInPageId, u"sign-in"},
    {MessagePageId, u"message"},
    {RunPageId, u"run"},
    {SummaryPageId, u"summary"},
    {ExplainPageId, u"explain"},
    {BatchListPageId, u"batch"},
    {BatchResultsPageId, u"batch"},
    {PracticePageId, u"practice"},
}};

constexpr QStringView Top = u"top";

} // namespace

QString anchor(int pageId)
{
    for (const auto &[id, name] : Topics) {
        if (id == pageId)
            return name.toString();
    }
    return Top.toString();
}

QStringList anchors()
{
    QStringList names{Top.toString()};
    for (const auto &topic : Topics) {
        if (!names.contains(topic.second.toString())) // both batch pages share a section
            names.append(topic.second.toString());
    }
    return names;
}

} // namespace HelpTopics
