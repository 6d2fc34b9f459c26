// The rules on live databases loaded from the same files give the same findings as on the
// files: every fixture (those without in-file suppressions), the bundled example and its
// broken copy; and the check command on both.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "catalog/sql_name.h"
#include "introspect/catalog_reader.h"
#include "introspect/session.h"
#include "lint/lint.h"
#include "lint/report.h"
#include "parser/schema_loader.h"
#include "tests/lint/example_copy.h"
#include "tests/lint/lint_fixtures.h"
#include "tests/support/pg_server.h"
#include "tests/support/test_database.h"

using namespace pgfleet;
using namespace pgfleet::testing;

namespace {

struct Both {
    std::vector<lint::Finding> offline, live;
};

Both check_both(const std::string& path, const lint::LintConfig& config, TestDatabase& db) {
    Both b;
    ParserState state = load_desired_state(path);
    REQUIRE_FALSE(has_errors(state.diagnostics));
    b.offline = lint::run(state, config);
    for (const auto& file : desired_state_files(path)) db.load_file(file);
    b.live = lint::run(read_database(db.conninfo()).catalog, config);
    return b;
}

int run_check(const std::string& args, std::string& output) {
    return run_command(std::string(PGFLEET_BINARY) + " check " + args, &output);
}

int run_plan(const std::string& args, std::string& output) {
    return run_command(std::string(PGFLEET_BINARY) + " plan " + args, &output);
}

}  // namespace

TEST_CASE("lint live: every fixture gives the same findings from the database", "[db]") {
    for (const auto& f : lint_fixtures()) {
        if (f.has_directives || f.files_only) continue;  // suppression comments live in files only
        DYNAMIC_SECTION(f.rule + "/" + f.name) {
            if (test_major() < f.needs_major) {
                WARN(f.rule + "/" + f.name + ": not on PostgreSQL " + std::to_string(test_major()) + ", needs " +
                     std::to_string(f.needs_major));
                continue;
            }
            TestDatabase db;
            Both b = check_both(f.sql.string(), f.config, db);
            CHECK(finding_lines(b.live) == finding_lines(b.offline));
            for (const auto& x : b.live) CHECK(x.location.path.empty());
        }
    }
}

TEST_CASE("lint live: the bundled example and its broken copy", "[db]") {
    {
        TestDatabase db;
        Both b = check_both(bundled_example_dir(), {}, db);
        INFO(lint::render_text(b.live));
        CHECK(b.live.empty());
        std::string out;
        CHECK(run_check("--db " + shell_quote(db.conninfo()), out) == 0);
        CHECK(out.find("tenant isolation: no findings") != std::string::npos);
    }
    TestDatabase db;
    std::string broken = broken_example_copy();
    Both b = check_both(broken, {}, db);
    INFO(lint::render_text(b.live));
    REQUIRE(b.live.size() == 3);
    CHECK(finding_lines(b.live) == finding_lines(b.offline));
    std::vector<std::string> rules;
    for (const auto& f : b.live) rules.push_back(f.rule + " " + lint::object_name(f));
    CHECK(rules == std::vector<std::string>{"policy-coverage table public.approvals", "rls-forced table public.audit_log",
                                            "tenant-column table public.daily_rollups"});

    // The command: exit 2 on error findings, the same findings offline and live.
    std::string offline, live;
    CHECK(run_check(broken + " --format json", offline) == 2);
    CHECK(run_check("--db " + shell_quote(db.conninfo()) + " --format json", live) == 2);
    auto a = nlohmann::json::parse(offline), l = nlohmann::json::parse(live);
    REQUIRE(a["findings"].size() == 3);
    REQUIRE(l["findings"].size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        CHECK(a["findings"][i]["rule"] == l["findings"][i]["rule"]);
        CHECK(a["findings"][i]["object"] == l["findings"][i]["object"]);
        CHECK(a["findings"][i]["message"] == l["findings"][i]["message"]);
        CHECK(a["findings"][i]["location"]["file"].is_string());
        CHECK(l["findings"][i]["location"].is_null());
    }
    std::string text;
    CHECK(run_check(shell_quote(broken), text) == 2);
    CHECK(text.find(broken + "/40_approvals.sql:2:14: error: table public.approvals has no policy") != std::string::npos);
    CHECK(run_check(shell_quote(bundled_example_dir()) + " --format markdown", text) == 0);
    CHECK(text.find("### Tenant isolation: no findings") != std::string::npos);

    // plan: the desired state's findings after the plan in text output; sql output stays SQL.
    std::string plan;
    TestDatabase empty;
    CHECK(run_plan(shell_quote(broken) + " --db " + shell_quote(empty.conninfo()), plan) == 2);
    CHECK(plan.find("Tenant isolation of the desired state: 3 errors, 0 warnings\n  " + broken +
                    "/40_approvals.sql:2:14: error: table public.approvals has no policy") != std::string::npos);
    CHECK(run_plan(shell_quote(broken) + " --db " + shell_quote(empty.conninfo()) + " --format sql", plan) == 2);
    CHECK(plan.find("Tenant isolation") == std::string::npos);
    CHECK(run_plan(shell_quote(broken) + " --db " + shell_quote(empty.conninfo()) + " --format markdown", plan) == 2);
    CHECK(plan.find("### Tenant isolation: 3 errors, 0 warnings") != std::string::npos);
    CHECK(run_plan(shell_quote(bundled_example_dir()) + " --db " + shell_quote(empty.conninfo()), plan) == 2);
    CHECK(plan.find("Tenant isolation of the desired state: no findings") != std::string::npos);
}

