// The catalogue of bad inputs (tests/bad_inputs/<reader>/): every file is refused with the
// located message it expects, and none is taken silently or crashes the reader.
//   sql/          first line "-- expect: LINE:COL: message"; read as a desired state
//   snapshot/     expected.txt "file<TAB>text the error contains"; read as a snapshot
//   saved_plan/   the same, read as a saved plan
//   fleet_config/ expected.txt "file<TAB>LINE:COL: error: message"; read as a configuration
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <fstream>
#include <map>
#include <sstream>

#include "catalog/snapshot.h"
#include "fleet/config.h"
#include "parser/schema_loader.h"
#include "planner/plan_file.h"

namespace fs = std::filesystem;
using namespace pgfleet;

namespace {

fs::path catalogue(const char* reader) { return fs::path(PGFLEET_SOURCE_DIR) / "tests" / "bad_inputs" / reader; }

std::map<std::string, std::string> expectations(const char* reader) {
    std::map<std::string, std::string> out;
    std::ifstream in(catalogue(reader) / "expected.txt");
    for (std::string line; std::getline(in, line);) {
        size_t tab = line.find('\t');
        if (tab != std::string::npos) out[line.substr(0, tab)] = line.substr(tab + 1);
    }
    return out;
}

// What reading the file threw, or "" when it was taken.
template <typename Read>
std::string refusal(Read&& read) {
    try {
        read();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

size_t check_json_reader(const char* reader, const std::function<void(const std::string&)>& read) {
    auto expected = expectations(reader);
    for (const auto& [file, text] : expected) {
        std::string path = (catalogue(reader) / file).string();
        INFO(path);
        std::string error = refusal([&] { read(path); });
        CHECK(error.rfind(path + ": ", 0) == 0);
        CHECK_THAT(error, Catch::Contains(text));
    }
    return expected.size();
}

}  // namespace

TEST_CASE("bad inputs: every one is a located error", "[unit]") {
    size_t cases = 0;
    for (const auto& e : fs::directory_iterator(catalogue("sql"))) {
        std::string path = e.path().string();
        std::ifstream in(path, std::ios::binary);
        std::string header;
        std::getline(in, header);
        REQUIRE(header.rfind("-- expect: ", 0) == 0);
        std::string want = header.substr(11);
        size_t colon = want.find(':'), second = want.find(':', colon + 1);
        int line = std::stoi(want.substr(0, colon)), column = std::stoi(want.substr(colon + 1, second - colon - 1));
        std::string message = want.substr(second + 2);
        ParserState state = load_desired_state(path);
        bool found = false;
        for (const auto& d : state.diagnostics)
            found |= d.severity == Severity::Error && d.location.path == path && d.location.line == line &&
                     d.location.column == column && d.message.rfind(message, 0) == 0;
        std::string seen;
        for (const auto& d : state.diagnostics) seen += format_diagnostic(d) + "\n";
        INFO(path << " expects " << want << "\n" << seen);
        CHECK(found);
        ++cases;
    }
    cases += check_json_reader("snapshot", [](const std::string& p) { read_snapshot_file(p); });
    cases += check_json_reader("saved_plan", [](const std::string& p) { read_plan_file(p); });
    auto configs = expectations("fleet_config");
    for (const auto& [file, text] : configs) {
        std::string path = (catalogue("fleet_config") / file).string();
        INFO(path);
        std::string error = refusal([&] { load_fleet_config(path); });
        CHECK_THAT(error, Catch::Contains(path + ":" + text));
    }
    cases += configs.size();
    CHECK(cases >= 100);
    WARN("bad inputs refused with their located message: " << cases);
}
