// Waves, shards from job engines, plan coverage: no database needed.
#include <catch2/catch.hpp>

#include <climits>
#include <map>
#include <set>

#include "fleet/config.h"
#include "fleet/fleet_apply.h"
#include "fleet/plan_coverage.h"
#include "fleet/run_layout.h"
#include "fleet/shard_env.h"
#include "fleet/wave_runner.h"
#include "fleet/waves.h"

using namespace pgfleet;

namespace {

const char* kBase = "schema: s\nclusters:\n  - name: a\n    url: host=/x\n  - name: b\n    url: host=/y\n"
                    "tenants: {pattern: 't%'}\n";

std::string error_of(const std::string& yaml) {
    try {
        parse_fleet_config(yaml, "cfg/pgfleet.yaml");
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "";
}

std::vector<TenantRef> fleet_of(int per_cluster) {
    std::vector<TenantRef> out;
    for (const char* c : {"a", "b"})
        for (int i = 1; i <= per_cluster; ++i) {
            char name[16];
            std::snprintf(name, sizeof name, "t_%03d", i);
            out.push_back({c, name});
        }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> names(const std::vector<TenantRef>& tenants, const Wave& w) {
    std::vector<std::string> out;
    for (size_t i : w.members) out.push_back(tenants[i].key());
    return out;
}

GetEnv env_of(std::map<std::string, std::string> vars) {
    auto held = std::make_shared<std::map<std::string, std::string>>(std::move(vars));
    return [held](const char* name) -> const char* {
        auto it = held->find(name);
        return it == held->end() ? nullptr : it->second.c_str();
    };
}

}  // namespace

TEST_CASE("waves are read from the configuration; every mistake is located", "[unit][fleet]") {
    FleetConfig c = parse_fleet_config(std::string(kBase) + R"(canaries: [a/t_001]
waves:
  - name: early
    share: 10%
    max_failures: 1
  - {name: small, max_size: 50MB, max_failure_rate: 5%}
  - {pattern: 'b/*', one_at_a_time: true}
  - {name: rest, smallest: 0.5}
coordination: {wait: 5m}
)",
                                       "cfg/pgfleet.yaml");
    REQUIRE(c.waves.size() == 4);
    CHECK(c.waves[0].name == "early");
    CHECK(c.waves[0].share == Approx(0.1));
    CHECK(c.waves[0].max_failures == 1);
    CHECK(c.waves[1].max_bytes == 50LL << 20);
    CHECK(c.waves[1].max_failure_rate == Approx(0.05));
    CHECK(c.waves[2].name == "wave 3");
    CHECK(c.waves[2].one_at_a_time);
    CHECK(c.waves[3].smallest == Approx(0.5));
    CHECK(c.coordination.wait_seconds == Approx(300));

    std::string e = error_of(std::string(kBase) + "waves:\n  - name: x\n    share: 120%\n  - {pattern: 'a*', share: 5%}\n"
                                                  "  - {name: y}\n  - {name: y, max_size: lots, colour: red}\n"
                                                  "coordination: {wait: soon}\n");
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:10:12: error: share must be a share above 0 and at most 100%"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:11:5: error: a wave takes one of tenants, pattern, share, smallest or max_size"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:12:5: error: only the last wave may go without"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:13:25: error: max_size must be a size such as 500MB"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:13:31: error: unknown key 'colour' in a wave"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:13:12: error: wave name 'y' is used twice"));
    CHECK_THAT(e, Catch::Contains("cfg/pgfleet.yaml:14:22: error: wait must be a duration"));
    CHECK_THAT(error_of(std::string(kBase) + "waves: {share: 10%}\n"), Catch::Contains("cfg/pgfleet.yaml:8:8: error: waves must be a list"));
    CHECK_THAT(error_of(std::string(kBase) + "canaries: [t_1]\nwaves:\n  - {name: canaries, share: 1%}\n"),
               Catch::Contains("cfg/pgfleet.yaml:10:12: error: 'canaries' names the wave of the canaries list"));
}

