#include "tests/mutants/mutation.h"
#include "tests/mutants/mutation_kinds.h"

#include <map>

#include "catalog/sql_name.h"

namespace pgfleet::testing {

const char* const kOwnRelation =
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' "
    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
    "AND d.objid = c.oid AND d.deptype = 'e')";

const char* const kOwnRoutines =
    " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND "
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
    "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
    "AND d.objid = p.oid AND d.deptype = 'e')";

std::string qualified(const pqxx::row& row, int schema_col) {
    return sql_ident(row[schema_col].c_str()) + "." + sql_ident(row[schema_col + 1].c_str());
}

pqxx::result query(pqxx::connection& db, const std::string& sql) {
    pqxx::read_transaction t(db);
    return t.exec(sql);
}

namespace {

// A type a column may be changed to without a USING clause ("" when none is tried).
std::string retyped(const std::string& type) {
    static const std::map<std::string, std::string> to = {
        {"integer", "bigint"},
        {"bigint", "integer"},
        {"smallint", "integer"},
        {"text", "character varying(300)"},
        {"character varying", "text"},
        {"timestamp without time zone", "timestamp with time zone"},
        {"timestamp with time zone", "timestamp without time zone"},
        {"numeric", "numeric(20,4)"},
    };
    if (type.rfind("character varying(", 0) == 0) return "text";
    auto it = to.find(type);
    return it == to.end() ? "" : it->second;
}

// A default a column of the type accepts ("" when none is tried).
std::string default_for(const std::string& type) {
    if (type == "integer" || type == "bigint" || type == "smallint" || type.rfind("numeric", 0) == 0) return "42";
    if (type == "text" || type.rfind("character varying", 0) == 0) return sql_literal("mutant");
    if (type == "boolean") return "true";
    if (type.rfind("timestamp", 0) == 0) return "now()";
    return "";
}

}  // namespace

void add_table_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    auto tables = query(db, std::string("SELECT n.nspname, c.relname, c.relrowsecurity FROM pg_class c "
                                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                        "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ") +
                                kOwnRelation + " ORDER BY 1, 2");
    for (const auto& row : tables) {
        std::string t = qualified(row);
        out.push_back({"drop_table", "DROP TABLE " + t + " CASCADE"});
        out.push_back({"add_column", "ALTER TABLE " + t + " ADD COLUMN mutant_added integer"});
        out.push_back({"comment_table", "COMMENT ON TABLE " + t + " IS " + sql_literal("mutant comment")});
        out.push_back({"grant_table", "GRANT SELECT ON TABLE " + t + " TO PUBLIC"});
        out.push_back({"rename_table", "ALTER TABLE " + t + " RENAME TO " + sql_ident(row[1].as<std::string>() + "_renamed")});
        out.push_back({"set_schema", "CREATE SCHEMA IF NOT EXISTS mutant_schema; ALTER TABLE " + t + " SET SCHEMA mutant_schema"});
        out.push_back({"replica_identity_full", "ALTER TABLE " + t + " REPLICA IDENTITY FULL"});
        out.push_back({"toggle_row_security",
                       "ALTER TABLE " + t + (row[2].as<bool>() ? " DISABLE" : " ENABLE") + " ROW LEVEL SECURITY"});
    }
}

