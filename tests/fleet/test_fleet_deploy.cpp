// The deploy examples under deploy/: their structure agrees with pgfleet (exit codes, shard
// count, environment), and the exact command lines they run, with the environment each
// engine gives its workers, form one run when started locally as processes. (Schema
// validation of the same files: the `deploy` test, deploy/check/check.sh.)
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

#include <yaml-cpp/yaml.h>

#include "catalog/sql_name.h"
#include "cli/exit_codes.h"
#include "fleet/config.h"
#include "introspect/session.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/fleet/worker_process.h"
#include "tests/support/test_database.h"

using namespace pgfleet;
using namespace pgfleet::testing;
using nlohmann::json;

namespace {

const std::string kDeploy = std::string(PGFLEET_SOURCE_DIR) + "/deploy";

json read_json(const std::string& path) { return json::parse(read_text_file(path)); }

// A small fleet with a control database and a reviewed plan, set up as the manifests expect
// it: the configuration at CONFIG, the plan at PLAN.
struct LocalJob {
    TenantFleet fleet;
    TestDatabase control;
    TempDir dir;
    std::string config, plan, app;
    explicit LocalJob(const std::string& prefix) : fleet(prefix, 8, kFleetSchemaV1), app("pgfleet-test-" + prefix) {
        dir.write("schema/app.sql", kFleetSchemaV2);
        config = dir.write("pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), prefix + "\\_%", app, "", 2,
                                                      "journal: {table: fleet_journal}\ncanaries: [" + prefix + "_001]\n",
                                                      PgServer::instance().url(control.name())}));
        plan = dir.file("fleet-plan.json");
        CliRun r = run_pgfleet("fleet plan -q --config " + config + " -o " + plan);
        REQUIRE(r.code == 2);
    }

    // The manifest's command line with its container paths mapped to this job's files.
    std::string args_of(std::vector<std::string> argv) const {
        REQUIRE(!argv.empty());
        std::string out;
        for (auto& a : argv) {
            if (a == "/etc/pgfleet/pgfleet.yaml") a = config;
            else if (a == "/plans/fleet-plan.json") a = plan;
            out += (out.empty() ? "" : " ") + shell_quote(a);
        }
        return out;
    }

    // Starts `n` workers at once with the environment each gets; all must finish the run.
    void run_workers(const std::string& args, int n, const std::function<std::map<std::string, std::string>(int)>& env,
                     const std::string& run_id) {
        std::vector<std::unique_ptr<WorkerProcess>> workers;
        for (int i = 0; i < n; ++i)
            workers.push_back(std::make_unique<WorkerProcess>(args, dir.file("w" + std::to_string(i) + ".log"), env(i)));
        for (auto& w : workers) {
            INFO(w->output());
            CHECK(w->wait() == 0);
            CHECK_THAT(w->output(), Catch::Contains("(run " + run_id + "): 8 tenants: 8 applied"));
        }
        Session s(control.conninfo());
        CHECK(s.query_value("SELECT count(*) FROM fleet_journal WHERE state = 'applied' AND run = " +
                            sql_literal(run_id)) == "8");
    }
};

std::vector<std::string> strings(const YAML::Node& n) {
    std::vector<std::string> out;
    for (const auto& x : n) out.push_back(x.as<std::string>());
    return out;
}

std::vector<std::string> strings(const json& j) {
    std::vector<std::string> out;
    for (const auto& x : j) out.push_back(x.get<std::string>());
    return out;
}

}  // namespace

