// Tables. CREATE TABLE carries columns and every constraint except foreign keys, which are
// added afterwards so tables can reference each other in any order.
#include <algorithm>
#include <map>

#include "catalog/not_null_name.h"
#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/expand.h"
#include "planner/fk_cycles.h"
#include "planner/gen_foreign_table.h"
#include "planner/gen_table_rebuild.h"
#include "planner/generic_options_sql.h"
#include "planner/partition_copies.h"
#include "planner/plan_builder.h"

namespace pgfleet {
namespace {

std::string options_list(const std::vector<std::string>& options) {
    std::string out;
    for (const auto& o : options) {
        auto eq = o.find('=');
        out += (out.empty() ? "" : ", ") + o.substr(0, eq) + "=" + sql_literal(o.substr(eq + 1));
    }
    return out;
}

std::string option_names(const std::vector<std::string>& options) {
    std::string out;
    for (const auto& o : options) out += (out.empty() ? "" : ", ") + o.substr(0, o.find('='));
    return out;
}

// ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY, for what differs from `before`,
// after the objects `after` (if the plan makes them).
void plan_row_security(const ObjectKey& key, const Table& t, const Table& before, PlanBuilder& plan,
                       const std::vector<ObjectKey>& after = {}) {
    std::string alter = "ALTER TABLE " + ddl::name(t.name);
    auto add = [&](const std::string& what) {
        Statement s{.sql = alter + " " + what, .object = key, .action = ChangeAction::Alter, .phase = Phase::Alter};
        s.modifies = {key};
        s.needs = after;
        plan.add(std::move(s));
    };
    if (t.rls_enabled != before.rls_enabled) add(t.rls_enabled ? "ENABLE ROW LEVEL SECURITY" : "DISABLE ROW LEVEL SECURITY");
    if (t.rls_forced != before.rls_forced) add(t.rls_forced ? "FORCE ROW LEVEL SECURITY" : "NO FORCE ROW LEVEL SECURITY");
}

// REPLICA IDENTITY, after the index it names exists.
void plan_replica_identity(const ObjectKey& key, const Table& t, PlanBuilder& plan) {
    static const std::map<std::string, std::string> forms = {{"d", "DEFAULT"}, {"f", "FULL"}, {"n", "NOTHING"}};
    Statement s{.sql = "ALTER TABLE " + ddl::name(t.name) + " REPLICA IDENTITY ", .object = key,
                .action = ChangeAction::Alter, .phase = Phase::Create};
    if (t.replica_identity == "i") {
        s.sql += "USING INDEX " + sql_ident(t.replica_identity_index);
        QualifiedName index{t.name.schema, t.replica_identity_index};
        s.needs = {t.find_constraint(index.name) ? constraint_key(t.name, index.name) : index_key(index)};
    } else {
        auto form = forms.find(t.replica_identity);
        s.sql += form != forms.end() ? form->second : "DEFAULT";
    }
    s.modifies = {key};
    plan.add(std::move(s));
}

// CLUSTER ON, after the index exists; SET WITHOUT CLUSTER.
void plan_cluster(const ObjectKey& key, const Table& t, PlanBuilder& plan) {
    Statement s{.sql = "ALTER TABLE " + ddl::name(t.name), .object = key, .action = ChangeAction::Alter,
                .phase = t.clustered_index.empty() ? Phase::Alter : Phase::Create};
    if (t.clustered_index.empty()) {
        s.sql += " SET WITHOUT CLUSTER";
    } else {
        s.sql += " CLUSTER ON " + sql_ident(t.clustered_index);
        s.needs = {t.find_constraint(t.clustered_index) ? constraint_key(t.name, t.clustered_index)
                                                          : index_key({t.name.schema, t.clustered_index})};
    }
    s.modifies = {key};
    plan.add(std::move(s));
}

// True when the column's NOT NULL is the one it takes from `parent` (PostgreSQL 18 names
// the child's after the parent's; a NOT NULL the child declares is named for the child).
bool not_null_from(const Table& t, const Column& col, const Table& parent, bool names) {
    const Column* p = parent.find_column(col.name);
    if (!p || !p->not_null) return false;
    return !names || not_null_name(t.name, col) == not_null_name(parent.name, *p);
}

// PARTITION OF repeats a column only where it differs from the parent's.
std::string partition_column_overrides(const Table& t, const Table& parent, bool names) {
    std::string out;
    for (const auto& col : t.columns) {
        const Column* p = parent.find_column(col.name);
        std::string options;
        if (col.default_value && (!p || !(p->default_value == col.default_value)))
            options += " DEFAULT " + col.default_value->sql;
        // The parent's default unless told otherwise; DEFAULT NULL says "none" and is not stored.
        if (!col.default_value && p && p->default_value) options += " DEFAULT NULL";
        if (col.not_null && !not_null_from(t, col, parent, names))
            options += (col.not_null_name.empty() ? "" : " CONSTRAINT " + sql_ident(col.not_null_name)) + " NOT NULL";
        if (!options.empty()) out += (out.empty() ? "\n    " : ",\n    ") + sql_ident(col.name) + " WITH OPTIONS" + options;
    }
    return out;
}

std::string partition_key_sql(const PartitionKey& key) {
    std::string out;
    for (const auto& el : key.elements) out += (out.empty() ? "" : ", ") + ddl::index_element(el);
    std::string strategy = key.strategy;
    for (auto& ch : strategy) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
    return " PARTITION BY " + strategy + " (" + out + ")";
}

// The foreign keys that reference `table` or that it holds.
std::vector<ObjectKey> foreign_keys_touching(const Catalog& c, const QualifiedName& table) {
    std::vector<ObjectKey> out;
    for (const auto& [name, t] : c.tables)
        for (const auto& con : t.constraints)
            if (con.type == ConstraintType::ForeignKey && (name == table || con.references.table == table))
                out.push_back(constraint_key(name, con.name));
    return out;
}

// `rows_from`, when set, is the table rebuilt: its rows are inserted right after the CREATE.
void create_table(const Change& c, const Table& t, PlanBuilder& plan, const Table* rows_from = nullptr) {
    std::vector<ObjectKey> creates{c.key};
    std::vector<std::string> secrets;  // psql variables a foreign table's options need
    std::string body;
    for (const auto& col : t.columns) {
        creates.push_back(column_key(t.name, col.name));
        if (col.default_value) creates.push_back(default_key(t.name, col.name));
        if (col.identity) creates.push_back(sequence_key(col.identity->sequence));
        if (!col.local) continue;  // comes from the parent
        Column own = col;
        // A NOT NULL named as a parent's is that parent's, which the child takes (PostgreSQL 18).
        if (plan.in.not_null_names)
            for (const auto& p : t.inherits)
                if (plan.in.to.tables.count(p) && not_null_from(t, col, plan.in.to.tables.at(p), true))
                    own.not_null = false;
        body += (body.empty() ? "\n    " : ",\n    ") +
                (t.foreign ? foreign_column_definition(t, own, secrets) : ddl::column_definition(own));
        // A column merged with a parent's takes the parent's default unless told otherwise;
        // DEFAULT NULL says "none" and is not stored.
        if (!col.default_value)
            for (const auto& p : t.inherits) {
                const Column* pc = plan.in.to.tables.count(p) ? plan.in.to.tables.at(p).find_column(col.name) : nullptr;
                if (pc && pc->default_value) {
                    body += " DEFAULT NULL";
                    break;
                }
            }
    }
    if (t.partition_of)
        body = partition_column_overrides(t, plan.in.to.tables.at(t.partition_of->parent), plan.in.not_null_names);
    // A typed table's columns are the type's attributes; only their options are written.
    if (t.of_type) body = partition_column_overrides(t, Table{}, plan.in.not_null_names);
    // NOT VALID inside CREATE TABLE ends valid; such a constraint is added after the table.
    auto added_later = [&](const Constraint& con) {
        return con.type == ConstraintType::ForeignKey || (!con.validated && !t.foreign);
    };
    for (const auto& con : t.constraints) {
        if (added_later(con)) continue;
        body += (body.empty() ? "\n    " : ",\n    ") + std::string("CONSTRAINT ") + sql_ident(con.name) + " " +
                ddl::constraint_definition(con);
        creates.push_back(constraint_key(t.name, con.name));
    }
    std::string sql = std::string("CREATE ") + (t.persistence == "u" ? "UNLOGGED " : "") + (t.foreign ? "FOREIGN " : "") +
                      "TABLE " + ddl::name(t.name);
    if (t.of_type) {
        sql += " OF " + ddl::name(*t.of_type) + (body.empty() ? "" : " (" + body + "\n)");
    } else if (t.partition_of) {
        sql += " PARTITION OF " + ddl::name(t.partition_of->parent) + (body.empty() ? "" : " (" + body + "\n)") + " " +
               t.partition_of->bound.sql;
    } else {
        sql += " (" + body + (body.empty() ? ")" : "\n)");
        if (!t.inherits.empty()) {
            std::string parents;
            for (const auto& p : t.inherits) parents += (parents.empty() ? "" : ", ") + ddl::name(p);
            sql += " INHERITS (" + parents + ")";
        }
    }
    if (t.partition_by) sql += partition_key_sql(*t.partition_by);
    if (!t.options.empty()) sql += " WITH (" + options_list(t.options) + ")";
    if (t.foreign) sql = with_secret_note(sql + foreign_table_server(t, secrets), secrets);
    plan.add({.sql = sql, .object = c.key, .action = ChangeAction::Create, .phase = Phase::Create, .creates = creates});
    if (rows_from) plan_rows_restored(c.key, *rows_from, t, creates, plan);
    for (const auto& col : t.columns) plan_column_settings(column_key(t.name, col.name), nullptr, col, plan);
    for (const auto& con : t.constraints) {
        if (!added_later(con)) continue;
        plan_constraint({constraint_key(t.name, con.name), ChangeAction::Create, {}, false}, plan);
    }
    // A foreign key's check of existing rows sees only what the policies let the owner see
    // once security is forced: a rebuilt table's keys are checked before it is turned on.
    plan_row_security(c.key, t, {}, plan, rows_from ? foreign_keys_touching(plan.in.to, t.name) : std::vector<ObjectKey>{});
    if (t.replica_identity != "d") plan_replica_identity(c.key, t, plan);
    if (!t.clustered_index.empty()) plan_cluster(c.key, t, plan);
    if (!t.owner.empty()) plan_owner_change(c.key, t.owner, plan);
    plan_initial_comment(c.key, t.comment, plan);
    plan_privilege_change(c.key, "TABLE " + ddl::name(t.name), kind_default_privileges(plan.in, c.key), t.privileges, plan);
    for (const auto& col : t.columns) {
        plan_initial_comment(column_key(t.name, col.name), col.comment, plan);
        plan_privilege_change(column_key(t.name, col.name), "TABLE " + ddl::name(t.name), {}, col.privileges, plan,
                              col.name);
    }
    for (const auto& con : t.constraints)
        if (!added_later(con)) plan_initial_comment(constraint_key(t.name, con.name), con.comment, plan);
}

// ATTACH/DETACH PARTITION and INHERIT/NO INHERIT for a table that stays.
void plan_parents(const ObjectKey& key, const Table& from, const Table& to, PlanBuilder& plan) {
    auto add = [&](std::string sql, Phase phase, std::vector<ObjectKey> needs = {}, std::vector<ObjectKey> creates = {},
                   std::vector<ObjectKey> removes = {}) {
        // Only needs: columns of the child must be added before, never after, an attach.
        Statement s{.sql = std::move(sql), .object = key, .action = ChangeAction::Alter, .phase = phase};
        s.needs = std::move(needs);
        s.creates = std::move(creates);
        s.removes = std::move(removes);
        plan.add(std::move(s));
    };
    // Attaching needs the columns of both tables to match: after every column is in place.
    auto columns_of = [&](const Table& parent) {
        std::vector<ObjectKey> keys;
        for (const auto& col : parent.columns) keys.push_back(column_key(parent.name, col.name));
        for (const auto& col : to.columns) keys.push_back(column_key(to.name, col.name));
        return keys;
    };
    if (!(from.partition_of == to.partition_of)) {
        if (from.partition_of) {
            add("ALTER TABLE " + ddl::name(from.partition_of->parent) + " DETACH PARTITION " + ddl::name(to.name), Phase::Alter,
                {}, copies_detach_creates(plan.in, to.name));
            // It changes the partition, which its old parent's DROP (if any) waits for.
            plan.statements.back().modifies = {key};
        }
        if (to.partition_of) {
            add("ALTER TABLE " + ddl::name(to.partition_of->parent) + " ATTACH PARTITION " + ddl::name(to.name) + " " +
                    to.partition_of->bound.sql,
                Phase::Create, columns_of(plan.in.to.tables.at(to.partition_of->parent)), {},
                copies_attach_takes(plan.in, to.name));
            for (const auto& col : to.columns) plan.statements.back().follows_changes_of.push_back(column_key(to.name, col.name));
        }
    }
    for (const auto& p : from.inherits)
        if (std::find(to.inherits.begin(), to.inherits.end(), p) == to.inherits.end())
            add("ALTER TABLE " + ddl::name(to.name) + " NO INHERIT " + ddl::name(p), Phase::Alter);
    for (const auto& p : to.inherits)
        if (std::find(from.inherits.begin(), from.inherits.end(), p) == from.inherits.end())
            add("ALTER TABLE " + ddl::name(to.name) + " INHERIT " + ddl::name(p), Phase::Create,
                columns_of(plan.in.to.tables.at(p)));
}

}  // namespace

void plan_table(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    bool rows_kept = keeps_rows(c, plan.in);
    auto drop = [&] {
        std::vector<ObjectKey> removes = dropped_along(plan.in, c.key);
        if (rows_kept) {
            removes = without_kept_sequences(plan.in, qn, std::move(removes));
            plan_rows_saved(c.key, plan.in.from.tables.at(qn), plan.in.to.tables.at(qn), plan);
        }
        for (const auto& fk : foreign_keys_in_drop_cycles(plan.in, qn)) {
            ObjectKey key = constraint_key(qn, fk);
            plan.add({.sql = ddl::alter_relation(plan.in.from, qn) + " DROP CONSTRAINT " + sql_ident(fk), .object = key,
                      .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = {key}});
            removes.erase(std::remove(removes.begin(), removes.end(), key), removes.end());
        }
        for (const auto& key : policies_reading_dropped_tables(plan.in, qn)) {
            plan.add({.sql = "DROP POLICY " + sql_ident(plan.in.from.policies.at(key).name) + " ON " + ddl::name(qn),
                      .object = key,
                      .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = {key}});
            removes.erase(std::remove(removes.begin(), removes.end(), key), removes.end());
        }
        removes.push_back(c.key);
        plan.add({.sql = "DROP " + ddl::object_reference(plan.in.from, c.key), .object = c.key,
                  .action = ChangeAction::Drop, .phase = Phase::Drop, .removes = removes});
    };
    if (c.action == ChangeAction::Drop) return drop();
    const Table& t = plan.in.to.tables.at(qn);
    if (c.action == ChangeAction::Create) {
        create_table(c, t, plan);
        return;
    }
    // A new partitioning scheme, or a foreign table on another server (or no longer foreign),
    // cannot be altered in: the table is built again; so is one whose columns must move.
    if (c.replace) {
        drop();
        create_table(c, t, plan, rows_kept ? &plan.in.from.tables.at(qn) : nullptr);
        return;
    }
    const Table& from = plan.in.from.tables.at(qn);
    std::string alter = ddl::alter_relation(plan.in.to, qn);
    if (changes_attribute(c, "foreign")) plan_foreign_options(c, from, t, plan);
    if (changes_attribute(c, "partition_of") || changes_attribute(c, "inherits")) plan_parents(c.key, from, t, plan);
    if (changes_attribute(c, "of_type")) {
        if (from.of_type)
            plan.add({.sql = alter + " NOT OF", .object = c.key, .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
        if (t.of_type) {
            // The columns must match the type's attributes first.
            Statement s{.sql = alter + " OF " + ddl::name(*t.of_type), .object = c.key, .action = c.action,
                        .phase = Phase::Create, .modifies = {c.key}};
            for (const auto& col : t.columns) s.needs.push_back(column_key(t.name, col.name));
            s.needs.push_back(type_key(*t.of_type));
            plan.add(std::move(s));
        }
    }
    if (changes_attribute(c, "persistence"))
        plan.add({.sql = alter + (t.persistence == "u" ? " SET UNLOGGED" : " SET LOGGED"), .object = c.key,
                  .action = c.action, .phase = Phase::Alter, .modifies = {c.key}});
    if (changes_attribute(c, "options")) {
        std::vector<std::string> dropped;
        for (const auto& o : from.options) {
            std::string key = o.substr(0, o.find('='));
            bool kept = false;
            for (const auto& n : t.options) kept |= n.substr(0, n.find('=')) == key;
            if (!kept) dropped.push_back(o);
        }
        if (!dropped.empty())
            plan.add({.sql = alter + " RESET (" + option_names(dropped) + ")", .object = c.key, .action = c.action,
                      .phase = Phase::Alter, .modifies = {c.key}});
        if (!t.options.empty())
            plan.add({.sql = alter + " SET (" + options_list(t.options) + ")", .object = c.key, .action = c.action,
                      .phase = Phase::Alter, .modifies = {c.key}});
    }
    if (changes_attribute(c, "rls_enabled") || changes_attribute(c, "rls_forced")) plan_row_security(c.key, t, from, plan);
    if (changes_attribute(c, "replica_identity")) plan_replica_identity(c.key, t, plan);
    if (changes_attribute(c, "clustered_index")) plan_cluster(c.key, t, plan);
    if (changes_attribute(c, "comment")) plan_comment_change(c.key, t.comment, plan);
    if (changes_attribute(c, "privileges"))
        plan_privilege_change(c.key, "TABLE " + ddl::name(qn), from.privileges, t.privileges, plan);
    if (changes_attribute(c, "owner"))
        plan.add({.sql = alter + " OWNER TO " + sql_ident(t.owner), .object = c.key, .action = c.action,
                  .phase = Phase::Alter, .modifies = {c.key}});
}

}  // namespace pgfleet
