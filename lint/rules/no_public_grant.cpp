// no-public-grant: nothing on tenant tables (or views over them) is granted to PUBLIC.
#include "lint/rules/rules.h"

namespace pgfleet::lint::rules {
namespace {

std::string public_privileges(const Privileges& privileges) {
    std::string out;
    for (const auto& g : privileges)
        if (g.grantee == "PUBLIC") out += (out.empty() ? "" : ", ") + g.privilege;
    return out;
}

void check_no_public_grant(const RuleContext& ctx, std::vector<Finding>& out) {
    const std::vector<std::string> at{"grant:PUBLIC"};
    for (const Table* t : ctx.tenants.tables()) {
        if (std::string p = public_privileges(t->privileges); !p.empty())
            report(out, table_key(t->name), t->name, "grants " + p + " to PUBLIC; grant to the application's roles", at);
        for (const auto& c : t->columns)
            if (std::string p = public_privileges(c.privileges); !p.empty())
                report(out, table_key(t->name), t->name,
                       "grants " + p + " (" + c.name + ") to PUBLIC; grant to the application's roles", at);
    }
    for (const auto& [name, v] : ctx.catalog.views)
        if (std::string p = public_privileges(v.privileges); !p.empty() && ctx.tenants.reads_tenant_rows(v))
            report(out, view_key(name), "reads tenant tables and grants " + p + " to PUBLIC", at);
}

}  // namespace

const Rule no_public_grant{"no-public-grant",
                           "PUBLIC is every role of the cluster, including other tenants' roles",
                           RuleSeverity::Error, check_no_public_grant};

}  // namespace pgfleet::lint::rules
