// Locks and hazards of the statements other than ALTER TABLE.
#include "planner/statement_effects.h"

#include "catalog/sql_name.h"
#include "planner/row_copy_audit.h"

namespace pgfleet {
namespace {

using pgast::get_bool;
using pgast::get_list;
using pgast::get_string;
using pgast::Node;
using pgast::node_body;

std::string display(const QualifiedName& q) { return sql_qualified(q.schema, q.name); }

QualifiedName qualified(const std::vector<std::string>& names, size_t count) {
    // The last `count` names of a qualified list: [schema,] name.
    if (names.size() < count || count == 0) return {};
    if (count == 1) return {"public", names.back()};
    return {names[names.size() - 2], names.back()};
}

// CREATE TEMPORARY TABLE x AS SELECT a, b FROM ONLY t: the rows of t kept for its rebuild.
void rows_copy_effects(const Node& body, EffectContext& ctx) {
    ctx.fresh.insert(range_var_name(body["into"]["rel"]));
    auto source = rows_copy_source(body);
    if (!source || !ctx.from.tables.count(*source)) return;
    auto& columns = ctx.rows_copied[*source];
    for (const auto& target : get_list(node_body(body["query"]), "targetList")) {
        // A column, or a column as text (a value of a user-defined type).
        const Node* value = &node_body(target)["val"];
        if (pgast::node_type(*value) == "TypeCast") value = &node_body(*value)["arg"];
        if (pgast::node_type(*value) != "ColumnRef") continue;
        auto names = pgast::string_list(get_list(node_body(*value), "fields"));
        if (!names.empty()) columns.insert(names.back());
    }
}

// DROP TABLE: all its rows, unless a rebuild copied them; then only the columns left behind.
void rebuilt_table_or_drop_effects(const QualifiedName& q, EffectContext& ctx, StatementEffects& out) {
    auto copied = ctx.rows_copied.find(q);
    auto table = ctx.from.tables.find(q);
    if (copied == ctx.rows_copied.end() || table == ctx.from.tables.end()) {
        add_hazard(out, hazard::kDataLoss, "drops table " + display(q) + " and all its rows", q);
        return;
    }
    add_hazard(out, hazard::kTableRewrite,
               "rebuilds table " + display(q) + " to put its columns in the declared order: its rows are copied out "
               "and back while ACCESS EXCLUSIVE is held (declare new columns last, or plan with "
               "--ignore-column-order, to alter it in place)",
               q);
    for (const auto& col : table->second.columns)
        if (!col.generated && !copied->second.count(col.name))
            add_hazard(out, hazard::kDataLoss, "drops column " + display(q) + "." + sql_ident(col.name) + " and its data",
                       q);
}

// DROP TABLE / INDEX / POLICY ...: each dropped object's effects.
void drop_effects(const Node& body, EffectContext& ctx, StatementEffects& out) {
    std::string type = get_string(body, "removeType");
    bool concurrent = get_bool(body, "concurrent");
    for (const auto& obj : get_list(body, "objects")) {
        if (pgast::node_type(obj) != "List") continue;
        auto names = pgast::string_list(get_list(node_body(obj), "items"));
        if (names.empty()) continue;
        QualifiedName q{names.size() > 1 ? names[names.size() - 2] : "public", names.back()};
        if (type == "OBJECT_TABLE") {
            rebuilt_table_or_drop_effects(q, ctx, out);
            add_lock(out, q, LockMode::AccessExclusive);
        } else if (type == "OBJECT_SEQUENCE") {
            add_hazard(out, hazard::kDataLoss, "drops sequence " + display(q) + " and its current value");
        } else if (type == "OBJECT_INDEX") {
            auto idx = ctx.from.indexes.find(q);
            QualifiedName table = idx == ctx.from.indexes.end() ? QualifiedName{} : idx->second.table;
            add_hazard(out, hazard::kIndexDropped, "drops index " + display(q), table);
            if (!table.name.empty())
                add_lock(out, table, concurrent ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive);
        } else if (type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW" || type == "OBJECT_FOREIGN_TABLE") {
            add_lock(out, q, LockMode::AccessExclusive);
        } else if (type == "OBJECT_POLICY" || type == "OBJECT_TRIGGER" || type == "OBJECT_RULE") {
            // [schema,] table, name
            QualifiedName table = qualified({names.begin(), names.end() - 1}, names.size() - 1 >= 2 ? 2 : 1);
            add_lock(out, table, LockMode::AccessExclusive);
            if (type == "OBJECT_POLICY")
                add_hazard(out, hazard::kIsolationWeakened,
                           "drops policy " + sql_ident(names.back()) + " on " + display(table), table);
        }
    }
}

void index_effects(const Node& body, EffectContext& ctx, StatementEffects& out) {
    QualifiedName t = range_var_name(body["relation"]);
    bool concurrent = get_bool(body, "concurrent");
    add_hazard(out, hazard::kIndexBuild,
               "builds index " + sql_ident(get_string(body, "idxname")) + " on " + display(t) +
                   (concurrent ? " without blocking writes" : ", blocking writes meanwhile"),
               t);
    add_lock(out, t, concurrent ? LockMode::ShareUpdateExclusive : LockMode::Share, true);
}

void create_table_effects(const Node& body, EffectContext& ctx, StatementEffects& out) {
    QualifiedName t = range_var_name(body["relation"]);
    ctx.fresh.insert(t);
    // PARTITION OF locks its parent; INHERITS only blocks concurrent schema changes.
    bool partition = body.contains("partbound");
    for (const auto& parent : get_list(body, "inhRelations"))
        if (pgast::node_type(parent) == "RangeVar")
            add_lock(out, range_var_name(node_body(parent)),
                     partition ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive);
}

void policy_effects(const Node& body, bool create, EffectContext& ctx, StatementEffects& out) {
    QualifiedName t = range_var_name(body["table"]);
    add_lock(out, t, LockMode::AccessExclusive);
    std::string name = sql_ident(get_string(body, "policy_name"));
    auto table = ctx.from.tables.find(t);
    bool rls_was_on = table != ctx.from.tables.end() && table->second.rls_enabled;
    if (!create)
        add_hazard(out, hazard::kIsolationWeakened,
                   "changes policy " + name + " on " + display(t) + ": review that it admits no more rows than before",
                   t);
    else if (get_bool(body, "permissive") && rls_was_on)
        add_hazard(out, hazard::kIsolationWeakened,
                   "adds permissive policy " + name + " on " + display(t) +
                       ": permissive policies are OR-ed, so it can only widen what is visible",
                   t);
}

bool is_authorization_statement(const std::string& type) {
    // User mappings hold the credentials a role uses on a foreign server.
    return type == "GrantStmt" || type == "GrantRoleStmt" || type == "AlterOwnerStmt" ||
           type == "AlterDefaultPrivilegesStmt" || type == "CreateUserMappingStmt" || type == "AlterUserMappingStmt" ||
           type == "DropUserMappingStmt";
}

}  // namespace

const char* lock_mode_name(LockMode mode) {
    switch (mode) {
        case LockMode::None: return "";
        case LockMode::AccessShare: return "ACCESS SHARE";
        case LockMode::RowShare: return "ROW SHARE";
        case LockMode::RowExclusive: return "ROW EXCLUSIVE";
        case LockMode::ShareUpdateExclusive: return "SHARE UPDATE EXCLUSIVE";
        case LockMode::Share: return "SHARE";
        case LockMode::ShareRowExclusive: return "SHARE ROW EXCLUSIVE";
        case LockMode::Exclusive: return "EXCLUSIVE";
        case LockMode::AccessExclusive: return "ACCESS EXCLUSIVE";
    }
    return "";
}

bool EffectContext::holds_data(const QualifiedName& relation) const {
    return (from.tables.count(relation) || from.views.count(relation)) && !fresh.count(relation);
}

QualifiedName range_var_name(const Node& range_var) {
    std::string schema = get_string(range_var, "schemaname");
    return {schema.empty() ? "public" : schema, get_string(range_var, "relname")};
}

void add_lock(StatementEffects& out, const QualifiedName& relation, LockMode mode, bool long_held) {
    for (auto& l : out.locks)
        if (l.relation == relation) {
            if (mode > l.mode) l.mode = mode;
            l.long_held = l.long_held || long_held;
            return;
        }
    out.locks.push_back({relation, mode, long_held});
}

void add_hazard(StatementEffects& out, const char* name, const std::string& detail, const QualifiedName& relation) {
    out.hazards.push_back({{name, detail}, relation});
}

StatementEffects statement_effects(const Node& statement, EffectContext& ctx) {
    StatementEffects out;
    std::string type = pgast::node_type(statement);
    const Node& body = node_body(statement);
    if (type == "AlterTableStmt") alter_table_effects(body, ctx, out);
    else if (type == "DropStmt") drop_effects(body, ctx, out);
    else if (type == "AlterDomainStmt") alter_domain_effects(body, ctx, out);
    else if (type == "IndexStmt") index_effects(body, ctx, out);
    else if (type == "CreateStmt") create_table_effects(body, ctx, out);
    else if (type == "CreateTableAsStmt") rows_copy_effects(body, ctx);
    else if (type == "CreatePolicyStmt") policy_effects(body, true, ctx, out);
    else if (type == "AlterPolicyStmt") policy_effects(body, false, ctx, out);
    else if (type == "CreateTrigStmt") add_lock(out, range_var_name(body["relation"]), LockMode::ShareRowExclusive);
    else if (type == "RuleStmt") add_lock(out, range_var_name(body["relation"]), LockMode::AccessExclusive);
    else if (type == "ViewStmt") add_lock(out, range_var_name(body["view"]), LockMode::AccessExclusive);
    else if (type == "RefreshMatViewStmt")
        add_lock(out, range_var_name(body["relation"]),
                 get_bool(body, "concurrent") ? LockMode::Exclusive : LockMode::AccessExclusive, true);
    else if (type == "RenameStmt" && body.contains("relation"))
        add_lock(out, range_var_name(body["relation"]),
                 get_string(body, "renameType") == "OBJECT_INDEX" ? LockMode::ShareUpdateExclusive
                                                                  : LockMode::AccessExclusive);
    else if (is_authorization_statement(type))
        add_hazard(out, hazard::kAuthorizationChange, "changes privileges or ownership");
    return out;
}

}  // namespace pgfleet
