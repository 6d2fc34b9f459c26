// Columns of existing tables: ADD / DROP / ALTER COLUMN.
#include <algorithm>
#include <cctype>

#include "catalog/inheritance.h"
#include "catalog/not_null_name.h"
#include "catalog/sql_name.h"
#include "catalog/type_storage.h"
#include "differ/inherited_column.h"
#include "differ/table_parts.h"
#include "planner/ddl.h"
#include "planner/expand.h"
#include "planner/gen_foreign_table.h"
#include "planner/generic_options_sql.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

struct ColumnAlter {
    const Change& change;
    PlanBuilder& plan;
    std::string prefix;

    void add(const std::string& clause, std::vector<ObjectKey> creates = {}, std::vector<ObjectKey> removes = {}) {
        Statement s{.sql = prefix + clause, .object = change.key, .action = ChangeAction::Alter, .phase = Phase::Alter};
        s.creates = std::move(creates);
        s.removes = std::move(removes);
        if (s.creates.empty() && s.removes.empty()) s.modifies = {change.key};
        plan.add(std::move(s));
    }
};

// The current primary key holding `column`: the server refuses DROP NOT NULL until it is gone.
std::vector<ObjectKey> primary_keys_with(const Table& table, const std::string& column) {
    std::vector<ObjectKey> out;
    for (const auto& k : table.constraints)
        if (k.type == ConstraintType::PrimaryKey && std::count(k.columns.begin(), k.columns.end(), column))
            out.push_back(constraint_key(table.name, k.name));
    return out;
}

// A foreign table's column carries its OPTIONS right after its type.
std::string column_sql(const Catalog& catalog, const QualifiedName& table, const Column& col,
                       std::vector<std::string>& secrets) {
    const Table& t = catalog.tables.at(table);
    return t.foreign ? foreign_column_definition(t, col, secrets) : ddl::column_definition(col);
}

// A new column of a table typed by the same type before and after comes with ALTER TYPE
// ... ADD ATTRIBUTE CASCADE; only its own settings are left to set.
bool comes_with_type(const PlanInput& in, const QualifiedName& table) {
    auto from = in.from.tables.find(table);
    auto to = in.to.tables.find(table);
    return from != in.from.tables.end() && to != in.to.tables.end() && to->second.of_type &&
           from->second.of_type == to->second.of_type;
}

// PostgreSQL 18 names a NOT NULL that SET NOT NULL makes, and keeps a name through table and
// column renames: a name the desired state has otherwise is given by RENAME CONSTRAINT.
void rename_not_null(const ObjectKey& key, const QualifiedName& table, const std::string& from, const std::string& to,
                     PlanBuilder& plan) {
    if (from == to || !plan.in.not_null_names) return;
    plan.add({.sql = "ALTER TABLE " + ddl::name(table) + " RENAME CONSTRAINT " + sql_ident(from) + " TO " + sql_ident(to),
              .object = key, .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {key}});
    // An inherited constraint cannot be renamed: on a table moving to another parent, only
    // between its DETACH and its ATTACH (which waits for its columns' changes).
    auto was = plan.in.from.tables.find(table);
    auto will = plan.in.to.tables.find(table);
    if (was != plan.in.from.tables.end() && will != plan.in.to.tables.end() &&
        (!(was->second.partition_of == will->second.partition_of) || was->second.inherits != will->second.inherits))
        plan.statements.back().follows_changes_of = {table_key(table)};
}

void settle_typed_column(const Change& c, const Column& col, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    std::string alter = ddl::alter_relation(plan.in.to, table) + " ALTER COLUMN " + sql_ident(col.name);
    auto add = [&](const std::string& clause, std::vector<ObjectKey> creates = {}) {
        Statement s{.sql = alter + clause, .object = c.key, .action = ChangeAction::Alter, .phase = Phase::Create};
        s.needs = {c.key};
        s.creates = std::move(creates);
        plan.add(std::move(s));
    };
    if (col.default_value) add(" SET DEFAULT " + col.default_value->sql, {default_key(table, col.name)});
    if (col.not_null) add(" SET NOT NULL");
    if (col.not_null) rename_not_null(c.key, table, default_not_null_name(table.name, col.name), not_null_name(table, col), plan);
    plan_initial_comment(c.key, col.comment, plan);
    plan_privilege_change(c.key, "TABLE " + ddl::name(table), {}, col.privileges, plan, col.name);
    plan_column_settings(c.key, nullptr, col, plan);
}

