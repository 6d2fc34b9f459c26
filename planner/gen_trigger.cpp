// Triggers.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

std::string create_trigger(const Trigger& t) {
    std::string out = std::string("CREATE ") + (t.constraint ? "CONSTRAINT " : "") + "TRIGGER " + sql_ident(t.name) +
                      " " + t.timing + " ";
    for (size_t i = 0; i < t.events.size(); ++i) {
        out += (i ? " OR " : "") + t.events[i];
        if (t.events[i] == "UPDATE" && !t.update_columns.empty()) {
            out += " OF ";
            for (size_t k = 0; k < t.update_columns.size(); ++k) out += (k ? ", " : "") + sql_ident(t.update_columns[k]);
        }
    }
    out += " ON " + ddl::name(t.table);
    if (!t.referenced_table.name.empty()) out += " FROM " + ddl::name(t.referenced_table);
    if (t.constraint)
        out += t.deferrable ? (t.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE INITIALLY IMMEDIATE")
                            : " NOT DEFERRABLE";
    if (!t.old_table.empty() || !t.new_table.empty()) {
        out += " REFERENCING";
        if (!t.old_table.empty()) out += " OLD TABLE AS " + sql_ident(t.old_table);
        if (!t.new_table.empty()) out += " NEW TABLE AS " + sql_ident(t.new_table);
    }
    out += t.for_each_row ? " FOR EACH ROW" : " FOR EACH STATEMENT";
    if (t.when) out += " WHEN (" + t.when->sql + ")";
    out += " EXECUTE FUNCTION " + ddl::name(t.function) + "(";
    for (size_t i = 0; i < t.arguments.size(); ++i) out += (i ? ", " : "") + sql_literal(t.arguments[i]);
    return out + ")";
}

std::string enable_sql(const Trigger& t) {
    std::string how = t.enabled == "D" ? "DISABLE" : t.enabled == "A" ? "ENABLE ALWAYS" : t.enabled == "R" ? "ENABLE REPLICA" : "ENABLE";
    return "ALTER TABLE " + ddl::name(t.table) + " " + how + " TRIGGER " + sql_ident(t.name);
}

}  // namespace

void plan_trigger(const Change& c, PlanBuilder& plan) {
    const Trigger* from = plan.in.from.triggers.count(c.key) ? &plan.in.from.triggers.at(c.key) : nullptr;
    const Trigger* to = plan.in.to.triggers.count(c.key) ? &plan.in.to.triggers.at(c.key) : nullptr;
    KindSql sql_from, sql_to;
    if (from) sql_from.drop = "DROP TRIGGER " + sql_ident(from->name) + " ON " + ddl::name(from->table);
    if (to) sql_to.create = create_trigger(*to);
    plan_by_definition(c, plan, from ? &sql_from : nullptr, to ? &sql_to : nullptr);
    bool created = c.action == ChangeAction::Create || c.replace;
    if (to && ((created && to->enabled != "O") || (!created && changes_attribute(c, "enabled")))) {
        Statement s{.sql = enable_sql(*to), .object = c.key, .action = ChangeAction::Alter, .phase = Phase::Alter};
        s.modifies = {c.key};
        plan.add(std::move(s));
    }
}

}  // namespace pgfleet
