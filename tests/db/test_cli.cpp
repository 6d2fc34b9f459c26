// The pgfleet binary: exit codes, output formats, located errors, snapshots.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "introspect/session.h"
#include "tests/support/schema_dump.h"
#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;

namespace {

std::string temp_file(const std::string& name, const std::string& content) {
    std::string path = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-" + name;
    std::ofstream(path) << content;
    return path;
}

}  // namespace

TEST_CASE("the bundled schema applied to an empty database re-plans to nothing, as the master role", "[db]") {
    TestDatabase db;
    std::string schema = shell_quote(std::string(PGFLEET_SOURCE_DIR) + "/schemas");
    std::string url = shell_quote(PgServer::instance().url(db.name()));
    CliRun apply = run_pgfleet("apply " + schema + " --db " + url);
    INFO("PostgreSQL " << test_major() << "\n" << apply.output);
    REQUIRE(apply.code == 0);
    CliRun replan = run_pgfleet("plan " + schema + " --db " + url);
    INFO(replan.output);
    CHECK(replan.code == 0);
    pgfleet::Session s(db.conninfo());
    CHECK(s.query_value("SELECT current_user") == kMasterRole);
    CHECK(s.query_value("SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == "f");
}

TEST_CASE("plan exit codes: 2 with changes, 0 without, 1 on error", "[db]") {
    TestDatabase db;
    std::string schema = temp_file("s1.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
    std::string db_arg = shell_quote(db.conninfo());
    CliRun planned = run_pgfleet("plan " + schema + " --db " + db_arg);
    CHECK(planned.code == 2);
    CHECK(planned.output.find("CREATE TABLE public.t") != std::string::npos);
    REQUIRE(run_pgfleet("apply " + schema + " --db " + db_arg).code == 0);
    CliRun again = run_pgfleet("plan " + schema + " --db " + db_arg + " --format sql");
    CHECK(again.code == 0);
    CHECK(again.output.empty());
    CHECK(run_pgfleet("plan " + schema + " --db 'host=/nonexistent dbname=x'").code == 1);
}

TEST_CASE("sql output runs with psql -v ON_ERROR_STOP=1", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    std::string schema = temp_file("s2.sql", "CREATE TABLE t (id bigint NOT NULL, v text);\nCREATE INDEX ON t (v);\n");
    std::string out = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-plan.sql";
    CliRun r = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()) + " --format sql -o " + out);
    REQUIRE(r.code == 2);
    db.load_file(out);
    CHECK(run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo())).code == 0);
}

TEST_CASE("a bad desired state exits 1 with file:line:col and a caret, planning nothing", "[db]") {
    TestDatabase db;
    std::string schema = temp_file("bad.sql", "CREATE TABLE a (id int);\nALTER TABLE nope ADD COLUMN x int;\n");
    CliRun r = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()));
    CHECK(r.code == 1);
    CHECK(r.output.find(schema + ":2:13: error: relation \"nope\" does not exist") != std::string::npos);
    CHECK(r.output.find("            ^") != std::string::npos);
    CHECK(r.output.find("CREATE TABLE") == std::string::npos);
    std::string syntax = temp_file("syntax.sql", "CREATE TABLE a (id int,);\n");
    CliRun s = run_pgfleet("apply " + syntax + " --db " + shell_quote(db.conninfo()));
    CHECK(s.code == 1);
    CHECK(s.output.find(syntax + ":1:24: error: syntax error") != std::string::npos);
}

TEST_CASE("a type change PostgreSQL has no cast for is a located error, planning and applying nothing", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE events (id int, at bigint, note text, n integer[]);");
    std::string schema = temp_file("nocast.sql", "CREATE TABLE events (id int,\n  at timestamp, note text, n integer[]);\n");
    CliRun r = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()));
    CHECK(r.code == 1);
    CHECK(r.output.find(schema + ":2:3: error: column public.events.at cannot change from bigint to timestamp "
                                 "without time zone: PostgreSQL has no cast") != std::string::npos);
    CHECK(r.output.find("ALTER TABLE") == std::string::npos);
    CliRun a = run_pgfleet("apply " + schema + " --db " + shell_quote(db.conninfo()) + " --allow-hazards all");
    CHECK(a.code == 1);
    CHECK(db.dump_schema().find("at bigint") != std::string::npos);
    // Casts that exist (through text, between numbers, array to array) still plan.
    std::string castable = temp_file("cast.sql", "CREATE TABLE events (id bigint, at text, note varchar(9), n bigint[]);\n");
    CliRun ok = run_pgfleet("apply " + castable + " --db " + shell_quote(db.conninfo()) + " --allow-hazards all");
    INFO(ok.output);
    CHECK(ok.code == 0);
}