TEST_CASE("tenants split into canaries, configured waves and the rest, the same way every time", "[unit][fleet]") {
    std::vector<TenantRef> tenants = fleet_of(30);  // 60 tenants
    std::vector<long long> bytes(tenants.size());
    for (size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<long long>((i * 37) % 60) << 20;
    bytes[5] = -1;  // unknown size
    FleetConfig c = parse_fleet_config(std::string(kBase) + R"(canaries: [a/t_001, t_002]
waves:
  - {name: listed, tenants: [b/t_003, b/t_001]}
  - {name: ten, share: 10%, max_failure_rate: 40%}
  - {name: small, max_size: 5MB}
  - {name: pattern, pattern: 'b/t_01*'}
)",
                                       "cfg/pgfleet.yaml");
    std::vector<Wave> waves = assign_waves(tenants, bytes, c);
    REQUIRE(waves.size() == 6);
    CHECK(waves[0].name == "canaries");
    CHECK(waves[0].canaries);
    CHECK(waves[0].one_at_a_time);
    // t_002 names a database on both clusters: both are canaries.
    CHECK(names(tenants, waves[0]) == std::vector<std::string>{"a/t_001", "a/t_002", "b/t_002"});
    CHECK(names(tenants, waves[1]) == std::vector<std::string>{"b/t_001", "b/t_003"});
    CHECK(waves[2].members.size() == 6);  // ceil(10% of 60)
    CHECK(waves[2].allowed_failures == 2);  // floor(40% of 6)
    for (size_t i : waves[3].members) {
        CHECK(bytes[i] >= 0);
        CHECK(bytes[i] <= 5LL << 20);
    }
    CHECK(waves[5].name == "rest");
    // Every tenant in exactly one wave.
    std::multiset<size_t> all;
    for (const auto& w : waves) all.insert(w.members.begin(), w.members.end());
    CHECK(all.size() == tenants.size());
    CHECK(std::set<size_t>(all.begin(), all.end()).size() == tenants.size());
    CHECK(assign_waves(tenants, bytes, c)[2].members == waves[2].members);
    // A share is spread over the fleet: over two clusters of 500, each gives 35-65% of it,
    // and the share is taken across the whole name range, not its first names.
    std::vector<TenantRef> big = fleet_of(500);
    FleetConfig share = parse_fleet_config(std::string(kBase) + "waves:\n  - {share: 10%}\n", "cfg/pgfleet.yaml");
    std::vector<Wave> spread = assign_waves(big, std::vector<long long>(big.size(), -1), share);
    REQUIRE(spread[0].members.size() == 100);
    size_t from_a = 0, first_half = 0;
    for (size_t i : spread[0].members) {
        from_a += big[i].cluster == "a";
        first_half += big[i].database < "t_251";
    }
    CHECK(from_a >= 35);
    CHECK(from_a <= 65);
    CHECK(first_half >= 35);
    CHECK(first_half <= 65);
    // Adding tenants moves few: the first 10% of 1000 mostly stays in the 10% of 1100.
    std::vector<TenantRef> grown = fleet_of(550);
    std::set<std::string> before, after;
    for (size_t i : spread[0].members) before.insert(big[i].key());
    std::vector<Wave> regrown = assign_waves(grown, std::vector<long long>(grown.size(), -1), share);
    for (size_t i : regrown[0].members) after.insert(grown[i].key());
    size_t kept = 0;
    for (const auto& k : before) kept += after.count(k);
    CHECK(kept >= 90);

    FleetConfig smallest = parse_fleet_config(std::string(kBase) + "waves:\n  - {smallest: 10%}\n", "cfg/pgfleet.yaml");
    std::vector<Wave> by_size = assign_waves(tenants, bytes, smallest);
    REQUIRE(by_size.size() == 2);
    CHECK(by_size[0].members.size() == 6);
    long long largest_taken = 0, smallest_left = LLONG_MAX;
    for (size_t i : by_size[0].members) largest_taken = std::max(largest_taken, bytes[i]);
    for (size_t i : by_size[1].members)
        if (bytes[i] >= 0) smallest_left = std::min(smallest_left, bytes[i]);
    CHECK(largest_taken <= smallest_left);
    for (size_t i : by_size[0].members) CHECK(i != 5);  // unknown size: never "small"

    FleetConfig none = parse_fleet_config(kBase, "cfg/pgfleet.yaml");
    std::vector<Wave> one = assign_waves(tenants, bytes, none);
    REQUIRE(one.size() == 1);
    CHECK(one[0].name == "all");
    CHECK(one[0].members.size() == 60);
}

