// Golden plan cases: tests/cases/<name>/{old.sql,new.sql,plan.sql}. Offline, the plan from
// old.sql to new.sql must equal plan.sql (UPDATE_GOLDEN=1 rewrites it); against a real
// PostgreSQL, every case must converge.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"
#include "tests/support/convergence.h"

namespace fs = std::filesystem;
using namespace pgfleet;

static std::vector<fs::path> golden_cases() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(fs::path(PGFLEET_SOURCE_DIR) / "tests" / "cases"))
        if (e.is_directory()) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

static std::string read_file(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST_CASE("golden plans", "[golden]") {
    auto cases = golden_cases();
    REQUIRE(cases.size() >= 20);
    bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
    for (const auto& dir : cases) {
        DYNAMIC_SECTION(dir.filename().string()) {
            ParserState from = load_desired_state((dir / "old.sql").string());
            ParserState to = load_desired_state((dir / "new.sql").string());
            REQUIRE_FALSE(has_errors(from.diagnostics));
            REQUIRE_FALSE(has_errors(to.diagnostics));
            // A statement skipped as unsupported would make the case test less than it says.
            for (const auto* diagnostics : {&from.diagnostics, &to.diagnostics})
                for (const auto& d : *diagnostics) {
                    INFO(d.location.path << ":" << d.location.line << ": " << d.message);
                    CHECK(d.code != "unsupported");
                }
            std::string sql = render_sql(make_plan(from.catalog, to.catalog));
            if (update) {
                std::ofstream(dir / "plan.sql") << sql;
            } else {
                REQUIRE(fs::exists(dir / "plan.sql"));
                CHECK(sql == read_file(dir / "plan.sql"));
            }
        }
    }
}

TEST_CASE("golden cases converge on PostgreSQL", "[db]") {
    for (const auto& dir : golden_cases()) {
        DYNAMIC_SECTION(dir.filename().string()) {
            // A case of syntax a major lacks says so in needs_major, and is reported, not run.
            if (std::string why = testing::not_on_test_major(dir.string()); !why.empty()) {
                WARN(dir.filename().string() << ": " << why);
                return;
            }
            // A case of objects only a superuser may create says so, and why, in needs_superuser.
            std::string reason = testing::superuser_reason(dir.string());
            const char* role = reason.empty() ? testing::kMasterRole : testing::kSuperuser;
            auto r = testing::check_convergence((dir / "old.sql").string(), (dir / "new.sql").string(), role);
            INFO("PostgreSQL " << testing::test_major() << " as " << role << (reason.empty() ? "" : " (" + reason + ")"));
            INFO(testing::status_name(r.status) << "\n" << r.detail << "\nplan:\n" << r.plan_sql);
            CHECK(testing::counts_as_pass(r.status));
        }
    }
}
