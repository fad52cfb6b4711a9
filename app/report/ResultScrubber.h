#pragma once

#include "model/TestResult.h"

#include <QCoreApplication>
#include <QString>

/// Prepares a TestResult for leaving the program: the password and token are dropped (and masked
/// wherever it might have slipped into text), and on request the result is anonymised
/// for reports that leave the company (local parts of addresses and the EHLO name).
class ResultScrubber
{
    Q_DECLARE_TR_FUNCTIONS(ResultScrubber)
public:
    /// A copy without the password and token; any raw or base64 form of them in the text becomes
    /// "********". Every export (JSON, text, HTML, PDF) goes through this.
    static TestResult withoutSecrets(const TestResult &result);
    /// Every form the plan's password and token take on the wire (raw, base64, the SASL
    /// messages of PLAIN, XOAUTH2, OAUTHBEARER, CRAM-MD5's answer to each challenge).
    static QStringList secretForms(const TestResult &result);

    /// A copy where each distinct local part of an e-mail address becomes "user1",
    /// "user2", ... (the same one everywhere), the sign-in name becomes "user", and the
    /// EHLO name and machine name become "client.invalid". Domains stay: they are what
    /// the test is about. Implies withoutSecrets().
    static TestResult anonymised(const TestResult &result);

    /// What replaces the EHLO name and the machine's name.
    static QString anonymousHostName();
    /// Replaces the local part of every address in text, using and extending the map.
    static QString anonymiseAddresses(const QString &text, QHash<QString, QString> &localParts);
};
