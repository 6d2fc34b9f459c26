// pgfleet-mutants: convergence on changes nobody wrote down. Each schema is loaded, mutated
// at random (tests/mutants/mutation.h) and dumped; then the pair is checked both ways (the
// mutant planned back to the schema, the schema planned to the mutant), as the corpus is.
// Failures are kept as corpus cases (old.sql, new.sql, MUTATIONS, detail.txt) and counted
// by mutation kind, direction and status.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "tests/mutants/mutation.h"
#include "tests/support/convergence.h"
#include "tests/support/test_database.h"

namespace fs = std::filesystem;
using namespace pgfleet::testing;

namespace {

struct Item {
    std::string schema, label;
    unsigned seed;
};

struct Outcome {
    std::string kinds, direction, status, detail, plan_sql, old_sql, new_sql, mutations;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// "pagila" for real-schemas/pagila/schema.sql, "migra-identitycols" for a corpus case.
std::string label_of(const fs::path& schema) {
    fs::path dir = schema.parent_path();
    if (schema.filename() == "new.sql") return dir.parent_path().filename().string() + "-" + dir.filename().string();
    return dir.filename().string();
}

std::vector<fs::path> schemas_of(const std::vector<std::string>& files, const std::string& corpus) {
    std::vector<fs::path> out(files.begin(), files.end());
    if (!corpus.empty() && fs::is_directory(corpus))
        for (const auto& e : fs::recursive_directory_iterator(corpus))
            if (e.path().filename() == "new.sql") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// Roles and such a schema needs before it loads (prereq.sql beside it), once per server.
void load_prerequisites(const std::vector<fs::path>& schemas) {
    std::set<fs::path> done;
    for (const auto& s : schemas) {
        fs::path prereq = s.parent_path() / "prereq.sql";
        if (!fs::exists(prereq) || !done.insert(prereq).second) continue;
        try {
            psql_as_superuser("postgres", read_file(prereq.string()));
        } catch (const std::exception& e) {
            std::cerr << "note: " << prereq.string() << " did not load: " << e.what() << "\n";
        }
    }
}

Outcome as_outcome(const std::string& kinds, const char* direction, const CaseResult& r, const std::string& old_sql,
                   const std::string& new_sql, const std::string& mutations) {
    return {kinds, direction, r.status == CaseStatus::Pass ? "pass" : status_name(r.status), r.detail, r.plan_sql,
            old_sql, new_sql, mutations};
}

// Loads and mutates one schema, then checks the pair both ways. Empty when nothing applied.
std::vector<Outcome> run_item(const Item& item, int mutations, const fs::path& work, std::string& skipped) {
    TestDatabase db(kSuperuser);
    try {
        db.load_file(item.schema);
    } catch (const std::exception&) {
        skipped = "did not load";
        return {};
    }
    std::mt19937 rng(static_cast<unsigned>(std::hash<std::string>{}(item.label)) ^ (item.seed * 2654435761u));
    std::vector<Mutation> applied;
    {
        pqxx::connection c(PgServer::instance().superuser_conninfo(db.name()));
        applied = mutate(c, rng, mutations);
    }
    if (applied.empty()) {
        skipped = "no mutation applied";
        return {};
    }
    std::set<std::string> kinds;
    std::string listing;
    for (const auto& m : applied) {
        kinds.insert(m.kind);
        listing += m.sql + ";\n";
    }
    std::string kind_key;
    for (const auto& k : kinds) kind_key += (kind_key.empty() ? "" : "+") + k;

    fs::path dir = work / (item.label + "-" + std::to_string(item.seed));
    fs::create_directories(dir);
    std::string mutant = (dir / "mutant.sql").string();
    std::ofstream(mutant) << db.dump_schema();
    std::string schema_text = read_file(item.schema), mutant_text = read_file(mutant);
    std::vector<Outcome> out;
    out.push_back(as_outcome(kind_key, "mutant->schema", check_convergence(mutant, item.schema, kSuperuser),
                             mutant_text, schema_text, listing));
    out.push_back(as_outcome(kind_key, "schema->mutant", check_convergence(item.schema, mutant, kSuperuser),
                             schema_text, mutant_text, listing));
    fs::remove_all(dir);
    return out;
}

void keep_failure(const fs::path& keep, const Item& item, const Outcome& o) {
    fs::path dir = keep / (item.label + "-" + std::to_string(item.seed) + "-" +
                           (o.direction == "mutant->schema" ? "back" : "forth"));
    fs::create_directories(dir);
    std::ofstream(dir / "old.sql") << o.old_sql;
    std::ofstream(dir / "new.sql") << o.new_sql;
    std::ofstream(dir / "MUTATIONS") << o.mutations;
    std::ofstream(dir / "needs_superuser") << "the schema was loaded and mutated by the superuser\n";
    std::ofstream(dir / "detail.txt") << o.status << "\n" << o.detail << "\n-- plan --\n" << o.plan_sql;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Convergence on generated changes: real schemas mutated at random, checked both ways"};
    std::vector<std::string> files;
    std::string corpus, keep = "mutant-failures", json_path;
    int seeds = 10, mutations = 1, jobs = 2;
    unsigned first_seed = 1;
    app.add_option("schemas", files, "Schema files (a prereq.sql beside one is loaded first)");
    app.add_option("--corpus", corpus, "Also every new.sql under this directory");
    app.add_option("--seeds", seeds, "Mutants per schema");
    app.add_option("--first-seed", first_seed, "Seed of the first mutant (to continue a run)");
    app.add_option("--mutations", mutations, "Mutations per mutant");
    app.add_option("-j,--jobs", jobs, "Mutants checked in parallel");
    app.add_option("--keep", keep, "Directory failing pairs are written to, as corpus cases");
    app.add_option("--json", json_path, "Per-check results");
    CLI11_PARSE(app, argc, argv);

    auto schemas = schemas_of(files, corpus);
    if (schemas.empty()) {
        std::cout << "SKIP: no schema given (files or --corpus DIR); nothing checked\n";
        return 0;
    }
    load_prerequisites(schemas);
    std::vector<Item> items;
    for (const auto& s : schemas)
        for (int i = 0; i < seeds; ++i) items.push_back({s.string(), label_of(s), first_seed + i});

    fs::path work = fs::temp_directory_path() / ("pgfleet-mutants-" + std::to_string(getpid()));
    std::vector<std::vector<Outcome>> results(items.size());
    std::vector<std::string> skipped(items.size());
    std::atomic<size_t> next{0};
    std::mutex print;
    auto worker = [&] {
        for (size_t i; (i = next++) < items.size();) {
            try {
                results[i] = run_item(items[i], mutations, work, skipped[i]);
            } catch (const std::exception& e) {
                skipped[i] = std::string("error: ") + e.what();
            }
            std::lock_guard<std::mutex> lock(print);
            for (const auto& o : results[i])
                // A mutant the server accepted but cannot load from its own dump is not a case.
                if (o.status != "pass" && o.status != "load-failed") {
                    keep_failure(keep, items[i], o);
                    std::cerr << o.status << " " << items[i].label << " seed " << items[i].seed << " " << o.direction
                              << " [" << o.kinds << "]\n";
                }
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, jobs); ++t) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
    fs::remove_all(work);

    // kind -> direction -> status -> count
    std::map<std::string, std::map<std::string, std::map<std::string, int>>> tally;
    std::map<std::string, int> skips;
    int checks = 0, passed = 0;
    nlohmann::json out = nlohmann::json::array();
    for (size_t i = 0; i < items.size(); ++i) {
        if (!skipped[i].empty()) ++skips[skipped[i].substr(0, 60)];
        for (const auto& o : results[i]) {
            ++tally[o.kinds][o.direction][o.status];
            if (o.status == "load-failed") continue;  // listed in the tally, not counted as a check
            ++checks;
            passed += o.status == "pass";
            out.push_back({{"schema", items[i].label}, {"seed", items[i].seed}, {"mutations", o.mutations},
                           {"direction", o.direction}, {"status", o.status}});
        }
    }
    std::cout << "schemas " << schemas.size() << ", mutants tried " << items.size() << "\n";
    for (const auto& [why, n] : skips) std::cout << "  skipped (" << why << "): " << n << "\n";
    for (const auto& [kind, directions] : tally)
        for (const auto& [direction, statuses] : directions) {
            std::cout << "  " << kind << " " << direction << ":";
            for (const auto& [status, n] : statuses) std::cout << " " << status << " " << n;
            std::cout << "\n";
        }
    std::cout << passed << " of " << checks << " checks passed";
    if (checks) std::cout << " (" << (100.0 * passed / checks) << "%)";
    std::cout << "; failures kept under " << keep << "\n";
    if (!json_path.empty()) std::ofstream(json_path) << out.dump(1) << "\n";
    return passed == checks ? 0 : 1;
}
