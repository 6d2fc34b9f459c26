// Saved plans: refused on a database that changed after planning, applied and verified on
// one that did not; hazards refused unless allowed.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>

#include "catalog/fingerprint.h"
#include "fleet/database_apply.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

using namespace pgfleet;

namespace {

Catalog desired_catalog(const std::string& sql) {
    ParserState s = load_desired_state_text(sql, "desired.sql");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    return s.catalog;
}

SavedPlan plan_for(const testing::TestDatabase& db, const std::string& want) {
    Session s(db.conninfo());
    return plan_to_save(read_catalog(s), desired_catalog(want));
}

std::string current_fingerprint(const testing::TestDatabase& db) {
    Session s(db.conninfo());
    Snapshot snap = read_catalog(s);
    return fingerprint(snap.catalog, snap.server_version_major);
}

bool has_hazard(const SavedPlan& plan, const std::string& name) {
    for (const auto& s : plan.plan.statements)
        for (const auto& h : s.hazards)
            if (h.name == name) return true;
    return false;
}

using testing::CliRun;
using testing::run_pgfleet;

}  // namespace

TEST_CASE("a saved plan is refused on a database changed after planning", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    SavedPlan plan = plan_for(db, "CREATE TABLE t (id int, note text);\n");
    REQUIRE(plan.header.source_fingerprint == current_fingerprint(db));
    db.load_sql("ALTER TABLE t ADD COLUMN other int;\n");
    std::string changed = current_fingerprint(db);
    DatabaseApplyReport r = apply_saved_plan(db.conninfo(), plan, {}, {});
    CHECK(r.status == DatabaseApplyStatus::Refused);
    CHECK(r.message.find("changed since the plan was made") != std::string::npos);
    CHECK(current_fingerprint(db) == changed);
}

TEST_CASE("an unchanged database takes the saved plan and reaches its target", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    SavedPlan plan = plan_for(db, "CREATE TABLE t (id int PRIMARY KEY, note text);\nCREATE INDEX ON t (note);\n");
    REQUIRE_FALSE(plan.plan.empty());
    DatabaseApplyReport r = apply_saved_plan(db.conninfo(), plan, {}, {});
    INFO(r.message);
    CHECK(r.status == DatabaseApplyStatus::Applied);
    CHECK(r.fingerprint_after == plan.header.target_fingerprint);
    CHECK(current_fingerprint(db) == plan.header.target_fingerprint);
    // Applying it again finds the database at the target already.
    CHECK(apply_saved_plan(db.conninfo(), plan, {}, {}).status == DatabaseApplyStatus::AtTarget);
}

TEST_CASE("a plan with data loss is refused unless allowed", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int, legacy text);\nINSERT INTO t VALUES (1, 'keep me');\n");
    SavedPlan plan = plan_for(db, "CREATE TABLE t (id int);\n");
    REQUIRE(has_hazard(plan, "data_loss"));
    DatabaseApplyReport refused = apply_saved_plan(db.conninfo(), plan, {}, {"index_build"});
    CHECK(refused.status == DatabaseApplyStatus::Refused);
    CHECK(refused.refused_hazards == std::vector<std::string>{"data_loss"});
    CHECK(current_fingerprint(db) == plan.header.source_fingerprint);
    DatabaseApplyReport allowed = apply_saved_plan(db.conninfo(), plan, {}, {"data_loss"});
    CHECK(allowed.status == DatabaseApplyStatus::Applied);
}

TEST_CASE("pgfleet plan -o plan.json, then apply plan.json: refused with exit 3 after a change", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE t (id int);\n");
    std::string dir = "/tmp/pgfleet-saved-" + std::to_string(getpid());
    testing::run_command("mkdir -p " + dir);
    std::ofstream(dir + "/schema.sql") << "CREATE TABLE t (id int, note text);\n";
    std::string conn = testing::shell_quote(db.conninfo());
    REQUIRE(run_pgfleet("plan " + dir + "/schema.sql --db " + conn + " -o " + dir + "/plan.json").code == 2);
    std::ifstream in(dir + "/plan.json");
    nlohmann::json saved = nlohmann::json::parse(in);
    CHECK(saved.at("format") == "pgfleet-plan");
    CHECK(saved.at("source_fingerprint").get<std::string>().size() == 64);
    CHECK(saved.at("statements").at(0).contains("hazards"));
    CHECK(saved.at("statements").at(0).at("lock") == "ACCESS EXCLUSIVE on public.t");
    CliRun markdown = run_pgfleet("plan " + dir + "/schema.sql --db " + conn + " --format markdown");
    CHECK(markdown.output.find("### pgfleet plan") != std::string::npos);
    db.load_sql("CREATE TABLE other (id int);\n");
    CliRun refused = run_pgfleet("apply " + dir + "/plan.json --db " + conn);
    CHECK(refused.code == 3);
    CHECK(refused.output.find("changed since the plan was made") != std::string::npos);
    db.load_sql("DROP TABLE other;\n");
    CliRun applied = run_pgfleet("apply " + dir + "/plan.json --db " + conn);
    CHECK(applied.code == 0);
    CHECK(applied.output.find("at the target fingerprint") != std::string::npos);
    testing::run_command("rm -rf " + dir);
}

