// ALTER DOMAIN: SET/DROP DEFAULT, SET/DROP NOT NULL, ADD/DROP/VALIDATE CONSTRAINT.
#include <algorithm>

#include "parser/domain_constraints.h"
#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::vector<DomainConstraint>::iterator find_constraint(Domain& d, const std::string& name) {
    return std::find_if(d.constraints.begin(), d.constraints.end(),
                        [&](const DomainConstraint& c) { return c.name == name; });
}

[[noreturn]] void missing_constraint(const Domain& d, const std::string& name) {
    throw StatementError("missing-object",
                         "constraint \"" + name + "\" of domain \"" + d.name.name + "\" does not exist");
}

void add_constraint(StatementContext& ctx, Domain& d, const pgast::Node& con) {
    std::string type = pgast::get_string(con, "contype");
    if (type == "CONSTR_NOTNULL") {
        d.not_null = true;
        return;
    }
    if (type != "CONSTR_CHECK")
        throw StatementError("invalid", "this constraint type is not allowed on a domain", ctx.offset_of(con));
    add_domain_constraint(d, build_domain_check(ctx, d, con));
}

}  // namespace

void handle_alter_domain(StatementContext& ctx, const pgast::Node& body) {
    Domain& d = existing_domain(ctx, pgast::string_list(pgast::get_list(body, "typeName")));
    std::string subtype = pgast::get_string(body, "subtype");
    std::string name = pgast::get_string(body, "name");
    if (subtype == "T") {
        if (body.contains("def")) d.default_value = domain_default(ctx, d, body["def"]);
        else d.default_value.reset();
    } else if (subtype == "O" || subtype == "N") {
        d.not_null = subtype == "O";
    } else if (subtype == "C") {
        add_constraint(ctx, d, body.at("def").at("Constraint"));
    } else if (subtype == "X") {
        auto it = find_constraint(d, name);
        if (it != d.constraints.end()) d.constraints.erase(it);
        else if (pgast::get_bool(body, "missing_ok"))
            ctx.warn("missing", "constraint \"" + name + "\" of domain \"" + d.name.name + "\" does not exist, skipping");
        else missing_constraint(d, name);
    } else if (subtype == "V") {
        auto it = find_constraint(d, name);
        if (it == d.constraints.end()) missing_constraint(d, name);
        it->validated = true;
    } else {
        throw StatementError("unsupported", "ALTER DOMAIN subcommand " + subtype + " is not known");
    }
}

}  // namespace pgfleet
