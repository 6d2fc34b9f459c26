// The pgfleet binary: exit codes, output formats, located errors, snapshots.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

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
    Run r = run_pgfleet("check --verify " + shell_quote(std::string(PGFLEET_SOURCE_DIR) + "/schemas"));
    INFO(r.output);
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
