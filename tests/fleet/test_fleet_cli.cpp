// The fleet commands as users run them: offline planning opens no connection, onboarding,
// exit codes, located configuration errors, no secrets in output.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "introspect/session.h"
#include <nlohmann/json.hpp>

#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;

namespace {

// A listening TCP socket that counts the connections made to it.
class Listener {
public:
    Listener() {
        fd_ = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        socklen_t len = sizeof addr;
        getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
        port_ = ntohs(addr.sin_port);
        listen(fd_, 16);
        fcntl(fd_, F_SETFL, O_NONBLOCK);
    }
    ~Listener() { close(fd_); }
    int port() const { return port_; }
    int accepted() {
        int n = 0;
        for (int c; (c = accept(fd_, nullptr, nullptr)) >= 0; ++n) close(c);
        return n;
    }

private:
    int fd_ = -1, port_ = 0;
};

}  // namespace

TEST_CASE("fleet snapshot, then fleet plan from the snapshots without any connection", "[fleet]") {
    TenantFleet fleet("pfs", 3, kFleetSchemaV1);
    fleet.execute("pfs_002", "ALTER TABLE items ADD COLUMN note text");
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string live = dir.write("live.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "pfs\\_%", "pgfleet-test-snap"}));
    CliRun snap = run_pgfleet("fleet snapshot --config " + live + " -q -o " + dir.file("snaps"));
    INFO(snap.output);
    REQUIRE(snap.code == 0);
    CHECK(contains(snap.output, "wrote 3 snapshots"));
    CliRun live_plan = run_pgfleet("fleet plan --config " + live + " -q --format json");
    REQUIRE(live_plan.code == 2);

    // Offline: the only cluster URL points at a socket that would see any connection.
    Listener listener;
    std::string offline = dir.write(
        "offline.yaml", fleet_yaml({dir.file("schema"), dir.file("state2"), "pfs\\_%", "pgfleet-test-snap",
                                    "postgresql://postgres@127.0.0.1:" + std::to_string(listener.port()) + "/postgres"}));
    CliRun plan = run_pgfleet("fleet plan --config " + offline + " --snapshots " + dir.file("snaps") + " --format json");
    INFO(plan.output);
    CHECK(plan.code == 2);
    CHECK(listener.accepted() == 0);
    // Same grouping and statements as planning against the live tenants.
    CHECK(nlohmann::json::parse(plan.output) == nlohmann::json::parse(live_plan.output));
    CliRun one = run_pgfleet("fleet plan --config " + offline + " --snapshots " + dir.file("snaps") + " --tenants '*_002'");
    CHECK(contains(one.output, "1 tenant in 1 group"));
    CHECK(listener.accepted() == 0);

    // A type change with no cast is refused for the fleet as for one database, located.
    dir.write("nocast/app.sql", "CREATE TABLE accounts (id timestamp PRIMARY KEY, name text NOT NULL);\n");
    std::string nocast = dir.write(
        "nocast.yaml", fleet_yaml({dir.file("nocast"), dir.file("state3"), "pfs\\_%", "pgfleet-test-snap",
                                   "postgresql://postgres@127.0.0.1:" + std::to_string(listener.port()) + "/postgres"}));
    CliRun refused = run_pgfleet("fleet plan --config " + nocast + " --snapshots " + dir.file("snaps"));
    INFO(refused.output);
    CHECK(refused.code == 1);
    CHECK(contains(refused.output, "app.sql:1:24: error: column public.accounts.id cannot change from bigint to "
                                   "timestamp without time zone"));
}

TEST_CASE("fleet plan reads in full only tenants whose catalog moved, and one per group", "[fleet]") {
    TenantFleet fleet("pfk", 4, kFleetSchemaV1);
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string config =
        dir.write("pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "pfk\\_%", "pgfleet-test-known"}));
    auto plan = [&](const std::string& name, const std::string& flags = "") {
        CliRun r = run_pgfleet("fleet plan --config " + config + flags + " -o " + dir.file(name));
        INFO(r.output);
        CHECK(r.code == 2);
        return r.output;
    };
    std::string first = plan("first.json");
    CHECK(!contains(first, "known by their catalog marker"));
    // Nothing moved: every tenant is known by its marker; one is read in full for the group.
    CHECK(contains(plan("second.json"), "4 tenant(s) known by their catalog marker"));
    CHECK(read_text_file(dir.file("second.json")) == read_text_file(dir.file("first.json")));
    // One tenant changes: it alone is read in full, and forms a group of its own.
    fleet.execute("pfk_003", "ALTER TABLE items ADD COLUMN note text");
    CHECK(contains(plan("third.json"), "3 tenant(s) known by their catalog marker"));
    nlohmann::json third = nlohmann::json::parse(read_text_file(dir.file("third.json")));
    CHECK(third["groups"].size() == 2);
    CHECK(!contains(plan("full.json", " --full"), "known by their catalog marker"));
    CHECK(read_text_file(dir.file("full.json")) == read_text_file(dir.file("third.json")));
}

TEST_CASE("tenant create, list, drift and drop with a registry on a control database", "[fleet]") {
    TenantFleet control("pftc", 1, "CREATE TABLE registry (database text PRIMARY KEY, fingerprint text NOT NULL);");
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string config = dir.write("pgfleet.yaml", "schema: " + dir.file("schema") + "\nstate_dir: " + dir.file("state") +
        "\nclusters:\n  - name: main\n    url: \"" + PgServer::instance().url("postgres") + "\"\n"
        "tenants:\n  query: SELECT database FROM registry ORDER BY 1\n  control: \"" + PgServer::instance().url("pftc_001") + "\"\n"
        "onboarding:\n  database: \"pft_{name}\"\n  owner: \"pft_{name}_owner\"\n"
        "  register: INSERT INTO registry (database, fingerprint) VALUES ({database}, {fingerprint})\n"
        "  unregister: DELETE FROM registry WHERE database = {database}\n");
    std::string cfg = " --config " + config;
    CliRun created = run_pgfleet("tenant create acme" + cfg);
    INFO(created.output);
    REQUIRE(created.code == 0);
    CHECK(contains(created.output, "created main/pft_acme (owner pft_acme_owner, new role)"));
    CHECK(contains(created.output, "matches the desired schema; registered"));
    pgfleet::Session admin(PgServer::instance().conninfo("postgres"));
    CHECK(admin.query_value("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'pft_acme'") == "pft_acme_owner");
    CHECK(admin.query_value("SELECT count(*) FROM aclexplode((SELECT datacl FROM pg_database WHERE datname = 'pft_acme')) "
                            "WHERE grantee = 0") == "0");
    CHECK(run_pgfleet("tenant create acme" + cfg).code == 1);  // exists already
    CHECK(run_pgfleet("tenant list" + cfg).output == "main/pft_acme\n");
    CliRun drift = run_pgfleet("fleet drift" + cfg + " -q");
    CHECK(drift.code == 0);
    CHECK(contains(drift.output, "1 tenant: 1 match the desired schema"));

    CliRun refused = run_pgfleet("tenant drop acme" + cfg);
    CHECK(refused.code == 3);
    CHECK(contains(refused.output, "add --confirm"));
    CliRun dropped = run_pgfleet("tenant drop acme --confirm" + cfg);
    INFO(dropped.output);
    CHECK(dropped.code == 0);
    CHECK(contains(dropped.output, "dropped main/pft_acme and its role; unregistered"));
    CHECK(admin.query_value("SELECT count(*) FROM pg_database WHERE datname = 'pft_acme'") == "0");
    CHECK(run_pgfleet("tenant list" + cfg).output.empty());
}

TEST_CASE("fleet commands: located config errors, unreachable tenants, no secrets", "[fleet]") {
    TempDir dir;
    std::string bad = dir.write("bad.yaml", "schema: s\nclusters:\n  - name: main\n    url: host=/x\n    colour: blue\n"
                                            "tenants: {pattern: 'x%'}\n");
    CliRun r = run_pgfleet("fleet drift --config " + bad);
    CHECK(r.code == 1);
    CHECK(contains(r.output, bad + ":5:5: error: unknown key 'colour' in a cluster"));

    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string secret = dir.write("secret.yaml", "schema: " + dir.file("schema") + "\nstate_dir: " + dir.file("state") +
        "\nclusters:\n  - name: main\n    url: \"host=/nonexistent-pgfleet port=5 user=app dbname=postgres\"\n"
        "    password_command: echo s3cretpw\ntenants: {list: [tenant_a, tenant_b]}\nwake: {window: 0}\n");
    CliRun d = run_pgfleet("fleet drift --config " + secret + " -q");
    INFO(d.output);
    CHECK(d.code == 1);
    CHECK(contains(d.output, "cannot connect to main"));
    CHECK_FALSE(contains(d.output, "s3cretpw"));
    CHECK(run_pgfleet("fleet plan --config " + secret + " --shard 3/2").code == 1);
}
