// A saved plan's statements checked against what pgfleet makes of them: every golden plan
// passes as written; a hidden hazard, an added statement or a data change does not.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "parser/schema_loader.h"
#include "planner/plan_audit.h"
#include "planner/planner.h"
#include "planner/render.h"

namespace fs = std::filesystem;
using namespace pgfleet;

namespace {

std::vector<fs::path> case_dirs(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_directory() && fs::exists(e.path() / "old.sql") && fs::exists(e.path() / "new.sql"))
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

struct PlannedCase {
    Catalog from;
    Plan plan;
};

PlannedCase plan_case(const std::string& old_sql, const std::string& new_sql) {
    ParserState from = load_desired_state_text(old_sql, "old.sql");
    ParserState to = load_desired_state_text(new_sql, "new.sql");
    return {from.catalog, make_plan(from.catalog, to.catalog)};
}

}  // namespace

TEST_CASE("every golden plan passes the saved-plan audit as written", "[unit]") {
    size_t audited = 0;
    for (const auto& dir : case_dirs(fs::path(PGFLEET_SOURCE_DIR) / "tests" / "cases")) {
        ParserState from = load_desired_state((dir / "old.sql").string());
        ParserState to = load_desired_state((dir / "new.sql").string());
        Plan plan = make_plan(from.catalog, to.catalog);
        INFO(dir.filename().string());
        CHECK(joined(audit_saved_plan(plan, from.catalog)).empty());
        ++audited;
    }
    CHECK(audited >= 100);
    // Other projects' cases, when the shared corpus is given (PGFLEET_AUDIT_CORPUS=DIR).
    if (const char* corpus = std::getenv("PGFLEET_AUDIT_CORPUS")) {
        size_t passed = 0, total = 0;
        for (const auto& dir : case_dirs(corpus)) {
            ParserState from = load_desired_state((dir / "old.sql").string());
            ParserState to = load_desired_state((dir / "new.sql").string());
            if (has_errors(from.diagnostics) || has_errors(to.diagnostics)) continue;
            Plan plan;
            try {
                plan = make_plan(from.catalog, to.catalog);
            } catch (const std::exception&) {
                continue;
            }
            ++total;
            std::string problems = joined(audit_saved_plan(plan, from.catalog));
            if (problems.empty()) ++passed;
            else WARN(dir.string() << "\n" << problems << render_sql(plan));
        }
        WARN("corpus plans passing the audit: " << passed << " of " << total);
        CHECK(passed == total);
    }
}

TEST_CASE("a saved plan that hides a hazard or runs more than it planned fails the audit", "[unit]") {
    PlannedCase c = plan_case("CREATE TABLE keep (id int);\nCREATE TABLE t (id int, note text);\n"
                              "ALTER TABLE keep ENABLE ROW LEVEL SECURITY;\n",
                              "CREATE TABLE keep (id int);\nCREATE TABLE t (id bigint);\n");
    REQUIRE(audit_saved_plan(c.plan, c.from).empty());

    SECTION("hazards removed") {
        bool had = false;
        for (auto& s : c.plan.statements) {
            had = had || !s.hazards.empty();
            s.hazards.clear();
        }
        REQUIRE(had);
        std::string problems = joined(audit_saved_plan(c.plan, c.from));
        CHECK_THAT(problems, Catch::Contains("has hazard data_loss"));
        CHECK_THAT(problems, Catch::Contains("has hazard table_rewrite"));
        CHECK_THAT(problems, Catch::Contains("has hazard isolation_weakened"));
    }
    SECTION("a data change appended to a step") {
        c.plan.statements.front().sql += ";\nDELETE FROM public.keep";
        CHECK_THAT(joined(audit_saved_plan(c.plan, c.from)), Catch::Contains("holds 2 statements"));
    }
    SECTION("a step that is not schema work") {
        for (const char* sql : {"DELETE FROM public.keep", "TRUNCATE public.keep", "SET ROLE postgres", "COMMIT",
                                "DO $$ BEGIN END $$", "ALTER ROLE app BYPASSRLS", "DROP DATABASE other"}) {
            Plan p = c.plan;
            p.statements.push_back({.sql = sql});
            INFO(sql);
            CHECK_THAT(joined(audit_saved_plan(p, c.from)), Catch::Contains("which pgfleet never plans"));
        }
    }
    SECTION("a step the database's catalog cannot take") {
        c.plan.statements.push_back({.sql = "ALTER TABLE public.missing ADD COLUMN x int"});
        CHECK_THAT(joined(audit_saved_plan(c.plan, c.from)), Catch::Contains("cannot be followed"));
    }
    SECTION("a statement added to a hazard-free step, with hazards of its own") {
        Plan p = c.plan;
        p.statements.push_back({.sql = "DROP TABLE public.keep"});
        CHECK_THAT(joined(audit_saved_plan(p, c.from)), Catch::Contains("has hazard data_loss"));
    }
}

TEST_CASE("a rebuild's row copies pass the audit; rows or counters moved anywhere else do not", "[unit]") {
    PlannedCase c = plan_case("CREATE TABLE t (a int, b bigint GENERATED ALWAYS AS IDENTITY, c text);\n"
                              "CREATE TABLE other (a int, c text);\n",
                              "CREATE TABLE t (c text, a int, b bigint GENERATED ALWAYS AS IDENTITY);\n"
                              "CREATE TABLE other (a int, c text);\n");
    REQUIRE(audit_saved_plan(c.plan, c.from).empty());
    auto step_with = [&](const std::string& start) -> Statement& {
        for (auto& s : c.plan.statements)
            if (s.sql.rfind(start, 0) == 0) return s;
        FAIL("no step starts with " << start);
        throw std::logic_error("unreachable");
    };
    SECTION("the copy is hazard-free; the drop is a rewrite, not a loss") {
        const Statement& drop = step_with("DROP TABLE public.t");
        REQUIRE(drop.hazards.size() == 1);
        CHECK(drop.hazards[0].name == "table_rewrite");
    }
    SECTION("rows put into another table") {
        Statement& insert = step_with("INSERT INTO public.t ");
        insert.sql.replace(0, std::string("INSERT INTO public.t ").size(), "INSERT INTO public.other ");
        CHECK_THAT(joined(audit_saved_plan(c.plan, c.from)), Catch::Contains("does not put a rebuilt table's copied rows back"));
    }
    SECTION("rows of another table copied in") {
        Statement& copy = step_with("CREATE TEMPORARY TABLE pgfleet_rows_");
        copy.sql.replace(copy.sql.find("public.t"), 8, "public.other");
        CHECK_THAT(joined(audit_saved_plan(c.plan, c.from)), Catch::Contains("does not put a rebuilt table's copied rows back"));
    }
    SECTION("other data steps") {
        for (const char* sql : {"INSERT INTO public.t (a) VALUES (1)", "SELECT pg_catalog.pg_sleep(1)",
                                "SELECT pg_catalog.setval('public.other_seq', 1)"}) {
            Plan p = c.plan;
            p.statements.push_back({.sql = sql});
            INFO(sql);
            CHECK_FALSE(joined(audit_saved_plan(p, c.from)).empty());
        }
    }
    SECTION("a counter set on another sequence") {
        Statement& counter = step_with("SELECT pg_catalog.setval(");
        counter.sql.replace(counter.sql.find("'public.t_b_seq'"), 16, "'public.x_b_seq'");
        CHECK_THAT(joined(audit_saved_plan(c.plan, c.from)), Catch::Contains("does not set a rebuilt table's identity counter"));
    }
}
