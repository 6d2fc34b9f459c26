// fleet apply --prove: each fingerprint group's plan proven once on a local copy of one of
// its tenants before any tenant is touched; an unproven group stops the whole run.
#include <catch2/catch.hpp>

#include "tests/fleet/fleet_helpers.h"
#include "tests/fleet/fleet_schemas.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;

TEST_CASE("fleet apply --prove proves each group once, and refuses the run when a group's plan fails", "[fleet]") {
    TenantFleet fleet("pfp", 3, kFleetSchemaV1);
    // One tenant differs: two groups, two proofs.
    fleet.execute("pfp_002", "ALTER TABLE items ADD COLUMN note text");
    TempDir dir;
    // The SQL function reads a column the plan drops from one group's tenants (items.note).
    dir.write("schema/app.sql", std::string(kFleetSchemaV2) +
                                    "CREATE FUNCTION item_titles() RETURNS SETOF text LANGUAGE sql AS "
                                    "'SELECT title FROM items';\n");
    std::string config =
        dir.write("pgfleet.yaml", fleet_yaml({dir.file("schema"), dir.file("state"), "pfp\\_%", "pgfleet-test-prove"}));
    REQUIRE(run_pgfleet("fleet plan --config " + config + " -o " + dir.file("plan.json")).code == 2);
    CliRun proven = run_pgfleet("fleet apply --config " + config + " --plan " + dir.file("plan.json") +
                                " --prove --allow-hazards all");
    INFO(proven.output);
    CHECK(proven.code == 0);
    CHECK(contains(proven.output, "(2 tenants), on a copy of main/pfp_001: proven on PostgreSQL"));
    CHECK(contains(proven.output, "(1 tenant), on a copy of main/pfp_002: proven on PostgreSQL"));

    // Now a desired state whose function reads a column no tenant will have.
    dir.write("schema/app.sql", std::string(kFleetSchemaV2) +
                                    "CREATE FUNCTION item_notes() RETURNS SETOF text LANGUAGE sql AS "
                                    "'SELECT note FROM items';\n");
    REQUIRE(run_pgfleet("fleet plan --config " + config + " -o " + dir.file("plan2.json")).code == 2);
    CliRun refused = run_pgfleet("fleet apply --config " + config + " --plan " + dir.file("plan2.json") +
                                 " --prove --allow-hazards all");
    INFO(refused.output);
    CHECK(refused.code == 3);
    CHECK(contains(refused.output, "NOT proven on PostgreSQL"));
    CHECK(contains(refused.output, "item_notes(): column \"note\" does not exist"));
    CHECK(contains(refused.output, "not applied to any tenant"));
    // Nothing ran: every tenant still lacks the function.
    CliRun drift = run_pgfleet("fleet plan --config " + config + " -o " + dir.file("plan3.json"));
    CHECK(read_text_file(dir.file("plan3.json")) == read_text_file(dir.file("plan2.json")));
}
