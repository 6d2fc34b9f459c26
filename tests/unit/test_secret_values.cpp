// Secret option values a plan takes from psql variables are filled in by apply from the
// environment: every one found before anything runs, quoted, never kept in the plan.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "planner/secret_values.h"

using namespace pgfleet;

namespace {

Plan plan_of(std::vector<std::string> sql) {
    Plan p;
    for (auto& s : sql) {
        Statement st;
        st.sql = s;
        p.statements.push_back(st);
    }
    return p;
}

}  // namespace

TEST_CASE("secret values: variables found, filled in quoted, missing ones named", "[unit]") {
    Plan p = plan_of({"CREATE USER MAPPING FOR app SERVER remote OPTIONS (\"user\" 'app', password "
                      ":'pgfleet_secret_mapping_remote_app_password')",
                      "ALTER SERVER remote OPTIONS (SET token :'pgfleet_secret_server_remote_token')",
                      "CREATE TABLE t (a int)", "SELECT ':''pgfleet_secret_not_a_variable'"});
    // A quoted string that merely holds the text is no variable.
    CHECK(secret_variables(p) ==
          std::vector<std::string>{"pgfleet_secret_mapping_remote_app_password", "pgfleet_secret_server_remote_token"});
    std::map<std::string, std::string> values{{"pgfleet_secret_mapping_remote_app_password", "it's"},
                                              {"pgfleet_secret_server_remote_token", "t0k"}};
    CHECK(with_secret_values(p.statements[0].sql, values) ==
          "CREATE USER MAPPING FOR app SERVER remote OPTIONS (\"user\" 'app', password 'it''s')");
    CHECK(with_secret_values(p.statements[2].sql, values) == "CREATE TABLE t (a int)");

    Plan two = plan_of({p.statements[0].sql, p.statements[1].sql});
    ::unsetenv("pgfleet_secret_mapping_remote_app_password");
    ::unsetenv("PGFLEET_SECRET_MAPPING_REMOTE_APP_PASSWORD");
    ::unsetenv("PGFLEET_SECRET_SERVER_REMOTE_TOKEN");
    ::setenv("pgfleet_secret_server_remote_token", "t0k", 1);
    CHECK_THROWS_WITH(secret_values_from_environment(two),
                      Catch::Contains("set PGFLEET_SECRET_MAPPING_REMOTE_APP_PASSWORD in the environment") &&
                          !Catch::Contains("SERVER_REMOTE_TOKEN"));
    ::setenv("PGFLEET_SECRET_MAPPING_REMOTE_APP_PASSWORD", "s3cret", 1);
    auto found = secret_values_from_environment(two);
    CHECK(found.at("pgfleet_secret_mapping_remote_app_password") == "s3cret");
    CHECK(found.at("pgfleet_secret_server_remote_token") == "t0k");
    ::unsetenv("PGFLEET_SECRET_MAPPING_REMOTE_APP_PASSWORD");
    ::unsetenv("pgfleet_secret_server_remote_token");
}