// The column added before `col` in the declared order, if the plan adds one: PostgreSQL
// appends, so columns are added in the order they are declared, unless the earlier one is
// generated from `col` and must come after it.
std::optional<ObjectKey> previous_added_column(const PlanInput& in, const QualifiedName& table, const Column& col) {
    auto before = in.from.tables.find(table);
    if (before == in.from.tables.end()) return std::nullopt;
    std::optional<ObjectKey> previous;
    for (const auto& c : in.to.tables.at(table).columns) {
        if (c.name == col.name) break;
        const Column* old = before->second.find_column(c.name);
        if (c.local && (!old || column_replaced(*old, c))) previous = column_key(table, c.name);
    }
    if (!previous) return std::nullopt;
    const auto& reads = in.to_graph.dependencies_of(*previous);
    if (std::find(reads.begin(), reads.end(), column_key(table, col.name)) != reads.end()) return std::nullopt;
    return previous;
}

void add_column(const Change& c, const Column& col, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    if (comes_with_type(plan.in, table)) return settle_typed_column(c, col, plan);
    std::vector<ObjectKey> creates{c.key};
    if (col.default_value) creates.push_back(default_key(table, col.name));
    if (col.identity) creates.push_back(sequence_key(col.identity->sequence));
    std::vector<std::string> secrets;
    std::string sql = ddl::alter_relation(plan.in.to, table) + " ADD COLUMN " + column_sql(plan.in.to, table, col, secrets);
    Statement s{.sql = with_secret_note(sql, secrets), .object = c.key,
                .action = ChangeAction::Create, .phase = Phase::Create, .creates = creates};
    if (auto previous = previous_added_column(plan.in, table, col)) s.needs.push_back(*previous);
    plan.add(std::move(s));
    plan_initial_comment(c.key, col.comment, plan);
    plan_privilege_change(c.key, "TABLE " + ddl::name(table), {}, col.privileges, plan, col.name);
    plan_column_settings(c.key, nullptr, col, plan);
}

// An inheriting table that still has the column in the desired state keeps it: dropped
// ONLY from the parent, the child's column stays, with its data, as a column of its own.
bool inheritor_keeps(const PlanInput& in, const QualifiedName& parent, const std::string& column) {
    for (const auto& [name, t] : in.to.tables) {
        if (std::find(t.inherits.begin(), t.inherits.end(), parent) == t.inherits.end() || !t.find_column(column))
            continue;
        auto before = in.from.tables.find(name);
        if (before != in.from.tables.end() && before->second.find_column(column)) return true;
    }
    return false;
}

void drop_column(const Change& c, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    std::vector<ObjectKey> removes = dropped_along(plan.in, c.key);
    removes.push_back(c.key);
    const Table& t = plan.in.from.tables.at(table);
    std::string target = !t.foreign && !t.partition_by && inheritor_keeps(plan.in, table, c.key.sub)
                             ? "ALTER TABLE ONLY " + ddl::name(table)
                             : ddl::alter_relation(plan.in.from, table);
    plan.add({.sql = target + " DROP COLUMN " + sql_ident(c.key.sub), .object = c.key, .action = ChangeAction::Drop,
              .phase = Phase::Drop, .removes = removes});
    if (target.rfind("ALTER TABLE ONLY", 0) != 0) return;
    // The other inheritors kept the column too; those that should not have it lose it now.
    for (const auto& [name, child] : plan.in.from.tables) {
        if (std::find(child.inherits.begin(), child.inherits.end(), table) == child.inherits.end()) continue;
        auto after = plan.in.to.tables.find(name);
        if (after == plan.in.to.tables.end() || after->second.find_column(c.key.sub)) continue;
        ObjectKey key = column_key(name, c.key.sub);
        plan.add({.sql = ddl::alter_relation(plan.in.from, name) + " DROP COLUMN " + sql_ident(c.key.sub), .object = key,
                  .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = {key}});
    }
}

// On a table that holds data, NOT NULL is proven by a check validated without blocking
// writes; SET NOT NULL then uses the check instead of scanning under its lock.
void set_not_null(ColumnAlter& alter, const QualifiedName& table) {
    const Table& t = alter.plan.in.from.tables.at(table);
    OnlineChoice choice = t.partition_by || t.foreign ? OnlineChoice{} : alter.plan.in.online.choose(table);
    if (!choice.online) {
        alter.add(" SET NOT NULL");
        alter.plan.statements.back().note = choice.note;
        return;
    }
    const std::string& column = alter.change.key.sub;
    std::string check = sql_ident(ddl::helper_name(column, "_pgfleet_not_null"));
    std::string on = "ALTER TABLE " + ddl::name(table);
    auto step = [&](const std::string& sql) {
        Statement s{.sql = sql, .object = alter.change.key, .action = ChangeAction::Alter, .phase = Phase::Alter,
                    .modifies = {alter.change.key}};
        alter.plan.add(std::move(s));
        return &alter.plan.statements.back();
    };
    step(on + " ADD CONSTRAINT " + check + " CHECK (" + sql_ident(column) + " IS NOT NULL) NOT VALID")->note =
        choice.note;
    step(on + " VALIDATE CONSTRAINT " + check)->own_transaction = true;
    alter.add(" SET NOT NULL");
    step(on + " DROP CONSTRAINT " + check);
}

