#include "planner/plan_audit.h"

#include <algorithm>
#include <map>
#include <set>

#include "parser/interpreter.h"
#include "pgast/node.h"
#include "pgast/parse.h"
#include "planner/hazards.h"
#include "planner/online_policy.h"
#include "planner/row_copy_audit.h"

namespace pgfleet {
namespace {

// Statement kinds the planner never writes, although their names look like DDL: databases,
// roles, tablespaces and server settings are outside a plan's reach.
const std::set<std::string>& cluster_wide_statements() {
    static const std::set<std::string> kinds = {
        "CreatedbStmt",          "DropdbStmt",         "AlterDatabaseStmt",      "AlterDatabaseSetStmt",
        "AlterDatabaseRefreshCollStmt", "CreateRoleStmt", "AlterRoleStmt",       "AlterRoleSetStmt",
        "DropRoleStmt",          "GrantRoleStmt",      "AlterSystemStmt",        "CreateTableSpaceStmt",
        "DropTableSpaceStmt",    "AlterTableSpaceOptionsStmt", "DropOwnedStmt",  "ReassignOwnedStmt",
        "CreateSubscriptionStmt", "AlterSubscriptionStmt", "DropSubscriptionStmt", "AlterTableMoveAllStmt",
    };
    return kinds;
}

// Schema statements: what the planner writes. Data changes (INSERT, DELETE, TRUNCATE) other
// than a rebuild's (row_copy_audit.h), session changes (SET ROLE), transaction control and DO
// blocks never are.
bool plannable(const std::string& type) {
    static const char* const prefixes[] = {"Create", "Alter", "Drop", "Define", "Rename", "Comment", "Grant",
                                           "Index",  "View",  "Rule", "CompositeType", "SecLabel"};
    if (cluster_wide_statements().count(type)) return false;
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](const char* p) { return type.rfind(p, 0) == 0; });
}

std::string excerpt(const std::string& sql) {
    std::string one_line;
    for (char c : sql) {
        if (one_line.size() >= 70) return one_line + "...";
        one_line += (c == '\n' || c == '\t') ? ' ' : c;
    }
    return one_line;
}

std::string step_name(size_t i, const Statement& s) { return "step " + std::to_string(i + 1) + " (" + excerpt(s.sql) + ")"; }

// One statement of the plan, or a problem.
std::string check_shape(const Statement& s, std::string& type, RowCopyAudit& row_copies) {
    pgast::ParseOutput parsed = pgast::parse_sql(without_secret_variables(s.sql));
    if (!parsed.errors.empty()) return "does not parse: " + parsed.errors.front().message;
    if (parsed.statements.size() != 1)
        return "holds " + std::to_string(parsed.statements.size()) + " statements; pgfleet writes one per step";
    type = pgast::node_type(parsed.statements.front().stmt);
    // A rebuilt table's rows and counters are the only data a plan moves, in one shape.
    std::string copy_problem = row_copies.check(parsed.statements.front().stmt);
    if (!copy_problem.empty()) return copy_problem;
    if (type == "InsertStmt" || type == "SelectStmt") return "";
    if (!plannable(type)) return "is a " + type + ", which pgfleet never plans";
    return "";
}

// The hazards pgfleet derives for `statements` from `from` to `to`.
std::vector<Statement> derived(std::vector<Statement> statements, const Catalog& from, const Catalog& to) {
    for (auto& s : statements) s.hazards.clear();
    std::map<QualifiedName, long long> no_sizes;
    OnlinePolicy online(from, no_sizes, {});
    annotate_statement_hazards(statements, from, to, online);
    return statements;
}

}  // namespace

bool hazard_depends_on_size(const std::string& name) {
    return name == hazard::kAccessExclusiveLock || name == hazard::kShareLock;
}

std::vector<std::string> audit_saved_plan(const Plan& plan, const Catalog& current) {
    std::vector<std::string> problems;
    const auto& statements = plan.statements;
    // The planner's opening renames are each judged on the catalog before them; the rest on
    // the catalog the renames leave.
    size_t leading_renames = 0;
    RowCopyAudit row_copies;
    for (size_t i = 0; i < statements.size(); ++i) {
        std::string type;
        std::string problem = check_shape(statements[i], type, row_copies);
        if (!problem.empty()) problems.push_back(step_name(i, statements[i]) + " " + problem);
        if (type == "RenameStmt" && leading_renames == i) ++leading_renames;
    }
    if (!problems.empty()) return problems;

    ParserState state;
    state.catalog = current;
    state.search_path = {"pg_catalog"};
    std::vector<Catalog> before_rename;
    Catalog after_renames = current;
    for (size_t i = 0; i < statements.size(); ++i) {
        if (i < leading_renames) before_rename.push_back(state.catalog);
        if (i == leading_renames) after_renames = state.catalog;
        size_t seen = state.diagnostics.size();
        interpret_file(state, SourceFile("step " + std::to_string(i + 1), without_secret_variables(statements[i].sql) + ";\n"));
        for (size_t d = seen; d < state.diagnostics.size(); ++d)
            if (state.diagnostics[d].severity == Severity::Error)
                problems.push_back(step_name(i, statements[i]) + " cannot be followed on the database's catalog: " +
                                   state.diagnostics[d].message);
    }
    if (leading_renames == statements.size()) after_renames = state.catalog;
    if (!problems.empty()) return problems;

    std::vector<Statement> expected;
    for (size_t i = 0; i < leading_renames; ++i)
        expected.push_back(derived({statements[i]}, before_rename[i], state.catalog).front());
    std::vector<Statement> rest(statements.begin() + static_cast<long>(leading_renames), statements.end());
    for (auto& s : derived(std::move(rest), after_renames, state.catalog)) expected.push_back(std::move(s));

    for (size_t i = 0; i < statements.size(); ++i)
        for (const auto& h : expected[i].hazards) {
            if (hazard_depends_on_size(h.name)) continue;
            bool recorded = std::any_of(statements[i].hazards.begin(), statements[i].hazards.end(),
                                        [&](const Hazard& r) { return r.name == h.name; });
            if (!recorded)
                problems.push_back(step_name(i, statements[i]) + " has hazard " + h.name + " (" + h.detail +
                                   "), which the plan does not record");
        }
    return problems;
}

}  // namespace pgfleet
