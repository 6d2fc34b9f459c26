// Aggregates: CREATE [OR REPLACE] AGGREGATE, or drop and create when OR REPLACE cannot do it.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/gen_generic.h"

namespace pgfleet {
namespace {

const char* modify_word(const std::string& letter) {
    return letter == "s" ? "SHAREABLE" : letter == "w" ? "READ_WRITE" : "READ_ONLY";
}

std::string definition(const Aggregate& a) {
    std::vector<std::string> options;
    auto add = [&](const char* option, const std::string& value) {
        if (!value.empty()) options.push_back(std::string(option) + " = " + value);
    };
    std::string default_modify = a.kind == "n" ? "r" : "w";
    add("SFUNC", a.state_function);
    add("STYPE", a.state_type);
    add("SSPACE", a.state_space);
    add("FINALFUNC", a.final_function);
    if (a.final_extra) options.push_back("FINALFUNC_EXTRA");
    if (a.final_modify != default_modify) add("FINALFUNC_MODIFY", modify_word(a.final_modify));
    add("COMBINEFUNC", a.combine_function);
    add("SERIALFUNC", a.serial_function);
    add("DESERIALFUNC", a.deserial_function);
    if (a.has_initial_condition) add("INITCOND", sql_literal(a.initial_condition));
    add("MSFUNC", a.moving_state_function);
    add("MINVFUNC", a.moving_inverse_function);
    add("MSTYPE", a.moving_state_type);
    add("MSSPACE", a.moving_state_space);
    add("MFINALFUNC", a.moving_final_function);
    if (a.moving_final_extra) options.push_back("MFINALFUNC_EXTRA");
    if (a.moving_final_modify != default_modify) add("MFINALFUNC_MODIFY", modify_word(a.moving_final_modify));
    if (a.has_moving_initial_condition) add("MINITCOND", sql_literal(a.moving_initial_condition));
    if (!a.sort_operator.empty())
        add("SORTOP", a.sort_operator.find('.') == std::string::npos ? a.sort_operator : "OPERATOR(" + a.sort_operator + ")");
    if (a.parallel != "u") add("PARALLEL", a.parallel == "s" ? "SAFE" : "RESTRICTED");
    if (a.kind == "h") options.push_back("HYPOTHETICAL");
    std::string out = " AGGREGATE " + ddl::name(a.name) + "(" + a.arguments + ") (\n    ";
    for (size_t i = 0; i < options.size(); ++i) out += (i ? ",\n    " : "") + options[i];
    return out + "\n)";
}

KindSql kind_sql(const Catalog& catalog, const ObjectKey& key, const Aggregate& a) {
    return {"CREATE" + definition(a), "DROP " + ddl::object_reference(catalog, key),
            "FUNCTION " + ddl::name(a.name) + "(" + a.identity_arguments + ")", {}};
}

}  // namespace

void plan_aggregate(const Change& c, PlanBuilder& plan) {
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from, c.key, plan.in.from.aggregates.at(c.key));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const Aggregate& to = plan.in.to.aggregates.at(c.key);
    const KindSql sql = kind_sql(plan.in.to, c.key, to);
    if (c.action == ChangeAction::Alter && c.replace) {
        const KindSql old = kind_sql(plan.in.from, c.key, plan.in.from.aggregates.at(c.key));
        return plan_by_definition(c, plan, &old, &sql);
    }
    if (c.action == ChangeAction::Alter && changes_attribute(c, "definition"))
        plan.add({.sql = "CREATE OR REPLACE" + definition(to), .object = c.key, .action = ChangeAction::Alter,
                  .phase = Phase::Alter, .modifies = {c.key}});
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
