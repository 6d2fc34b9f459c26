// `plan` and `fleet plan` are one job: the same target fingerprint and the same SQL, also when
// the desired state says CURRENT_USER (bound to the role the tenant is read as).
#include <catch2/catch.hpp>

#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "fleet/fleet_planner.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"

using namespace pgfleet;

TEST_CASE("plan and fleet plan agree on a desired state naming CURRENT_USER", "[unit]") {
    const std::string current_sql = "CREATE TABLE notes (tenant_id int, body text);\n";
    const std::string desired_sql =
        current_sql +
        "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
        "CREATE POLICY notes_owner ON notes TO CURRENT_USER USING (tenant_id = 1);\n"
        "GRANT SELECT ON notes TO CURRENT_USER;\n"
        "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO PUBLIC;\n";
    ParserState now = load_desired_state_text(current_sql, "current.sql");
    ParserState desired = load_desired_state_text(desired_sql, "desired.sql");
    REQUIRE_FALSE(has_errors(now.diagnostics));
    REQUIRE_FALSE(has_errors(desired.diagnostics));

    for (int major : {13, 15, 18}) {
        INFO("PostgreSQL " << major);
        Snapshot tenant;
        tenant.catalog = now.catalog;
        fit_to_server(tenant.catalog, major);
        tenant.server_version_major = major;
        tenant.database = "tenant_1";
        tenant.current_user = "app_owner";

        SavedPlan planned = plan_to_save(tenant, desired.catalog, {});

        FleetCatalogs catalogs;
        catalogs.add({"main", "tenant_1"}, tenant, fingerprint(tenant.catalog, major));
        DesiredFingerprints fingerprints(desired.catalog);
        FleetPlan fleet = build_fleet_plan(catalogs, fingerprints);
        REQUIRE(fleet.groups.size() == 1);
        const SavedPlan& group = fleet.groups[0].plan;

        CHECK(fingerprints.depends_on_role());
        CHECK(group.header.source_fingerprint == planned.header.source_fingerprint);
        CHECK(group.header.target_fingerprint == planned.header.target_fingerprint);
        std::string sql = render_sql(planned.plan);
        CHECK(render_sql(group.plan) == sql);
        CHECK(sql.find("TO app_owner") != std::string::npos);
        CHECK(sql.find("CURRENT_USER") == std::string::npos);
        // Read as another role, the same tenant plans for that role.
        CHECK(fingerprints.at(major, "other_role") != group.header.target_fingerprint);
    }
}

TEST_CASE("a desired state that names no role fingerprints the same for every role", "[unit]") {
    ParserState desired = load_desired_state_text("CREATE TABLE t (id int);\n", "desired.sql");
    DesiredFingerprints fingerprints(desired.catalog);
    CHECK_FALSE(fingerprints.depends_on_role());
    CHECK(fingerprints.at(15, "a") == fingerprints.at(15, "b"));
    CHECK(fingerprints.at(15, "a") == fingerprints.at(15, ""));
}

TEST_CASE("tenants with one catalog read as two roles get a plan each when the desired state means the role", "[unit]") {
    ParserState now = load_desired_state_text("CREATE TABLE notes (tenant_id int);\n", "current.sql");
    ParserState desired = load_desired_state_text(
        "CREATE TABLE notes (tenant_id int);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
        "CREATE POLICY mine ON notes TO CURRENT_USER USING (tenant_id = 1);\n",
        "desired.sql");
    Snapshot as_a;
    as_a.catalog = now.catalog;
    fit_to_server(as_a.catalog, 15);
    as_a.server_version_major = 15;
    as_a.current_user = "role_a";
    Snapshot as_b = as_a;
    as_b.current_user = "role_b";
    std::string fp = fingerprint(as_a.catalog, 15);
    REQUIRE(fp == fingerprint(as_b.catalog, 15));

    FleetCatalogs catalogs;
    catalogs.add({"one", "t1"}, as_a, fp);
    catalogs.add({"two", "t2"}, as_b, fp);
    catalogs.add_known({"two", "t3"}, fp, {}, "role_b");
    DesiredFingerprints fingerprints(desired.catalog);
    FleetPlan fleet = build_fleet_plan(catalogs, fingerprints);
    REQUIRE(fleet.groups.size() == 2);
    // Larger groups first: role_b's two tenants, then role_a's one.
    CHECK(fleet.groups[0].tenants == std::vector<TenantRef>{{"two", "t2"}, {"two", "t3"}});
    CHECK(render_sql(fleet.groups[0].plan.plan).find("TO role_b") != std::string::npos);
    CHECK(fleet.groups[1].tenants == std::vector<TenantRef>{{"one", "t1"}});
    CHECK(render_sql(fleet.groups[1].plan.plan).find("TO role_a") != std::string::npos);
    CHECK(fleet.groups[0].plan.header.target_fingerprint != fleet.groups[1].plan.header.target_fingerprint);

    // Where the desired state names no role, one plan serves both.
    ParserState plain = load_desired_state_text("CREATE TABLE notes (tenant_id int, body text);\n", "desired.sql");
    DesiredFingerprints plain_fingerprints(plain.catalog);
    CHECK(build_fleet_plan(catalogs, plain_fingerprints).groups.size() == 1);
}
