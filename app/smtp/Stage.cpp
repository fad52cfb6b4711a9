#include "smtp/Stage.h"

namespace Smtp {

namespace {
struct StageName {
    Stage stage;
    const char16_t *key;
};
constexpr StageName stageNames[] = {
    {Stage::Dns, u"dns"},       {Stage::Connect, u"connect"}, {Stage::Greeting, u"greeting"},
    {Stage::Ehlo, u"ehlo"},     {Stage::StartTls, u"starttls"}, {Stage::Auth, u"auth"},
    {Stage::Mail, u"mail"},     {Stage::Rcpt, u"rcpt"},       {Stage::Data, u"data"},
    {Stage::Message, u"message"}, {Stage::Quit, u"quit"},
};
} // namespace

QString stageKey(Stage stage)
{
    for (const auto &name : stageNames) {
        if (name.stage == stage)
            return QString::fromUtf16(name.key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Stage> stageFromKey(QStringView key)
{
    for (const auto &name : stageNames) {
        if (key.compare(QStringView(name.key), Qt::CaseInsensitive) == 0)
            return name.stage;
    }
    return std::nullopt;
}

} // namespace Smtp
