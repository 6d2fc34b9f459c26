// Sequences. OWNED BY is its own statement: it needs the table column, which may itself need
// the sequence (serial defaults).
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

void set_owner_column(const Change& c, const Sequence& s, PlanBuilder& plan) {
    std::string target = "NONE";
    std::vector<ObjectKey> needs;
    if (s.owned_by) {
        target = ddl::name(s.owned_by->table) + "." + sql_ident(s.owned_by->column);
        needs.push_back(column_key(s.owned_by->table, s.owned_by->column));
    }
    plan.add({.sql = "ALTER SEQUENCE " + ddl::name(s.name) + " OWNED BY " + target, .object = c.key,
              .action = c.action, .phase = c.action == ChangeAction::Create ? Phase::Create : Phase::Alter,
              .needs = needs});
}

// Every parameter that differs, spelled out (a type change moves the defaults of the bounds).
std::string changed_options(const SequenceOptions& a, const SequenceOptions& b) {
    std::string out;
    if (a.type != b.type) out += " AS " + b.type;
    if (a.increment != b.increment) out += " INCREMENT BY " + std::to_string(b.increment);
    if (a.min_value != b.min_value || a.type != b.type) out += " MINVALUE " + std::to_string(b.min_value);
    if (a.max_value != b.max_value || a.type != b.type) out += " MAXVALUE " + std::to_string(b.max_value);
    if (a.start != b.start) out += " START WITH " + std::to_string(b.start);
    if (a.cache != b.cache) out += " CACHE " + std::to_string(b.cache);
    if (a.cycle != b.cycle) out += b.cycle ? " CYCLE" : " NO CYCLE";
    // A sequence never used still sits at its old start; outside the new bounds the server
    // refuses the change unless the sequence restarts.
    if (a.start < b.min_value || a.start > b.max_value) out += " RESTART WITH " + std::to_string(b.start);
    return out;
}

}  // namespace

void plan_sequence(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        plan.add({.sql = "DROP SEQUENCE " + ddl::name(qn), .object = c.key, .action = c.action, .phase = Phase::Drop,
                  .removes = {c.key}});
        return;
    }
    const Sequence& s = plan.in.to.sequences.at(qn);
    if (c.action == ChangeAction::Create) {
        std::string sql = std::string("CREATE ") + (s.unlogged ? "UNLOGGED " : "") + "SEQUENCE " + ddl::name(qn) +
                          ddl::sequence_clauses(s.options);
        plan.add({.sql = sql, .object = c.key, .action = c.action, .phase = Phase::Create, .creates = {c.key}});
        // A sequence links only to a table of its own owner (and then follows the table's owner).
        if (!s.owner.empty()) plan_owner_change(c.key, s.owner, plan);
        if (s.owned_by) set_owner_column(c, s, plan);
        plan_initial_comment(c.key, s.comment, plan);
        plan_privilege_change(c.key, "SEQUENCE " + ddl::name(qn), kind_default_privileges(plan.in, c.key), s.privileges,
                              plan);
        return;
    }
    const Sequence& from = plan.in.from.sequences.at(qn);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "SEQUENCE " + ddl::name(qn), from.privileges, s.privileges, plan);
    if (changes_attribute(c, "options"))
        plan.add({.sql = "ALTER SEQUENCE " + ddl::name(qn) + changed_options(from.options, s.options), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "unlogged"))
        plan.add({.sql = "ALTER SEQUENCE " + ddl::name(qn) + (s.unlogged ? " SET UNLOGGED" : " SET LOGGED"),
                  .object = c.key, .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    // PostgreSQL refuses an owner for a sequence linked to a table: it takes the table's
    // owner with ALTER TABLE ... OWNER TO. One about to be linked needs it first.
    if (changes_attribute(c, "owner") && !(from.owned_by && s.owned_by))
        plan.add({.sql = "ALTER SEQUENCE " + ddl::name(qn) + " OWNER TO " + sql_ident(s.owner), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "owned_by")) set_owner_column(c, s, plan);
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, s.comment, plan);
}

}  // namespace pgfleet