TEST_CASE("the Kubernetes Indexed Job: its pods, with Kubernetes' environment, form one run", "[fleet]") {
    std::vector<YAML::Node> docs = YAML::LoadAllFromFile(kDeploy + "/kubernetes/pgfleet-apply-job.yaml");
    REQUIRE(docs.size() == 2);
    YAML::Node config_map = docs[0], job = docs[1];
    REQUIRE(config_map["kind"].as<std::string>() == "ConfigMap");
    REQUIRE(job["kind"].as<std::string>() == "Job");
    // The configuration it mounts is a valid pgfleet.yaml for workers: a journal table on a control database.
    FleetConfig c = parse_fleet_config(config_map["data"]["pgfleet.yaml"].as<std::string>(), "/etc/pgfleet/pgfleet.yaml");
    CHECK_FALSE(c.journal.table.empty());
    CHECK_FALSE(c.tenants.control.empty());
    YAML::Node spec = job["spec"];
    CHECK(spec["completionMode"].as<std::string>() == "Indexed");
    int completions = spec["completions"].as<int>();
    CHECK(spec["parallelism"].as<int>() == completions);
    YAML::Node rule = spec["podFailurePolicy"]["rules"][0];
    CHECK(rule["action"].as<std::string>() == "FailJob");
    CHECK(rule["onExitCodes"]["values"][0].as<int>() == exit_code::kError);
    CHECK(rule["onExitCodes"]["values"][1].as<int>() == exit_code::kRefused);
    CHECK(spec["template"]["spec"]["restartPolicy"].as<std::string>() == "Never");
    YAML::Node container = spec["template"]["spec"]["containers"][0];
    std::vector<std::string> argv = strings(container["command"]);
    for (const auto& a : strings(container["args"])) argv.push_back(a);
    REQUIRE(argv[0] == "pgfleet");
    argv.erase(argv.begin());
    std::map<std::string, std::string> env;
    std::set<std::string> field_refs;
    for (const auto& e : container["env"]) {
        std::string name = e["name"].as<std::string>();
        if (e["value"]) env[name] = e["value"].as<std::string>();
        else if (e["valueFrom"]["fieldRef"]) field_refs.insert(name + "=" + e["valueFrom"]["fieldRef"]["fieldPath"].as<std::string>());
    }
    CHECK(env["PGFLEET_SHARD_COUNT"] == std::to_string(completions));
    CHECK(field_refs == std::set<std::string>{"PGFLEET_RUN_ID=metadata.labels['batch.kubernetes.io/controller-uid']",
                                              "PGFLEET_WORKER=metadata.name"});

    LocalJob local("pdk");
    local.run_workers(local.args_of(argv), completions, [&](int i) {
        // What Kubernetes puts in each pod: the completion index and the downward API's values.
        auto e = env;
        e["JOB_COMPLETION_INDEX"] = std::to_string(i);
        e["PGFLEET_RUN_ID"] = "5f0c7d1e-uid";
        e["PGFLEET_WORKER"] = "pgfleet-apply-" + std::to_string(i) + "-x7k2q";
        return e;
    }, "5f0c7d1e-uid");
}

TEST_CASE("the AWS Batch job definition as an array job, and the Step Functions Distributed Map over it", "[fleet]") {
    json def = read_json(kDeploy + "/aws/batch-job-definition.json");
    json sm = read_json(kDeploy + "/aws/state-machine.asl.json");
    std::vector<std::string> argv = strings(def["containerProperties"]["command"]);
    // Batch fills Ref::name from the job's parameters (the definition's defaults, or SubmitJob's).
    for (auto& a : argv)
        if (a.rfind("Ref::", 0) == 0) a = def["parameters"].at(a.substr(5)).get<std::string>();
    std::set<std::string> final_codes;
    for (const auto& rule : def["retryStrategy"]["evaluateOnExit"])
        if (rule["action"] == "EXIT") final_codes.insert(rule["onExitCode"].get<std::string>());
    CHECK(final_codes == std::set<std::string>{std::to_string(exit_code::kError), std::to_string(exit_code::kRefused)});

    const json& map = sm["States"]["Workers"];
    CHECK(map["Type"] == "Map");
    CHECK(map["ItemProcessor"]["ProcessorConfig"]["Mode"] == "DISTRIBUTED");
    CHECK(map["ItemSelector"]["shard_index.$"] == "$$.Map.Item.Index");
    CHECK(map["ItemSelector"]["run.$"] == "$$.Execution.Name");
    const json& apply = map["ItemProcessor"]["States"]["Apply"];
    CHECK(apply["Resource"] == "arn:aws:states:::batch:submitJob.sync");
    std::string job_definition = apply["Parameters"]["JobDefinition"];
    CHECK(job_definition.substr(job_definition.rfind('/') + 1) == def["jobDefinitionName"].get<std::string>());
    std::map<std::string, std::string> overrides;
    for (const auto& e : apply["Parameters"]["ContainerOverrides"]["Environment"])
        overrides[e["Name"]] = e["Value.$"];
    CHECK(overrides == std::map<std::string, std::string>{{"PGFLEET_SHARD_INDEX", "States.Format('{}', $.shard_index)"},
                                                          {"PGFLEET_SHARD_COUNT", "States.Format('{}', $.shard_count)"},
                                                          {"PGFLEET_RUN_ID", "$.run"}});

    SECTION("an array job: AWS_BATCH_JOB_ARRAY_INDEX and _SIZE shard it, the parent job id is the run") {
        LocalJob local("pdb");
        local.run_workers(local.args_of(argv), 4, [](int i) {
            return std::map<std::string, std::string>{{"AWS_BATCH_JOB_ARRAY_INDEX", std::to_string(i)},
                                                      {"AWS_BATCH_JOB_ARRAY_SIZE", "4"},
                                                      {"AWS_BATCH_JOB_ID", "8e2f1a90-77cc:" + std::to_string(i)}};
        }, "batch-8e2f1a90-77cc");
    }
    SECTION("a Distributed Map: each item's environment overrides, the execution name is the run") {
        LocalJob local("pds");
        local.run_workers(local.args_of(argv), 4, [](int i) {
            return std::map<std::string, std::string>{{"PGFLEET_SHARD_INDEX", std::to_string(i)},
                                                      {"PGFLEET_SHARD_COUNT", "4"},
                                                      {"PGFLEET_RUN_ID", "nightly-2024-05-01"}};
        }, "nightly-2024-05-01");
    }
}
