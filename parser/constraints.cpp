#include "parser/constraints.h"

#include <algorithm>
#include <optional>
#include <set>

#include "parser/def_elems.h"
#include "parser/expressions.h"
#include "parser/implicit_names.h"
#include "parser/index_elements.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

std::string action_letter(const std::string& a) { return a.empty() ? "a" : a; }

std::vector<std::string> key_names(const pgast::Node& list) { return pgast::string_list(list); }

const Constraint* primary_key_of(const Table& t) {
    for (const auto& c : t.constraints)
        if (c.type == ConstraintType::PrimaryKey) return &c;
    return nullptr;
}

static void finish_foreign_key(Constraint& c, const pgast::Node& con) {
    c.references.match = pgast::get_string(con, "fk_matchtype", "s");
    c.references.on_update = action_letter(pgast::get_string(con, "fk_upd_action"));
    c.references.on_delete = action_letter(pgast::get_string(con, "fk_del_action"));
    c.references.on_delete_columns = key_names(pgast::get_list(con, "fk_del_set_cols"));
}

// Whether a primary key, unique constraint or plain unique index of `table` has exactly these
// columns (in any order), as a foreign key needs.
static bool has_unique_key(const Catalog& catalog, const Table& table, const std::vector<std::string>& columns) {
    std::set<std::string> wanted(columns.begin(), columns.end());
    for (const auto& k : table.constraints)
        if ((k.type == ConstraintType::PrimaryKey || k.type == ConstraintType::Unique) &&
            std::set<std::string>(k.columns.begin(), k.columns.end()) == wanted)
            return true;
    for (const Index* idx : catalog.indexes_of(table.name)) {
        if (!idx->unique || idx->predicate) continue;
        std::set<std::string> cols;
        bool plain = true;
        for (const auto& e : idx->elements) {
            plain &= !e.column.empty();
            cols.insert(e.column);
        }
        if (plain && cols == wanted) return true;
    }
    return false;
}

void build_foreign_key(StatementContext& ctx, Constraint& c, const pgast::Node& con, const Table* pending) {
    const auto& pk = con.at("pktable");
    auto names = range_var_names(pk);
    const Table* target = nullptr;
    if (auto found = ctx.scope().find_table(names)) {
        target = &ctx.catalog().tables.at(*found);
    } else if (pending && names.back() == pending->name.name &&
               (names.size() == 1 || names[names.size() - 2] == pending->name.schema)) {
        target = pending;
    }
    if (!target)
        throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", ctx.offset_of(pk));
    c.references.table = target->name;
    c.references.columns = key_names(pgast::get_list(con, "pk_attrs"));
    // The primary key of a table being created may come later in the statement: a key that
    // references its own table is completed once the statement's constraints are all known.
    if (c.references.columns.empty() && target == pending && !primary_key_of(*target)) return finish_foreign_key(c, con);
    if (c.references.columns.empty()) {
        const Constraint* key = primary_key_of(*target);
        if (!key)
            throw StatementError("invalid", "there is no primary key for referenced table \"" + target->name.name + "\"",
                                 ctx.offset_of(pk));
        c.references.columns = key->columns;
    }
    for (const auto& col : c.references.columns)
        if (!target->find_column(col))
            throw StatementError("missing-object", "column \"" + col + "\" referenced in foreign key constraint does not exist",
                                 ctx.offset_of(pk));
    // The key of a table being created may come later in the statement.
    if (target != pending && !has_unique_key(ctx.catalog(), *target, c.references.columns))
        throw StatementError("invalid",
                             "there is no unique constraint matching given keys for referenced table \"" +
                                 target->name.name + "\"",
                             ctx.offset_of(pk));
    finish_foreign_key(c, con);
}

