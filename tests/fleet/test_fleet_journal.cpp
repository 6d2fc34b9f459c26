// The apply journal as a table on the control database.
#include <catch2/catch.hpp>

#include "fleet/connections.h"
#include "fleet/journal.h"
#include "tests/support/test_database.h"

using namespace pgfleet;

TEST_CASE("the journal as a table on the control database", "[fleet]") {
    testing::TestDatabase control;
    FleetConfig config;
    config.tenants.control = control.conninfo();
    FleetConnections connections(config, [](const std::string&) {});
    CHECK_THROWS_WITH(open_table_journal(connections, "pgfleet_journal.apply_log"),
                      Catch::Contains("schema \"pgfleet_journal\" does not exist"));
    control.load_sql("CREATE SCHEMA pgfleet_journal;\n");
    auto journal = open_table_journal(connections, "pgfleet_journal.apply_log");
    TenantRef a{"main", "tenant_a"}, b{"main", "it's"};
    journal->record({a, "T", TenantState::Started});
    journal->record({b, "T", TenantState::Started});
    journal->record({a, "T", TenantState::Applied});
    journal->record({b, "T", TenantState::Failed, "boom 'quoted'"});
    auto entries = open_table_journal(connections, "pgfleet_journal.apply_log")->load();
    REQUIRE(entries.size() == 4);
    CHECK(entries[3].tenant.database == "it's");
    CHECK(entries[3].detail == "boom 'quoted'");
    CHECK(entries[0].at.size() == 20);
    CHECK(journal_finished(entries, a, "T"));
    CHECK_FALSE(journal_finished(entries, b, "T"));
}
