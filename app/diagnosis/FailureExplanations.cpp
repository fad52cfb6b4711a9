#include "diagnosis/ReplyCatalog.h"

#include "diagnosis/CatalogTables.h"

// The catalogue's explanations of failures without a reply: a problem the run met
// (network, TLS, missing capability) and each certificate error.

using namespace Qt::StringLiterals;
using namespace CatalogTables;
using Model::Category;
using Model::Severity;

Explanation ReplyCatalog::explainProblem(Model::Problem problem, Model::Stage stage,
                                         const QString &detail, quint16 port)
{
    Explanation e;
    for (const auto &row : problemRows()) {
        if (row.problem != problem)
            continue;
        fill(e, row.text);
        e.severity = row.severity;
        e.category = row.category;
        break;
    }
    if (!e.isValid()) {
        e.title = tr("Unexpected problem");
        e.meaning = tr("Something went wrong that the catalogue does not describe yet.");
        e.causes << tr("An unusual condition in the network or on the server.");
        e.nextSteps << tr("Read the details and the transcript, then repeat the test.");
        e.severity = Severity::Permanent;
    }
    // A greeting that never came after STARTTLS is a TLS problem, not a slow server.
    if (problem == Model::Problem::ReplyTimeout && stage == Model::Stage::StartTls)
        e.causes.prepend(tr("The server expected a TLS handshake but did not get one, or the reverse."));
    // Silence on port 465 is most often a TLS port spoken to in plain text; elsewhere
    // that advice only misleads.
    if (problem == Model::Problem::NoGreeting && port == 465) {
        e.causes.prepend(tr("A TLS port (465) spoken to in plain text: the server waits for a TLS handshake."));
        e.nextSteps.prepend(tr("For port 465 choose implicit TLS (\"TLS from the start\")."));
    }
    if (!detail.trimmed().isEmpty())
        e.meaning += u' ' + tr("Details: %1").arg(detail.trimmed().left(500));
    e.ruleId = u"problem-"_s + Model::key(problem);
    return e;
}

Explanation ReplyCatalog::explainTlsError(QSslError::SslError error)
{
    Explanation e;
    e.severity = Severity::Permanent;
    e.category = Category::TlsFailed;
    for (const auto &row : tlsRows()) {
        if (row.error == error) {
            fill(e, row.text);
            break;
        }
    }
    if (!e.isValid()) {
        e.title = tr("Certificate problem");
        e.meaning = tr("The server's certificate could not be verified.");
        e.causes << tr("The certificate or its chain has a problem the TLS library reported.");
        e.nextSteps << tr("Open the certificate details and compare them with what you expect.");
    }
    e.ruleId = u"tls-%1"_s.arg(int(error));
    return e;
}