void build_exclusion(StatementContext& ctx, Constraint& c, const QualifiedName& table, const pgast::Node& con) {
    c.index_method = pgast::get_string(con, "access_method", "gist");
    for (const auto& pair : pgast::get_list(con, "exclusions")) {
        const auto& items = pgast::get_list(pgast::node_body(pair), "items");
        if (items.size() != 2) continue;
        ExclusionElement e;
        e.element = build_index_element(ctx, table, c.index_method, pgast::node_body(items[0]));
        auto op = pgast::string_list(pgast::get_list(pgast::node_body(items[1]), "items"));
        if (op.size() == 2 && op[0] == "pg_catalog") op.erase(op.begin());
        for (const auto& part : op) e.op += (e.op.empty() ? "" : ".") + part;
        c.exclusion.push_back(e);
    }
    if (con.contains("where_clause"))
        c.where = make_expr(con["where_clause"], ExprContext{ctx.scope(), table, ctx.location_base()});
}

bool same_index_definition(const Constraint& a, const Constraint& b) {
    return a.columns == b.columns && a.include == b.include && a.nulls_not_distinct == b.nulls_not_distinct &&
           a.deferrable == b.deferrable && a.initially_deferred == b.initially_deferred;
}

}  // namespace

bool is_table_constraint(const std::string& t) {
    return t == "CONSTR_CHECK" || t == "CONSTR_PRIMARY" || t == "CONSTR_UNIQUE" || t == "CONSTR_FOREIGN" ||
           t == "CONSTR_EXCLUSION";
}

Constraint build_constraint(StatementContext& ctx, const QualifiedName& table, const pgast::Node& con,
                            const Table* pending) {
    Constraint c;
    c.name = pgast::get_string(con, "conname");
    std::string type = pgast::get_string(con, "contype");
    c.deferrable = pgast::get_bool(con, "deferrable");
    c.initially_deferred = pgast::get_bool(con, "initdeferred");
    if (type == "CONSTR_CHECK") {
        c.type = ConstraintType::Check;
        c.check = make_expr(con.at("raw_expr"), ExprContext{ctx.scope(), table, ctx.location_base(), pending});
        c.no_inherit = pgast::get_bool(con, "is_no_inherit");
        c.validated = !pgast::get_bool(con, "skip_validation");
    } else if (type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE") {
        c.type = type == "CONSTR_PRIMARY" ? ConstraintType::PrimaryKey : ConstraintType::Unique;
        if (!pgast::get_string(con, "indexname").empty())
            throw StatementError("invalid", "USING INDEX is allowed only in ALTER TABLE ... ADD CONSTRAINT",
                                 ctx.offset_of(con));
        c.columns = key_names(pgast::get_list(con, "keys"));
        c.include = key_names(pgast::get_list(con, "including"));
        c.nulls_not_distinct = pgast::get_bool(con, "nulls_not_distinct");
        c.index_options = def_list_as_options(pgast::get_list(con, "options"));
        c.index_tablespace = pgast::get_string(con, "indexspace");
    } else if (type == "CONSTR_FOREIGN") {
        c.type = ConstraintType::ForeignKey;
        c.columns = key_names(pgast::get_list(con, "fk_attrs"));
        c.validated = !pgast::get_bool(con, "skip_validation");
        build_foreign_key(ctx, c, con, pending);
    } else if (type == "CONSTR_EXCLUSION") {
        c.type = ConstraintType::Exclusion;
        c.include = key_names(pgast::get_list(con, "including"));
        c.index_options = def_list_as_options(pgast::get_list(con, "options"));
        c.index_tablespace = pgast::get_string(con, "indexspace");
        build_exclusion(ctx, c, table, con);
    } else {
        throw StatementError("unsupported", "constraint type " + type + " is not supported here", ctx.offset_of(con));
    }
    return c;
}

