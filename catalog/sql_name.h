#pragma once
// The only way SQL text gets identifiers and literals: PostgreSQL's own quoting rules.
#include <string>
#include <string_view>

namespace pgfleet {

// An identifier, quoted only when PostgreSQL would need it ("Users", "select", "a b").
std::string sql_ident(std::string_view name);

// schema.name with each part quoted as needed; an empty schema gives just the name.
std::string sql_qualified(std::string_view schema, std::string_view name);

// A string literal: 'it''s'.
std::string sql_literal(std::string_view value);

// A dollar-quoted string whose tag does not occur in the value: $$...$$ or $_1$...$_1$.
std::string sql_dollar_quoted(std::string_view value);

// True for keywords that cannot stand as a bare identifier (PostgreSQL 15's non-unreserved words).
bool is_reserved_keyword(std::string_view word);

}  // namespace pgfleet
