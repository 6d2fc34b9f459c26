// fleet drift for people and alerts: tenants grouped by fingerprint, "behind" (not yet rolled
// out) told from "diverged" (changed by hand) through the journal, each difference a value
// with a severity, JSON that matches its schema, and an HTML page that a headless Chromium
// opens, filters and photographs (the screenshots stay in build/tests/output/).
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "tests/fleet/drift_schemas.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/support/json_schema.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet::testing;
using json = nlohmann::json;

namespace {

std::string output_dir() {
    std::string dir = std::string(PGFLEET_BINARY_DIR) + "/tests/output";
    std::filesystem::create_directories(dir);
    return dir;
}

// Runs tests/tools/browse.py: the page in headless Chromium, driven by `steps`.
json browse(const std::string& url, const json& steps, const TempDir& dir) {
    std::string steps_file = dir.write("steps.json", steps.dump());
    std::string out;
    int code = run_command("timeout 180 /usr/bin/python3 " + shell_quote(std::string(PGFLEET_SOURCE_DIR) + "/tests/tools/browse.py") +
                               " " + shell_quote(url) + " " + shell_quote(steps_file) + " " + shell_quote(dir.file("browsed.json")),
                           &out);
    INFO(out);
    REQUIRE(code == 0);
    return json::parse(read_text_file(dir.file("browsed.json")));
}

const json* group_of(const json& report, const std::string& database) {
    for (const auto& g : report["groups"])
        for (const auto& t : g["tenants"])
            if (t["database"] == database) return &g;
    return nullptr;
}

bool has_difference(const json& group, const std::string& kind, const std::string& object, const std::string& severity) {
    for (const auto& d : group["differences"])
        if (d["kind"] == kind && d["object"] == object && d["severity"] == severity) return true;
    return false;
}

// A tenant row is visible when its tbody is not hidden.
const char* kVisible = "Array.from(document.querySelectorAll('tbody.tenant')).filter(r => !r.hidden).map(r => r.dataset.name)";

}  // namespace

