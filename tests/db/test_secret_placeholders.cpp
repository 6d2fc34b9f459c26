// Secret placeholders: `dump` writes a secret option's value as :'pgfleet_secret_...', and
// plan and apply read it back with the value from the environment, so a dump plans back to
// nothing without the secret ever being written.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"
#include "tests/support/tenant_fleet.h"
#include "tests/support/test_database.h"

using namespace pgfleet::testing;

namespace {

// pgfleet run with one more environment variable (`NAME=value`, no shell quoting needed).
CliRun with_env(const std::string& assignment, const std::string& args) {
    CliRun r;
    r.code = run_command(assignment + " " + PGFLEET_BINARY + " " + args, &r.output);
    return r;
}

}  // namespace

TEST_CASE("a dump with secret placeholders plans back to nothing with the values in the environment", "[db]") {
    // Only a superuser may create a server of postgres_fdw (the extension is not trusted).
    TestDatabase db(kSuperuser);
    db.load_sql("CREATE EXTENSION postgres_fdw;\n"
                "CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'db1', dbname 'sales');\n"
                "CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'app', password 'hunter2');\n");
    TempDir dir;
    std::string conn = " --db " + shell_quote(db.conninfo());
    std::string dump = dir.file("dump.sql");
    REQUIRE(run_pgfleet("dump" + conn + " -o " + dump).code == 0);
    std::string text = read_text_file(dump);
    CHECK(text.find("hunter2") == std::string::npos);
    std::string variable = "pgfleet_secret_mapping_remote_public_password";
    INFO(text);
    REQUIRE(text.find("password :'" + variable + "'") != std::string::npos);

    // Without the value: a located error naming the variable to set.
    std::string env_name;
    for (char c : variable) env_name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CliRun missing = run_pgfleet("plan " + dump + conn);
    INFO(missing.output);
    CHECK(missing.code == 1);
    CHECK(missing.output.find("dump.sql:") != std::string::npos);
    CHECK(missing.output.find("no value for the secret placeholder :'" + variable + "': set " + env_name) !=
          std::string::npos);

    // With it: nothing to do. With another value: the password is set, from the variable again.
    CliRun at_rest = with_env(env_name + "=hunter2", "plan " + dump + conn);
    INFO(at_rest.output);
    CHECK(at_rest.code == 0);
    CliRun changed = with_env(env_name + "=s3cret", "plan " + dump + conn + " --format sql");
    INFO(changed.output);
    CHECK(changed.code == 2);
    CHECK(changed.output.find("SET password :'") != std::string::npos);
    CHECK(changed.output.find("s3cret") == std::string::npos);
    CliRun applied = with_env(env_name + "=s3cret", "apply " + dump + conn + " --allow-hazards all --yes");
    INFO(applied.output);
    CHECK(applied.code == 0);
    CHECK(with_env(env_name + "=s3cret", "plan " + dump + conn).code == 0);
    CHECK(with_env(env_name + "=hunter2", "plan " + dump + conn).code == 2);
}
