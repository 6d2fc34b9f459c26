#include "tests/lint/example_copy.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

namespace fs = std::filesystem;

namespace pgfleet::testing {
namespace {

std::string read_example_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Replaces the one occurrence of `from`; the copy must still say what the test claims.
void replace_once(fs::path file, const std::string& from, const std::string& to) {
    std::string text = read_example_text(file);
    size_t at = text.find(from);
    if (at == std::string::npos || text.find(from, at + 1) != std::string::npos)
        throw std::runtime_error(file.string() + ": expected exactly one '" + from + "'");
    text.replace(at, from.size(), to);
    std::ofstream(file) << text;
}

}  // namespace

std::string bundled_example_dir() { return (fs::path(PGFLEET_SOURCE_DIR) / "schemas").string(); }

std::string broken_example_copy() {
    static int counter = 0;
    fs::path dir = fs::temp_directory_path() /
                   ("pgfleet-lint-" + std::to_string(getpid()) + "-" + std::to_string(++counter)) / "schemas";
    fs::remove_all(dir);
    fs::create_directories(dir.parent_path());
    fs::copy(bundled_example_dir(), dir, fs::copy_options::recursive);
    replace_once(dir / "40_approvals.sql",
                 "CREATE POLICY tenant_isolation ON approvals\n"
                 "    USING (tenant_id = current_setting('app.tenant_id')::uuid)\n"
                 "    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);\n",
                 "");
    replace_once(dir / "50_audit_log.sql", "ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;\n", "");
    std::ofstream(dir / "60_daily_rollups.sql") << "-- Per-day usage totals.\n"
                                                   "CREATE TABLE daily_rollups (\n"
                                                   "    day        date NOT NULL,\n"
                                                   "    metric     text NOT NULL,\n"
                                                   "    value      numeric(20,4) NOT NULL DEFAULT 0,\n"
                                                   "    PRIMARY KEY (day, metric)\n"
                                                   ");\n";
    return dir.string();
}

}  // namespace pgfleet::testing
