#include "tests/ci/ci_runner.h"

#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "tests/support/pg_server.h"
#include "tests/support/tenant_fleet.h"

namespace pgfleet::testing {
namespace {

using Outputs = std::map<std::string, std::map<std::string, std::string>>;

std::string trim(std::string s) {
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t") + 1);
    return s;
}

// ${{ expr }} for the expressions the recipes use; anything else fails the test, so a recipe
// cannot grow a construct this runner would silently misread.
std::string substitute(const std::string& text, const std::map<std::string, std::string>& context, const Outputs& steps) {
    static const std::regex expression(R"(\$\{\{([^}]*)\}\})");
    std::string out;
    auto begin = std::sregex_iterator(text.begin(), text.end(), expression);
    size_t last = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
        out += text.substr(last, it->position() - last);
        std::string expr = trim((*it)[1].str());
        std::smatch m;
        static const std::regex step_output(R"(steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+))");
        if (std::regex_match(expr, m, step_output)) {
            auto s = steps.find(m[1].str());
            out += s == steps.end() || !s->second.count(m[2].str()) ? "" : s->second.at(m[2].str());
        } else if (context.count(expr)) {
            out += context.at(expr);
        } else {
            throw std::runtime_error("unsupported expression in a CI recipe: ${{ " + expr + " }}");
        }
        last = it->position() + it->length();
    }
    return out + text.substr(last);
}

std::map<std::string, std::string> read_outputs(const std::string& file) {
    std::map<std::string, std::string> out;
    std::istringstream in(read_text_file(file));
    std::string line;
    while (std::getline(in, line)) {
        auto eq = line.find('=');
        if (eq != std::string::npos) out[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return out;
}

// Runs `script` with bash as GitHub runs `shell: bash` steps (-eo pipefail), in the workspace.
StepRun run_script(const std::string& name, const std::string& script, const std::map<std::string, std::string>& env,
                   const Runner& runner) {
    static int counter = 0;
    std::string file = runner.temp + "/step-" + std::to_string(++counter) + ".sh";
    std::ofstream(file) << script << "\n";
    std::string command = "cd " + shell_quote(runner.workspace) + " && env";
    for (const auto& [k, v] : runner.variables) command += " " + shell_quote(k + "=" + v);
    for (const auto& [k, v] : env) command += " " + shell_quote(k + "=" + v);
    command += " PATH=" + shell_quote(runner.path_prefix) + ":\"$PATH\" bash --noprofile --norc -eo pipefail " +
               shell_quote(file);
    StepRun step{name};
    step.code = run_command(command, &step.output);
    return step;
}

std::map<std::string, std::string> env_of(const YAML::Node& node, const std::map<std::string, std::string>& context,
                                          const Outputs& steps) {
    std::map<std::string, std::string> env;
    if (node)
        for (const auto& kv : node) env[kv.first.as<std::string>()] = substitute(kv.second.as<std::string>(""), context, steps);
    return env;
}

bool should_run(const YAML::Node& step, bool ok) {
    if (!step["if"]) return ok;
    std::string condition = trim(step["if"].as<std::string>());
    if (condition == "always()" || condition == "${{ always() }}") return true;
    throw std::runtime_error("unsupported step condition in a CI recipe: " + condition);
}

// The GitHub runner's own files for one step.
std::map<std::string, std::string> runner_files(const Runner& runner, const std::string& outputs_file) {
    std::ofstream(outputs_file, std::ios::trunc).close();
    return {{"GITHUB_OUTPUT", outputs_file}, {"GITHUB_STEP_SUMMARY", runner.temp + "/step-summary.md"},
            {"RUNNER_TEMP", runner.temp}, {"GITHUB_WORKSPACE", runner.workspace}, {"CI", "true"}};
}

JobRun run_action(const std::string& action_file, const std::map<std::string, std::string>& with, const Runner& runner);

// Runs the steps of a job or composite action; `context` holds inputs.* for an action.
JobRun run_steps(const YAML::Node& steps, std::map<std::string, std::string> context,
                 const std::map<std::string, std::string>& inherited_env, const Runner& runner) {
    JobRun job;
    for (const auto& step : steps) {
        std::string name = step["name"].as<std::string>(step["uses"].as<std::string>(step["id"].as<std::string>("")));
        std::string id = step["id"].as<std::string>("");
        if (!should_run(step, job.ok)) {
            job.steps.push_back({name, true});
            continue;
        }
        std::string uses = step["uses"].as<std::string>("");
        // The CI service's own actions (checkout, caches, artifacts) and installing the released
        // package: the test's workspace and PATH stand in for them.
        if (uses.rfind("actions/", 0) == 0 || name.rfind("Install pgfleet", 0) == 0) {
            job.steps.push_back({name, true});
            continue;
        }
        StepRun run{name};
        if (uses.rfind("./", 0) == 0) {
            std::map<std::string, std::string> with;
            if (step["with"])
                for (const auto& kv : step["with"]) with[kv.first.as<std::string>()] = substitute(kv.second.as<std::string>(""), context, job.outputs);
            JobRun action = run_action(runner.workspace + "/" + uses.substr(2) + "/action.yml", with, runner);
            for (const auto& s : action.steps) run.output += "[" + s.name + "] " + s.output;
            run.code = action.ok ? 0 : 1;
            if (!id.empty()) job.outputs[id] = action.outputs["__action__"];
        } else if (step["run"]) {
            std::string outputs_file = runner.temp + "/output-" + std::to_string(job.steps.size()) + "-" + id;
            auto env = inherited_env;
            for (const auto& [k, v] : runner_files(runner, outputs_file)) env[k] = v;
            for (const auto& [k, v] : env_of(step["env"], context, job.outputs)) env[k] = v;
            run = run_script(name, substitute(step["run"].as<std::string>(), context, job.outputs), env, runner);
            if (!id.empty()) job.outputs[id] = read_outputs(outputs_file);
        } else {
            throw std::runtime_error("a CI recipe step this runner cannot run: " + name);
        }
        if (run.code != 0) job.ok = false;
        job.steps.push_back(run);
    }
    return job;
}

JobRun run_action(const std::string& action_file, const std::map<std::string, std::string>& with, const Runner& runner) {
    YAML::Node action = YAML::LoadFile(action_file);
    if (action["runs"]["using"].as<std::string>() != "composite") throw std::runtime_error(action_file + ": not composite");
    std::map<std::string, std::string> context = runner.context;
    for (const auto& input : action["inputs"]) {
        std::string name = input.first.as<std::string>();
        if (with.count(name)) context["inputs." + name] = with.at(name);
        else if (input.second["required"].as<bool>(false)) throw std::runtime_error(action_file + ": input " + name + " is required");
        else context["inputs." + name] = substitute(input.second["default"].as<std::string>(""), runner.context, {});
    }
    for (const auto& kv : with)
        if (!action["inputs"][kv.first]) throw std::runtime_error(action_file + ": unknown input " + kv.first);
    JobRun job = run_steps(action["runs"]["steps"], context, {}, runner);
    for (const auto& output : action["outputs"])
        job.outputs["__action__"][output.first.as<std::string>()] =
            substitute(output.second["value"].as<std::string>(), context, job.outputs);
    return job;
}

// A GitLab job with its `extends` templates merged in (the job's own keys win).
YAML::Node resolved_job(const YAML::Node& file, const std::string& name) {
    YAML::Node job = YAML::Clone(file[name]);
    if (!job) throw std::runtime_error("no job " + name);
    if (job["extends"]) {
        std::vector<std::string> parents;
        if (job["extends"].IsSequence()) parents = job["extends"].as<std::vector<std::string>>();
        else parents.push_back(job["extends"].as<std::string>());
        for (const auto& parent : parents) {
            YAML::Node base = resolved_job(file, parent);
            for (const auto& kv : base)
                if (!job[kv.first.as<std::string>()]) job[kv.first.as<std::string>()] = kv.second;
        }
    }
    return job;
}

}  // namespace

const StepRun* JobRun::step(const std::string& name) const {
    for (const auto& s : steps)
        if (s.name == name) return &s;
    return nullptr;
}

JobRun run_github_job(const std::string& workflow_file, const std::string& job_name, const Runner& runner) {
    YAML::Node workflow = YAML::LoadFile(workflow_file);
    YAML::Node job = workflow["jobs"][job_name];
    if (!job) throw std::runtime_error(workflow_file + ": no job " + job_name);
    std::map<std::string, std::string> env = env_of(workflow["env"], runner.context, {});
    for (const auto& [k, v] : env_of(job["env"], runner.context, {})) env[k] = v;
    return run_steps(job["steps"], runner.context, env, runner);
}

JobRun run_gitlab_job(const std::string& ci_file, const std::string& job_name, const Runner& runner) {
    YAML::Node file = YAML::LoadFile(ci_file);
    YAML::Node job = resolved_job(file, job_name);
    std::map<std::string, std::string> env;
    for (const YAML::Node& vars : {file["variables"], job["variables"]})
        if (vars)
            for (const auto& kv : vars) env[kv.first.as<std::string>()] = kv.second.as<std::string>("");
    std::string script;
    for (const auto& line : job["script"]) script += line.as<std::string>() + "\n";
    JobRun run;
    run.steps.push_back(run_script(job_name, script, env, runner));
    run.ok = run.steps.back().code == 0;
    return run;
}

}  // namespace pgfleet::testing
