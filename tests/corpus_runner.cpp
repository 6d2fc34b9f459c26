// pgfleet-corpus CORPUS_DIR: the convergence check over every <source>/<case>/{old,new}.sql,
// with counts per source and a final "N passed, M failed" line.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <regex>
#include <thread>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/convergence.h"

namespace fs = std::filesystem;
using namespace pgfleet::testing;

struct Case {
    std::string source, name, dir;
};

static std::vector<Case> discover(const std::string& root, const std::string& filter, int per_source) {
    std::vector<Case> cases;
    std::map<std::string, int> taken;
    std::vector<fs::path> sources;
    for (const auto& e : fs::directory_iterator(root))
        if (e.is_directory() && e.path().filename().string()[0] != '_' && e.path().filename().string()[0] != '.')
            sources.push_back(e.path());
    std::sort(sources.begin(), sources.end());
    std::regex re(filter.empty() ? ".*" : filter);
    for (const auto& src : sources) {
        std::vector<fs::path> dirs;
        for (const auto& e : fs::directory_iterator(src))
            if (e.is_directory() && fs::exists(e.path() / "old.sql") && fs::exists(e.path() / "new.sql"))
                dirs.push_back(e.path());
        std::sort(dirs.begin(), dirs.end());
        for (const auto& d : dirs) {
            std::string id = src.filename().string() + "/" + d.filename().string();
            if (!std::regex_search(id, re)) continue;
            if (per_source > 0 && taken[src.filename().string()]++ >= per_source) continue;
            cases.push_back({src.filename().string(), d.filename().string(), d.string()});
        }
    }
    return cases;
}

int main(int argc, char** argv) {
    CLI::App app{"Convergence check over a corpus of (old.sql, new.sql) schema pairs"};
    std::string root = "../shared/corpus", filter, json_path;
    int jobs = 2, per_source = 0;
    double min_pass_rate = 0;
    bool verbose = false;
    app.add_option("corpus", root, "Corpus directory: <source>/<case>/{old.sql,new.sql}");
    app.add_option("-j,--jobs", jobs, "Cases checked in parallel");
    app.add_option("--filter", filter, "Regular expression on <source>/<case>");
    app.add_option("--per-source", per_source, "Check only the first N cases of each source");
    app.add_option("--json", json_path, "Write per-case results to this file");
    app.add_option("--min-pass-rate", min_pass_rate, "Exit 1 when a smaller share of the loadable cases passes");
    app.add_flag("-v,--verbose", verbose, "Print why each failing case failed");
    CLI11_PARSE(app, argc, argv);

    if (!fs::is_directory(root)) {
        std::cout << "SKIP: corpus directory " << root << " not found; nothing checked\n";
        return 0;
    }
    auto cases = discover(root, filter, per_source);
    std::vector<CaseResult> results(cases.size());
    std::atomic<size_t> next{0};
    std::mutex print;
    auto worker = [&] {
        for (size_t i; (i = next++) < cases.size();) {
            // Kept generator failures say when their schema was loaded by the superuser.
            const char* role = superuser_reason(cases[i].dir).empty() ? kMasterRole : kSuperuser;
            results[i] = check_convergence(cases[i].dir + "/old.sql", cases[i].dir + "/new.sql", role);
            if (verbose && !counts_as_pass(results[i].status) && results[i].status != CaseStatus::Unsupported) {
                std::lock_guard<std::mutex> lock(print);
                std::cerr << status_name(results[i].status) << " " << cases[i].source << "/" << cases[i].name << "\n"
                          << results[i].detail.substr(0, 2000) << "\n";
            }
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, jobs); ++t) threads.emplace_back(worker);
    for (auto& t : threads) t.join();

    struct Counts { int passed = 0, failed = 0, unsupported = 0, skipped = 0; };
    std::map<std::string, Counts> by_source;
    Counts total;
    nlohmann::json out = nlohmann::json::array();
    for (size_t i = 0; i < cases.size(); ++i) {
        CaseStatus s = results[i].status;
        Counts& c = by_source[cases[i].source];
        int Counts::*field = counts_as_pass(s) ? &Counts::passed
                             : s == CaseStatus::Unsupported ? &Counts::unsupported
                             : s == CaseStatus::LoadFailed ? &Counts::skipped
                                                           : &Counts::failed;
        ++(c.*field);
        ++(total.*field);
        out.push_back({{"id", cases[i].source + "/" + cases[i].name}, {"status", status_name(s)},
                       {"detail", results[i].detail}});
    }
    for (const auto& [source, c] : by_source)
        std::cout << source << ": " << c.passed << " passed, " << c.failed << " failed, " << c.unsupported
                  << " unsupported" << (c.skipped ? ", " + std::to_string(c.skipped) + " did not load" : "") << "\n";
    if (!json_path.empty()) std::ofstream(json_path) << out.dump(1) << "\n";
    // Unsupported cases count as not passed: only cases PostgreSQL itself cannot load are left out.
    int loadable = total.passed + total.failed + total.unsupported;
    std::cout << total.passed << " of " << loadable << " loadable cases passed (" << total.failed << " failed, "
              << total.unsupported << " unsupported)";
    if (loadable > 0) std::cout << ": " << (100.0 * total.passed / loadable) << "%";
    std::cout << "\n";
    if (loadable > 0 && total.passed < min_pass_rate * loadable) return 1;
    return 0;
}