TEST_CASE("fleet drift: grouped, behind vs diverged, severities, schema-valid JSON, an HTML page Chromium filters",
          "[fleet]") {
    TenantFleet fleet("pfd", 8, drift_schema(0));
    TempDir dir;
    dir.write("v1/app.sql", drift_schema(1));
    dir.write("v2/app.sql", drift_schema(2));
    std::string config = dir.write("pgfleet.yaml", fleet_yaml({dir.file("v1"), dir.file("state"), "pfd\\_%", "pgfleet-test-drift"}));
    std::string cfg = " --config " + config + " -q";
    // The first rollout: every tenant applied to V1 (the journal remembers that target).
    CliRun rollout = run_pgfleet("fleet apply" + cfg + " -o " + dir.file("apply.json") + " -o " + dir.file("apply.md"));
    INFO(rollout.output);
    REQUIRE(rollout.code == 0);
    SchemaCheck apply_schema = validate_against_schema("apply-report", dir.file("apply.json"));
    INFO(apply_schema.errors);
    CHECK(apply_schema.valid);
    json applied = json::parse(read_text_file(dir.file("apply.json")));
    CHECK(applied["summary"]["applied"] == 8);
    CHECK(applied["tenants"][0]["steps"].size() >= 1);
    CHECK(read_text_file(dir.file("apply.md")).find("| applied | 8 |") != std::string::npos);

    // Hand changes on five tenants; then the desired state moves on to V2.
    fleet.execute("pfd_002", "ALTER TABLE accounts DISABLE ROW LEVEL SECURITY");
    fleet.execute("pfd_003", "DROP INDEX items_account_idx");
    fleet.execute("pfd_004", "COMMENT ON TABLE items IS 'edited by hand'");
    fleet.execute("pfd_005", "GRANT SELECT ON accounts TO PUBLIC");
    fleet.execute("pfd_006", "DROP POLICY tenant_isolation ON items");
    std::string v2 = " --schema " + dir.file("v2");
    CliRun drift = run_pgfleet("fleet drift" + cfg + v2 + " -o " + dir.file("drift.json") + " -o " + dir.file("drift.html") +
                               " -o " + dir.file("drift.md") + " -o -");
    INFO(drift.output);
    CHECK(drift.code == 2);
    CHECK(contains(drift.output, "8 tenants: 0 match the desired schema, 8 drifted (3 behind, 5 diverged)"));
    CHECK(contains(drift.output, "behind: 3 tenants at "));
    CHECK(contains(drift.output, "main/pfd_001, main/pfd_007, main/pfd_008"));
    CHECK(contains(drift.output, "[isolation] alter table public.accounts: rls_enabled false -> true"));
    CHECK(contains(drift.output, "[missing]   create index public.items_account_idx"));
    CHECK(contains(drift.output, "[isolation] alter table public.accounts: privileges SELECT to PUBLIC -> none"));

    SchemaCheck schema = validate_against_schema("drift", dir.file("drift.json"));
    INFO(schema.errors);
    CHECK(schema.valid);
    json report = json::parse(read_text_file(dir.file("drift.json")));
    CHECK(report["summary"] == json({{"tenants", 8}, {"matching", 0}, {"drifted", 8}, {"behind", 3}, {"diverged", 5}, {"errors", 0}}));
    REQUIRE(report["groups"].size() == 6);
    // A difference shared by three tenants is there once, with its tenants.
    const json* behind = group_of(report, "pfd_001");
    REQUIRE(behind);
    CHECK((*behind)["drift"] == "behind");
    CHECK((*behind)["tenant_count"] == 3);
    CHECK((*behind)["severity"] == "other");
    CHECK(has_difference(*behind, "column", "public.items.done", "other"));
    CHECK((*group_of(report, "pfd_002"))["severity"] == "isolation_weakened");
    CHECK(has_difference(*group_of(report, "pfd_002"), "table", "public.accounts", "isolation_weakened"));
    CHECK(has_difference(*group_of(report, "pfd_003"), "index", "public.items_account_idx", "missing_constraint_or_index"));
    CHECK((*group_of(report, "pfd_004"))["severity"] == "other");
    CHECK((*group_of(report, "pfd_005"))["severity"] == "isolation_weakened");
    CHECK((*group_of(report, "pfd_006"))["severity"] == "isolation_weakened");
    CHECK(has_difference(*group_of(report, "pfd_006"), "policy", "tenant_isolation on public.items", "isolation_weakened"));
    // A comment is only a comment, even on a table whose isolation is weakened.
    CHECK(has_difference(*group_of(report, "pfd_006"), "table", "public.items", "other"));
    CHECK((*group_of(report, "pfd_002"))["drift"] == "diverged");
    // Most severe groups first; the last apply per tenant comes from the journal.
    CHECK(report["groups"][0]["severity"] == "isolation_weakened");
    CHECK(report["groups"][3]["severity"] == "missing_constraint_or_index");
    CHECK(report["groups"][4]["drift"] == "behind");
    CHECK(report["tenants"][0]["last_apply"]["state"] == "applied");

    std::string markdown = read_text_file(dir.file("drift.md"));
    CHECK(markdown.size() < 65536);
    CHECK(contains(markdown, "#### behind: 3 tenants at "));
    CHECK(contains(markdown, "| isolation weakened | `alter table public.accounts: rls_enabled false -> true` |"));

    // The page: self-contained, rendered and filtered by Chromium.
    std::string html = read_text_file(dir.file("drift.html"));
    CHECK_FALSE(contains(html, "http://"));
    CHECK_FALSE(contains(html, "https://"));
    std::string page = "file://" + dir.file("drift.html");
    std::string shots = output_dir();
    json steps = json::array({
        {{"eval", "document.querySelectorAll('tbody.tenant').length"}},
        {{"eval", "document.querySelectorAll('article.group').length"}},
        {{"eval", "document.querySelectorAll('link[href], script[src], img[src], iframe').length"}},
        {{"screenshot", shots + "/drift-report.png"}, {"width", 1280}},
        {{"eval", "(() => { const q = document.getElementById('q'); q.value = 'pfd_003';"
                  " q.dispatchEvent(new Event('input')); return " + std::string(kVisible) + "; })()"}},
        {{"eval", "document.getElementById('shown').textContent"}},
        {{"eval", "(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input'));"
                  " document.querySelector('.seg button[data-status=behind]').click(); return " + std::string(kVisible) + "; })()"}},
        {{"eval", "(() => { document.querySelector('.seg button[data-status=\"\"]').click();"
                  " const s = document.getElementById('severity'); s.value = 'isolation_weakened';"
                  " s.dispatchEvent(new Event('change'));"
                  " document.querySelector('tbody.tenant[data-name=\"main/pfd_002\"] details').open = true;"
                  " return " + std::string(kVisible) + "; })()"}},
        {{"screenshot", shots + "/drift-report-filtered.png"}, {"width", 1280}},
        {{"navigate", page + "#status=diverged"}},
        {{"eval", kVisible}},
        {{"eval", "document.querySelector('tbody.tenant[data-name=\"main/pfd_003\"] td.diff h4').textContent"}},
    });
    json browsed = browse(page, steps, dir);
    const json& r = browsed["results"];
    INFO(browsed.dump(1));
    CHECK(r[0] == 8);
    CHECK(r[1] == 6);
    CHECK(r[2] == 0);
    CHECK(r[4] == json::array({"main/pfd_003"}));
    CHECK(r[5] == "Showing 1 of 8 tenants");
    CHECK(r[6] == json::array({"main/pfd_001", "main/pfd_007", "main/pfd_008"}));
    CHECK(r[7] == json::array({"main/pfd_002", "main/pfd_005", "main/pfd_006"}));
    CHECK(r[10] == json::array({"main/pfd_002", "main/pfd_003", "main/pfd_004", "main/pfd_005", "main/pfd_006"}));
    CHECK(r[11] == "missing constraint or index (1)");
    CHECK(browsed["console_errors"].empty());
    CHECK(browsed["exceptions"].empty());
    CHECK(std::filesystem::file_size(shots + "/drift-report.png") > 20000);
    WARN("drift report screenshots: " << shots << "/drift-report.png, " << shots << "/drift-report-filtered.png");
}
