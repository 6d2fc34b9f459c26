// Real projects' schemas (../shared/real-schemas): dump -> plan is empty, and parity.
#include <catch2/catch.hpp>

#include <filesystem>

#include "catalog/current_role.h"
#include "catalog/fingerprint.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "parser/statement_context.h"
#include "planner/planner.h"
#include "planner/render.h"
#include "tests/support/test_database.h"

namespace fs = std::filesystem;
using namespace pgfleet;

static fs::path real_schemas_dir() { return fs::path(PGFLEET_SOURCE_DIR) / ".." / "shared" / "real-schemas"; }

TEST_CASE("real schemas: dump fed back to plan is empty; parse equals introspection", "[real]") {
    if (!fs::is_directory(real_schemas_dir())) {
        WARN("SKIP: " << real_schemas_dir().string() << " not found; real-schema checks not run");
        return;
    }
    for (const char* name : {"pagila", "graphile-starter", "openstreetmap", "synapse"}) {
        DYNAMIC_SECTION(name) {
            fs::path dir = real_schemas_dir() / name;
            testing::TestDatabase db;
            if (fs::exists(dir / "prereq.sql")) {
                try {
                    db.load_file((dir / "prereq.sql").string());
                } catch (const std::exception&) {
                    // Roles are cluster-wide; another run may have created them already.
                }
            }
            db.load_file((dir / "schema.sql").string());
            Snapshot live = read_database(db.conninfo());

            // dump: the plan that builds the database from an empty one, fed back as desired state.
            std::string dumped = render_sql(make_plan(empty_database_catalog(), live.catalog));
            ParserState redo = load_desired_state_text(dumped, "dump.sql");
            for (const auto& d : redo.diagnostics) INFO(format_diagnostic(d));
            REQUIRE_FALSE(has_errors(redo.diagnostics));
            Plan replan = plan_from(live, redo.catalog);
            INFO("re-plan of the dump:\n" << render_text(replan));
            CHECK(replan.empty());

            ParserState parsed = load_desired_state((dir / "schema.sql").string());
            REQUIRE_FALSE(has_errors(parsed.diagnostics));
            bind_current_role(parsed.catalog, live.current_user);
            auto a = fingerprint_document(parsed.catalog, 15);
            auto b = fingerprint_document(live.catalog, 15);
            INFO("parsed -> database differences:\n" << nlohmann::json::diff(a, b).dump(1));
            CHECK(a == b);
            Plan zero = plan_from(live, parsed.catalog);
            INFO("false diffs:\n" << render_text(zero));
            CHECK(zero.empty());
        }
    }
}
