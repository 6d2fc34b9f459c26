// Wake-up: a fleet command started while the server is down waits (within the wake
// window) for it to accept connections, then does its work and reports the wait.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <thread>

#include "introspect/session.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/pg_instance.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;

TEST_CASE("a fleet command waits for a stopped server to come up and reports the wait", "[fleet]") {
    PgInstance server;
    server.start();
    {
        pgfleet::Session admin(server.conninfo("postgres"));
        for (const char* db : {"wk_1", "wk_2"}) {
            admin.execute(std::string("CREATE DATABASE ") + db);
            pgfleet::Session t(server.conninfo(db));
            t.execute(kFleetSchemaV2);
        }
    }
    server.stop();
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    std::string config = dir.write(
        "pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "wk\\_%", "pgfleet-test-wake",
                                    server.url("postgres"), 2, "wake: {window: 60s, initial_backoff: 200ms, max_backoff: 1s}\n"}));
    auto started = std::chrono::steady_clock::now();
    auto drift = std::async(std::launch::async, [&] { return run_pgfleet("fleet drift -q --config " + config); });
    std::this_thread::sleep_for(std::chrono::seconds(3));
    server.start();
    CliRun r = drift.get();
    double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    INFO(r.output);
    CHECK(r.code == 0);
    CHECK(contains(r.output, "2 tenants: 2 match the desired schema"));
    CHECK(contains(r.output, "cluster main: the server was not accepting connections; it accepted after"));
    CHECK(contains(r.output, "for the server to wake"));
    CHECK(took >= 3);

    // Outside the window it gives up with the connection error.
    server.stop();
    std::string short_window = dir.write(
        "short.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "wk\\_%", "pgfleet-test-wake",
                                  server.url("postgres"), 2, "wake: {window: 1s, initial_backoff: 200ms}\n"}));
    CliRun gave_up = run_pgfleet("fleet drift -q --config " + short_window);
    CHECK(gave_up.code == 1);
    CHECK(contains(gave_up.output, "cannot connect to main"));
}
