#pragma once
// Runs the commands of pgfleet's CI recipes (action.yml, the GitHub workflow example, the
// GitLab CI example) the way their CI would, on this machine: each `run:` or `script:` in a
// shell with the step's environment and the runner's files (GITHUB_OUTPUT, ...), the
// expressions they use filled in. What belongs to the CI service itself (checkout, caches,
// artifacts, installing the released package) is skipped and stood in for by the test.
#include <map>
#include <string>
#include <vector>

namespace pgfleet::testing {

struct StepRun {
    std::string name;
    bool skipped = false;
    int code = 0;
    std::string output;
};

struct JobRun {
    std::vector<StepRun> steps;
    bool ok = true;
    std::map<std::string, std::map<std::string, std::string>> outputs;  // step id -> name -> value
    const StepRun* step(const std::string& name) const;
};

// The machine a job runs on: the checked-out repository, the commands on PATH, what the
// CI would provide (github.* context, CI_* variables, secrets).
struct Runner {
    std::string workspace;
    std::string path_prefix;                        // prepended to PATH (pgfleet, fake gh and curl)
    std::map<std::string, std::string> context;     // "github.repository" -> value, "vars.X" -> value
    std::map<std::string, std::string> variables;   // environment for every command
    std::string temp;                               // RUNNER_TEMP
};

// One job of a GitHub Actions workflow file; a `uses: ./...` step runs that local action.
JobRun run_github_job(const std::string& workflow_file, const std::string& job, const Runner& runner);

// One job of a .gitlab-ci.yml (`extends` followed); before_script (installation) is skipped.
JobRun run_gitlab_job(const std::string& ci_file, const std::string& job, const Runner& runner);

}  // namespace pgfleet::testing
