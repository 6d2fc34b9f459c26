// apply you can watch: a line per step with its time (a live line with the elapsed time on a
// terminal), per-step timings in the report, a question before a plan with hazards on a
// terminal, and errors that name the step and statement.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <regex>
#include <thread>

#include <nlohmann/json.hpp>

#include "introspect/session.h"
#include "tests/support/cli_run.h"
#include "tests/support/json_schema.h"
#include "tests/support/pg_server.h"
#include "tests/support/tenant_fleet.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;
using json = nlohmann::json;

namespace {


// The command on a pseudo-terminal (util-linux script), with `answer` typed on its stdin.
CliRun on_terminal(const std::string& args, const std::string& answer, const TempDir& dir) {
    std::string input = dir.write("answer.txt", answer);
    CliRun r;
    std::string command = std::string(PGFLEET_BINARY) + " " + args;
    r.code = run_command("TERM=xterm script -qefc " + shell_quote(command) + " /dev/null < " + shell_quote(input), &r.output);
    return r;
}

bool has_column(const TestDatabase& db, const std::string& table, const std::string& column) {
    pgfleet::Session s(db.conninfo());
    return s.query_value("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public." + table +
                         "'::regclass AND attname = '" + column + "' AND NOT attisdropped") == "1";
}

}  // namespace

TEST_CASE("apply prints a line per step with its time and writes step timings to its report", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int PRIMARY KEY, v text);\n");
    TempDir dir;
    std::string schema = dir.write("s.sql", "CREATE TABLE t (id int PRIMARY KEY, v text, w int);\nCREATE INDEX t_v_idx ON t (v);\n");
    CliRun r = run_pgfleet("apply " + schema + " --db " + shell_quote(db.conninfo()) + " --online always -o " +
                    dir.file("apply.json") + " -o -");
    INFO(r.output);
    REQUIRE(r.code == 0);
    CHECK(std::regex_search(r.output, std::regex("step 1/2 done in [0-9]+\\.[0-9]{2} s: ")));
    CHECK(std::regex_search(r.output, std::regex("step 2/2 done in [0-9]+\\.[0-9]{2} s: CREATE INDEX CONCURRENTLY")));
    CHECK(r.output.find("Applied 2 statement(s) in 2 step(s)") != std::string::npos);
    SchemaCheck schema_check = validate_against_schema("apply", dir.file("apply.json"));
    INFO(schema_check.errors);
    CHECK(schema_check.valid);
    json report = json::parse(read_text_file(dir.file("apply.json")));
    CHECK(report["status"] == "applied");
    REQUIRE(report["steps"].size() == 2);
    CHECK(report["steps"][1]["transactional"] == false);
    CHECK(report["steps"][1]["status"] == "done");
    CHECK(report["steps"][1]["seconds"].get<double>() > 0);
    CHECK(report["fingerprint_after"] == report["target_fingerprint"]);
    // Nothing left: the report says so, in every format.
    CliRun again = run_pgfleet("apply " + schema + " --db " + shell_quote(db.conninfo()) + " --format markdown");
    CHECK(again.code == 0);
    CHECK(again.output.find("### pgfleet apply: at_target") != std::string::npos);
}

TEST_CASE("a failed apply names the step and the statement, not the server's ERROR: prefix", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t VALUES (1), (2);\n");
    TempDir dir;
    std::string schema = dir.write("s.sql", "CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL);\n");
    CliRun r = run_pgfleet("apply " + schema + " --db " + shell_quote(db.conninfo()) + " -o " + dir.file("failed.json") + " -o -");
    INFO(r.output);
    CHECK(r.code == 1);
    CHECK(r.output.find("failed at step 1 of 1, statement 1 of 1 (`ALTER TABLE public.t ADD COLUMN v integer NOT NULL`): "
                        "column \"v\" of relation \"t\" contains null values [SQLSTATE 23502]") != std::string::npos);
    CHECK(r.output.find("Its transaction was rolled back. The database is untouched") != std::string::npos);
    CHECK(r.output.find("ERROR:") == std::string::npos);
    SchemaCheck schema_check = validate_against_schema("apply", dir.file("failed.json"));
    INFO(schema_check.errors);
    CHECK(schema_check.valid);
    json report = json::parse(read_text_file(dir.file("failed.json")));
    CHECK(report["status"] == "failed");
    CHECK(report["failure"]["sqlstate"] == "23502");
    CHECK(report["steps"][0]["status"] == "failed");
}

TEST_CASE("on a terminal, apply SCHEMA asks before a plan with hazards, unless --yes", "[db]") {
    TestDatabase db;
    db.load_sql("CREATE TABLE t (id int PRIMARY KEY, legacy text);\n");
    TempDir dir;
    std::string schema = dir.write("s.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
    std::string args = "apply " + schema + " --db " + shell_quote(db.conninfo()) + " --allow-hazards data_loss";

    CliRun declined = on_terminal(args, "n\n", dir);
    INFO(declined.output);
    CHECK(declined.code == 3);
    CHECK(declined.output.find("The plan holds hazards (data_loss). Apply it? [y/N]") != std::string::npos);
    CHECK(declined.output.find("Not applied.") != std::string::npos);
    CHECK(has_column(db, "t", "legacy"));

    // Yes: the step waits for a lock another session holds; the live line shows its time.
    pgfleet::Session blocker(db.conninfo(), "pgfleet-test-blocker");
    blocker.execute("BEGIN; LOCK TABLE t IN ACCESS SHARE MODE");
    // Released 1.2 s after the apply starts waiting for it (once the question is answered).
    auto release = std::async(std::launch::async, [&] {
        for (int i = 0; i < 600; ++i) {
            if (blocker.query_value("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 't'::regclass") != "0")
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
        blocker.execute("ROLLBACK");
    });
    CliRun accepted = on_terminal(args, "y\n", dir);
    release.get();
    INFO(accepted.output);
    CHECK(accepted.code == 0);
    CHECK(std::regex_search(accepted.output, std::regex("\\[ +1\\.[0-9] s\\] step 1/1: ALTER TABLE public\\.t DROP COLUMN legacy")));
    CHECK(std::regex_search(accepted.output, std::regex("step 1/1 done in 1\\.[0-9]{2} s")));
    CHECK_FALSE(has_column(db, "t", "legacy"));

    // --yes never asks; without a terminal nothing asks either.
    db.load_sql("ALTER TABLE t ADD COLUMN legacy text;\n");
    CliRun yes = on_terminal(args + " --yes", "", dir);
    INFO(yes.output);
    CHECK(yes.code == 0);
    CHECK(yes.output.find("Apply it?") == std::string::npos);
    db.load_sql("ALTER TABLE t ADD COLUMN legacy text;\n");
    CliRun piped = run_pgfleet(args);
    CHECK(piped.code == 0);
    CHECK(piped.output.find("Apply it?") == std::string::npos);
}
