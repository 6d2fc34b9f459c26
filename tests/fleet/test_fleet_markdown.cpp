// fleet plan --format markdown for a thousand tenants stays under a pull-request comment's
// limit (65,536 characters) however the tenants are spread over fingerprints, and still
// carries the hazards table, the tenant-isolation findings and collapsible tenant lists.
// The tenants are snapshots (as CI plans them), generated from the bundled example.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <regex>

#include "catalog/snapshot.h"
#include "fleet/tenant_catalogs.h"
#include "parser/schema_loader.h"
#include "tests/fleet/fleet_helpers.h"
#include "tests/lint/example_copy.h"
#include "tests/support/json_schema.h"
#include "tests/support/tenant_fleet.h"

using namespace pgfleet;
using namespace pgfleet::testing;

namespace {

constexpr size_t kCommentLimit = 65536;
constexpr int kTenants = 1000;

std::string bundled_sql() {
    std::string sql;
    for (const auto& file : desired_state_files(bundled_example_dir())) sql += read_text_file(file) + "\n";
    return sql;
}

// Writes a snapshot per tenant; `variant(i)` is SQL appended to the bundled example for
// tenant i ("" for none). Variants are parsed once each.
void write_fleet(const std::string& dir, const std::function<std::string(int)>& variant) {
    const std::string base = bundled_sql();
    std::map<std::string, Snapshot> parsed;
    for (int i = 1; i <= kTenants; ++i) {
        std::string extra = variant(i);
        auto it = parsed.find(extra);
        if (it == parsed.end()) {
            ParserState state = load_desired_state_text(base + extra, "tenant.sql");
            REQUIRE_FALSE(has_errors(state.diagnostics));
            Snapshot s;
            s.catalog = state.catalog;
            s.server_version_major = 15;
            s.current_user = "postgres";
            it = parsed.emplace(extra, std::move(s)).first;
        }
        char name[32];
        std::snprintf(name, sizeof name, "tenant_%04d", i);
        Snapshot s = it->second;
        s.database = name;
        std::string path = tenant_snapshot_path(dir, {"main", name});
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        write_snapshot_file(s, path);
    }
}

size_t count(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

struct Spread {
    const char* name;
    std::function<std::string(int)> variant;
    size_t groups;
    bool every_tenant_listed;
};

}  // namespace

TEST_CASE("fleet plan markdown for 1,000 tenants stays under the comment limit", "[fleet]") {
    const std::vector<Spread> spreads = {
        {"one fingerprint", [](int) { return std::string(); }, 1, true},
        {"three fingerprints",
         [](int i) {
             if (i % 10 == 3) return std::string("ALTER TABLE tenants ADD COLUMN legacy_code text;\n");
             if (i % 100 == 7) return std::string("DROP INDEX audit_log_object_idx;\n");
             return std::string();
         },
         3, true},
        {"a thousand fingerprints",
         [](int i) {
             return "ALTER TABLE tenants ADD COLUMN hand_fix_" + std::to_string(i) + " text;\n"
                    "CREATE INDEX manual_" + std::to_string(i) + " ON audit_log (tenant_id, occurred_at);\n";
         },
         1000, false},
    };
    std::string desired = broken_example_copy();
    for (const auto& spread : spreads) {
        DYNAMIC_SECTION(spread.name) {
            TempDir dir;
            write_fleet(dir.file("snaps"), spread.variant);
            std::string config = dir.write(
                "pgfleet.yaml", fleet_yaml({desired, dir.file("state"), "tenant\\_%", "pgfleet-test-md", "host=/nonexistent"}));
            CliRun md = run_pgfleet("fleet plan --config " + config + " --snapshots " + dir.file("snaps") + " -o " +
                                    dir.file("plan.md") + " -o " + dir.file("fleet-plan.json"));
            INFO(md.output);
            REQUIRE(md.code == 2);
            std::string text = read_text_file(dir.file("plan.md"));
            WARN(spread.name << ": fleet plan markdown for " << kTenants << " tenants: " << text.size() << " bytes");
            CHECK(text.size() < kCommentLimit);
            CHECK(text.size() <= 60000);
            CHECK(text.find("1000 tenants in " + std::to_string(spread.groups) + " group") != std::string::npos);
            // The hazards table over every group, and the desired state's isolation findings.
            CHECK(text.find("| Hazard | Tenants | Groups | Statements | Meaning | Apply |") != std::string::npos);
            CHECK(text.find("| `data_loss` | ") != std::string::npos);
            CHECK(text.find("| `isolation_weakened` | 1,000 | ") != std::string::npos);
            CHECK(text.find("### Tenant isolation: 3 errors, 0 warnings") != std::string::npos);
            CHECK(text.find("`rls-forced`") != std::string::npos);
            // Collapsible tenant lists, balanced.
            CHECK(count(text, "<details>") >= 1);
            CHECK(count(text, "<details>") == count(text, "</details>"));
            if (spread.every_tenant_listed) {
                for (int i = 1; i <= kTenants; i += 37) {
                    char name[40];
                    std::snprintf(name, sizeof name, "`main/tenant_%04d`", i);
                    CHECK(text.find(name) != std::string::npos);
                }
                CHECK(text.find("did not fit") == std::string::npos);
            } else {
                // What does not fit is counted, and the counts add up to the fleet.
                std::smatch m;
                REQUIRE(std::regex_search(text, m, std::regex("([0-9,]+) more groups? \\(([0-9,]+) tenants?\\) did not fit")));
                size_t headings = count(text, "\n#### Group ");
                CHECK(headings + std::stoul(std::regex_replace(m[1].str(), std::regex(","), "")) == spread.groups);
            }
            // The plan file renders to the same comment, and matches its schema.
            CliRun shown = run_pgfleet("show " + dir.file("fleet-plan.json") + " --format markdown");
            CHECK(shown.output == text);
            SchemaCheck schema = validate_against_schema("fleet-plan", dir.file("fleet-plan.json"));
            INFO(schema.errors);
            CHECK(schema.valid);
        }
    }
}
