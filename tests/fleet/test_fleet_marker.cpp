// The catalog marker moves with every change the catalog reader can see, and stays put
// for work that changes data only: drift trusts it to skip full reads.
#include <catch2/catch.hpp>

#include "introspect/catalog_marker.h"
#include "tests/support/test_database.h"

using namespace pgfleet;

namespace {

std::string marker_of(const std::string& conninfo) {
    Session s(conninfo);
    return read_catalog_marker(s).marker;
}

}  // namespace

TEST_CASE("the catalog marker moves with DDL and not with data", "[fleet]") {
    testing::TestDatabase db;
    db.load_sql(
        "CREATE TYPE mood AS ENUM ('a');\n"
        "CREATE SEQUENCE counter;\n"
        "CREATE TABLE t (id int PRIMARY KEY, note text, m mood);\n"
        "CREATE TABLE u (id int);\n"
        "CREATE ROLE pgfleet_marker_reader NOLOGIN;\n");
    std::string last = marker_of(db.conninfo());
    CHECK(last.size() == 32);

    const char* data_only[] = {
        "INSERT INTO t VALUES (1, 'x', 'a')",
        "SELECT nextval('counter')",
        "ANALYZE t",
        "VACUUM t",
        "UPDATE t SET note = 'y'",
    };
    for (const char* sql : data_only) {
        INFO(sql);
        db.load_sql(std::string(sql) + ";\n");
        CHECK(marker_of(db.conninfo()) == last);
    }

    const char* ddl[] = {
        "ALTER TABLE t ADD COLUMN extra int",
        "ALTER TABLE t ALTER COLUMN note SET DEFAULT 'n'",
        "ALTER TABLE t ALTER COLUMN note SET DEFAULT 'm'",
        "ALTER TABLE t ALTER COLUMN extra TYPE bigint",
        "COMMENT ON TABLE t IS 'hello'",
        "COMMENT ON COLUMN t.note IS 'a note'",
        "GRANT SELECT ON t TO pgfleet_marker_reader",
        "GRANT UPDATE (note) ON t TO pgfleet_marker_reader",
        "ALTER SEQUENCE counter INCREMENT BY 5",
        "ALTER SEQUENCE counter OWNED BY u.id",
        "ALTER TYPE mood ADD VALUE 'b'",
        "CREATE INDEX t_note_idx ON t (note)",
        "ALTER INDEX t_note_idx RENAME TO t_note_idx2",
        "ALTER TABLE t ADD CONSTRAINT t_note_check CHECK (note <> '')",
        "ALTER TABLE t RENAME CONSTRAINT t_note_check TO t_note_nonempty",
        "COMMENT ON SCHEMA public IS 'tenant data'",
        "GRANT USAGE ON SCHEMA public TO pgfleet_marker_reader",
        "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgfleet_marker_reader",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2'",
        "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY p ON t USING (id > 0)",
        "CREATE SCHEMA extra",
        "DROP INDEX t_note_idx2",
        "DROP TABLE u",
    };
    for (const char* sql : ddl) {
        INFO(sql);
        db.load_sql(std::string(sql) + ";\n");
        std::string now = marker_of(db.conninfo());
        CHECK(now != last);
        last = now;
    }
    db.load_sql("ALTER ROLE pgfleet_marker_reader RENAME TO pgfleet_marker_reader2;\n");
    CHECK(marker_of(db.conninfo()) != last);
    db.load_sql("DROP OWNED BY pgfleet_marker_reader2; DROP ROLE pgfleet_marker_reader2;\n");
}
