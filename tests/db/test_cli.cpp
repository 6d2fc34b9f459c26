// The pgfleet binary: exit codes, output formats, located errors, snapshots.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "introspect/session.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;

namespace {

struct Run {
    int code;
    std::string output;
};

Run run_pgfleet(const std::string& args) {
    Run r;
    std::string command = PGFLEET_BINARY;
    command += " ";
    command += args;
    r.code = run_command(command, &r.output);
    return r;
}

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
    Run apply = run_pgfleet("apply " + schema + " --db " + url);
    INFO("PostgreSQL " << test_major() << "\n" << apply.output);
    REQUIRE(apply.code == 0);
    Run replan = run_pgfleet("plan " + schema + " --db " + url);
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
    Run planned = run_pgfleet("plan " + schema + " --db " + db_arg);
    CHECK(planned.code == 2);
    CHECK(planned.output.find("CREATE TABLE public.t") != std::string::npos);
    REQUIRE(run_pgfleet("apply " + schema + " --db " + db_arg).code == 0);
    Run again = run_pgfleet("plan " + schema + " --db " + db_arg + " --format sql");
    CHECK(again.code == 0);
    CHECK(again.output.empty());
    CHECK(run_pgfleet("plan " + schema + " --db 'host=/nonexistent dbname=x'").code == 1);
}

TEST_CASE("sql output runs with psql -v ON_ERROR_STOP=1", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    std::string schema = temp_file("s2.sql", "CREATE TABLE t (id bigint NOT NULL, v text);\nCREATE INDEX ON t (v);\n");
    std::string out = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-plan.sql";
    Run r = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()) + " --format sql -o " + out);
    REQUIRE(r.code == 2);
    db.load_file(out);
    CHECK(run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo())).code == 0);
}

TEST_CASE("a bad desired state exits 1 with file:line:col and a caret, planning nothing", "[db]") {
    TestDatabase db;
    std::string schema = temp_file("bad.sql", "CREATE TABLE a (id int);\nALTER TABLE nope ADD COLUMN x int;\n");
    Run r = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()));
    CHECK(r.code == 1);
    CHECK(r.output.find(schema + ":2:13: error: relation \"nope\" does not exist") != std::string::npos);
    CHECK(r.output.find("            ^") != std::string::npos);
    CHECK(r.output.find("CREATE TABLE") == std::string::npos);
    std::string syntax = temp_file("syntax.sql", "CREATE TABLE a (id int,);\n");
    Run s = run_pgfleet("apply " + syntax + " --db " + shell_quote(db.conninfo()));
    CHECK(s.code == 1);
    CHECK(s.output.find(syntax + ":1:24: error: syntax error") != std::string::npos);
}

TEST_CASE("a snapshot plans the same as the live database, without connecting", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\nCREATE TYPE mood AS ENUM ('a');\n");
    std::string snap = "/tmp/pgfleet-cli-" + std::to_string(getpid()) + "-snap.json";
    REQUIRE(run_pgfleet("snapshot --db " + shell_quote(db.conninfo()) + " -o " + snap).code == 0);
    std::string schema = temp_file("s3.sql", "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (id int, m mood);\n");
    Run live = run_pgfleet("plan " + schema + " --db " + shell_quote(db.conninfo()) + " --format sql");
    Run offline = run_pgfleet("plan " + schema + " --snapshot " + snap + " --format sql");
    CHECK(live.code == 2);
    CHECK(offline.code == 2);
    CHECK(offline.output == live.output);
}

TEST_CASE("check --verify: the bundled example loads into a scratch server exactly as parsed", "[db]") {
    // The scratch server is of the test major (PGFLEET_PG_BIN, set with the shared server).
    PgServer::instance();
    Run r = run_pgfleet("check --verify " + shell_quote(std::string(PGFLEET_SOURCE_DIR) + "/schemas"));
    INFO("PostgreSQL " << test_major() << "\n" << r.output);
    CHECK(r.code == 0);
    CHECK(r.output.find("verify: no difference") != std::string::npos);
}
