// Locks and hazards of ALTER DOMAIN: a new (validated) CHECK or NOT NULL, and VALIDATE
// CONSTRAINT, check every stored value of the domain, under a SHARE lock on each table that
// has a column of it.
#include <set>

#include "catalog/dependencies.h"
#include "catalog/sql_name.h"
#include "planner/statement_effects.h"

namespace pgfleet {
namespace {

using pgast::get_string;
using pgast::Node;

// The domain and the domains built over it, directly or through others.
std::set<QualifiedName> domain_family(const Catalog& c, const QualifiedName& domain) {
    std::set<QualifiedName> family{domain};
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [name, d] : c.domains) {
            auto base = referenced_type(d.base_type);
            if (base && family.count(*base) && family.insert(name).second) grew = true;
        }
    }
    return family;
}

}  // namespace

void alter_domain_effects(const Node& body, EffectContext& ctx, StatementEffects& out) {
    std::string subtype = get_string(body, "subtype");
    bool scans = subtype == "O" || subtype == "V";
    if (subtype == "C" && body.contains("def")) scans = !pgast::get_bool(pgast::node_body(body["def"]), "skip_validation");
    if (!scans) return;
    auto names = pgast::string_list(pgast::get_list(body, "typeName"));
    if (names.empty()) return;
    QualifiedName domain{names.size() > 1 ? names[names.size() - 2] : "public", names.back()};
    std::set<QualifiedName> family = domain_family(ctx.from, domain);
    for (const auto& [name, table] : ctx.from.tables) {
        bool uses = false;
        for (const auto& col : table.columns) {
            auto type = referenced_type(col.type);
            uses = uses || (type && family.count(*type));
        }
        if (!uses) continue;
        add_hazard(out, hazard::kValidationScan,
                   "checks every value of domain " + sql_qualified(domain.schema, domain.name) + " stored in " +
                       sql_qualified(name.schema, name.name),
                   name);
        add_lock(out, name, LockMode::Share, true);
    }
}

}  // namespace pgfleet
