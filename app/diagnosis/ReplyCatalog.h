#pragma once

#include "model/Vocabulary.h"
#include "model/Explanation.h"
#include "model/SmtpReply.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QStringList>

/// Explains every SMTP reply and every failure that happens without one, in the
/// user's language: severity, category, meaning, likely causes for the stage, next steps.
/// Pure functions over static tables; see docs/catalog.md for how it is organised.
class ReplyCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReplyCatalog)
public:
    /// A reply received at a stage. Provider texts are recognised first, then the
    /// enhanced code, then the basic code at that stage. A reply with code 0 is explained
    /// by its enhanced code or its text alone (pasted fragments); the result is invalid
    /// when nothing in it is recognisable.
    static Explanation explainReply(Model::Stage stage, const SmtpReply &reply);
    /// A failure or finding without a reply (DNS, network, TLS, missing capability);
    /// port: the server's port when known (some advice depends on it), 0 when not.
    static Explanation explainProblem(Model::Problem problem, Model::Stage stage,
                                      const QString &detail = {}, quint16 port = 0);
    /// One certificate verification error.
    static Explanation explainTlsError(QSslError::SslError error);

    /// The basic code's own explanation at a stage, without provider rules or enhanced code.
    static Explanation explainBasicCode(int code, Model::Stage stage);
    /// The registry entry of an enhanced code ("5.1.1"); invalid when it is not registered.
    static Explanation explainEnhancedCode(const QString &enhancedCode);
    /// What any reply of a class (2..5) means when nothing more specific is known.
    static Explanation explainClassDefault(int codeClass);
    /// Words without any code that say something failed but name no known cause: "Reason
    /// not recognised", resting on the failure word; invalid when no word says failure.
    static Explanation explainUnrecognisedWords(const QString &text);
    /// The same for text a delivery report gives as one recipient's reason (qmail's
    /// "<address>:" paragraph): that it failed is said by the report, not by its words.
    static Explanation explainUnrecognisedReason(const QString &text);

    /// Every basic code the catalogue knows, ascending.
    static QList<int> basicCodes();
    /// Every registered enhanced code as "X.subject.detail", in registry order.
    static QStringList enhancedCodes();
    /// Every provider rule id, in the order they are tried.
    static QStringList providerRuleIds();
    /// The severity of a reply class: 2 success, 3 intermediate, 4 transient, 5 permanent.
    static Model::Severity severityForClass(int codeClass);
};
