// A fleet of 52 tenant databases: plan groups them, apply converges them within the
// connection budget, drift finds nothing, then finds the one changed by hand.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>

#include "catalog/server_version.h"
#include "introspect/session.h"
#include "planner/plan_file.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/session_sampler.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;
using nlohmann::json;

TEST_CASE("fleet plan, apply and drift over 52 tenant databases", "[fleet]") {
    const int kBudget = 4;
    TenantFleet fleet("pf52", 52, kFleetSchemaV1);
    fleet.execute("pf52_007", "ALTER TABLE items ADD COLUMN note text");
    fleet.execute("pf52_023", "CREATE INDEX items_title_idx ON items (title)");
    TempDir dir;
    dir.write("schema/app.sql", kFleetSchemaV2);
    const std::string app = "pgfleet-test-52";
    std::string config = dir.write(
        "pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "pf52\\_%", app, "", kBudget}));
    std::string cfg = " --config " + config;
    std::string admin = PgServer::instance().conninfo("postgres");

    // Plan: 50 tenants share a fingerprint, the two changed by hand are groups of their own.
    CliRun plan = run_pgfleet("fleet plan" + cfg + " -q -o " + dir.file("plan.json"));
    INFO(plan.output);
    REQUIRE(plan.code == 2);
    CHECK(contains(plan.output, "52 tenants in 3 groups: 50 at fingerprint "));
    json p = json::parse(read_text_file(dir.file("plan.json")));
    REQUIRE(p["groups"].size() == 3);
    CHECK(p["groups"][0]["tenants"].size() == 50);
    std::set<std::string> singles{p["groups"][1]["tenants"][0]["database"], p["groups"][2]["tenants"][0]["database"]};
    CHECK(singles == std::set<std::string>{"pf52_007", "pf52_023"});
    CHECK(p["groups"][0]["target_fingerprint"] == p["groups"][1]["target_fingerprint"]);
    // The same fleet plans to the same bytes.
    REQUIRE(run_pgfleet("fleet plan" + cfg + " -q -o " + dir.file("plan2.json")).code == 2);
    CHECK(read_text_file(dir.file("plan.json")) == read_text_file(dir.file("plan2.json")));

    // A group's plan edited after planning (its hazards taken out): refused, nothing runs.
    json altered = p;
    for (auto& st : altered["groups"][1]["plan"]["statements"]) st["hazards"] = json::array();
    altered["groups"][1]["plan"]["hazards"] = json::array();
    dir.write("altered.json", altered.dump(1));
    SessionSampler altered_sampler(admin, app);
    CliRun tampered = run_pgfleet("fleet apply" + cfg + " -q --allow-hazards data_loss --plan " + dir.file("altered.json"));
    CHECK(altered_sampler.stop() == 0);
    CHECK(tampered.code == 3);
    CHECK(contains(tampered.output, "the plan was changed after pgfleet wrote it"));
    // The same edit with the group's digest recomputed (it is no secret), on the group of the
    // tenant whose column the plan drops: the tenant checks the statements against what pgfleet
    // makes of them on its catalog, and refuses. Only that group is kept, so no other tenant
    // is touched.
    json redigested = p;
    for (const auto& g : p["groups"])
        if (g["tenants"][0]["database"] == "pf52_007") redigested["groups"] = json::array({g});
    REQUIRE(redigested["groups"].size() == 1);
    json& group_plan = redigested["groups"][0]["plan"];
    for (auto& st : group_plan["statements"]) st["hazards"] = json::array();
    group_plan["hazards"] = json::array();
    group_plan["digest"] = pgfleet::content_digest(group_plan);
    dir.write("redigested.json", redigested.dump(1));
    CliRun hidden = run_pgfleet("fleet apply" + cfg + " -q --skip-unplanned --plan " + dir.file("redigested.json") + " --json " +
                                dir.file("redigested-report.json"));
    INFO(hidden.output);
    CHECK(hidden.code == 3);
    CHECK(contains(read_text_file(dir.file("redigested-report.json")), "is not what pgfleet plans"));
    CHECK(contains(read_text_file(dir.file("redigested-report.json")), "has hazard data_loss"));
    pgfleet::Session tenant(fleet.conninfo("pf52_007"));
    CHECK(tenant.query_value("SELECT count(*) FROM information_schema.columns WHERE column_name = 'note'") == "1");
    tenant.close();

    // One hand-changed tenant has a column the schema drops: refused until data loss is allowed.
    CliRun refused = run_pgfleet("fleet apply" + cfg + " -q --plan " + dir.file("plan.json"));
    CHECK(refused.code == 3);
    CHECK(contains(refused.output, "not allowed: data_loss"));

    // Apply, sampling pg_stat_activity: never more sessions than the budget, none afterwards.
    SessionSampler apply_sampler(admin, app);
    CliRun apply = run_pgfleet("fleet apply" + cfg + " -q --allow-hazards data_loss --plan " + dir.file("plan.json") +
                               " --json " + dir.file("report.json"));
    int apply_peak = apply_sampler.stop();
    INFO(apply.output);
    REQUIRE(apply.code == 0);
    json report = json::parse(read_text_file(dir.file("report.json")));
    CHECK(report["summary"]["applied"] == 52);
    CHECK(report["clusters"][0]["budget"] == kBudget);
    CHECK(apply_peak >= 1);
    CHECK(apply_peak <= kBudget);
    CHECK(apply_sampler.samples() > 10);
    CHECK(count_sessions(admin, app) == 0);

    // Drift: nothing, and the cache filled by apply spares every full read.
    SessionSampler drift_sampler(admin, app);
    CliRun drift = run_pgfleet("fleet drift" + cfg + " -q --json " + dir.file("drift.json"));
    int drift_peak = drift_sampler.stop();
    INFO(drift.output);
    CHECK(drift.code == 0);
    CHECK(contains(drift.output, "52 tenants: 52 match the desired schema, 0 drifted"));
    if (!pgfleet::ServerVersion::of(test_major()).has(pgfleet::ServerFeature::StatsFlushOnDemand)) {
        // Before 15 apply cannot flush its own counts: the counters it saw lag behind, so the
        // first drift reads in full and remembers what it saw; the next one is cheap.
        CliRun again = run_pgfleet("fleet drift" + cfg + " -q");
        INFO(again.output);
        CHECK(again.code == 0);
        CHECK(contains(again.output, "0 read in full"));
    } else {
        CHECK(contains(drift.output, "0 read in full"));
    }
    // --full trusts no shortcut.
    CliRun full = run_pgfleet("fleet drift" + cfg + " -q --full");
    CHECK(full.code == 0);
    CHECK(contains(full.output, "52 read in full (--full)"));
    CHECK(drift_peak >= 1);
    CHECK(drift_peak <= kBudget);
    CHECK(count_sessions(admin, app) == 0);

    // A tenant changed afterwards is reported with what differs.
    fleet.execute("pf52_031", "ALTER TABLE accounts ADD COLUMN legacy integer; COMMENT ON TABLE items IS 'mine'");
    CliRun again = run_pgfleet("fleet drift" + cfg + " -q --json " + dir.file("drift2.json"));
    INFO(again.output);
    CHECK(again.code == 2);
    CHECK(contains(again.output, "52 tenants: 51 match the desired schema, 1 drifted"));
    CHECK(contains(again.output, "1 read in full"));
    json d = json::parse(read_text_file(dir.file("drift2.json")));
    CHECK(d["summary"]["drifted"] == 1);
    CHECK(d["summary"]["diverged"] == 1);
    json drifted;
    for (const auto& g : d["groups"])
        if (g["status"] == "drifted") drifted = g;
    CHECK(drifted["tenants"] == json::array({{{"cluster", "main"}, {"database", "pf52_031"}}}));
    CHECK(drifted["drift"] == "diverged");
    json changes = json::array();
    for (const auto& difference : drifted["differences"]) changes.push_back(difference["change"]);
    CHECK(changes == json::array({"drop column public.accounts.legacy", "alter table public.items: comment mine -> to-do items"}));
    CHECK(drifted["differences"][0]["kind"] == "column");
    CHECK(drifted["differences"][0]["object"] == "public.accounts.legacy");
    CHECK(drifted["differences"][0]["action"] == "drop");
}
