// CREATE DOMAIN.
#include "catalog/dependencies.h"
#include "parser/domain_constraints.h"
#include "parser/handlers.h"
#include "parser/index_elements.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {
void handle_create_domain(StatementContext& ctx, const pgast::Node& body) {
    auto names = pgast::string_list(pgast::get_list(body, "domainname"));
    QualifiedName name = ctx.new_name(names, -1);
    if (ctx.catalog().type_name_taken(name))
        throw StatementError("invalid", "type \"" + name.name + "\" already exists");
    Domain d;
    d.name = name;
    d.base_type = resolve_type(body.at("typeName"), ctx.scope(), ctx.location_base()).sql;
    if (body.contains("collClause")) {
        // A collation equal to the one the domain would inherit is no collation of its own.
        d.collation = collation_name(ctx, pgast::get_list(body["collClause"], "collname"));
        if (d.collation == inherited_collation(ctx.catalog(), d.base_type)) d.collation.clear();
    }
    bool null_seen = false, not_null_seen = false, default_seen = false;
    for (const auto& item : pgast::get_list(body, "constraints")) {
        const auto& con = pgast::node_body(item);
        std::string type = pgast::get_string(con, "contype");
        if (type == "CONSTR_DEFAULT") {
            if (default_seen) throw StatementError("invalid", "multiple default expressions", ctx.offset_of(con));
            default_seen = true;
            d.default_value = domain_default(ctx, d, con.at("raw_expr"));
        } else if (type == "CONSTR_NOTNULL" || type == "CONSTR_NULL") {
            bool& seen = type == "CONSTR_NULL" ? null_seen : not_null_seen;
            seen = true;
            if (null_seen && not_null_seen)
                throw StatementError("invalid", "conflicting NULL/NOT NULL constraints", ctx.offset_of(con));
            d.not_null = type == "CONSTR_NOTNULL";
        } else if (type == "CONSTR_CHECK") {
            add_domain_constraint(d, build_domain_check(ctx, d, con));
        } else {
            throw StatementError("invalid", "this constraint type is not allowed on a domain", ctx.offset_of(con));
        }
    }
    // A domain over a domain starts with its base's default (DefineDomain copies it).
    if (!default_seen) {
        auto base = ctx.catalog().domains.find(QualifiedName{});
        if (auto t = referenced_type(d.base_type); t && d.base_type.find('[') == std::string::npos)
            base = ctx.catalog().domains.find(*t);
        if (base != ctx.catalog().domains.end()) d.default_value = base->second.default_value;
    }
    d.privileges = default_public_privileges("type");
    ctx.catalog().domains[name] = d;
    ctx.define(type_key(name));
}

}  // namespace pgfleet
