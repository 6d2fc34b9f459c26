// Fleet configuration: every setting read, every mistake located (file:line:col).
#include <catch2/catch.hpp>

#include "fleet/config.h"
#include "fleet/yaml_fields.h"

using namespace pgfleet;

namespace {

std::string error_of(const std::string& yaml) {
    try {
        parse_fleet_config(yaml, "cfg/pgfleet.yaml");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

const char* kMinimal = "schema: schemas\nclusters:\n  - name: main\n    url: postgresql://app@db.example.com/postgres\n"
                       "tenants:\n  pattern: tenant_%\n";

}  // namespace

TEST_CASE("a full configuration is read, paths resolved against its directory", "[unit][fleet]") {
    FleetConfig c = parse_fleet_config(R"(schema: ../schemas
state_dir: state
application_name: pgfleet-nightly
clusters:
  - name: main
    url: postgresql://admin@main.cluster-abc.eu-west-1.rds.amazonaws.com/postgres?sslmode=require
    password_command: aws rds generate-db-auth-token --hostname main
  - name: second
    url: "host=/tmp port=5433 dbname=postgres"
    password_env: SECOND_PASSWORD
tenants:
  query: SELECT datname, cluster FROM tenants WHERE active
  control: postgresql://admin@control/registry
connections: {max_per_cluster: 6, max_share: 0.2}
wake: {window: 2m, initial_backoff: 250ms, max_backoff: 4s}
timeouts: {connect: 5, lock: 3s, statement: 15m}
canaries: [tenant_acme, second/tenant_beta]
hazards: {allow: [index_build, table_rewrite]}
journal: {table: pgfleet.journal}
onboarding:
  database: "t_{name}"
  owner: "owner_{name}"
  create_role: false
  connect_grants: [app_rw]
  register: INSERT INTO tenants (datname) VALUES ({database})
)",
                                       "/etc/pgfleet/pgfleet.yaml");
    CHECK(c.schema == "/etc/schemas");
    CHECK(c.state_dir == "/etc/pgfleet/state");
    CHECK(c.application_name == "pgfleet-nightly");
    REQUIRE(c.clusters.size() == 2);
    CHECK(c.clusters[0].password_command == "aws rds generate-db-auth-token --hostname main");
    CHECK(c.clusters[1].password_env == "SECOND_PASSWORD");
    CHECK(c.tenants.query == "SELECT datname, cluster FROM tenants WHERE active");
    CHECK(c.connections.max_per_cluster == 6);
    CHECK(c.connections.max_share == Approx(0.2));
    CHECK(c.wake.window_seconds == Approx(120));
    CHECK(c.wake.initial_backoff_seconds == Approx(0.25));
    CHECK(c.timeouts.statement_seconds == Approx(900));
    CHECK(c.canaries == std::vector<std::string>{"tenant_acme", "second/tenant_beta"});
    CHECK(c.allowed_hazards == std::vector<std::string>{"index_build", "table_rewrite"});
    CHECK(c.journal.table == "pgfleet.journal");
    CHECK(c.journal.file.empty());
    CHECK(c.onboarding.database == "t_{name}");
    CHECK_FALSE(c.onboarding.create_role);
}

TEST_CASE("defaults: journal file under the state directory", "[unit][fleet]") {
    FleetConfig c = parse_fleet_config(kMinimal, "cfg/pgfleet.yaml");
    CHECK(c.schema == "cfg/schemas");
    CHECK(c.state_dir == "cfg/.pgfleet");
    CHECK(c.journal.file == "cfg/.pgfleet/journal.jsonl");
    CHECK(c.connections.max_per_cluster == 4);
    CHECK(c.wake.window_seconds == Approx(60));
}

TEST_CASE("unknown keys and bad values are all reported, each at its place", "[unit][fleet]") {
    std::string e = error_of(R"(schema: s
clusters:
  - name: main
    url: postgresql://x@h/postgres
    pasword_env: X
tenants:
  pattern: t_%
connections:
  max_per_cluster: 0
  max_share: lots
wake:
  window: soon
canaries: tenant_a
)");
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:5:5: error: unknown key 'pasword_env' in a cluster"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:9:20: error: max_per_cluster must be a whole number >= 1"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:10:14: error: max_share must be a number"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:12:11: error: window must be a duration"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:13:11: error: canaries must be a list"));
}

TEST_CASE("structural mistakes: missing parts, two discovery ways, passwords in URLs", "[unit][fleet]") {
    CHECK_THAT(error_of("schema: s\n"), Catch::Contains("clusters: at least one cluster is required"));
    CHECK_THAT(error_of("schema: s\n"), Catch::Contains("tenants: a list, pattern or query is required"));
    std::string two = error_of("schema: s\nclusters: [{name: a, url: 'host=h'}]\ntenants: {list: [x], pattern: 'y'}\n");
    CHECK_THAT(two, Catch::Contains("3:10: error: tenants needs exactly one of list, pattern or query"));
    std::string pw = error_of("schema: s\nclusters: [{name: a, url: 'postgresql://u:hunter2@h/db'}]\ntenants: {list: [x]}\n");
    CHECK_THAT(pw, Catch::Contains("the connection string holds a password"));
    CHECK_THAT(pw, !Catch::Contains("hunter2"));
    CHECK_THAT(error_of("schema: s\nclusters: [{name: a, url: 'host=h'}, {name: a, url: 'host=h'}]\ntenants: {list: [x]}\n"),
               Catch::Contains("cluster 'a' is defined twice"));
    CHECK_THAT(error_of("schema: s\nclusters: [{name: a, url: 'host=h'}]\ntenants: {query: 'select 1'}\n"),
               Catch::Contains("a tenant query needs a control database"));
    CHECK_THAT(error_of("schema: [unclosed\n"), Catch::Contains("cfg/pgfleet.yaml:"));
}

TEST_CASE("durations", "[unit][fleet]") {
    double s = 0;
    CHECK(parse_duration("250ms", s));
    CHECK(s == Approx(0.25));
    CHECK(parse_duration("3", s));
    CHECK(s == Approx(3));
    CHECK(parse_duration("2m", s));
    CHECK(s == Approx(120));
    CHECK_FALSE(parse_duration("soon", s));
    CHECK_FALSE(parse_duration("-1s", s));
    CHECK_FALSE(parse_duration("5 parsecs", s));
    // Past what PostgreSQL's millisecond timeouts hold, never a wrapped negative timeout.
    CHECK(parse_duration("24h", s));
    CHECK_FALSE(parse_duration("1e300s", s));
    CHECK_FALSE(parse_duration("30000h", s));
}

TEST_CASE("unknown hazard names and canaries on undefined clusters are located errors", "[unit][fleet]") {
    std::string e = error_of("schema: s\nclusters: [{name: a, url: 'host=h'}]\ntenants: {list: [x]}\n"
                             "hazards: {allow: [data_loss, dataloss]}\ncanaries: [a/x, b/y, x]\n");
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:4:30: error: unknown hazard 'dataloss' (one of: all, data_loss"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:5:17: error: canary 'b/y' names cluster 'b', which is not defined"));
    CHECK_THAT(e, !Catch::Contains("'a/x'"));
}

TEST_CASE("a key given twice is an error at the second one", "[unit][fleet]") {
    std::string e = error_of("schema: s\nclusters: [{name: a, url: 'host=h', url: 'host=other'}]\ntenants: {list: [x]}\n"
                             "schema: t\n");
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:2:37: error: duplicate key 'url' in a cluster"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:4:1: error: duplicate key 'schema'"));
}
