#pragma once

#include "model/EnumTable.h"
#include "model/Vocabulary.h"

#include <QObject>
#include <QString>

/// The answer for one address of a batch check (`--batch`, "Check a list of addresses"):
/// what the address's mail server said at RCPT TO, without sending anything. One row of
/// the batch output (JSON lines or CSV, docs/json.md); text and mx are safe to show.
struct BatchRow
{
    Q_GADGET
public:
    /// New values go last: the keys are in files people keep.
    enum class Outcome {
        Accepted,  // 2xx at RCPT TO
        Refused,   // 5xx, or the domain takes no mail at all (no such domain, null MX)
        Temporary, // 4xx: ask again later
        Error,     // no answer about the address (unreachable, DNS, protocol, a bad line)
    };
    Q_ENUM(Outcome)

    int line = 0;          // the address's line in the input, from 1
    QString address;       // as sent (ACE domain); for a bad line, the line as read (made safe)
    Outcome outcome = Outcome::Error;
    Model::Category category = Model::Category::Other;
    int code = 0;          // the server's reply code, 0 when there was none
    QString text;          // the server's words (enhanced code and text), or what went wrong
    QString mx;            // the mail exchanger asked, empty when none was reached
};

namespace Model {
template <>
struct EnumTable<BatchRow::Outcome>
{
    static constexpr const char *context = "Model::BatchOutcome";
    static constexpr EnumRow<BatchRow::Outcome> rows[] = {
        {BatchRow::Outcome::Accepted, "accepted", QT_TRANSLATE_NOOP("Model::BatchOutcome", "accepted")},
        {BatchRow::Outcome::Refused, "refused", QT_TRANSLATE_NOOP("Model::BatchOutcome", "refused")},
        {BatchRow::Outcome::Temporary, "temporary", QT_TRANSLATE_NOOP("Model::BatchOutcome", "temporary")},
        {BatchRow::Outcome::Error, "error", QT_TRANSLATE_NOOP("Model::BatchOutcome", "error")},
    };
};
} // namespace Model
