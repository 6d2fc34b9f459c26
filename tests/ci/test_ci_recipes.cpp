// The CI recipes run for real: the GitHub workflow example (with action.yml as its local
// action) and the GitLab CI example, their commands executed against a local fleet. The
// nightly jobs snapshot and drift-check the fleet; the review jobs plan from those snapshots,
// post the markdown (to a stand-in `gh` and `curl` that record what they were given) and gate
// hazards.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/ci/ci_runner.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;
namespace fs = std::filesystem;

namespace {

// Stand-ins for the CI services' clients: they keep their arguments and the body they post.
void write_fake_clients(const std::string& bin, const std::string& log) {
    fs::create_directories(bin);
    std::ofstream(bin + "/gh") << "#!/bin/sh\n"
        "echo \"$@\" >> " << log << "/gh.args\n"
        "body=''; edit=no\n"
        "while [ $# -gt 0 ]; do case \"$1\" in --body-file) body=$2; shift;; --edit-last) edit=yes;; esac; shift; done\n"
        // Like gh: --edit-last fails while the pull request has no comment of ours yet.
        "if [ $edit = yes ] && [ ! -f " << log << "/gh.body ]; then echo 'no comments found' >&2; exit 1; fi\n"
        "cp \"$body\" " << log << "/gh.body\n";
    std::ofstream(bin + "/curl") << "#!/bin/sh\n"
        "echo \"$@\" >> " << log << "/curl.args\n"
        "while [ $# -gt 0 ]; do case \"$1\" in --data-urlencode) case \"$2\" in body@*) cp \"${2#body@}\" " << log
        << "/curl.body;; esac; shift;; esac; shift; done\n";
    fs::permissions(bin + "/gh", fs::perms::owner_all);
    fs::permissions(bin + "/curl", fs::perms::owner_all);
}

// A checked-out repository holding the schema and pgfleet.yaml for the local fleet.
struct Repository {
    TempDir dir;
    Runner runner;
    std::string log;

    Repository(const std::string& pattern, const std::string& app) {
        runner.workspace = dir.file("repo");
        runner.temp = dir.file("runner-temp");
        log = dir.file("log");
        fs::create_directories(runner.temp);
        fs::create_directories(log);
        write_fake_clients(dir.file("bin"), log);
        runner.path_prefix = dir.file("bin") + ":" + fs::path(PGFLEET_BINARY).parent_path().string();
        dir.write("repo/schemas/app.sql", kFleetSchemaV1);
        dir.write("repo/pgfleet.yaml", fleet_yaml({"schemas", ".pgfleet/state", pattern, app}));
        // The action, where the workflow example expects it.
        fs::create_directories(runner.workspace + "/.github/actions/pgfleet-plan");
        fs::copy_file(std::string(PGFLEET_SOURCE_DIR) + "/action.yml",
                      runner.workspace + "/.github/actions/pgfleet-plan/action.yml");
    }
    void change_schema(const std::string& sql) const { dir.write("repo/schemas/app.sql", sql); }
    std::string file(const std::string& name) const { return runner.workspace + "/" + name; }
};

std::string describe(const JobRun& job) {
    std::string out;
    for (const auto& s : job.steps) out += "--- " + s.name + (s.skipped ? " (skipped)" : " -> " + std::to_string(s.code)) + "\n" + s.output;
    return out;
}

const std::string kWithoutTitle =
    "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);\n"
    "CREATE TABLE items (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));\n"
    "CREATE INDEX items_account_idx ON items (account_id);\n";

}  // namespace

