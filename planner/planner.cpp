#include "planner/planner.h"

#include "differ/differ.h"
#include "planner/expand.h"
#include "planner/ordering.h"

namespace pgfleet {
namespace {

void generate(const Change& c, PlanBuilder& plan) {
    switch (c.key.kind) {
        case ObjectKind::Schema: return plan_schema(c, plan);
        case ObjectKind::Extension: return plan_extension(c, plan);
        case ObjectKind::Type: return plan_enum(c, plan);
        case ObjectKind::Sequence: return plan_sequence(c, plan);
        case ObjectKind::Table: return plan_table(c, plan);
        case ObjectKind::Column: return plan_column(c, plan);
        case ObjectKind::Constraint: return plan_constraint(c, plan);
        case ObjectKind::Index: return plan_index(c, plan);
        case ObjectKind::Default: return;  // defaults change with their column
    }
}

}  // namespace

Plan plan_changes(const ChangeSet& changes, const Catalog& current, const Catalog& desired) {
    DependencyGraph from_graph(current), to_graph(desired);
    PlanInput input{current, desired, from_graph, to_graph};
    PlanBuilder builder(input);
    for (const auto& c : expand_changes(changes, input)) {
        builder.begin_change();
        generate(c, builder);
    }
    Plan plan;
    plan.statements = order_statements(builder);
    return plan;
}

Plan make_plan(const Catalog& current, const Catalog& desired, const PlanOptions& options) {
    return plan_changes(diff_catalogs(current, desired, options.diff), current, desired);
}

}  // namespace pgfleet