void add_column_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    auto columns = query(db, std::string("SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), "
                                         "a.attnotnull, a.atthasdef, a.attgenerated <> '' OR a.attidentity <> '' "
                                         "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                         "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                         "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 "
                                         "AND NOT a.attisdropped AND a.attinhcount = 0 AND ") +
                                 kOwnRelation + " ORDER BY 1, 2, a.attnum");
    for (const auto& row : columns) {
        std::string t = qualified(row), col = sql_ident(row[2].c_str()), type = row[3].c_str();
        bool not_null = row[4].as<bool>(), has_default = row[5].as<bool>(), computed = row[6].as<bool>();
        std::string alter = "ALTER TABLE " + t + " ";
        out.push_back({"drop_column", alter + "DROP COLUMN " + col + " CASCADE"});
        out.push_back({"rename_column", alter + "RENAME COLUMN " + col + " TO " + sql_ident(row[2].as<std::string>() + "_renamed")});
        out.push_back({"toggle_not_null", alter + "ALTER COLUMN " + col + (not_null ? " DROP NOT NULL" : " SET NOT NULL")});
        out.push_back({"add_index", "CREATE INDEX mutant_index ON " + t + " (" + col + ")"});
        out.push_back({"add_check", alter + "ADD CONSTRAINT mutant_check CHECK (" + col + " IS NOT NULL) NOT VALID"});
        out.push_back({"column_statistics", alter + "ALTER COLUMN " + col + " SET STATISTICS 500"});
        if (type == "text") out.push_back({"column_storage", alter + "ALTER COLUMN " + col + " SET STORAGE EXTERNAL"});
        if (computed) continue;
        // The column moves to the end (what depends on it goes with it): a rebuild for order.
        out.push_back({"move_column_last", alter + "ADD COLUMN mutant_moved " + type + "; UPDATE " + t +
                                               " SET mutant_moved = " + col + "; " + alter + "DROP COLUMN " + col +
                                               " CASCADE; " + alter + "RENAME COLUMN mutant_moved TO " + col});
        if (std::string to = retyped(type); !to.empty())
            out.push_back({"retype_column", alter + "ALTER COLUMN " + col + " TYPE " + to});
        if (has_default) out.push_back({"drop_default", alter + "ALTER COLUMN " + col + " DROP DEFAULT"});
        else if (std::string value = default_for(type); !value.empty())
            out.push_back({"set_default", alter + "ALTER COLUMN " + col + " SET DEFAULT " + value});
    }
}

void add_dependent_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    std::string own(kOwnRelation);
    for (const auto& row : query(db, "SELECT n.nspname, c.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT c.relispartition AND "
                                     "NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) AND " +
                                         own + " ORDER BY 1, 2"))
    {
        out.push_back({"drop_index", "DROP INDEX " + qualified(row)});
        out.push_back({"rename_index", "ALTER INDEX " + qualified(row) + " RENAME TO " +
                                           sql_ident(row[1].as<std::string>() + "_renamed")});
    }
    for (const auto& row : query(db, "SELECT n.nspname, c.relname, k.conname, k.contype IN ('c', 'f') AND k.convalidated, "
                                     "pg_get_constraintdef(k.oid) FROM pg_constraint k "
                                     "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE k.contype IN ('c', 'f', 'u', 'p', 'x') AND k.coninhcount = 0 AND "
                                     "NOT c.relispartition AND " +
                                         own + " ORDER BY 1, 2, 3")) {
        std::string alter = "ALTER TABLE " + qualified(row), con = sql_ident(row[2].c_str());
        out.push_back({"drop_constraint", alter + " DROP CONSTRAINT " + con + " CASCADE"});
        out.push_back({"rename_constraint", alter + " RENAME CONSTRAINT " + con + " TO " +
                                                sql_ident(row[2].as<std::string>() + "_renamed")});
        // The server's own text of the constraint, added again without its validation.
        if (row[3].as<bool>())
            out.push_back({"not_valid_constraint", alter + " DROP CONSTRAINT " + con + ", ADD CONSTRAINT " + con + " " +
                                                       row[4].c_str() + " NOT VALID"});
    }
    for (const auto& row : query(db, "SELECT n.nspname, c.relname, c.relkind = 'm' FROM pg_class c "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND " +
                                         own + " ORDER BY 1, 2"))
        out.push_back({"drop_view", std::string(row[2].as<bool>() ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") +
                                        qualified(row) + " CASCADE"});
    for (const auto& row : query(db, "SELECT n.nspname, c.relname, t.tgname FROM pg_trigger t "
                                     "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND " +
                                         own + " ORDER BY 1, 2, 3"))
    {
        out.push_back({"drop_trigger", "DROP TRIGGER " + sql_ident(row[2].c_str()) + " ON " + qualified(row)});
        out.push_back({"disable_trigger", "ALTER TABLE " + qualified(row) + " DISABLE TRIGGER " + sql_ident(row[2].c_str())});
    }
    for (const auto& row : query(db, "SELECT n.nspname, c.relname, p.polname FROM pg_policy p "
                                     "JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE " +
                                         own + " ORDER BY 1, 2, 3"))
    {
        out.push_back({"drop_policy", "DROP POLICY " + sql_ident(row[2].c_str()) + " ON " + qualified(row)});
        out.push_back({"alter_policy", "ALTER POLICY " + sql_ident(row[2].c_str()) + " ON " + qualified(row) + " TO PUBLIC"});
    }
    for (const auto& row : query(db, "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE "
                                     "i.classid = 'pg_class'::regclass AND i.objid = c.oid AND i.deptype = 'i') AND " +
                                         own + " ORDER BY 1, 2"))
        out.push_back({"alter_sequence", "ALTER SEQUENCE " + qualified(row) + " INCREMENT BY 3"});
}

