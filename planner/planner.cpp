#include "planner/planner.h"

#include "catalog/current_role.h"
#include "catalog/server_fit.h"
#include "catalog/server_version.h"
#include "parser/parser_state.h"
#include "catalog/fingerprint.h"
#include "differ/differ.h"
#include "planner/enum_values.h"
#include "planner/expand.h"
#include "planner/hazards.h"
#include "planner/ordering.h"
#include "planner/rename_steps.h"

namespace pgfleet {
namespace {

// Types and routines share keys across kinds; whichever side holds the object decides.
void generate_type(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    const Catalog& side = plan.in.to.has_type(qn) ? plan.in.to : plan.in.from;
    if (side.domains.count(qn)) return plan_domain(c, plan);
    if (side.composite_types.count(qn)) return plan_composite_type(c, plan);
    if (side.range_types.count(qn)) return plan_range_type(c, plan);
    return plan_enum(c, plan);
}

void generate_routine(const Change& c, PlanBuilder& plan) {
    bool aggregate = plan.in.to.aggregates.count(c.key) || plan.in.from.aggregates.count(c.key);
    return aggregate ? plan_aggregate(c, plan) : plan_function(c, plan);
}

void generate(const Change& c, PlanBuilder& plan) {
    switch (c.key.kind) {
        case ObjectKind::Schema: return plan_schema(c, plan);
        case ObjectKind::Extension: return plan_extension(c, plan);
        case ObjectKind::Type: return generate_type(c, plan);
        case ObjectKind::Sequence: return plan_sequence(c, plan);
        case ObjectKind::Table: return plan_table(c, plan);
        case ObjectKind::Column: return plan_column(c, plan);
        case ObjectKind::Constraint: return plan_constraint(c, plan);
        case ObjectKind::Index: return plan_index(c, plan);
        case ObjectKind::Default: return;  // defaults change with their column
        case ObjectKind::View: return plan_view(c, plan);
        case ObjectKind::Function: return generate_routine(c, plan);
        case ObjectKind::Trigger: return plan_trigger(c, plan);
        case ObjectKind::Policy: return plan_policy(c, plan);
        case ObjectKind::Rule: return plan_rule(c, plan);
        case ObjectKind::Collation: return plan_collation(c, plan);
        case ObjectKind::EventTrigger: return plan_event_trigger(c, plan);
        case ObjectKind::Publication: return plan_publication(c, plan);
        case ObjectKind::ForeignDataWrapper: return plan_foreign_data_wrapper(c, plan);
        case ObjectKind::ForeignServer: return plan_foreign_server(c, plan);
        case ObjectKind::UserMapping: return plan_user_mapping(c, plan);
        case ObjectKind::DefaultPrivilege: return plan_default_privilege(c, plan);
    }
}

// Tables and views the plan drops and creates again.
std::set<QualifiedName> rebuilt_relations(const std::vector<Change>& changes) {
    std::set<QualifiedName> out;
    for (const auto& c : changes)
        if (c.replace && (c.key.kind == ObjectKind::Table || c.key.kind == ObjectKind::View))
            out.insert({c.key.schema, c.key.name});
    return out;
}

// Locks and hazards of the opening renames, each read against the catalog it runs on.
void annotate_renames(RenameSteps& renames, const Catalog& desired, const PlanOptions& options) {
    std::map<QualifiedName, long long> bytes = options.relation_bytes;
    DependencyGraph to_graph(desired);
    for (size_t i = 0; i < renames.statements.size(); ++i) {
        const Catalog& before = renames.before[i];
        DependencyGraph from_graph(before);
        OnlinePolicy online(before, bytes, options.online);
        Plan one;
        one.statements = {renames.statements[i]};
        annotate_hazards(one, {before, desired, from_graph, to_graph, online, options.current_role});
        renames.statements[i] = std::move(one.statements.front());
        const ObjectKey& k = renames.statements[i].object;
        QualifiedName renamed{k.schema, k.name};
        for (const auto& [from, to] : renames.relations)
            if (to == renamed && bytes.count(from)) bytes[to] = bytes[from];
    }
}

}  // namespace

Plan plan_changes(const ChangeSet& changes, const Catalog& current, const Catalog& desired, const PlanOptions& options,
                  const std::vector<Statement>& first) {
    DependencyGraph from_graph(current), to_graph(desired);
    OnlinePolicy online(current, options.relation_bytes, options.online);
    PlanInput input{current, desired, from_graph, to_graph, online, options.current_role,
                    options.server_major == 0 || ServerVersion::of(options.server_major).has(ServerFeature::NotNullConstraintRows)};
    PlanBuilder builder(input);
    std::vector<Change> expanded = expand_changes(changes, input);
    online.set_rebuilt(rebuilt_relations(expanded));
    for (const auto& c : expanded) {
        builder.begin_change();
        generate(c, builder);
    }
    Plan plan;
    plan.statements = order_statements(builder);
    place_enum_additions(plan);
    annotate_hazards(plan, input);
    // Renames come before everything worked out from the catalog they leave behind.
    plan.statements.insert(plan.statements.begin(), first.begin(), first.end());
    return plan;
}

Plan plan_from(const Snapshot& current, const Catalog& desired, PlanOptions options) {
    options.current_role = current.current_user;
    options.server_major = current.server_version_major;
    options.relation_bytes = current.relation_bytes;
    return make_plan(current.catalog, desired, options);
}

Catalog bind_desired(const Catalog& desired, const PlanOptions& options) {
    Catalog bound = desired;
    fit_to_server(bound, options.server_major);
    bind_current_role(bound, options.current_role);
    if (options.manage_owners) assign_default_owners(bound, options.current_role);
    return bound;
}

SavedPlan plan_to_save(const Snapshot& current, const Catalog& desired, PlanOptions options) {
    options.current_role = current.current_user;
    options.server_major = current.server_version_major;
    options.relation_bytes = current.relation_bytes;
    SavedPlan saved;
    saved.header.server_version_major = current.server_version_major;
    saved.header.manage_owners = options.manage_owners;
    saved.header.ignore_column_order = options.diff.ignore_column_order;
    FingerprintOptions fp = fingerprint_options(saved.header);
    saved.header.source_fingerprint = fingerprint(current.catalog, current.server_version_major, fp);
    saved.header.target_fingerprint = fingerprint(bind_desired(desired, options), current.server_version_major, fp);
    saved.plan = make_plan(current.catalog, desired, options);
    return saved;
}

Plan plan_from_empty_database(const Snapshot& live) {
    Catalog empty = empty_database_catalog();
    fit_to_server(empty, live.server_version_major);
    return make_plan(empty, live.catalog);
}

Plan make_plan(const Catalog& current, const Catalog& desired, const PlanOptions& options) {
    Catalog bound = bind_desired(desired, options);
    RenameSteps renames = rename_steps(current, bound);
    if (renames.statements.empty()) return plan_changes(diff_catalogs(current, bound, options.diff), current, bound, options);
    fit_replayed_to_server(renames.renamed, options.server_major);
    annotate_renames(renames, bound, options);
    PlanOptions renamed = options;
    for (const auto& [from, to] : renames.relations)
        if (auto size = renamed.relation_bytes.find(from); size != renamed.relation_bytes.end()) {
            long long bytes = size->second;
            renamed.relation_bytes.erase(size);
            renamed.relation_bytes[to] = bytes;
        }
    return plan_changes(diff_catalogs(renames.renamed, bound, options.diff), renames.renamed, bound, renamed, renames.statements);
}

}  // namespace pgfleet
