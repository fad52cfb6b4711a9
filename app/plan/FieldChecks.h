#pragma once

#include "model/TestPlan.h"
#include "plan/PlanField.h"

#include <QCoreApplication>

#include <chrono>
#include <optional>

/// The check of each field on its own, with SMTP's limits: what a page runs while the
/// user types, and what PlanBuilder runs on the whole request. Each check returns the
/// error message, or nothing when the value is fine.
class FieldChecks
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)
public:
    static constexpr int MaxRecipients = 100;              // RFC 5321 §4.5.3.1.8
    static constexpr qsizetype MaxLineOctets = 998;        // RFC 5321 §4.5.3.1.6, RFC 5322 §2.1.1
    static constexpr qsizetype MaxBodyOctets = 10 << 20;   // a test message, not a file transfer
    static constexpr qsizetype MaxEnvidCharacters = 100;   // RFC 3461 §4.4
    static constexpr qsizetype MaxTokenLength = 8000;      // its base64 AUTH line within RFC 4954's 12288 octets
    static constexpr std::chrono::hours MaxTimeout{24};    // QTimer counts in int milliseconds


    /// Empty optional fields (DNS server, CA file, EHLO name) are fine.
    static std::optional<QString> checkDestinationDomain(const QString &text);
    static std::optional<QString> checkServer(const QString &text);
    static std::optional<QString> checkMailbox(const QString &text, bool allowNullSender);
    static std::optional<QString> checkEhloName(const QString &text);
    static std::optional<QString> checkSingleLine(const QString &text);
    /// The same, with a message naming the field ("Subject: line breaks ... are not allowed").
    static std::optional<QString> checkSingleLine(const QString &text, Plan::Field field);
    /// One line, no control characters, and "Subject: " plus the text within 998 bytes.
    static std::optional<QString> checkSubject(const QString &text);
    static std::optional<QString> checkHeader(const QString &line);
    static std::optional<QString> checkBody(const QString &body);
    static std::optional<QString> checkDnsServer(const QString &text);
    static std::optional<QString> checkPort(int port);
    static std::optional<QString> checkEnvid(const QString &text);
    static std::optional<QString> checkCaFile(const QString &path);
    static std::optional<QString> checkTimeouts(const Timeouts &timeouts);

    /// This machine's fully-qualified name, or empty when it has none: the session then
    /// greets with the address literal of its end of the connection.
    static QString defaultEhloName();
    /// "success,failure" / "never" as on the command line; "never" stands alone.
    static std::optional<TestPlan::Notify> parseNotify(const QString &text, QString *error = nullptr);
    /// Line ends as the plan keeps them: CRLF and lone CR become "\n".
    static QString normaliseBody(const QString &body);
};
