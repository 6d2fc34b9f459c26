// `pgfleet show` renders a saved plan byte for byte as `plan` printed it for the same state,
// in every format; -o picks the format from the extension; JSON outputs match their schemas.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "tests/lint/example_copy.h"
#include "tests/support/cli_run.h"
#include "tests/support/json_schema.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;

namespace {


}  // namespace

TEST_CASE("show PLAN.json renders each format byte-identically to plan of the same state", "[db]") {
    TestDatabase db;
    std::string conn = shell_quote(db.conninfo());
    REQUIRE(run_pgfleet("apply " + shell_quote(bundled_example_dir()) + " --db " + conn).code == 0);
    // The broken copy drops a policy, stops forcing RLS and drops a column: hazards and
    // isolation findings in every section of the plan.
    std::string desired = shell_quote(broken_example_copy());
    TempDir dir;
    CliRun saved = run_pgfleet("plan " + desired + " --db " + conn + " -o " + dir.file("plan.json"));
    INFO(saved.output);
    REQUIRE(saved.code == 2);
    std::string plan_json = read_text_file(dir.file("plan.json"));
    CHECK(plan_json.find("\"isolation_weakened\"") != std::string::npos);
    CHECK(plan_json.find("\"rls-forced\"") != std::string::npos);
    SchemaCheck schema = validate_against_schema("plan", dir.file("plan.json"));
    INFO(schema.errors);
    CHECK(schema.valid);

    for (const std::string format : {"text", "sql", "json", "markdown"}) {
        INFO(format);
        CliRun planned = run_pgfleet("plan " + desired + " --db " + conn + " --format " + format);
        CliRun shown = run_pgfleet("show " + dir.file("plan.json") + " --format " + format);
        CHECK(planned.code == 2);
        CHECK(shown.code == 2);
        CHECK(planned.output.size() > 200);
        CHECK(shown.output == planned.output);
        // The same bytes through -o: the extension names the format.
        const std::string ext = format == "text" ? "txt" : format == "markdown" ? "md" : format;
        REQUIRE(run_pgfleet("plan " + desired + " --db " + conn + " -o " + dir.file("planned." + ext)).code == 2);
        REQUIRE(run_pgfleet("show " + dir.file("plan.json") + " -o " + dir.file("shown." + ext)).code == 2);
        CHECK(read_text_file(dir.file("planned." + ext)) == planned.output);
        CHECK(read_text_file(dir.file("shown." + ext)) == planned.output);
    }
    CHECK(run_pgfleet("show " + dir.file("plan.json") + " --format markdown").output.find("### Tenant isolation: 3 errors") !=
          std::string::npos);
    // Several outputs of one run, and stdout beside them.
    CliRun both = run_pgfleet("plan " + desired + " --db " + conn + " -o " + dir.file("a.sql") + " -o " + dir.file("a.md") + " -o -");
    CHECK(both.code == 2);
    CHECK(read_text_file(dir.file("a.sql")).rfind("BEGIN;", 0) == 0);
    CHECK(read_text_file(dir.file("a.md")).rfind("### pgfleet plan", 0) == 0);
    CHECK(both.output.find("Plan: ") != std::string::npos);
}

TEST_CASE("-o and --format: the extension decides, contradictions and unknown formats are errors", "[db]") {
    TestDatabase db;
    TempDir dir;
    std::string schema = dir.write("s.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
    std::string conn = " --db " + shell_quote(db.conninfo());
    // plan -o x.sql writes SQL (it used to write the text form).
    REQUIRE(run_pgfleet("plan " + schema + conn + " -o " + dir.file("x.sql")).code == 2);
    db.load_file(dir.file("x.sql"));
    CHECK(run_pgfleet("plan " + schema + conn).code == 0);

    CliRun contradiction = run_pgfleet("plan " + schema + conn + " --format json -o " + dir.file("p.md"));
    CHECK(contradiction.code == 1);
    CHECK(contradiction.output.find("the extension says markdown but --format says json") != std::string::npos);
    CliRun unsupported = run_pgfleet("check " + schema + " -o " + dir.file("c.sql"));
    CHECK(unsupported.code == 1);
    CHECK(unsupported.output.find("this command writes text, json, markdown, not sql") != std::string::npos);
    // An extension no format claims takes --format.
    REQUIRE(run_pgfleet("check " + schema + " --format json -o " + dir.file("report.out")).code == 2);
    CHECK(nlohmann::json::parse(read_text_file(dir.file("report.out"))).contains("findings"));
    SchemaCheck check = validate_against_schema("check", dir.file("report.out"));
    INFO(check.errors);
    CHECK(check.valid);
    CliRun bad_show = run_pgfleet("show " + schema);
    CHECK(bad_show.code == 1);
    CHECK(bad_show.output.find(schema + ": not JSON") != std::string::npos);
}

TEST_CASE("output into a pipe or through a symbolic link goes there and never replaces it", "[db]") {
    TempDir dir;
    std::string schema = dir.write("s.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
    // A link to the report keeps being a link; the file it names gets the report.
    std::string real = dir.file("real.txt"), link = dir.file("link.txt");
    std::filesystem::create_symlink(real, link);
    run_pgfleet("check " + schema + " -o " + link);
    CHECK(std::filesystem::is_symlink(link));
    CHECK(read_text_file(real).find("tenant_id") != std::string::npos);
    // A FIFO stays a FIFO (-o /dev/null or /dev/stderr are the everyday cases).
    std::string fifo = dir.file("pipe.txt"), copied = dir.file("copied.txt");
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::string output;
    // The reader gives up after a while, so a writer that never opens the pipe fails the test.
    run_command("(timeout 10 cat " + shell_quote(fifo) + " > " + shell_quote(copied) + " &) ; " + PGFLEET_BINARY + " check " +
                    schema + " -o " + shell_quote(fifo) + "; sleep 0.2",
                &output);
    INFO(output);
    CHECK(std::filesystem::is_fifo(fifo));
    CHECK(read_text_file(copied).find("tenant_id") != std::string::npos);
}
