#pragma once

#include "diagnosis/Classification.h"
#include "diagnosis/Explanation.h"
#include "smtp/SmtpReply.h"
#include "smtp/Stage.h"

#include <QCoreApplication>
#include <QSslError>

/// Explains every SMTP reply and every failure that happens without one, in the
/// user's language: severity, category, meaning, likely causes for the stage, next steps.
/// Pure functions over static tables; see docs/catalog.md for how it is organised.
class ReplyCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCatalog)
public:
    /// A reply received at a stage. Provider texts are recognised first, then the
    /// enhanced code, then the basic code at that stage.
    static Explanation explainReply(Smtp::Stage stage, const SmtpReply &reply);
    /// A failure or finding without a reply (DNS, network, TLS, missing capability).
    static Explanation explainProblem(Diagnosis::Problem problem, Smtp::Stage stage,
                                      const QString &detail = {});
    /// One certificate verification error.
    static Explanation explainTlsError(QSslError::SslError error);
};