// Roles belong to the cluster, so this bypass has a test of its own (the fixture of
// security-definer-owner is files only): a definer function owned by a BYPASSRLS role reads
// every tenant's rows through FORCE'd row-level security, and lint finds it in the database.
TEST_CASE("lint live: a definer function owned by a BYPASSRLS role leaks rows and is a finding", "[db]") {
    TestDatabase db;
    db.load_sql(R"(CREATE TABLE notes (
    tenant_id uuid NOT NULL,
    note_id bigint NOT NULL,
    body text,
    PRIMARY KEY (tenant_id, note_id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON notes
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE FUNCTION note_count() RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT count(*) FROM public.notes $$;
)");
    const std::string a = "00000000-0000-0000-0000-00000000000a", b = "00000000-0000-0000-0000-00000000000b";
    {
        Session owner(db.conninfo());
        for (const auto& tenant : {a, b}) {
            owner.execute("SET app.tenant_id = " + sql_literal(tenant));
            owner.execute("INSERT INTO notes VALUES (" + sql_literal(tenant) + ", 1, 'x')");
        }
        owner.execute("SET app.tenant_id = " + sql_literal(a));
        CHECK(owner.query_value("SELECT count(*) FROM notes") == "1");
        CHECK(owner.query_value("SELECT note_count()") == "1");
    }
    lint::LintConfig config;
    auto rules_found = [&] {
        std::vector<std::string> out;
        for (const auto& f : lint::run(read_database(db.conninfo()).catalog, config))
            out.push_back(f.rule + " " + lint::object_name(f));
        return out;
    };
    CHECK(rules_found().empty());

    // Named per database: parallel test runs share the cluster.
    const std::string role = "pf_bypass_" + db.name();
    psql_as_superuser(db.name(), "CREATE ROLE " + sql_ident(role) + " NOLOGIN BYPASSRLS; GRANT USAGE ON SCHEMA public TO " +
                                     sql_ident(role) + "; GRANT SELECT ON notes TO " + sql_ident(role) +
                                     "; ALTER FUNCTION note_count() OWNER TO " + sql_ident(role));
    {
        Session owner(db.conninfo());
        owner.execute("SET app.tenant_id = " + sql_literal(a));
        CHECK(owner.query_value("SELECT count(*) FROM notes") == "1");
        CHECK(owner.query_value("SELECT note_count()") == "2");  // tenant b's row too
    }
    CHECK(rules_found() == std::vector<std::string>{"security-definer-owner function public.note_count()"});
    psql_as_superuser(db.name(), "DROP OWNED BY " + sql_ident(role) + "; DROP ROLE " + sql_ident(role));
}