TEST_CASE("a run's layout: unplanned tenants outside the waves, digests that change with the plan", "[unit][fleet]") {
    FleetPlan plan;
    PlanGroup g;
    g.plan.header = {"src", "dst", 15};
    g.tenants = {{"a", "t_001"}, {"a", "t_002"}, {"b", "t_001"}};
    plan.groups.push_back(g);
    plan.unreadable.push_back({{"b", "t_009"}, "cannot connect"});
    plan.tenant_bytes[{"a", "t_001"}] = 1000;
    FleetConfig c = parse_fleet_config(std::string(kBase) + "canaries: [a/t_002]\n", "cfg/pgfleet.yaml");
    RunLayout layout = make_run_layout(plan, plan_tenants(plan), c);
    REQUIRE(layout.tenants.size() == 4);
    CHECK(layout.tenants[0].bytes == 1000);
    CHECK(layout.tenants[3].group == nullptr);
    CHECK_THAT(layout.tenants[3].unplanned, Catch::Contains("cannot connect"));
    CHECK(layout.tenants[3].wave == RunTenant::kNoWave);
    REQUIRE(layout.waves.size() == 2);
    CHECK(layout.waves[0].members == std::vector<size_t>{1});
    CHECK(layout.waves[1].members == std::vector<size_t>{0, 2});
    CHECK(derived_run_id(layout).rfind("plan-", 0) == 0);
    CHECK(derived_run_id(layout).size() == 21);
    RunLayout same = make_run_layout(plan, plan_tenants(plan), c);
    CHECK(same.layout_digest == layout.layout_digest);
    plan.groups[0].plan.header.target_fingerprint = "other";
    CHECK(make_run_layout(plan, plan_tenants(plan), c).plan_digest != layout.plan_digest);
    FleetConfig no_canary = parse_fleet_config(kBase, "cfg/pgfleet.yaml");
    plan.groups[0].plan.header.target_fingerprint = "dst";
    RunLayout other = make_run_layout(plan, plan_tenants(plan), no_canary);
    CHECK(other.plan_digest == layout.plan_digest);
    CHECK(other.layout_digest != layout.layout_digest);
}

TEST_CASE("p50 and p95 are nearest-rank percentiles", "[unit][fleet]") {
    CHECK(percentile({}, 0.5) == -1);
    CHECK(percentile({3}, 0.95) == 3);
    std::vector<double> v;
    for (int i = 100; i >= 1; --i) v.push_back(i);
    CHECK(percentile(v, 0.5) == 50);
    CHECK(percentile(v, 0.95) == 95);
    CHECK(percentile({1, 2, 3}, 0.5) == 2);
}

