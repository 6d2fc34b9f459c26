#pragma once
// Column storage (ALTER COLUMN SET STORAGE) and compression (SET COMPRESSION, COMPRESSION in a
// column definition). The model keeps each only where it differs from what PostgreSQL picks for
// the column's type, the way the server's catalog is read back.
#include <string>

#include "catalog/catalog.h"
#include "parser/statement_context.h"

namespace pgfleet {

// Sets the column's storage from SET STORAGE's word; throws for a word PostgreSQL rejects.
void set_column_storage(const Catalog& catalog, Column& column, const std::string& word);

// Sets the column's compression from "pglz", "lz4" or "default".
void set_column_compression(Column& column, const std::string& method, int offset);

}  // namespace pgfleet
