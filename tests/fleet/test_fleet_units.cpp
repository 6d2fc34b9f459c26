// Fleet building blocks without a database: selection, shards, wake classification,
// budgets, connection strings, passwords, plan files, journals.
#include <catch2/catch.hpp>

#include <chrono>
#include <set>

#include "fleet/budget.h"
#include "fleet/connections.h"
#include "fleet/connector.h"
#include "fleet/fleet_plan.h"
#include "fleet/fleet_plan_render.h"
#include "fleet/inventory.h"
#include "fleet/journal.h"
#include "fleet/wake.h"
#include "introspect/conninfo.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet;

namespace {

std::vector<TenantRef> tenants(int n) {
    std::vector<TenantRef> out;
    for (int i = 0; i < n; ++i) out.push_back({"main", "tenant_" + std::to_string(1000 + i)});
    return out;
}

}  // namespace

TEST_CASE("shards split the fleet without overlap, stably as tenants are added", "[unit][fleet]") {
    std::set<TenantRef> seen;
    size_t total = 0;
    for (int i = 1; i <= 4; ++i) {
        TenantSelection s;
        parse_shard(std::to_string(i) + "/4", s);
        auto part = select_tenants(tenants(200), s);
        CHECK(part.size() > 20);  // roughly even
        total += part.size();
        seen.insert(part.begin(), part.end());
        // Adding tenants never moves existing ones to another shard.
        auto bigger = select_tenants(tenants(400), s);
        for (const auto& t : part) CHECK(std::binary_search(bigger.begin(), bigger.end(), t));
    }
    CHECK(total == 200);
    CHECK(seen.size() == 200);
    TenantSelection s;
    CHECK_THROWS_WITH(parse_shard("0/4", s), Catch::Contains("--shard takes I/N"));
    CHECK_THROWS(parse_shard("5/4", s));
    CHECK_THROWS(parse_shard("2", s));
    CHECK_THROWS(parse_shard("1/4x", s));
}

TEST_CASE("--tenants globs match the database or cluster/database", "[unit][fleet]") {
    std::vector<TenantRef> all{{"eu", "tenant_acme"}, {"eu", "tenant_globex"}, {"us", "tenant_acme"}};
    CHECK(select_tenants(all, {"tenant_a*"}).size() == 2);
    CHECK(select_tenants(all, {"us/*"}) == std::vector<TenantRef>{{"us", "tenant_acme"}});
    CHECK(select_tenants(all, {}).size() == 3);
    CHECK(tenant_listed({"eu", "tenant_acme"}, {"tenant_acme"}));
    CHECK(tenant_listed({"eu", "tenant_acme"}, {"eu/tenant_acme"}));
    CHECK_FALSE(tenant_listed({"eu", "tenant_acme"}, {"us/tenant_acme"}));
}

TEST_CASE("wake retries only what waiting can fix", "[unit][fleet]") {
    CHECK(is_wake_retryable("FATAL:  the database system is starting up"));
    CHECK(is_wake_retryable("connection to server at \"10.0.0.1\", port 5432 failed: Connection refused"));
    CHECK(is_wake_retryable("connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file or directory"));
    CHECK(is_wake_retryable("timeout expired"));
    CHECK_FALSE(is_wake_retryable("FATAL:  password authentication failed for user \"app\""));
    CHECK_FALSE(is_wake_retryable("FATAL:  database \"tenant_x\" does not exist"));
}

TEST_CASE("connect_with_wake retries with backoff and reports the wait", "[unit][fleet]") {
    WakePolicy policy{1.0, 0.05, 0.1};
    int calls = 0;
    WakeResult r = connect_with_wake([&]() -> std::unique_ptr<Session> {
        if (++calls < 4) throw ConnectionError("FATAL:  the database system is starting up");
        return nullptr;
    }, policy);
    CHECK(r.attempts == 4);
    CHECK(r.waited_seconds >= 0.2);  // 0.05 + 0.1 + 0.1
    calls = 0;
    auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(connect_with_wake([&]() -> std::unique_ptr<Session> {
        ++calls;
        throw ConnectionError("Connection refused");
    }, policy), ConnectionError);
    double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(took >= 0.95);
    CHECK(took < 3);  // generous: the machine may be busy
    calls = 0;
    CHECK_THROWS(connect_with_wake([&]() -> std::unique_ptr<Session> {
        ++calls;
        throw ConnectionError("password authentication failed");
    }, policy));
    CHECK(calls == 1);
}

TEST_CASE("the budget is the smaller of the configured cap and the server's share", "[unit][fleet]") {
    ConnectionPolicy p{8, 0.25};
    CHECK(connection_budget(p, {80, 3, 5}) == 8);    // 20 - 5 = 15 > 8
    CHECK(connection_budget(p, {80, 3, 16}) == 4);   // 20 - 16
    CHECK(connection_budget(p, {80, 3, 70}) == 1);   // never below one
    SessionSlots slots(2);
    slots.acquire();
    slots.acquire();
    slots.release();
    slots.acquire();
    CHECK(slots.peak() == 2);
}

TEST_CASE("connection strings are rewritten by libpq's own parser", "[unit][fleet]") {
    std::string ci = conninfo_with("postgresql://app@db.example.com:6543/postgres?sslmode=require", {{"dbname", "tenant_a"}});
    ConnParams p = parse_conninfo(ci);
    CHECK(p["host"] == "db.example.com");
    CHECK(p["port"] == "6543");
    CHECK(p["dbname"] == "tenant_a");
    CHECK(p["sslmode"] == "require");
    CHECK(parse_conninfo(format_conninfo({{"options", "-c a='b c'"}}))["options"] == "-c a='b c'");
    CHECK_THROWS_WITH(parse_conninfo("host=h port"), Catch::Contains("invalid connection string"));
}