void alter_identity(ColumnAlter& alter, const Column& from, const Column& to) {
    if (!to.identity) {
        alter.add(" DROP IDENTITY");
        return;
    }
    const Identity& id = *to.identity;
    if (!from.identity) {
        // The identity's sequence takes a relation name, possibly one a serial sequence frees.
        alter.add(std::string(" ADD GENERATED ") + (id.always ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (SEQUENCE NAME " +
                      ddl::name(id.sequence) + ddl::sequence_clauses(id.options, false) + ")",
                  {alter.change.key, sequence_key(id.sequence)});
        return;
    }
    const Identity& old = *from.identity;
    if (old.always != id.always) alter.add(std::string(" SET GENERATED ") + (id.always ? "ALWAYS" : "BY DEFAULT"));
    const SequenceOptions& a = old.options;
    const SequenceOptions& b = id.options;
    std::string set;
    if (a.increment != b.increment) set += " SET INCREMENT BY " + std::to_string(b.increment);
    if (a.min_value != b.min_value) set += " SET MINVALUE " + std::to_string(b.min_value);
    if (a.max_value != b.max_value) set += " SET MAXVALUE " + std::to_string(b.max_value);
    if (a.start != b.start) set += " SET START WITH " + std::to_string(b.start);
    if (a.cache != b.cache) set += " SET CACHE " + std::to_string(b.cache);
    if (a.cycle != b.cycle) set += b.cycle ? " SET CYCLE" : " SET NO CYCLE";
    if (a.start < b.min_value || a.start > b.max_value) set += " RESTART WITH " + std::to_string(b.start);
    if (!set.empty()) alter.add(set);
    if (old.sequence != id.sequence) {
        alter.plan.add({.sql = "ALTER SEQUENCE " + ddl::name(old.sequence) + " RENAME TO " + sql_ident(id.sequence.name),
                        .object = alter.change.key, .action = ChangeAction::Alter, .phase = Phase::Alter,
                        .modifies = {alter.change.key}});
    }
}

}  // namespace

void plan_column_settings(const ObjectKey& key, const Column* from, const Column& to, PlanBuilder& plan) {
    std::string alter = "ALTER TABLE " + ddl::name({key.schema, key.name}) + " ALTER COLUMN " + sql_ident(to.name);
    auto option_name = [](const std::string& o) { return o.substr(0, o.find('=')); };
    std::vector<std::string> old_options = from ? from->options : std::vector<std::string>{};
    std::string reset, set;
    for (const auto& o : old_options) {
        bool kept = std::any_of(to.options.begin(), to.options.end(),
                                [&](const std::string& n) { return option_name(n) == option_name(o); });
        if (!kept) reset += (reset.empty() ? "" : ", ") + option_name(o);
    }
    for (const auto& o : to.options)
        if (std::find(old_options.begin(), old_options.end(), o) == old_options.end())
            set += (set.empty() ? "" : ", ") + sql_ident(option_name(o)) + "=" + o.substr(o.find('=') + 1);
    auto add = [&](const std::string& clause) {
        plan.add({.sql = alter + clause, .object = key, .action = ChangeAction::Alter, .phase = Phase::Alter,
                  .modifies = {key}});
    };
    if (!reset.empty()) add(" RESET (" + reset + ")");
    if (!set.empty()) add(" SET (" + set + ")");
    int old_statistics = from ? from->statistics : -1;
    if (to.statistics != old_statistics) add(" SET STATISTICS " + std::to_string(to.statistics));
    // Storage and compression apply to values stored from now on; nothing is rewritten.
    if (to.storage != (from ? from->storage : "")) {
        std::string word = to.storage.empty() ? default_storage(plan.in.to, to.type) : to.storage;
        for (auto& ch : word) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        add(" SET STORAGE " + word);
    }
    if (to.compression != (from ? from->compression : ""))
        add(" SET COMPRESSION " + (to.compression.empty() ? std::string("DEFAULT") : to.compression));
}

// A column whose default follows its parent's (differ/inherited_column.h) gets its own
// after the parent's statements reached it; with none declared, the one they gave is dropped.
void plan_inherited_default(const Change& c, const Column& to, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    const Table& parent = *single_parent(plan.in.to, plan.in.to.tables.at(table));
    ColumnAlter alter{c, plan, ddl::alter_relation(plan.in.to, table) + " ALTER COLUMN " + sql_ident(c.key.sub)};
    ObjectKey dk = default_key(table, c.key.sub);
    if (to.default_value) alter.add(" SET DEFAULT " + to.default_value->sql, {dk});
    else alter.add(" DROP DEFAULT", {}, {dk});
    Statement& s = plan.statements.back();
    ObjectKey parent_default = default_key(parent.name, c.key.sub);
    s.needs = {column_key(parent.name, c.key.sub), parent_default};
    s.follows_removal_of = {parent_default};
}

void plan_column(const Change& c, PlanBuilder& plan) {
    QualifiedName table{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        drop_column(c, plan);
        return;
    }
    const Column& to = *plan.in.to.tables.at(table).find_column(c.key.sub);
    if (c.action == ChangeAction::Create) {
        add_column(c, to, plan);
        return;
    }
    if (c.replace) {
        drop_column(c, plan);
        add_column(c, to, plan);
        return;
    }
    // A column taken from a parent starts from what the parent's statements leave there.
    bool follows_parent = column_follows_parent(plan.in.from, plan.in.to, plan.in.to.tables.at(table), c.key.sub);
    std::optional<Column> after_parents;
    if (follows_parent) after_parents = column_after_parents(plan.in.from, plan.in.to, plan.in.to.tables.at(table), c.key.sub);
    size_t first = plan.statements.size();
    if (follows_parent && changes_attribute(c, "default")) plan_inherited_default(c, to, plan);
    const Column& from = after_parents ? *after_parents : *plan.in.from.tables.at(table).find_column(c.key.sub);
    ColumnAlter alter{c, plan, ddl::alter_relation(plan.in.to, table) + " ALTER COLUMN " + sql_ident(c.key.sub)};
    bool retype = changes_attribute(c, "type") || changes_attribute(c, "collation");
    bool default_changes = changes_attribute(c, "default") && !follows_parent;
    // A default that may not survive the new type is taken off first and put back after.
    ObjectKey dk = default_key(table, c.key.sub);
    if (from.default_value && (default_changes || retype)) alter.add(" DROP DEFAULT", {}, {dk});
    // An identity gives way before a default takes its place.
    bool identity_dropped = changes_attribute(c, "identity") && from.identity && !to.identity;
    if (identity_dropped) alter.add(" DROP IDENTITY");
    if (changes_attribute(c, "generated") && !to.generated) alter.add(" DROP EXPRESSION");
    if (retype) {
        std::string clause = " TYPE " + to.type;
        if (!to.collation.empty()) clause += " COLLATE " + to.collation;
        // A foreign table holds no rows to convert, and its ALTER takes no USING.
        if (!plan.in.to.tables.at(table).foreign) clause += " USING " + ddl::converted_value(to.name, from.type, to.type);
        alter.add(clause, {c.key}, {c.key});
    }
    if (to.default_value && (default_changes || (retype && from.default_value)))
        alter.add(" SET DEFAULT " + to.default_value->sql, {dk});
    // Identity needs NOT NULL first; dropping identity keeps NOT NULL, so it goes after.
    if (changes_attribute(c, "not_null") && to.not_null) {
        set_not_null(alter, table);
        rename_not_null(c.key, table, default_not_null_name(table.name, to.name), not_null_name(table, to), plan);
    }
    if (changes_attribute(c, "not_null_name"))
        rename_not_null(c.key, table, not_null_name(table, from), not_null_name(table, to), plan);
    if (changes_attribute(c, "identity") && !identity_dropped) alter_identity(alter, from, to);
    if (changes_attribute(c, "not_null") && !to.not_null) {
        alter.add(" DROP NOT NULL");
        plan.statements.back().follows_removal_of = primary_keys_with(plan.in.from.tables.at(table), c.key.sub);
    }
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, to.comment, plan);
    if (changes_attribute(c, "options") || changes_attribute(c, "statistics") || changes_attribute(c, "storage") ||
        changes_attribute(c, "compression"))
        plan_column_settings(c.key, &from, to, plan);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "TABLE " + ddl::name(table), from.privileges, to.privileges, plan, c.key.sub);
    // After the parent's statements, which reach this column too.
    if (follows_parent) {
        ObjectKey parent_column = column_key(single_parent(plan.in.to, plan.in.to.tables.at(table))->name, c.key.sub);
        for (size_t i = first; i < plan.statements.size(); ++i) plan.statements[i].follows_changes_of.push_back(parent_column);
    }
}

}  // namespace pgfleet
