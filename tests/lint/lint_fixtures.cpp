#include "tests/lint/lint_fixtures.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "fleet/config_lint.h"

namespace fs = std::filesystem;

namespace pgfleet::testing {
namespace {

std::string read_text(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<ExpectedFinding> parse_expect(const std::string& list) {
    std::vector<ExpectedFinding> out;
    std::stringstream in(list);
    for (std::string item; std::getline(in, item, ',');) {
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (item.empty() || item == "none") continue;
        ExpectedFinding e;
        size_t at = item.find('@');
        e.rule = item.substr(0, at);
        if (at != std::string::npos) sscanf(item.c_str() + at + 1, "%d:%d", &e.line, &e.column);
        out.push_back(e);
    }
    return out;
}

}  // namespace

namespace {

int needs_major(const std::string& first_line) {
    static const std::string marker = "(needs PostgreSQL ";
    size_t at = first_line.find(marker);
    return at == std::string::npos ? 0 : std::atoi(first_line.c_str() + at + marker.size());
}

}  // namespace

std::vector<LintFixture> lint_fixtures() {
    std::vector<LintFixture> out;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(PGFLEET_SOURCE_DIR) / "tests" / "lint")) {
        if (e.path().extension() != ".sql") continue;
        LintFixture f;
        f.sql = e.path();
        f.rule = e.path().parent_path().filename().string();
        f.name = e.path().stem().string();
        fs::path yaml = fs::path(e.path()).replace_extension(".yaml");
        if (fs::exists(yaml)) f.config = load_lint_config(yaml.string());
        std::string text = read_text(e.path());
        size_t expect = text.find("-- expect:");
        if (expect == std::string::npos) throw std::runtime_error(e.path().string() + ": no `-- expect:` line");
        size_t eol = text.find('\n', expect);
        f.expected = parse_expect(text.substr(expect + 10, eol - expect - 10));
        f.has_directives = text.find("pgfleet:") != std::string::npos;
        f.needs_major = needs_major(text.substr(0, text.find('\n')));
        f.files_only = text.substr(0, text.find('\n')).find("(files only") != std::string::npos;
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(), [](const LintFixture& a, const LintFixture& b) { return a.sql < b.sql; });
    return out;
}

std::vector<std::string> finding_lines(const std::vector<lint::Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(std::string(lint::severity_name(f.severity)) + " " + f.rule + " " + lint::object_name(f) + ": " +
                      f.message + (f.reported() ? "" : " (suppressed: " + f.suppressed + ")"));
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace pgfleet::testing
