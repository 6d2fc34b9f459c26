// Range types: created, dropped, or rebuilt (type_swap.h) with their multirange.
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/type_swap.h"

namespace pgfleet {
namespace {

// The multirange name PostgreSQL picks itself (see parser/stmt_range_type.cpp) needs no mention.
bool default_multirange(const RangeType& r) {
    if (r.multirange.schema != r.name.schema) return false;
    auto pos = r.name.name.find("range");
    std::string expected = pos != std::string::npos
                               ? r.name.name.substr(0, pos) + "multirange" + r.name.name.substr(pos + 5)
                               : r.name.name + "_multirange";
    return expected == r.multirange.name;
}

KindSql kind_sql(const RangeType& r) {
    std::string params = "SUBTYPE = " + r.subtype;
    if (!r.subtype_opclass.empty()) params += ", SUBTYPE_OPCLASS = " + r.subtype_opclass;
    if (!r.collation.empty()) params += ", COLLATION = " + r.collation;
    if (!r.canonical.empty()) params += ", CANONICAL = " + r.canonical;
    if (!r.subtype_diff.empty()) params += ", SUBTYPE_DIFF = " + r.subtype_diff;
    if (!default_multirange(r)) params += ", MULTIRANGE_TYPE_NAME = " + ddl::name(r.multirange);
    return {"CREATE TYPE " + ddl::name(r.name) + " AS RANGE (" + params + ")", "DROP TYPE " + ddl::name(r.name),
            "TYPE " + ddl::name(r.name), {}};
}

}  // namespace

void plan_range_type(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.range_types.at(qn));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const RangeType& to = plan.in.to.range_types.at(qn);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) return plan_creation(c.key, sql, plan);
    if (c.replace) {
        TypeSwap swap{sql};
        swap.park_columns_as_text = true;
        auto old = plan.in.from.range_types.find(qn);
        if (old != plan.in.from.range_types.end() && old->second.multirange == to.multirange) swap.companion = to.multirange;
        return plan_type_swap(c, swap, plan);
    }
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
