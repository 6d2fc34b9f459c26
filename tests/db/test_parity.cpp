// parse(x.sql) must equal introspect(database loaded from x.sql).
#include <catch2/catch.hpp>

#include <filesystem>

#include "catalog/current_role.h"
#include "catalog/fingerprint.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "tests/support/test_database.h"

namespace fs = std::filesystem;
using namespace pgfleet;

static void check_parity(const std::string& path) {
    ParserState parsed = load_desired_state(path);
    REQUIRE_FALSE(has_errors(parsed.diagnostics));
    testing::TestDatabase db;
    for (const auto& file : desired_state_files(path)) db.load_file(file);
    Snapshot live = read_database(db.conninfo());
    bind_current_role(parsed.catalog, live.current_user);
    auto a = fingerprint_document(parsed.catalog, 15);
    auto b = fingerprint_document(live.catalog, 15);
    INFO(path << "\nparsed -> database differences:\n" << nlohmann::json::diff(a, b).dump(1));
    CHECK(a == b);
}

TEST_CASE("parity: every golden case file parses to what PostgreSQL makes of it", "[db]") {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(PGFLEET_SOURCE_DIR) / "tests" / "cases"))
        if (e.path().extension() == ".sql" && e.path().filename() != "plan.sql") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());
    for (const auto& f : files) {
        DYNAMIC_SECTION(f.parent_path().filename().string() + "/" + f.filename().string()) { check_parity(f.string()); }
    }
}

TEST_CASE("parity: the bundled example schema", "[db]") {
    check_parity((fs::path(PGFLEET_SOURCE_DIR) / "schemas").string());
}
