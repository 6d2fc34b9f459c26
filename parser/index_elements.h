#pragma once
// IndexElem trees (CREATE INDEX keys, EXCLUDE elements) -> IndexElement.
#include "catalog/index.h"
#include "parser/statement_context.h"

namespace pgfleet {

// `method` is the index access method; default operator classes are dropped, as the server does.
IndexElement build_index_element(StatementContext& ctx, const QualifiedName& table, const std::string& method,
                                 const pgast::Node& index_elem);

// A collation name list as the model spells it: pg_catalog."C", public.mycoll.
std::string collation_name(StatementContext& ctx, const pgast::Node& names);

}  // namespace pgfleet
