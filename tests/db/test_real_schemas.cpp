// Real projects' schemas (../shared/real-schemas): dump -> plan is empty, pg_dump's output
// plans to nothing, a new tenant converges, and parity.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "catalog/current_role.h"
#include "catalog/fingerprint.h"
#include "catalog/server_fit.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "parser/statement_context.h"
#include "planner/planner.h"
#include "planner/render.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

namespace fs = std::filesystem;
using namespace pgfleet;

// ../shared beside the checkout (PGFLEET_SHARED_DIR names another place for it).
static fs::path real_schemas_dir() {
    const char* shared = std::getenv("PGFLEET_SHARED_DIR");
    return (shared ? fs::path(shared) : fs::path(PGFLEET_SOURCE_DIR) / ".." / "shared") / "real-schemas";
}

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
                    db.load_file_as_superuser((dir / "prereq.sql").string());
                } catch (const std::exception&) {
                    // Roles are cluster-wide; another run may have created them already.
                }
            }
            // Loaded by the superuser, as on Aurora where the schema was there before pgfleet;
            // read and planned as the master role.
            db.load_file_as_superuser((dir / "schema.sql").string());
            Snapshot live = read_database(db.conninfo());

            // dump: the plan that builds the database from an empty one, fed back as desired state.
            std::string dumped = render_sql(plan_from_empty_database(live));
            ParserState redo = load_desired_state_text(dumped, "dump.sql");
            for (const auto& d : redo.diagnostics) INFO(format_diagnostic(d));
            REQUIRE_FALSE(has_errors(redo.diagnostics));
            Plan replan = plan_from(live, redo.catalog);
            INFO("re-plan of the dump:\n" << render_text(replan));
            CHECK(replan.empty());

            ParserState parsed = load_desired_state((dir / "schema.sql").string());
            REQUIRE_FALSE(has_errors(parsed.diagnostics));
            bind_current_role(parsed.catalog, live.current_user);
            fit_to_server(parsed.catalog, live.server_version_major);
            auto a = fingerprint_document(parsed.catalog, live.server_version_major);
            auto b = fingerprint_document(live.catalog, live.server_version_major);
            INFO("parsed -> database differences:\n" << nlohmann::json::diff(a, b).dump(1));
            CHECK(a == b);
            Plan zero = plan_from(live, parsed.catalog);
            INFO("false diffs:\n" << render_text(zero));
            CHECK(zero.empty());

            // The same through the command line, as the master role, and parity against a
            // scratch server of the same major.
            std::string file = testing::shell_quote((dir / "schema.sql").string());
            std::string out;
            int plan_code = testing::run_command(std::string(PGFLEET_BINARY) + " plan " + file + " --db " +
                                                     testing::shell_quote(testing::PgServer::instance().url(db.name())),
                                                 &out);
            INFO("pgfleet plan on PostgreSQL " << live.server_version_major << " as " << live.current_user << ":\n" << out);
            CHECK(live.current_user == testing::kMasterRole);
            CHECK(plan_code == 0);
            // check also lints for tenant isolation, which these schemas were not written for:
            // only the verify verdict counts here.
            testing::run_command(std::string(PGFLEET_BINARY) + " check --verify " + file, &out);
            INFO("check --verify:\n" << out);
            CHECK(out.find("verify: no difference") != std::string::npos);

            // pg_dump's own output of the loaded database (with its \restrict lines) as the
            // desired state: nothing to do. Dumped by the superuser, who owns the objects.
            std::string work = "/tmp/pgfleet-real-" + db.name();
            testing::run_command("rm -rf " + work + " && mkdir -p " + work);
            std::string owner = testing::shell_quote(testing::PgServer::instance().superuser_conninfo(db.name()));
            std::string bin = PGFLEET_BINARY;
            REQUIRE(testing::run_command(testing::pg_dump_program() + " --schema-only -d " + owner + " -f " + work +
                                             "/pg_dump.sql",
                                         &out) == 0);
            // Against a database loaded from that output: pg_dump 15 writes the public schema's
            // privileges against 15's defaults, so on 13 and 14 the load differs from the source.
            // (pg_dump 18, used for 16 and up, sets transaction_timeout, which 16 lacks.)
            testing::run_command("grep -v '^SET transaction_timeout' " + work + "/pg_dump.sql > " + work + "/load.sql");
            testing::TestDatabase from_dump;
            from_dump.load_file_as_superuser(work + "/load.sql");
            std::string from_dump_url = testing::shell_quote(testing::PgServer::instance().url(from_dump.name()));
            int dump_plan = testing::run_command(bin + " plan " + work + "/pg_dump.sql --db " + from_dump_url, &out);
            INFO("plan of pg_dump's output:\n" << out);
            CHECK(dump_plan == 0);

            // A new tenant: the schema applied to an empty database, then nothing left to plan.
            // By the superuser: pagila names it as owner, graphile-starter sets default
            // privileges for roles the master role is no member of.
            testing::TestDatabase fresh;
            std::string fresh_url =
                testing::shell_quote(testing::PgServer::instance().superuser_conninfo(fresh.name()));
            int created = testing::run_command(bin + " apply " + file + " --db " + fresh_url + " --allow-hazards all", &out);
            INFO("apply into an empty database:\n" << out);
            CHECK(created == 0);
            CHECK(testing::run_command(bin + " plan " + file + " --db " + fresh_url, &out) == 0);

            // Everything dropped through a saved plan (checked before it runs), by the owner of
            // the objects (the superuser that loaded them), then nothing left to plan.
            testing::run_command(": > " + work + "/empty.sql");
            int planned = testing::run_command(bin + " plan " + work + "/empty.sql --db " + owner + " -o " + work + "/drop.json", &out);
            INFO("plan to an empty database:\n" << out);
            CHECK(planned == 2);
            int applied = testing::run_command(bin + " apply " + work + "/drop.json --db " + owner + " --allow-hazards all", &out);
            INFO("apply of the saved plan:\n" << out);
            CHECK(applied == 0);
            CHECK(testing::run_command(bin + " plan " + work + "/empty.sql --db " + owner, &out) == 0);
            testing::run_command("rm -rf " + work);
        }
    }
}