void add_named_constraints(StatementContext& ctx, Table& table, std::vector<Constraint> constraints) {
    const std::string& schema = table.name.schema;
    auto check_unique = [&](const Constraint& c) {
        if (table.find_constraint(c.name))
            throw StatementError("invalid", "constraint \"" + c.name + "\" for relation \"" + table.name.name +
                                                "\" already exists");
    };
    // A UNIQUE that repeats the primary key adds nothing (transformIndexConstraints).
    // A copy: the loop below moves the constraints out of the list.
    std::optional<Constraint> pk;
    for (const auto& c : constraints)
        if (c.type == ConstraintType::PrimaryKey) pk = c;
    for (const auto& c : table.constraints)
        if (c.type == ConstraintType::PrimaryKey) pk = c;
    std::vector<Constraint> kept;
    for (auto& c : constraints) {
        if (c.type == ConstraintType::Unique && pk && same_index_definition(c, *pk) && c.name.empty()) continue;
        kept.push_back(std::move(c));
    }

    std::vector<std::string> check_names;
    for (auto& c : kept) {
        if (c.type != ConstraintType::Check) continue;
        if (c.name.empty()) {
            std::vector<std::string> cols;
            for (const auto& r : c.check->refs)
                if (r.kind == ObjectKind::Column && std::find(cols.begin(), cols.end(), r.sub) == cols.end())
                    cols.push_back(r.sub);
            c.name = choose_constraint_name(ctx.catalog(), schema, table.name.name, cols.size() == 1 ? cols[0] : "",
                                            "check", check_names);
        }
        check_unique(c);
        for (const auto& n : check_names)
            if (n == c.name) throw StatementError("invalid", "check constraint \"" + c.name + "\" already exists");
        check_names.push_back(c.name);
    }
    for (auto& c : kept)
        if (c.type == ConstraintType::Check) table.constraints.push_back(c);

    // Names this statement has taken but the catalog does not hold yet.
    auto pending_names = [&] {
        std::vector<std::string> names{table.name.name};
        for (const auto& c : table.constraints) names.push_back(c.name);
        return names;
    };
    // Index-backed constraints are named one at a time, each seeing the ones before it.
    for (auto& c : kept) {
        if (c.type != ConstraintType::PrimaryKey && c.type != ConstraintType::Unique &&
            c.type != ConstraintType::Exclusion)
            continue;
        if (c.type == ConstraintType::PrimaryKey && primary_key_of(table))
            throw StatementError("invalid", "multiple primary keys for table \"" + table.name.name + "\" are not allowed");
        if (c.name.empty()) {
            if (c.type == ConstraintType::PrimaryKey) {
                c.name = choose_relation_name(ctx.catalog(), schema, table.name.name, "", "pkey", true, pending_names());
            } else {
                std::vector<std::string> cols = c.columns;
                if (c.type == ConstraintType::Exclusion) {
                    cols.clear();
                    for (const auto& e : c.exclusion)
                        cols.push_back(e.element.column.empty() ? "expr" : e.element.column);
                }
                c.name = choose_relation_name(ctx.catalog(), schema, table.name.name, name_addition(cols),
                                              c.type == ConstraintType::Exclusion ? "excl" : "key", true,
                                              pending_names());
            }
        } else if (ctx.catalog().has_relation({schema, c.name}) ||
                   (c.name == table.name.name && !ctx.catalog().tables.count(table.name))) {
            throw StatementError("invalid", "relation \"" + c.name + "\" already exists");
        }
        check_unique(c);
        table.constraints.push_back(c);
    }

    for (auto& c : kept) {
        if (c.type != ConstraintType::ForeignKey) continue;
        if (c.name.empty())
            c.name = choose_constraint_name(ctx.catalog(), schema, table.name.name, name_addition(c.columns), "fkey",
                                            pending_names());
        check_unique(c);
        table.constraints.push_back(c);
    }
    std::sort(table.constraints.begin(), table.constraints.end(),
              [](const Constraint& a, const Constraint& b) { return a.name < b.name; });
}

void define_new_constraints(StatementContext& ctx, const Table& before, const Table& table,
                            const std::vector<BuiltConstraint>& built) {
    std::vector<bool> used(built.size(), false);
    for (const auto& c : table.constraints) {
        if (before.find_constraint(c.name)) continue;
        int offset = -1;
        for (size_t i = 0; i < built.size() && offset < 0; ++i) {
            const Constraint& b = built[i].constraint;
            bool same = b.name.empty() ? b.type == c.type && b.columns == c.columns && b.check == c.check
                                       : b.name == c.name;
            if (!used[i] && same) {
                used[i] = true;
                offset = built[i].offset;
            }
        }
        ctx.define(constraint_key(table.name, c.name), offset);
    }
}

}  // namespace pgfleet
