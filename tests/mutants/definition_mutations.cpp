#include "catalog/sql_name.h"
#include "tests/mutants/mutation_kinds.h"

namespace pgfleet::testing {
namespace {

void add_index_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    // Plain indexes made unique, or partial on their first column; built again from the
    // server's own CREATE INDEX text.
    for (const auto& row : query(db, std::string("SELECT n.nspname, c.relname, pg_get_indexdef(x.indexrelid), "
                                                 "x.indisunique, x.indpred IS NULL, a.attname FROM pg_index x "
                                                 "JOIN pg_class c ON c.oid = x.indexrelid "
                                                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                 "JOIN pg_am m ON m.oid = c.relam "
                                                 "LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = x.indkey[0] "
                                                 "WHERE m.amname = 'btree' AND NOT c.relispartition AND "
                                                 "NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) "
                                                 "AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhparent = x.indexrelid) AND ") +
                                         kOwnRelation + " ORDER BY 1, 2")) {
        std::string def = row[2].c_str(), drop = "DROP INDEX " + qualified(row) + "; ";
        const std::string plain = "CREATE INDEX ";
        if (!row[3].as<bool>() && def.rfind(plain, 0) == 0)
            out.push_back({"index_unique", drop + "CREATE UNIQUE INDEX " + def.substr(plain.size())});
        if (row[4].as<bool>() && !row[5].is_null())
            out.push_back({"index_partial", drop + def + " WHERE (" + sql_ident(row[5].c_str()) + " IS NOT NULL)"});
    }
}

void add_foreign_key_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    for (const auto& row : query(db, std::string("SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid) "
                                                 "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                                                 "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND "
                                                 "k.coninhcount = 0 AND k.confdeltype = 'a' AND NOT c.relispartition AND ") +
                                         kOwnRelation + " ORDER BY 1, 2, 3")) {
        std::string con = sql_ident(row[2].c_str());
        out.push_back({"foreign_key_action", "ALTER TABLE " + qualified(row) + " DROP CONSTRAINT " + con +
                                                 ", ADD CONSTRAINT " + con + " " + row[3].c_str() + " ON DELETE CASCADE"});
    }
}

void add_routine_body_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    // A body quoted by the server as $function$ gets a comment line: the routine is replaced.
    for (const auto& row : query(db, std::string("SELECT pg_get_functiondef(p.oid)") + kOwnRoutines +
                                         " ORDER BY p.oid::regprocedure::text")) {
        std::string def = row[0].c_str();
        const std::string open = "AS $function$";
        auto at = def.find(open);
        if (at == std::string::npos) continue;
        def.insert(at + open.size(), "\n-- mutant\n");
        out.push_back({"routine_body", def});
    }
}

void add_type_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    for (const auto& row : query(db, "SELECT n.nspname, t.typname, t.typtype FROM pg_type t "
                                     "JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid "
                                     "WHERE (t.typtype = 'd' OR (t.typtype = 'c' AND c.relkind = 'c')) AND "
                                     "n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
                                     "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass "
                                     "AND d.objid = t.oid AND d.deptype = 'e') ORDER BY 1, 2")) {
        if (std::string(row[2].c_str()) == "d")
            out.push_back({"domain_check", "ALTER DOMAIN " + qualified(row) + " ADD CONSTRAINT mutant_check CHECK (VALUE IS "
                                                                               "NOT NULL) NOT VALID"});
        else
            out.push_back({"composite_attribute", "ALTER TYPE " + qualified(row) + " ADD ATTRIBUTE mutant_attribute integer"});
    }
}

void add_table_shape_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    std::string own(kOwnRelation);
    for (const auto& row : query(db, "SELECT pn.nspname, p.relname, n.nspname, c.relname FROM pg_inherits i "
                                     "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace "
                                     "WHERE c.relispartition AND c.relkind IN ('r', 'p') AND " +
                                         own + " ORDER BY 3, 4"))
        out.push_back({"detach_partition", "ALTER TABLE " + qualified(row) + " DETACH PARTITION " + qualified(row, 2)});
    for (const auto& row : query(db, "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) "
                                     "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND "
                                     "NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount = 0 AND "
                                     "a.attidentity = '' AND a.attgenerated = '' AND " +
                                         own + " ORDER BY 1, 2, a.attnum")) {
        std::string alter = "ALTER TABLE " + qualified(row) + " ALTER COLUMN " + sql_ident(row[2].c_str());
        std::string type = row[3].c_str();
        if (type == "integer" || type == "bigint")
            out.push_back({"add_identity", alter + " DROP DEFAULT, ALTER COLUMN " + sql_ident(row[2].c_str()) +
                                               " SET NOT NULL, ALTER COLUMN " + sql_ident(row[2].c_str()) +
                                               " ADD GENERATED BY DEFAULT AS IDENTITY"});
        if (type == "text") out.push_back({"column_collation", alter + " TYPE text COLLATE \"C\""});
    }
    for (const auto& row : query(db, "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE "
                                     "d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a') AND " +
                                         own + " ORDER BY 1, 2"))
        out.push_back({"sequence_owned_by_none", "ALTER SEQUENCE " + qualified(row) + " OWNED BY NONE"});
    for (const auto& row : query(db, "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE c.relkind = 'v' AND " +
                                         own + " ORDER BY 1, 2"))
        out.push_back({"view_option", "ALTER VIEW " + qualified(row) + " SET (security_barrier = true)"});
}

}  // namespace

void add_definition_mutations(pqxx::connection& db, std::vector<Mutation>& out) {
    add_index_mutations(db, out);
    add_foreign_key_mutations(db, out);
    add_routine_body_mutations(db, out);
    add_type_mutations(db, out);
    add_table_shape_mutations(db, out);
}

}  // namespace pgfleet::testing
