// parse(x.sql) must equal introspect(database loaded from x.sql).
#include <catch2/catch.hpp>

#include <filesystem>

#include "catalog/current_role.h"
#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "tests/support/convergence.h"
#include "tests/support/test_database.h"

namespace fs = std::filesystem;
using namespace pgfleet;

static void check_parity(const std::string& path, const char* role = testing::kMasterRole) {
    ParserState parsed = load_desired_state(path);
    REQUIRE_FALSE(has_errors(parsed.diagnostics));
    testing::TestDatabase db(role);
    for (const auto& file : desired_state_files(path)) db.load_file(file);
    Snapshot live = read_database(db.conninfo());
    bind_current_role(parsed.catalog, live.current_user);
    fit_to_server(parsed.catalog, live.server_version_major);
    auto a = fingerprint_document(parsed.catalog, live.server_version_major);
    auto b = fingerprint_document(live.catalog, live.server_version_major);
    INFO(path << "\nparsed -> database differences:\n" << nlohmann::json::diff(a, b).dump(1));
    CHECK(a == b);
}

TEST_CASE("parity: every golden case file parses to what PostgreSQL makes of it", "[db][parity_all]") {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(PGFLEET_SOURCE_DIR) / "tests" / "cases"))
        if (e.path().extension() == ".sql" && e.path().filename() != "plan.sql") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());
    for (const auto& f : files) {
        DYNAMIC_SECTION(f.parent_path().filename().string() + "/" + f.filename().string()) {
            if (std::string why = testing::not_on_test_major(f.parent_path().string()); !why.empty()) {
                WARN(f.parent_path().filename().string() << ": " << why);
                return;
            }
            bool superuser = !testing::superuser_reason(f.parent_path().string()).empty();
            check_parity(f.string(), superuser ? testing::kSuperuser : testing::kMasterRole);
        }
    }
}

TEST_CASE("parity: the bundled example schema", "[db]") {
    check_parity((fs::path(PGFLEET_SOURCE_DIR) / "schemas").string());
}
