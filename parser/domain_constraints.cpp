#include "parser/domain_constraints.h"

#include <algorithm>

#include "catalog/dependencies.h"
#include "parser/expressions.h"
#include "parser/implicit_names.h"
#include "parser/null_default.h"
#include "parser/statement_error.h"

namespace pgfleet {

DomainConstraint build_domain_check(StatementContext& ctx, const Domain& domain, const pgast::Node& con) {
    DomainConstraint c;
    c.name = pgast::get_string(con, "conname");
    // VALUE parses as a column reference named "value"; there is no table to resolve it in.
    c.check = make_expr(con.at("raw_expr"), ExprContext{ctx.scope(), std::nullopt, ctx.location_base()});
    c.validated = !pgast::get_bool(con, "skip_validation");
    if (c.name.empty()) {
        // The domain's own constraints count too: it may not be in the catalog yet.
        std::vector<std::string> taken;
        for (const auto& o : domain.constraints) taken.push_back(o.name);
        c.name = choose_constraint_name(ctx.catalog(), domain.name.schema, domain.name.name, "", "check", taken);
    }
    for (const auto& o : domain.constraints)
        if (o.name == c.name)
            throw StatementError("invalid", "constraint \"" + c.name + "\" for domain \"" + domain.name.name +
                                                "\" already exists",
                                 ctx.offset_of(con));
    return c;
}

void add_domain_constraint(Domain& domain, DomainConstraint constraint) {
    domain.constraints.push_back(std::move(constraint));
    std::sort(domain.constraints.begin(), domain.constraints.end(),
              [](const DomainConstraint& a, const DomainConstraint& b) { return a.name < b.name; });
}

std::optional<Expr> domain_default(StatementContext& ctx, const Domain& domain, const pgast::Node& raw_expr) {
    if (default_is_stored_as_none(ctx, raw_expr, domain.base_type)) return std::nullopt;
    return make_expr(raw_expr, ExprContext{ctx.scope(), std::nullopt, ctx.location_base(), nullptr, domain.base_type});
}

std::string inherited_collation(const Catalog& c, const std::string& type_sql) {
    auto type = referenced_type(type_sql);
    if (!type || type_sql.find('[') != std::string::npos) return "";
    auto d = c.domains.find(*type);
    if (d == c.domains.end()) return "";
    return d->second.collation.empty() ? inherited_collation(c, d->second.base_type) : d->second.collation;
}

Domain& existing_domain(StatementContext& ctx, const std::vector<std::string>& names) {
    auto found = ctx.scope().resolve(names, [&](const QualifiedName& n) { return ctx.catalog().domains.count(n) > 0; });
    if (!found) throw StatementError("missing-object", "type \"" + names.back() + "\" does not exist");
    return ctx.catalog().domains.at(*found);
}

}  // namespace pgfleet
