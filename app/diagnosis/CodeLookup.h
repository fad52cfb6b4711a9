#pragma once

#include "diagnosis/CatalogTables.h"

#include <QString>

#include <optional>

/// Reading an enhanced status code and finding the catalogue's rows for it and for a basic
/// code at a stage. Part of ReplyCatalog; see docs/catalog.md.
namespace CodeLookup {

/// "class.subject.detail" (RFC 3463) in numbers.
struct EnhancedCode
{
    int codeClass = 0;
    int subject = -1;
    int detail = -1;
};

std::optional<EnhancedCode> parseEnhanced(const QString &code);
const CatalogTables::EnhancedRow *findEnhanced(int subject, int detail);
/// The stage's own row first, then the row for any stage.
const CatalogTables::BasicRow *findBasic(int code, Model::Stage stage);
/// "IANA SMTP Enhanced Status Codes X.1.1".
QString enhancedReference(const EnhancedCode &code);
/// X.0.0, X.7.0, X.7.1, X.5.0, X.3.0 and the other "other" details: servers send them with
/// any text, so plain words outrank them.
bool isLooseEnhanced(const EnhancedCode &code);

} // namespace CodeLookup
