#pragma once
// Where the per-kind generators put their statements.
#include <vector>

#include "catalog/catalog.h"
#include "catalog/dependencies.h"
#include "differ/change.h"
#include "planner/online_policy.h"
#include "planner/statement.h"

namespace pgfleet {

struct PlanInput {
    const Catalog& from;
    const Catalog& to;
    const DependencyGraph& from_graph;
    const DependencyGraph& to_graph;
    const OnlinePolicy& online;
    // The role that runs the plan and creates objects ("" when planned offline).
    std::string creator;
    // The server names NOT NULL constraints (PostgreSQL 18, or planned offline for the newest).
    bool not_null_names = true;
};

class PlanBuilder {
public:
    explicit PlanBuilder(const PlanInput& input) : in(input) {}
    const PlanInput& in;

    // Starts the statements of one change; they keep the order they are added in.
    void begin_change() { ++group_; }
    void add(Statement s) {
        statements.push_back(std::move(s));
        groups.push_back(group_);
    }

    std::vector<Statement> statements;
    std::vector<int> groups;

private:
    int group_ = 0;
};

// True when an Alter change lists this attribute.
bool changes_attribute(const Change& change, const char* attribute);

// The generators: one per object kind.
void plan_schema(const Change& change, PlanBuilder& plan);
void plan_extension(const Change& change, PlanBuilder& plan);
void plan_enum(const Change& change, PlanBuilder& plan);
void plan_sequence(const Change& change, PlanBuilder& plan);
void plan_table(const Change& change, PlanBuilder& plan);
void plan_column(const Change& change, PlanBuilder& plan);
void plan_constraint(const Change& change, PlanBuilder& plan);
void plan_index(const Change& change, PlanBuilder& plan);
void plan_domain(const Change& change, PlanBuilder& plan);
void plan_composite_type(const Change& change, PlanBuilder& plan);
void plan_range_type(const Change& change, PlanBuilder& plan);
void plan_view(const Change& change, PlanBuilder& plan);
void plan_function(const Change& change, PlanBuilder& plan);
void plan_aggregate(const Change& change, PlanBuilder& plan);
void plan_trigger(const Change& change, PlanBuilder& plan);
void plan_policy(const Change& change, PlanBuilder& plan);
void plan_rule(const Change& change, PlanBuilder& plan);
void plan_collation(const Change& change, PlanBuilder& plan);
void plan_event_trigger(const Change& change, PlanBuilder& plan);
void plan_publication(const Change& change, PlanBuilder& plan);
void plan_foreign_data_wrapper(const Change& change, PlanBuilder& plan);
void plan_foreign_server(const Change& change, PlanBuilder& plan);
void plan_user_mapping(const Change& change, PlanBuilder& plan);
void plan_default_privilege(const Change& change, PlanBuilder& plan);

// GRANT / REVOKE turning `from` into `to` on an object (`on` is e.g. "TABLE public.t");
// `column`, when set, makes them column privileges ("SELECT (email)").
void plan_privilege_change(const ObjectKey& key, const std::string& on, const Privileges& from, const Privileges& to,
                           PlanBuilder& plan, const std::string& column = "");

// What an object holds right after CREATE, before any GRANT: PUBLIC's built-in rights
// (EXECUTE on routines, USAGE on types), or what ALTER DEFAULT PRIVILEGES says instead.
Privileges kind_default_privileges(const PlanInput& in, const ObjectKey& key);

// ALTER COLUMN SET (...) / RESET (...) / SET STATISTICS turning `from` (null: a new column)
// into `to`.
void plan_column_settings(const ObjectKey& column, const Column* from, const Column& to, PlanBuilder& plan);

// ALTER <object> OWNER TO, after the object exists.
void plan_owner_change(const ObjectKey& key, const std::string& owner, PlanBuilder& plan);

// COMMENT ON when the comment is not empty (for objects just created).
void plan_initial_comment(const ObjectKey& key, const std::string& comment, PlanBuilder& plan);
// COMMENT ON to set or clear a comment that changed.
void plan_comment_change(const ObjectKey& key, const std::string& comment, PlanBuilder& plan);
// ALTER INDEX ... SET / RESET for storage parameters that differ (an index's, or a key's).
void plan_index_options(const ObjectKey& key, const QualifiedName& index, const std::vector<std::string>& from,
                        const std::vector<std::string>& to, PlanBuilder& plan);

}  // namespace pgfleet