TEST_CASE("a password from password_command is used but never shown", "[unit][fleet]") {
    FleetConfig config;
    config.wake.window_seconds = 0;
    Connector c({"main", "host=/nonexistent-pgfleet port=1 dbname=postgres user=app", "", "echo s3cretpw"}, config);
    try {
        c.connect("tenant_a");
        FAIL("connected to a server that does not exist");
    } catch (const ConnectionError& e) {
        std::string m = e.what();
        CHECK_THAT(m, Catch::Contains("cannot connect to main/tenant_a"));
        CHECK_THAT(m, !Catch::Contains("s3cretpw"));
    }
    Connector failing({"main", "host=/nonexistent-pgfleet", "", "exit 3"}, config);
    CHECK_THROWS_WITH(failing.connect(), Catch::Contains("main: password_command failed (exit status 3; nothing on stderr)"));
    CHECK(Connector({"p", "postgresql://u@fleet.proxy-abc.eu-west-1.rds.amazonaws.com/db"}, config).looks_like_rds_proxy());
    CHECK_FALSE(Connector({"p", "postgresql://u@fleet.cluster-abc.eu-west-1.rds.amazonaws.com/db"}, config).looks_like_rds_proxy());
}

TEST_CASE("fleet plans are stable JSON whatever order tenants were read in", "[unit][fleet]") {
    auto make = [](bool reversed) {
        FleetPlan p;
        PlanGroup big, small;
        big.plan.header = {"aaa", "ttt", 15};
        big.plan.plan.statements.push_back(Statement{"ALTER TABLE public.t ADD COLUMN c text"});
        small.plan.header = {"bbb", "ttt", 15};
        small.plan.plan.statements.push_back(Statement{"CREATE TABLE public.x ()"});
        for (int i = 0; i < 3; ++i) big.tenants.push_back({"main", "t" + std::to_string(reversed ? 2 - i : i)});
        small.tenants.push_back({"main", "t9"});
        if (reversed) p.groups = {small, big};
        else p.groups = {big, small};
        p.unreadable.push_back({{"main", "broken"}, "cannot connect"});
        sort_fleet_plan(p);
        return p;
    };
    std::string a = fleet_plan_to_json(make(false)).dump(1), b = fleet_plan_to_json(make(true)).dump(1);
    CHECK(a == b);
    FleetPlan back = fleet_plan_from_json(nlohmann::json::parse(a));
    CHECK(fleet_plan_to_json(back).dump(1) == a);
    CHECK(back.groups.at(0).tenants.size() == 3);
    CHECK(back.group_of({"main", "t9"})->plan.header.source_fingerprint == "bbb");
    CHECK(back.group_of({"main", "broken"}) == nullptr);
    CHECK(fleet_plan_summary(back) ==
          "5 tenants in 2 groups: 3 at fingerprint aaa (1 statement), 1 at bbb (1 statement); 1 tenant could not be read\n");
    CHECK_THROWS_WITH(fleet_plan_from_json(nlohmann::json::object()), Catch::Contains("not a pgfleet fleet plan"));
}

TEST_CASE("the file journal: last entry per tenant and target decides; torn lines are ignored", "[unit][fleet]") {
    testing::TempDir dir;
    auto journal = open_file_journal(dir.file("state/journal.jsonl"));
    TenantRef a{"main", "a"}, b{"main", "b"};
    journal->record({a, "T1", TenantState::Started});
    journal->record({a, "T1", TenantState::Applied});
    journal->record({b, "T1", TenantState::Started});
    journal->record({b, "T1", TenantState::Failed, "boom"});
    {
        std::FILE* f = std::fopen(dir.file("state/journal.jsonl").c_str(), "a");
        std::fputs("{\"cluster\":\"main\",\"databa", f);  // a write cut short by a crash
        std::fclose(f);
    }
    auto reopened = open_file_journal(dir.file("state/journal.jsonl"));
    reopened->record({b, "T1", TenantState::Started});
    auto entries = reopened->load();
    REQUIRE(entries.size() == 5);
    CHECK(entries[4].state == TenantState::Started);
    CHECK(entries[3].detail == "boom");
    CHECK_FALSE(entries[0].at.empty());
    CHECK(journal_finished(entries, a, "T1"));
    CHECK_FALSE(journal_finished(entries, a, "T2"));  // another target: not finished
    CHECK_FALSE(journal_finished(entries, b, "T1"));
}

TEST_CASE("an RDS Proxy endpoint is warned about before connecting", "[unit][fleet]") {
    FleetConfig config;
    config.wake.window_seconds = 0;
    config.timeouts.connect_seconds = 1;
    config.clusters.push_back({"main", "postgresql://app@fleet.proxy-abc123.eu-west-1.invalid/postgres"});
    std::vector<std::string> log;
    FleetConnections connections(config, [&](const std::string& l) { log.push_back(l); });
    CHECK_THROWS_AS(connections.open({"main", "tenant_a"}), ConnectionError);
    REQUIRE(log.size() == 1);
    CHECK_THAT(log[0], Catch::Contains("RDS Proxy endpoint (fleet.proxy-abc123.eu-west-1.invalid)"));
    // The failed first contact is remembered: the next tenant fails at once, no new warning.
    CHECK_THROWS_AS(connections.open({"main", "tenant_b"}), ConnectionError);
    CHECK(log.size() == 1);
}