TEST_CASE("the GitHub workflow example and action.yml, run against a local fleet", "[fleet]") {
    TenantFleet fleet("pfgh", 3, kFleetSchemaV1);
    Repository repo("pfgh\\_%", "pgfleet-test-gh");
    std::string workflow = std::string(PGFLEET_SOURCE_DIR) + "/examples/ci/github-workflow.yml";
    repo.runner.context = {{"github.event_name", "schedule"}, {"github.repository", "acme/app"},
                           {"github.token", "test-token"}, {"github.run_id", "7"}, {"vars.PGFLEET_DEB_URL", ""},
                           {"github.event.pull_request.number", ""}};

    JobRun nightly = run_github_job(workflow, "nightly", repo.runner);
    INFO(describe(nightly));
    REQUIRE(nightly.ok);
    CHECK(fs::exists(repo.file(".pgfleet/snapshots/main/pfgh_001.json")));
    CHECK(read_text_file(repo.file("drift.md")).find("3 tenants**: 3 match the desired schema") != std::string::npos);
    CHECK(fs::exists(repo.file("drift.html")));

    // A pull request changes the schema: planned from the snapshots, commented, gated.
    repo.change_schema(kFleetSchemaV2);
    repo.runner.context["github.event_name"] = "pull_request";
    repo.runner.context["github.event.pull_request.number"] = "42";
    JobRun review = run_github_job(workflow, "plan", repo.runner);
    INFO(describe(review));
    REQUIRE(review.ok);
    CHECK(review.outputs["pgfleet"]["changes"] == "true");
    std::string markdown = read_text_file(review.outputs["pgfleet"]["markdown"]);
    CHECK(markdown.rfind("### pgfleet fleet plan\n\n3 tenants in 1 group", 0) == 0);
    CHECK(read_text_file(repo.log + "/gh.body") == markdown);
    CHECK(read_text_file(repo.log + "/gh.args").find("pr comment 42 --repo acme/app --body-file ") != std::string::npos);
    CHECK(read_text_file(repo.runner.temp + "/step-summary.md").find("### pgfleet fleet plan") != std::string::npos);
    // A second push edits the same comment.
    REQUIRE(run_github_job(workflow, "plan", repo.runner).ok);
    CHECK(read_text_file(repo.log + "/gh.args").find("--edit-last") != std::string::npos);

    // Dropping a column is data loss: the gate fails the job and says why.
    repo.change_schema(kWithoutTitle);
    JobRun gated = run_github_job(workflow, "plan", repo.runner);
    INFO(describe(gated));
    CHECK_FALSE(gated.ok);
    const pgfleet::testing::StepRun* action = gated.step("Plan, comment, gate hazards");
    REQUIRE(action);
    CHECK(action->output.find("[Gate hazards] pgfleet: refused: the plan holds hazards that are not allowed: data_loss") !=
          std::string::npos);
    CHECK(read_text_file(repo.log + "/gh.body").find("`data_loss`") != std::string::npos);

    // A tenant changed by hand: the nightly drift step fails with the report kept.
    fleet.execute("pfgh_002", "ALTER TABLE items ADD COLUMN note text");
    repo.change_schema(kFleetSchemaV1);
    JobRun drifted = run_github_job(workflow, "nightly", repo.runner);
    INFO(describe(drifted));
    CHECK_FALSE(drifted.ok);
    REQUIRE(drifted.step("Check drift"));
    CHECK(drifted.step("Check drift")->code == 2);
    CHECK(read_text_file(repo.file("drift.md")).find("1 diverged") != std::string::npos);
}

TEST_CASE("the GitLab CI example, run against a local fleet", "[fleet]") {
    TenantFleet fleet("pfgl", 2, kFleetSchemaV1);
    Repository repo("pfgl\\_%", "pgfleet-test-gl");
    std::string ci = std::string(PGFLEET_SOURCE_DIR) + "/examples/ci/gitlab-ci.yml";
    repo.runner.variables = {{"CI_API_V4_URL", "https://gitlab.example/api/v4"}, {"CI_PROJECT_ID", "9"},
                             {"CI_MERGE_REQUEST_IID", "5"}, {"PGFLEET_GITLAB_TOKEN", "test-token"}};

    JobRun nightly = run_gitlab_job(ci, "pgfleet-nightly", repo.runner);
    INFO(describe(nightly));
    REQUIRE(nightly.ok);
    CHECK(fs::exists(repo.file(".pgfleet/snapshots/main/pfgl_002.json")));
    CHECK(fs::exists(repo.file("drift.json")));

    repo.change_schema(kFleetSchemaV2);
    JobRun review = run_gitlab_job(ci, "pgfleet-plan", repo.runner);
    INFO(describe(review));
    REQUIRE(review.ok);
    CHECK(read_text_file(repo.log + "/curl.body") == read_text_file(repo.file("fleet-plan.md")));
    CHECK(read_text_file(repo.log + "/curl.args").find("https://gitlab.example/api/v4/projects/9/merge_requests/5/notes") !=
          std::string::npos);

    repo.change_schema(kWithoutTitle);
    JobRun gated = run_gitlab_job(ci, "pgfleet-plan", repo.runner);
    CHECK_FALSE(gated.ok);
    CHECK(gated.steps[0].output.find("not allowed: data_loss") != std::string::npos);
}