// Routines and types live outside pg_class: their own filters for the server's and extensions'.
void add_routine_and_type_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    // regprocedure is the server's own quoting of the routine's name and argument types.
    for (const auto& row : query(db, std::string("SELECT p.oid::regprocedure::text, p.prokind = 'p'") + kOwnRoutines +
                                         " ORDER BY 1")) {
        std::string what = row[1].as<bool>() ? "PROCEDURE " : "FUNCTION ";
        out.push_back({"drop_routine", "DROP " + what + row[0].c_str() + " CASCADE"});
        out.push_back({"comment_routine", "COMMENT ON " + what + row[0].c_str() + " IS " + sql_literal("mutant")});
        out.push_back({"routine_setting", "ALTER " + what + row[0].c_str() + " SET search_path = public, pg_temp"});
        if (!row[1].as<bool>()) out.push_back({"routine_volatility", "ALTER FUNCTION " + std::string(row[0].c_str()) + " STABLE"});
    }
    for (const auto& row : query(db, "SELECT n.nspname, t.typname, (SELECT min(e.enumlabel) FROM pg_enum e WHERE "
                                     "e.enumtypid = t.oid) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                                     "WHERE t.typtype = 'e' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE "
                                     "d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e') ORDER BY 1, 2")) {
        out.push_back({"add_enum_value", "ALTER TYPE " + qualified(row) + " ADD VALUE " + sql_literal("mutant_value")});
        if (!row[2].is_null())
            out.push_back({"rename_enum_value", "ALTER TYPE " + qualified(row) + " RENAME VALUE " + sql_literal(row[2].c_str()) +
                                                    " TO " + sql_literal(row[2].as<std::string>() + "_renamed")});
    }
    out.push_back({"default_privileges",
                   "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC"});
    out.push_back({"add_schema", "CREATE SCHEMA mutant_schema"});
}

std::vector<Mutation> possible_mutations(pqxx::connection& db) {
    std::vector<Mutation> out;
    add_table_mutations(db, out);
    add_column_mutations(db, out);
    add_dependent_mutations(db, out);
    add_routine_and_type_mutations(db, out);
    add_definition_mutations(db, out);
    return out;
}

std::vector<Mutation> mutate(pqxx::connection& db, std::mt19937& rng, int count) {
    std::vector<Mutation> applied;
    for (int attempt = 0; attempt < 8 * count && static_cast<int>(applied.size()) < count; ++attempt) {
        // A kind first, then one of its objects: rare kinds are tried as often as common ones.
        std::map<std::string, std::vector<Mutation>> by_kind;
        for (auto& m : possible_mutations(db)) by_kind[m.kind].push_back(std::move(m));
        auto kind = std::next(by_kind.begin(), std::uniform_int_distribution<size_t>(0, by_kind.size() - 1)(rng));
        const auto& options = kind->second;
        const Mutation& m = options[std::uniform_int_distribution<size_t>(0, options.size() - 1)(rng)];
        try {
            pqxx::work t(db);
            t.exec(m.sql);
            t.commit();
            applied.push_back(m);
        } catch (const std::exception&) {
            // Refused by the server (a view reads the column, a value does not fit): try another.
        }
    }
    return applied;
}

}  // namespace pgfleet::testing
