#include "planner/rename_steps.h"

#include <algorithm>

#include "catalog/sql_name.h"
#include "parser/interpreter.h"
#include "parser/parser_state.h"
#include "planner/name_only_renames.h"

namespace pgfleet {
namespace {

// Schemas first, then what lives in them, then the parts of tables.
int rank(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::Schema: return 0;
        case ObjectKind::Type: return 1;
        case ObjectKind::Table:
        case ObjectKind::View:
        case ObjectKind::Sequence: return 2;
        case ObjectKind::Function: return 3;
        default: return 4;
    }
}

// The statement renaming `old` to the hinted object's name, "" when the kind has none or the
// current catalog does not hold the old object.
std::string rename_sql(const Catalog& c, const ObjectKey& to, const std::string& old) {
    QualifiedName from{to.schema, old};
    std::string q = sql_qualified(from.schema, from.name), name = sql_ident(to.kind == ObjectKind::Column ||
                                                                                 to.kind == ObjectKind::Constraint
                                                                             ? to.sub
                                                                             : to.name);
    QualifiedName table{to.schema, to.name};
    switch (to.kind) {
        case ObjectKind::Schema:
            return c.schemas.count(old) ? "ALTER SCHEMA " + sql_ident(old) + " RENAME TO " + sql_ident(to.name) : "";
        case ObjectKind::Table: {
            auto t = c.tables.find(from);
            if (t == c.tables.end()) return "";
            return std::string("ALTER ") + (t->second.foreign ? "FOREIGN TABLE " : "TABLE ") + q + " RENAME TO " + name;
        }
        case ObjectKind::View: {
            auto v = c.views.find(from);
            if (v == c.views.end()) return "";
            return std::string("ALTER ") + (v->second.materialized ? "MATERIALIZED VIEW " : "VIEW ") + q + " RENAME TO " + name;
        }
        case ObjectKind::Sequence: return c.sequences.count(from) ? "ALTER SEQUENCE " + q + " RENAME TO " + name : "";
        case ObjectKind::Index: return c.indexes.count(from) ? "ALTER INDEX " + q + " RENAME TO " + name : "";
        case ObjectKind::Type:
            if (c.domains.count(from)) return "ALTER DOMAIN " + q + " RENAME TO " + name;
            return c.has_type(from) ? "ALTER TYPE " + q + " RENAME TO " + name : "";
        case ObjectKind::Column: {
            auto t = c.tables.find(table);
            if (t != c.tables.end() && t->second.find_column(old))
                return "ALTER TABLE " + sql_qualified(table.schema, table.name) + " RENAME COLUMN " + sql_ident(old) + " TO " + name;
            auto v = c.views.find(table);
            if (v != c.views.end() && std::find(v->second.columns.begin(), v->second.columns.end(), old) != v->second.columns.end())
                return "ALTER VIEW " + sql_qualified(table.schema, table.name) + " RENAME COLUMN " + sql_ident(old) + " TO " + name;
            return "";
        }
        case ObjectKind::Constraint: {
            auto t = c.tables.find(table);
            if (t == c.tables.end() || !t->second.find_constraint(old)) return "";
            return "ALTER TABLE " + sql_qualified(table.schema, table.name) + " RENAME CONSTRAINT " + sql_ident(old) + " TO " + name;
        }
        case ObjectKind::Function: {
            ObjectKey old_key = function_key(from, to.sub);
            auto f = c.functions.find(old_key);
            if (f == c.functions.end()) return "";
            return std::string("ALTER ") + (f->second.procedure ? "PROCEDURE " : "FUNCTION ") + q + "(" + to.sub + ") RENAME TO " + name;
        }
        default: return "";
    }
}

}  // namespace

RenameSteps rename_steps(const Catalog& current, const Catalog& desired) {
    RenameSteps out;
    ParserState state;
    state.catalog = current;
    state.search_path = {"pg_catalog"};
    // Runs one rename over the catalog as the database will have it; false (and nothing
    // changed) when the interpreter refuses it, which leaves the object to the diff.
    auto replay = [&](const std::string& sql, const ObjectKey& object, const std::string& from) {
        Catalog before = state.catalog;
        size_t diagnostics = state.diagnostics.size();
        interpret_file(state, SourceFile("rename", sql + ";\n"));
        for (size_t i = diagnostics; i < state.diagnostics.size(); ++i)
            if (state.diagnostics[i].severity == Severity::Error) {
                state.catalog = std::move(before);
                state.diagnostics.resize(diagnostics);
                return;
            }
        out.before.push_back(std::move(before));
        out.statements.push_back({.sql = sql, .object = object, .action = ChangeAction::Alter, .phase = Phase::Alter,
                                  .note = "renamed from " + sql_ident(from)});
        if (object.kind == ObjectKind::Table || object.kind == ObjectKind::View || object.kind == ObjectKind::Sequence)
            out.relations[{object.schema, from}] = {object.schema, object.name};
    };
    std::vector<RenameHint> hints = desired.renamed_from;
    std::stable_sort(hints.begin(), hints.end(),
                     [](const RenameHint& a, const RenameHint& b) { return rank(a.object.kind) < rank(b.object.kind); });
    for (const auto& h : hints) {
        // Only a hint whose object the desired state still has, and the database does not.
        if (!desired.contains(h.object) || state.catalog.contains(h.object)) continue;
        std::string sql = rename_sql(state.catalog, h.object, h.from);
        if (!sql.empty()) replay(sql, h.object, h.from);
    }
    for (const auto& r : name_only_renames(state.catalog, desired)) replay(r.sql, r.object, r.from);
    out.renamed = std::move(state.catalog);
    return out;
}

}  // namespace pgfleet
