// Locks and hazards of ALTER TABLE subcommands, after PostgreSQL 15's documented lock levels.
#include <regex>

#include "catalog/sql_name.h"
#include "planner/statement_effects.h"

namespace pgfleet {
namespace {

using pgast::get_bool;
using pgast::get_list;
using pgast::get_string;
using pgast::Node;
using pgast::node_body;
using pgast::node_type;

std::string column_ref(const QualifiedName& table, const std::string& column) {
    return sql_qualified(table.schema, table.name) + "." + sql_ident(column);
}

// Builtins whose value differs per row, so a column added with them as default is filled
// by rewriting the table.
bool volatile_builtin(const std::string& name) {
    static const std::set<std::string> names = {"nextval", "random", "gen_random_uuid", "uuid_generate_v1",
                                                "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp",
                                                "timeofday", "currval", "setval", "random_normal"};
    return names.count(name) > 0;
}

bool calls_volatile_function(const Node& node, const Catalog& catalog) {
    if (node.is_object()) {
        if (node.contains("FuncCall")) {
            auto names = pgast::string_list(get_list(node["FuncCall"], "funcname"));
            std::string name = names.empty() ? "" : names.back();
            if (volatile_builtin(name)) return true;
            for (const auto& [key, fn] : catalog.functions)
                if (fn.name.name == name && fn.volatility == "v") return true;
        }
        for (const auto& [k, v] : node.items())
            if (calls_volatile_function(v, catalog)) return true;
    } else if (node.is_array()) {
        for (const auto& v : node)
            if (calls_volatile_function(v, catalog)) return true;
    }
    return false;
}

// "character varying(80)" -> {"character varying", 80}; no modifier -> -1.
std::pair<std::string, std::vector<int>> split_type(const std::string& type) {
    static const std::regex with_mods(R"(^(.*)\(([0-9, ]+)\)$)");
    std::smatch m;
    if (!std::regex_match(type, m, with_mods)) return {type, {}};
    std::vector<int> mods;
    std::string list = m[2];
    for (size_t pos = 0; pos < list.size();) {
        size_t comma = list.find(',', pos);
        mods.push_back(std::stoi(list.substr(pos, comma - pos)));
        pos = comma == std::string::npos ? list.size() : comma + 1;
    }
    return {m[1], mods};
}

// Type changes PostgreSQL makes without rewriting the table (binary-coercible, wider or
// unconstrained modifier).
bool changes_without_rewrite(const std::string& from, const std::string& to) {
    if (from == to) return true;
    auto [fbase, fmods] = split_type(from);
    auto [tbase, tmods] = split_type(to);
    bool varchar_like = fbase == "character varying" || fbase == "text";
    if (varchar_like && (tbase == "text" || (tbase == "character varying" && tmods.empty()))) return true;
    if (fbase != tbase) return false;
    if (tmods.empty()) return fbase == "character varying" || fbase == "numeric" || fbase == "bit varying";
    if (fmods.empty()) return false;
    if (fbase == "character varying" || fbase == "bit varying") return tmods[0] >= fmods[0];
    if (fbase == "numeric") return fmods.size() == tmods.size() && tmods.size() == 2 && tmods[1] == fmods[1] &&
                                   tmods[0] >= fmods[0];
    return false;
}

bool is_not_null_test(const Node& expr, std::string& column) {
    if (node_type(expr) != "NullTest") return false;
    const Node& t = node_body(expr);
    if (get_string(t, "nulltesttype") != "IS_NOT_NULL") return false;
    const Node& arg = t.contains("arg") ? t["arg"] : Node();
    if (node_type(arg) != "ColumnRef") return false;
    auto fields = get_list(node_body(arg), "fields");
    if (fields.size() != 1 || node_type(fields[0]) != "String") return false;
    column = pgast::string_value(fields[0]);
    return true;
}

void add_column(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    const Node& def = node_body(cmd["def"]);
    std::string column = get_string(def, "colname");
    bool rewrite = false;
    auto type_names = pgast::string_list(get_list(def.value("typeName", Node::object()), "names"));
    std::string type = type_names.empty() ? "" : type_names.back();
    if (type == "serial" || type == "bigserial" || type == "smallserial" || type == "serial4" || type == "serial8" ||
        type == "serial2")
        rewrite = true;
    bool long_held = false;
    for (const auto& c : get_list(def, "constraints")) {
        const Node& con = node_body(c);
        std::string contype = get_string(con, "contype");
        // A virtual generated column (PostgreSQL 18) is computed when read: nothing is written.
        if (contype == "CONSTR_IDENTITY" || (contype == "CONSTR_GENERATED" && get_string(con, "generated_kind") != "v"))
            rewrite = true;
        if (contype == "CONSTR_DEFAULT" && con.contains("raw_expr") && calls_volatile_function(con["raw_expr"], ctx.to))
            rewrite = true;
        if (contype == "CONSTR_PRIMARY" || contype == "CONSTR_UNIQUE") {
            long_held = true;
            add_hazard(out, hazard::kIndexBuild, "builds the index of the new column's constraint", t);
        }
        if (contype == "CONSTR_CHECK" || contype == "CONSTR_FOREIGN") {
            long_held = true;
            add_hazard(out, hazard::kValidationScan, "checks every row against the new column's constraint", t);
        }
    }
    if (rewrite) {
        long_held = true;
        add_hazard(out, hazard::kTableRewrite,
                   "adding " + column_ref(t, column) + " fills every row with a per-row value", t);
    }
    add_lock(out, t, LockMode::AccessExclusive, long_held);
}

void alter_column_type(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    std::string column = get_string(cmd, "name");
    const Node& def = node_body(cmd["def"]);
    std::string from_type, to_type;
    auto table = ctx.from.tables.find(t);
    // A foreign table's rows live elsewhere: its column type is only what it reads them as.
    if (table != ctx.from.tables.end() && table->second.foreign) {
        add_lock(out, t, LockMode::AccessExclusive, false);
        return;
    }
    if (auto it = table; it != ctx.from.tables.end())
        if (const Column* c = it->second.find_column(column)) from_type = c->type;
    if (auto it = ctx.to.tables.find(t); it != ctx.to.tables.end())
        if (const Column* c = it->second.find_column(column)) to_type = c->type;
    // USING col::type is what PostgreSQL does anyway; a cast through another type is not.
    bool plain_using = !def.contains("raw_default") ||
                       (node_type(def["raw_default"]) == "TypeCast" &&
                        node_type(node_body(def["raw_default"]).value("arg", Node::object())) == "ColumnRef");
    bool rewrite = !plain_using || from_type.empty() || to_type.empty() ||
                   !changes_without_rewrite(from_type, to_type);
    if (rewrite)
        add_hazard(out, hazard::kTableRewrite,
                   "changing the type of " + column_ref(t, column) +
                       (from_type.empty() ? "" : " from " + from_type) + " rewrites the table and its indexes",
                   t);
    add_lock(out, t, LockMode::AccessExclusive, rewrite);
}

void set_not_null(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    std::string column = get_string(cmd, "name");
    bool proven = ctx.proven_not_null.count({t, column}) > 0;
    if (!proven)
        add_hazard(out, hazard::kValidationScan,
                   "SET NOT NULL on " + column_ref(t, column) + " scans every row under the lock", t);
    add_lock(out, t, LockMode::AccessExclusive, !proven);
}

void add_constraint(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    const Node& con = node_body(cmd["def"]);
    std::string contype = get_string(con, "contype");
    std::string name = get_string(con, "conname");
    bool not_valid = get_bool(con, "skip_validation");
    if (contype == "CONSTR_CHECK") {
        std::string column;
        if (con.contains("raw_expr") && is_not_null_test(con["raw_expr"], column)) {
            if (not_valid) ctx.not_null_checks[{t, name}] = column;
            else ctx.proven_not_null.insert({t, column});
        }
        if (!not_valid) add_hazard(out, hazard::kValidationScan, "CHECK " + sql_ident(name) + " scans every row", t);
        add_lock(out, t, LockMode::AccessExclusive, !not_valid);
    } else if (contype == "CONSTR_FOREIGN") {
        if (!not_valid)
            add_hazard(out, hazard::kValidationScan, "FOREIGN KEY " + sql_ident(name) + " checks every row", t);
        add_lock(out, t, LockMode::ShareRowExclusive, !not_valid);
        if (con.contains("pktable"))
            add_lock(out, range_var_name(con["pktable"]), LockMode::ShareRowExclusive, !not_valid);
    } else if (contype == "CONSTR_PRIMARY" || contype == "CONSTR_UNIQUE" || contype == "CONSTR_EXCLUSION") {
        bool builds = get_string(con, "indexname").empty();
        if (builds) add_hazard(out, hazard::kIndexBuild, "builds the index of " + sql_ident(name), t);
        add_lock(out, t, LockMode::AccessExclusive, builds);
    } else {
        add_lock(out, t, LockMode::AccessExclusive);
    }
}

void validate_constraint(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    std::string name = get_string(cmd, "name");
    if (auto it = ctx.not_null_checks.find({t, name}); it != ctx.not_null_checks.end())
        ctx.proven_not_null.insert({t, it->second});
    add_hazard(out, hazard::kValidationScan,
               "VALIDATE " + sql_ident(name) + " scans every row; reads and writes continue meanwhile", t);
    add_lock(out, t, LockMode::ShareUpdateExclusive, true);
}

void drop_constraint(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    std::string name = get_string(cmd, "name");
    add_lock(out, t, LockMode::AccessExclusive);
    auto it = ctx.from.tables.find(t);
    const Constraint* con = it == ctx.from.tables.end() ? nullptr : it->second.find_constraint(name);
    if (!con) return;
    if (con->type == ConstraintType::PrimaryKey || con->type == ConstraintType::Unique ||
        con->type == ConstraintType::Exclusion)
        add_hazard(out, hazard::kIndexDropped, "dropping " + sql_ident(name) + " drops its index", t);
    if (con->type == ConstraintType::ForeignKey) add_lock(out, con->references.table, LockMode::ShareRowExclusive);
}

void attach_partition(const QualifiedName& t, const Node& cmd, EffectContext& ctx, StatementEffects& out) {
    add_lock(out, t, LockMode::ShareUpdateExclusive);
    const Node& part = node_body(cmd["def"]);
    QualifiedName partition = range_var_name(part["name"]);
    if (ctx.holds_data(partition))
        add_hazard(out, hazard::kValidationScan,
                   "ATTACH scans " + sql_qualified(partition.schema, partition.name) + " to check its bound",
                   partition);
    add_lock(out, partition, LockMode::AccessExclusive, true);
}

void detach_partition(const QualifiedName& t, const Node& cmd, StatementEffects& out) {
    const Node& part = node_body(cmd["def"]);
    LockMode mode = get_bool(part, "concurrent") ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive;
    add_lock(out, t, mode);
    add_lock(out, range_var_name(part["name"]), LockMode::AccessExclusive);
}

// A generated column's values follow from the other columns: dropping it loses nothing.
bool is_generated(const Catalog& c, const QualifiedName& t, const std::string& column) {
    auto it = c.tables.find(t);
    const Column* col = it == c.tables.end() ? nullptr : it->second.find_column(column);
    return col && col->generated;
}

}  // namespace

void alter_table_effects(const Node& body, EffectContext& ctx, StatementEffects& out) {
    std::string objtype = get_string(body, "objtype");
    if (objtype == "OBJECT_TYPE") return;  // ALTER TYPE ... ATTRIBUTE: no table of its own
    QualifiedName t = range_var_name(body["relation"]);
    for (const auto& wrapped : get_list(body, "cmds")) {
        const Node& cmd = node_body(wrapped);
        std::string sub = get_string(cmd, "subtype");
        std::string column = get_string(cmd, "name");
        if (sub == "AT_AddColumn") add_column(t, cmd, ctx, out);
        else if (sub == "AT_DropColumn") {
            if (!is_generated(ctx.from, t, column))
                add_hazard(out, hazard::kDataLoss, "drops column " + column_ref(t, column) + " and its data", t);
            add_lock(out, t, LockMode::AccessExclusive);
        } else if (sub == "AT_AlterColumnType") alter_column_type(t, cmd, ctx, out);
        else if (sub == "AT_SetNotNull") set_not_null(t, cmd, ctx, out);
        else if (sub == "AT_AddConstraint") add_constraint(t, cmd, ctx, out);
        else if (sub == "AT_ValidateConstraint") validate_constraint(t, cmd, ctx, out);
        else if (sub == "AT_DropConstraint") drop_constraint(t, cmd, ctx, out);
        else if (sub == "AT_AttachPartition") attach_partition(t, cmd, ctx, out);
        else if (sub == "AT_DetachPartition") detach_partition(t, cmd, out);
        else if (sub == "AT_SetLogged" || sub == "AT_SetUnLogged" || sub == "AT_SetTableSpace" ||
                 sub == "AT_SetAccessMethod") {
            add_hazard(out, hazard::kTableRewrite, "rewrites " + sql_qualified(t.schema, t.name) + " into new files", t);
            add_lock(out, t, LockMode::AccessExclusive, true);
        } else if (sub == "AT_DisableRowSecurity" || sub == "AT_NoForceRowSecurity") {
            // Where the plan's result still enables (forces) it, the plan turns it back on
            // under the same lock (a table rebuilt with its rows is copied without it).
            auto after = ctx.to.tables.find(t);
            bool kept = after != ctx.to.tables.end() &&
                        (sub == "AT_DisableRowSecurity" ? after->second.rls_enabled : after->second.rls_forced);
            if (!kept)
                add_hazard(out, hazard::kIsolationWeakened,
                           std::string(sub == "AT_DisableRowSecurity" ? "disables" : "stops forcing") +
                               " row-level security on " + sql_qualified(t.schema, t.name));
            add_lock(out, t, LockMode::AccessExclusive);
        } else if (sub == "AT_ChangeOwner") {
            add_hazard(out, hazard::kAuthorizationChange, "changes the owner of " + sql_qualified(t.schema, t.name));
            add_lock(out, t, LockMode::AccessExclusive);
        } else if (sub == "AT_AlterConstraint" || sub.rfind("AT_EnableTrig", 0) == 0 ||
                   sub.rfind("AT_DisableTrig", 0) == 0 || sub.rfind("AT_EnableAlwaysTrig", 0) == 0 ||
                   sub.rfind("AT_EnableReplicaTrig", 0) == 0)
            add_lock(out, t, LockMode::ShareRowExclusive);
        else if (sub == "AT_SetRelOptions" || sub == "AT_ResetRelOptions" || sub == "AT_SetStatistics" ||
                 sub == "AT_SetOptions" || sub == "AT_ResetOptions" ||
                 sub == "AT_ClusterOn" || sub == "AT_DropCluster")
            add_lock(out, t, LockMode::ShareUpdateExclusive);
        else add_lock(out, t, LockMode::AccessExclusive);
    }
}

}  // namespace pgfleet
