#include "protocol/smtp/MailPreparation.h"

#include "protocol/smtp/CommandBuilder.h"

#include <algorithm>

using Model::Problem;

namespace {
bool needsSmtpUtf8(const QString &address)
{
    // Domains are ACE already; only a non-ASCII local part needs SMTPUTF8.
    const QString local = address.section(u'@', 0, -2);
    return std::any_of(local.cbegin(), local.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}
} // namespace

MailPreparation::Result MailPreparation::prepare(const TestPlan &plan, const Capabilities &caps, const QString &ehloName)
{
    Result result;
    CommandBuilder::MailOptions options;
    if (plan.stopAfter == TestPlan::StopAfter::Send) {
        MessageBuilder builder(plan, ehloName);
        result.message = builder.build(caps.eightBitMime);
        options.size = result.message->size;
        options.eightBit = result.message->eightBit;
        if (result.message->quotedPrintable)
            result.findings.append({Problem::EightBitNotAdvertised,
                                    tr("The server does not offer 8BITMIME: the text is sent as quoted-printable")});
        if (caps.size && *caps.size > 0 && result.message->size > *caps.size) {
            result.refusal = Note{Problem::MessageTooLarge, tr("The message has %1 bytes; the server accepts at most %2")
                                                               .arg(result.message->size).arg(*caps.size)};
            return result;
        }
    }
    const bool utf8 = needsSmtpUtf8(plan.mailFrom) || std::any_of(plan.rcptTo.cbegin(), plan.rcptTo.cend(), needsSmtpUtf8);
    if (utf8 && !caps.smtpUtf8) {
        result.refusal = Note{Problem::SmtpUtf8NotAdvertised,
                              tr("An address has non-ASCII characters before the @, and the server does not offer SMTPUTF8")};
        return result;
    }
    options.smtpUtf8 = utf8;
    if (plan.wantsDsn() && !caps.dsn)
        result.findings.append({Problem::DsnNotAdvertised,
                                tr("The server does not offer DSN: delivery notifications (NOTIFY, RET, ENVID) are left out")});
    result.command = CommandBuilder::mailFrom(plan, caps, options);
    return result;
}