TEST_CASE("an extension version the server has no update path to is a located error", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE EXTENSION hstore VERSION '1.5';\n");
    std::string down = temp_file("ext_down.sql", "CREATE TABLE t (id int);\nCREATE EXTENSION hstore VERSION '1.4';\n");
    CliRun r = run_pgfleet("plan " + down + " --db " + shell_quote(db.conninfo()));
    CHECK(r.code == 1);
    CHECK(r.output.find(down + ":2:1: error: extension hstore cannot go from version '1.5' to '1.4': the server has "
                               "no update path") != std::string::npos);
    CliRun a = run_pgfleet("apply " + down + " --db " + shell_quote(db.conninfo()) + " --allow-hazards all");
    CHECK(a.code == 1);
    CHECK(db.dump_schema().find("CREATE TABLE") == std::string::npos);
    // An update the server ships plans and runs.
    std::string up = temp_file("ext_up.sql", "CREATE EXTENSION hstore VERSION '1.6';\n");
    CliRun ok = run_pgfleet("apply " + up + " --db " + shell_quote(db.conninfo()));
    INFO(ok.output);
    CHECK(ok.code == 0);
    CHECK(run_pgfleet("plan " + up + " --db " + shell_quote(db.conninfo())).code == 0);
}

TEST_CASE("a snapshot plans the same as the live database, without connecting", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\nCREATE TYPE mood AS ENUM ('a');\n");
    std::string snap = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-snap.json";
    REQUIRE(run_pgfleet("snapshot --db " + shell_quote(db.conninfo()) + " -o " + snap).code == 0);
    std::string schema = temp_file("s3.sql", "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (id int, m mood);\n");
    CliRun live = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()) + " --format sql");
    CliRun offline = run_pgfleet("plan " + schema + " --snapshot " + snap + " --format sql");
    CHECK(live.code == 2);
    CHECK(offline.code == 2);
    CHECK(offline.output == live.output);
}

TEST_CASE("check --verify: the bundled example loads into a scratch server exactly as parsed", "[db]") {
    // The scratch server is of the test major (PGFLEET_PG_BIN, set with the shared server).
    PgServer::instance();
    CliRun r = run_pgfleet("check --verify " + shell_quote(std::string(PGFLEET_SOURCE_DIR) + "/schemas"));
    INFO("PostgreSQL " << test_major() << "\n" << r.output);
    CHECK(r.code == 0);
    CHECK(r.output.find("verify: no difference") != std::string::npos);
}

TEST_CASE("dump output loads with plain psql where a routine body names what comes later", "[db]") {
    TestDatabase source;
    // The column default needs f, and f's body needs the table: only an unchecked body loads.
    source.load_sql("CREATE TABLE t (id int);\n"
                    "CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.t';\n"
                    "ALTER TABLE t ADD COLUMN n bigint DEFAULT f();\n");
    std::string out = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-dump.sql";
    REQUIRE(run_pgfleet("dump --db " + shell_quote(source.conninfo()) + " -o " + out).code == 0);
    TestDatabase copy;
    copy.load_file(out);
    CHECK(run_pgfleet("plan " + out + " --db " + shell_quote(copy.conninfo())).code == 0);
    CHECK(run_pgfleet("plan " + out + " --db " + shell_quote(source.conninfo())).code == 0);
}

TEST_CASE("dump keeps a cast of a whole array apart from casts of its elements", "[db]") {
    TestDatabase source;
    // Stored as one cast of the array; printed as text that, read back, casts each element.
    source.load_sql("CREATE TABLE t (status varchar(20) CHECK (status IN ('a', 'b')));\n"
                    "CREATE INDEX t_open ON t (status) WHERE status IN ('a', 'b');\n"
                    "CREATE VIEW v AS SELECT status FROM t WHERE status IN ('a', 'b');\n");
    std::string out = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-array-dump.sql";
    REQUIRE(run_pgfleet("dump --db " + shell_quote(source.conninfo()) + " -o " + out).code == 0);
    CliRun replan = run_pgfleet("plan " + out + " --db " + shell_quote(source.conninfo()));
    INFO(replan.output);
    CHECK(replan.code == 0);
    TestDatabase copy;
    copy.load_file(out);
    CHECK(normalize_dump(copy.dump_schema()) == normalize_dump(source.dump_schema()));
}

