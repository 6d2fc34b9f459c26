// The catalog marker and the change counters move with every change the catalog reader can
// see, and stay put for work that changes data only: apply and drift trust them to skip
// full reads.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "introspect/catalog_marker.h"
#include "tests/support/test_database.h"

using namespace pgfleet;

namespace {

struct Signals {
    std::string marker, counters;
};

// Both signals, read once every other session of the database has ended: a session reports
// its row counts when it ends (or goes idle), so counters are read as drift sees them.
Signals signals_of(const testing::TestDatabase& db) {
    Session s(db.conninfo());
    for (int i = 0; i < 500; ++i) {
        if (s.query_value("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND pid <> pg_backend_pid()") == "0")
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // Before 15 the counts travel through the statistics collector, whose file a reader may
    // see up to half a second late (PGSTAT_STAT_INTERVAL).
    if (!s.server_version().has(ServerFeature::StatsFlushOnDemand))
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
    return {read_catalog_marker(s).marker, read_change_counters(s)};
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
    Signals last = signals_of(db);
    CHECK(last.marker.size() == 32);
    CHECK(!last.counters.empty());

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
        Signals now = signals_of(db);
        CHECK(now.marker == last.marker);
        CHECK(now.counters == last.counters);
    }

    // Each statement runs as the master role, except where only a superuser may (a foreign-data
    // wrapper, FOR TABLES IN SCHEMA); `since`: the first major that has it.
    // Before 15 public belongs to the bootstrap superuser (owner_before_15).
    struct Ddl {
        const char* sql;
        bool superuser = false;
        int since = 13;
        bool owner_before_15 = false;
    };
    const Ddl ddl[] = {
        {"ALTER TABLE t ADD COLUMN extra int"},
        {"ALTER TABLE t ALTER COLUMN note SET DEFAULT 'n'"},
        {"ALTER TABLE t ALTER COLUMN note SET DEFAULT 'm'"},
        {"ALTER TABLE t ALTER COLUMN extra TYPE bigint"},
        {"COMMENT ON TABLE t IS 'hello'"},
        {"COMMENT ON COLUMN t.note IS 'a note'"},
        {"GRANT SELECT ON t TO pgfleet_marker_reader"},
        {"GRANT UPDATE (note) ON t TO pgfleet_marker_reader"},
        {"ALTER SEQUENCE counter INCREMENT BY 5"},
        {"ALTER SEQUENCE counter OWNED BY u.id"},
        {"ALTER TYPE mood ADD VALUE 'b'"},
        {"CREATE INDEX t_note_idx ON t (note)"},
        {"ALTER INDEX t_note_idx RENAME TO t_note_idx2"},
        {"ALTER TABLE t ADD CONSTRAINT t_note_check CHECK (note <> '')"},
        {"ALTER TABLE t RENAME CONSTRAINT t_note_check TO t_note_nonempty"},
        {"COMMENT ON SCHEMA public IS 'tenant data'", false, 13, true},
        {"GRANT USAGE ON SCHEMA public TO pgfleet_marker_reader", false, 13, true},
        {"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO pgfleet_marker_reader"},
        {"CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'"},
        {"CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2'"},
        {"ALTER TABLE t ENABLE ROW LEVEL SECURITY"},
        {"CREATE POLICY p ON t USING (id > 0)"},
        {"CREATE SCHEMA extra"},
        {"ALTER POLICY p ON t USING (id > 1)"},
        {"DROP POLICY p ON t"},
        {"ALTER TABLE t FORCE ROW LEVEL SECURITY"},
        {"COMMENT ON TABLE t IS NULL"},
        {"ALTER TABLE t ALTER COLUMN note DROP DEFAULT"},
        {"CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'"},
        {"CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()"},
        {"ALTER TABLE t DISABLE TRIGGER t_trg"},
        {"ALTER TRIGGER t_trg ON t RENAME TO t_trg2"},
        {"DROP TRIGGER t_trg2 ON t"},
        {"CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING"},
        {"ALTER RULE t_no_delete ON t RENAME TO t_keep"},
        {"CREATE COLLATION tenant_c FROM \"C\""},
        {"ALTER COLLATION tenant_c RENAME TO tenant_c2"},
        {"ALTER TYPE mood RENAME VALUE 'b' TO 'c'"},
        {"CREATE TABLE parent (id int) PARTITION BY RANGE (id)"},
        {"CREATE TABLE part1 PARTITION OF parent FOR VALUES FROM (0) TO (10)"},
        {"ALTER TABLE parent DETACH PARTITION part1"},
        {"ALTER TABLE parent ATTACH PARTITION part1 DEFAULT"},
        {"CREATE TABLE child () INHERITS (u)"},
        {"ALTER TABLE child NO INHERIT u"},
        {"CREATE FOREIGN DATA WRAPPER marker_fdw; GRANT USAGE ON FOREIGN DATA WRAPPER marker_fdw TO pgfleet_master", true},
        {"CREATE SERVER marker_server FOREIGN DATA WRAPPER marker_fdw"},
        {"ALTER SERVER marker_server OPTIONS (ADD host 'a')"},
        {"CREATE FOREIGN TABLE remote_t (a int) SERVER marker_server"},
        {"ALTER FOREIGN TABLE remote_t OPTIONS (ADD table_name 'x')"},
        {"CREATE USER MAPPING FOR CURRENT_USER SERVER marker_server OPTIONS (user 'a')"},
        {"ALTER USER MAPPING FOR CURRENT_USER SERVER marker_server OPTIONS (SET user 'b')"},
        {"CREATE PUBLICATION marker_pub FOR TABLE t"},
        {"ALTER PUBLICATION marker_pub ADD TABLE part1"},
        {"ALTER PUBLICATION marker_pub ADD TABLES IN SCHEMA extra", true, 15},
        {"CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int)"},
        {"CREATE TYPE span AS RANGE (SUBTYPE = int)"},
        {"DROP INDEX t_note_idx2"},
        {"DROP TABLE child"},
        {"DROP TABLE u"},
    };
    for (const auto& [sql, superuser, since, owner_before_15] : ddl) {
        if (testing::test_major() < since) continue;
        INFO(sql);
        if (superuser || (owner_before_15 && testing::test_major() < 15)) testing::psql_as_superuser(db.name(), sql);
        else db.load_sql(std::string(sql) + ";\n");
        Signals now = signals_of(db);
        CHECK(now.marker != last.marker);
        CHECK(now.counters != last.counters);
        last = now;
    }
    db.load_sql("ALTER ROLE pgfleet_marker_reader RENAME TO pgfleet_marker_reader2;\n");
    Signals renamed = signals_of(db);
    CHECK(renamed.marker != last.marker);
    CHECK(renamed.counters != last.counters);
    // Cleanup: from 16 only roles with the privileges of a role may drop what it owns.
    testing::psql_as_superuser(db.name(), "DROP OWNED BY pgfleet_marker_reader2; DROP ROLE pgfleet_marker_reader2");
}

TEST_CASE("change counters are empty when the server does not count", "[fleet]") {
    testing::TestDatabase db;
    // Only a superuser may turn counting off; this is the server's setting, read as drift reads it.
    Session s(testing::PgServer::instance().superuser_conninfo(db.name()));
    CHECK(!read_change_counters(s).empty());
    // Without counting nothing would ever move them; drift must not trust them then.
    s.execute("SET track_counts TO off");
    CHECK(read_change_counters(s).empty());
}

TEST_CASE("the change counters name each catalog by its own oid", "[fleet]") {
    testing::TestDatabase db;
    Session s(db.conninfo());
    for (const auto& [name, oid] : marker_catalog_oids(s.server_version())) {
        INFO(name);
        CHECK(s.query_value("SELECT " + std::to_string(oid) + "::regclass::text") == name);
    }
}
