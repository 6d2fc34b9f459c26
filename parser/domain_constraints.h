#pragma once
// The parts of CREATE DOMAIN and ALTER DOMAIN ADD CONSTRAINT they share.
#include "catalog/catalog.h"
#include "parser/statement_context.h"

namespace pgfleet {

// A CHECK constraint on `domain`, named as PostgreSQL names it when no name is given
// (<domain>_check, <domain>_check1, ...). Throws StatementError for a duplicate name.
DomainConstraint build_domain_check(StatementContext& ctx, const Domain& domain, const pgast::Node& constraint);

// Adds a constraint, keeping the list sorted by name.
void add_domain_constraint(Domain& domain, DomainConstraint constraint);

// The default expression of a domain (an untyped literal takes the base type).
std::optional<Expr> domain_default(StatementContext& ctx, const Domain& domain, const pgast::Node& raw_expr);

// The collation values of a type carry without COLLATE: a domain's own (recursively), none
// for other types. An explicit COLLATE equal to it is no collation of its own.
std::string inherited_collation(const Catalog& catalog, const std::string& type_sql);

// The domain named by a type name list; throws StatementError("missing-object").
Domain& existing_domain(StatementContext& ctx, const std::vector<std::string>& names);

}  // namespace pgfleet