TEST_CASE("a saved plan edited after planning is refused with exit 3 and nothing runs", "[db]") {
    testing::TestDatabase db;
    db.load_sql("CREATE TABLE keep (id int);\nCREATE TABLE t (id int);\nINSERT INTO keep VALUES (1);\n");
    std::string dir = "/tmp/pgfleet-altered-" + std::to_string(getpid());
    testing::run_command("mkdir -p " + dir);
    std::ofstream(dir + "/schema.sql") << "CREATE TABLE keep (id int);\n";
    std::string conn = testing::shell_quote(db.conninfo());
    REQUIRE(run_pgfleet("plan " + dir + "/schema.sql --db " + conn + " -o " + dir + "/plan.json").code == 2);
    nlohmann::json original;
    std::ifstream(dir + "/plan.json") >> original;
    REQUIRE(original.at("digest").get<std::string>().rfind("sha256:", 0) == 0);
    REQUIRE(original.contains("isolation"));
    std::string before = current_fingerprint(db);
    struct Edit {
        const char* what;
        std::function<void(nlohmann::json&)> change;
    };
    const Edit edits[] = {
        {"hazards removed",
         [](nlohmann::json& p) {
             p["hazards"] = nlohmann::json::array();
             for (auto& s : p["statements"]) s["hazards"] = nlohmann::json::array();
         }},
        {"a statement appended to a sql field",
         [](nlohmann::json& p) { p["statements"][0]["sql"] = p["statements"][0]["sql"].get<std::string>() + "\nDELETE FROM keep;"; }},
        {"a fingerprint edited", [](nlohmann::json& p) { p["source_fingerprint"] = std::string(64, '0'); }},
        {"the digest removed", [](nlohmann::json& p) { p.erase("digest"); }},
        // The desired state's isolation findings are part of what was reviewed.
        {"the isolation summary edited", [](nlohmann::json& p) { p["isolation"]["summary"]["warnings"] = 99; }},
    };
    for (const auto& edit : edits) {
        INFO(edit.what);
        nlohmann::json altered = original;
        edit.change(altered);
        std::ofstream(dir + "/altered.json") << altered.dump(1);
        CliRun r = run_pgfleet("apply " + dir + "/altered.json --db " + conn + " --allow-hazards all");
        INFO(r.output);
        CHECK(r.code == 3);
        CHECK(r.output.find("refused") != std::string::npos);
        CHECK(current_fingerprint(db) == before);
    }
    // The digest is no secret: an editor can recompute it. The statements are then checked
    // against what pgfleet makes of them on this database.
    const Edit redigested[] = {
        {"hazards removed, digest recomputed", edits[0].change},
        {"a statement appended, digest recomputed", edits[1].change},
        {"a data change as a step of its own, digest recomputed",
         [](nlohmann::json& p) {
             nlohmann::json step = p["statements"][0];
             step["sql"] = "DELETE FROM public.keep";
             step["hazards"] = nlohmann::json::array();
             p["statements"].push_back(step);
         }},
    };
    for (const auto& edit : redigested) {
        INFO(edit.what);
        nlohmann::json altered = original;
        edit.change(altered);
        altered["digest"] = content_digest(altered);
        std::ofstream(dir + "/altered.json") << altered.dump(1);
        CliRun r = run_pgfleet("apply " + dir + "/altered.json --db " + conn);
        INFO(r.output);
        CHECK(r.code == 3);
        CHECK(r.output.find("is not what pgfleet plans") != std::string::npos);
        CHECK(current_fingerprint(db) == before);
    }
    {
        Session s(db.conninfo());
        CHECK(s.query_value("SELECT count(*) FROM keep") == "1");
    }
    // The plan as written still applies.
    CHECK(run_pgfleet("apply " + dir + "/plan.json --db " + conn + " --allow-hazards data_loss").code == 0);
    testing::run_command("rm -rf " + dir);
}
