// Writes the seed corpora of the fuzz targets from the golden cases: each case's SQL, the
// snapshot of what it builds, and the saved plan that builds it from an empty database.
// Usage: make_seeds CASES_DIR OUT_DIR
#include <filesystem>
#include <fstream>
#include <iostream>

#include "catalog/snapshot.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "report/plan_document.h"

namespace fs = std::filesystem;
using namespace pgfleet;

namespace {

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_seeds CASES_DIR OUT_DIR\n";
        return 2;
    }
    fs::path out = argv[2];
    ParserState empty = load_desired_state_text("", "empty.sql");
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(argv[1]))
        if (e.is_directory()) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    int written = 0;
    for (const auto& dir : cases) {
        for (const char* side : {"old.sql", "new.sql"}) {
            fs::path sql = dir / side;
            if (!fs::exists(sql)) continue;
            ParserState state = load_desired_state(sql.string());
            if (has_errors(state.diagnostics)) continue;
            std::string name = dir.filename().string() + "_" + fs::path(side).stem().string();
            std::ifstream in(sql, std::ios::binary);
            write(out / "desired_state" / (name + ".sql"), std::string(std::istreambuf_iterator<char>(in), {}));
            Snapshot snapshot{state.catalog, 18, "seed", "seed_owner", {}};
            write(out / "snapshot" / (name + ".json"), snapshot_to_json(snapshot).dump());
            Snapshot none{empty.catalog, 18, "seed", "seed_owner", {}};
            PlanDocument document{plan_to_save(none, state.catalog), std::nullopt};
            write(out / "saved_plan" / (name + ".json"), plan_document_to_json(document).dump());
            ++written;
        }
    }
    std::cout << written << " seeds of each kind from " << cases.size() << " cases\n";
}