TEST_CASE("shards numbered from 0 come from flags or the job engine's environment", "[unit][fleet]") {
    TenantSelection s;
    CHECK(zero_based_shard("", "", env_of({}), s) == "");
    CHECK(s.shard_count == 1);
    // A Kubernetes Indexed Job: the index is there, the count comes from the manifest.
    CHECK(zero_based_shard("", "", env_of({{"JOB_COMPLETION_INDEX", "3"}}), s) == "");
    CHECK(zero_based_shard("", "", env_of({{"JOB_COMPLETION_INDEX", "3"}, {"PGFLEET_SHARD_COUNT", "4"}}), s) ==
          "JOB_COMPLETION_INDEX=3 of PGFLEET_SHARD_COUNT=4");
    CHECK(s.shard_index == 4);
    CHECK(s.shard_count == 4);
    // An AWS Batch array job says both.
    TenantSelection b;
    CHECK(zero_based_shard("", "", env_of({{"AWS_BATCH_JOB_ARRAY_INDEX", "0"}, {"AWS_BATCH_JOB_ARRAY_SIZE", "10"}}), b) ==
          "AWS_BATCH_JOB_ARRAY_INDEX=0 of AWS_BATCH_JOB_ARRAY_SIZE=10");
    CHECK(b.shard_index == 1);
    CHECK(b.shard_count == 10);
    // Flags win over the environment; PGFLEET_SHARD_INDEX over the engines'.
    TenantSelection f;
    zero_based_shard("2", "3", env_of({{"JOB_COMPLETION_INDEX", "0"}, {"PGFLEET_SHARD_COUNT", "9"}}), f);
    CHECK(f.shard_index == 3);
    CHECK(f.shard_count == 3);
    zero_based_shard("", "", env_of({{"PGFLEET_SHARD_INDEX", "1"}, {"JOB_COMPLETION_INDEX", "0"}, {"PGFLEET_SHARD_COUNT", "2"}}), f);
    CHECK(f.shard_index == 2);
    CHECK_THROWS_WITH(zero_based_shard("", "", env_of({{"JOB_COMPLETION_INDEX", "4"}, {"PGFLEET_SHARD_COUNT", "4"}}), f),
                      "JOB_COMPLETION_INDEX=4 is not below PGFLEET_SHARD_COUNT=4 (shard indexes count from 0)");
    CHECK_THROWS_WITH(zero_based_shard("", "", env_of({{"PGFLEET_SHARD_COUNT", "4"}}), f),
                      Catch::Contains("PGFLEET_SHARD_COUNT is set but no shard index is"));
    CHECK_THROWS_WITH(zero_based_shard("x", "2", env_of({}), f), "--shard-index must be a whole number >= 0 (got 'x')");
    CHECK_THROWS_WITH(zero_based_shard("1", "", env_of({}), f), Catch::Contains("--shard-index needs --shard-count"));
    CHECK_THROWS_WITH(zero_based_shard("", "0", env_of({{"PGFLEET_SHARD_INDEX", "0"}}), f),
                      "--shard-count must be at least 1 (got '0')");
    // Index i of N from 0 is shard i+1 of N from 1: the same tenants.
    std::vector<TenantRef> tenants = fleet_of(20);
    for (int i = 0; i < 4; ++i) {
        TenantSelection zero, one;
        zero_based_shard(std::to_string(i), "4", env_of({}), zero);
        parse_shard(std::to_string(i + 1) + "/4", one);
        CHECK(select_tenants(tenants, zero) == select_tenants(tenants, one));
    }
}

TEST_CASE("a --tenants glob that matches nothing is an error; an empty shard is not", "[unit][fleet]") {
    std::vector<TenantRef> tenants = fleet_of(2);
    TenantSelection s;
    s.glob = "tenant_*";
    CHECK_THROWS_WITH(select_tenants(tenants, s), Catch::Contains("--tenants 'tenant_*' matches none of the 4 tenants"));
    s.glob = "b/*";
    s.shard_count = 50;
    s.shard_index = 50;
    CHECK_NOTHROW(select_tenants(tenants, s));
}

TEST_CASE("plan coverage: tenants found now but not planned, planned but gone", "[unit][fleet]") {
    FleetConfig c = parse_fleet_config(kBase, "cfg/pgfleet.yaml");
    std::vector<TenantRef> planned{{"a", "t1"}, {"a", "t2"}, {"b", "t1"}, {"z", "t1"}};
    std::vector<TenantRef> found{{"a", "t1"}, {"a", "t3"}, {"b", "t1"}, {"b", "t0"}};
    PlanCoverage cov = plan_coverage(planned, found, c);
    CHECK(cov.unplanned == std::vector<TenantRef>{{"a", "t3"}, {"b", "t0"}});
    CHECK(cov.gone == std::vector<TenantRef>{{"a", "t2"}});  // z is not this worker's cluster
    std::vector<TenantRef> many;
    for (int i = 0; i < 12; ++i) many.push_back({"a", "t" + std::to_string(i)});
    CHECK(tenant_list_text(many, 2) == "a/t0, a/t1 and 10 more");
}