namespace {

// A desired state whose function and extension exist only once its DO block has run.
const char* const kDoSchema =
    "CREATE TABLE accounts (id int PRIMARY KEY, email text);\n"
    "DO $$\n"
    "BEGIN\n"
    "  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citext') THEN\n"
    "    CREATE EXTENSION citext;\n"
    "  END IF;\n"
    "  EXECUTE format('CREATE FUNCTION %I(t text) RETURNS text LANGUAGE sql IMMUTABLE AS %L',\n"
    "                 'norm_' || current_setting('app.flavour'), 'SELECT lower(t)');\n"
    "END\n"
    "$$;\n"
    "CREATE TABLE contacts (id int PRIMARY KEY, email citext NOT NULL);\n";

}  // namespace

TEST_CASE("a desired state with DO blocks is elaborated on a local server and converges", "[db]") {
    TestDatabase db;
    std::string schema = temp_file("do.sql", kDoSchema);
    std::string args = schema + " --db " + shell_quote(db.conninfo()) + " --set app.flavour=plain";
    CliRun planned = run_pgfleet("plan " + args + " --format sql");
    INFO(planned.output);
    CHECK(planned.code == 2);
    CHECK(planned.output.find(schema + ":2:1: the desired state runs 1 DO block; it is elaborated on a local throwaway "
                              "PostgreSQL (never the target)") != std::string::npos);
    CHECK(planned.output.find("CREATE EXTENSION IF NOT EXISTS citext") != std::string::npos);
    CHECK(planned.output.find("CREATE FUNCTION public.norm_plain(t text)") != std::string::npos);
    REQUIRE(run_pgfleet("apply " + args).code == 0);
    CliRun again = run_pgfleet("plan " + args + " --format sql");
    INFO(again.output);
    CHECK(again.code == 0);
    CHECK(again.output.find("COMMIT;") == std::string::npos);
    // The elaboration follows the settings given: another value is another function.
    CliRun other = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()) + " --set app.flavour=fancy --format sql");
    CHECK(other.code == 2);
    CHECK(other.output.find("DROP FUNCTION public.norm_plain(text)") != std::string::npos);
    CHECK(other.output.find("CREATE FUNCTION public.norm_fancy(t text)") != std::string::npos);
}

TEST_CASE("without DO the parser alone plans: no local server is started", "[db]") {
    TestDatabase db;
    // With no server binaries to be found, only a plan that needs no local server can succeed.
    std::string no_server = std::string("PGFLEET_PG_BIN=/nonexistent ") + PGFLEET_BINARY + " plan ";
    std::string plain = temp_file("plain.sql", "CREATE TABLE t (id int);\n");
    std::string out;
    CHECK(run_command(no_server + plain + " --db " + shell_quote(db.conninfo()), &out) == 2);
    CHECK(out.find("elaborated") == std::string::npos);
    std::string with_do = temp_file("with_do.sql", kDoSchema);
    CHECK(run_command(no_server + with_do + " --db " + shell_quote(db.conninfo()) + " --set app.flavour=x", &out) == 1);
    CHECK(out.find("initdb failed") != std::string::npos);
}

TEST_CASE("a DO block PostgreSQL rejects is a located error, and nothing is planned", "[db]") {
    TestDatabase db;
    std::string schema = temp_file("do_bad.sql", "CREATE TABLE t (id int);\n\nDO $$ BEGIN RAISE EXCEPTION 'no tenant'; END $$;\n");
    CliRun r = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()));
    INFO(r.output);
    CHECK(r.code == 1);
    CHECK(r.output.find(schema + ":3:") != std::string::npos);
    CHECK(r.output.find("no tenant") != std::string::npos);
    CHECK(r.output.find("CREATE TABLE") == std::string::npos);
}

TEST_CASE("check --verify creates each missing role once, however many the files name", "[db]") {
    std::string schema = temp_file("roles.sql", "CREATE TABLE t (id int);\n"
                                                "GRANT SELECT ON t TO verify_reader;\n"
                                                "GRANT INSERT ON t TO verify_writer;\n"
                                                "GRANT UPDATE ON t TO verify_auditor;\n");
    CliRun r = run_pgfleet("check --verify " + schema);
    INFO(r.output);
    // The table breaks lint rules (exit 2); a failed load would throw (exit 1) before the verdict.
    CHECK(r.code == 2);
    CHECK(r.output.find("already exists") == std::string::npos);
    CHECK(r.output.find("verify: no difference") != std::string::npos);
}
