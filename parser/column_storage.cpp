#include "parser/column_storage.h"

#include <set>

#include "catalog/type_storage.h"
#include "parser/statement_error.h"

namespace pgfleet {

void set_column_storage(const Catalog& catalog, Column& column, const std::string& word) {
    if (word == "default") {  // PostgreSQL 16+: back to the type's own storage
        column.storage.clear();
        return;
    }
    static const std::set<std::string> words{"plain", "external", "main", "extended"};
    if (!words.count(word)) throw StatementError("invalid", "invalid storage type \"" + word + "\"");
    std::string fallback = default_storage(catalog, column.type);
    // Only a type that can be moved out of line takes other than plain storage.
    if (fallback == "plain" && word != "plain")
        throw StatementError("invalid", "column data type " + column.type + " can only have storage PLAIN");
    column.storage = word == fallback ? "" : word;
}

void set_column_compression(Column& column, const std::string& method, int offset) {
    if (method == "default") {
        column.compression.clear();
        return;
    }
    if (method != "pglz" && method != "lz4")
        throw StatementError("invalid", "invalid compression method \"" + method + "\"", offset);
    column.compression = method;
}

}  // namespace pgfleet
