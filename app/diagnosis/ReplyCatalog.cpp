// Placeholder: the full catalogue replaces this file.
#include "diagnosis/ReplyCatalog.h"

Explanation ReplyCatalog::explainReply(Smtp::Stage, const SmtpReply &reply)
{
    Explanation e;
    e.code = reply.code;
    e.enhancedCode = reply.enhancedCode;
    e.severity = reply.codeClass() == 2 ? Diagnosis::Severity::Success
        : reply.codeClass() == 3       ? Diagnosis::Severity::Intermediate
        : reply.codeClass() == 4       ? Diagnosis::Severity::Transient
                                       : Diagnosis::Severity::Permanent;
    e.category = reply.codeClass() == 2 ? Diagnosis::Category::Accepted : Diagnosis::Category::Other;
    e.title = tr("Reply %1").arg(reply.code);
    return e;
}

Explanation ReplyCatalog::explainProblem(Diagnosis::Problem problem, Smtp::Stage, const QString &)
{
    Explanation e;
    e.severity = Diagnosis::Severity::Permanent;
    e.title = Diagnosis::problemKey(problem);
    return e;
}

Explanation ReplyCatalog::explainTlsError(QSslError::SslError)
{
    Explanation e;
    e.severity = Diagnosis::Severity::Permanent;
    e.category = Diagnosis::Category::TlsFailed;
    e.title = tr("Certificate problem");
    return e;
}
