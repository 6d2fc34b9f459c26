#include "tests/support/schema_dump.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "pgast/parse.h"

namespace pgfleet::testing {
namespace {

std::string rstrip(const std::string& s) {
    size_t end = s.find_last_not_of(" \t\r");
    return end == std::string::npos ? "" : s.substr(0, end + 1);
}

bool is_noise(const std::string& statement) {
    std::string upper;
    for (char c : statement.substr(0, 40)) upper += static_cast<char>(toupper(static_cast<unsigned char>(c)));
    for (const char* p : {"SET ", "SELECT PG_CATALOG.SET_CONFIG(", "BEGIN", "COMMIT", "RESET "})
        if (upper.rfind(p, 0) == 0) return true;
    return false;
}

}  // namespace

std::vector<std::string> normalize_dump(const std::string& dump) {
    // Meta-commands (\connect, \restrict) are lines of their own in a dump.
    std::string sql;
    std::istringstream lines(dump);
    for (std::string line; std::getline(lines, line);)
        if (line.empty() || line[0] != '\\') sql += line + "\n";
    std::vector<std::string> out;
    for (const auto& raw : pgast::parse_sql(sql).statements) {
        std::string text = sql.substr(raw.offset, raw.length);
        std::string cleaned;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            std::string trimmed = rstrip(line);
            size_t first = trimmed.find_first_not_of(" \t");
            if (first == std::string::npos || trimmed.compare(first, 2, "--") == 0) continue;
            cleaned += (cleaned.empty() ? "" : "\n") + trimmed;
        }
        if (!cleaned.empty() && cleaned.back() == ';') cleaned.pop_back();
        if (!cleaned.empty() && !is_noise(cleaned)) out.push_back(cleaned);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> ignore_column_order(const std::vector<std::string>& statements) {
    std::vector<std::string> out;
    for (const auto& s : statements) {
        if (s.rfind("CREATE TABLE ", 0) != 0 || s.find("(\n") == std::string::npos) {
            out.push_back(s);
            continue;
        }
        std::vector<std::string> lines;
        std::istringstream in(s);
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        size_t close = lines.size() - 1;
        while (close > 0 && lines[close].rfind(")", 0) != 0) --close;
        std::vector<std::string> body;
        for (size_t i = 1; i < close; ++i) {
            std::string l = lines[i];
            if (!l.empty() && l.back() == ',') l.pop_back();
            body.push_back(l);
        }
        std::sort(body.begin(), body.end());
        std::string joined = lines[0];
        for (const auto& b : body) joined += "\n" + b;
        for (size_t i = close; i < lines.size(); ++i) joined += "\n" + lines[i];
        out.push_back(joined);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string statement_diff(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
    std::multiset<std::string> a(actual.begin(), actual.end()), e(expected.begin(), expected.end());
    std::string out;
    for (const auto& s : expected)
        if (!a.count(s)) out += "- " + s + "\n";
    for (const auto& s : actual)
        if (!e.count(s)) out += "+ " + s + "\n";
    return out;
}

}  // namespace pgfleet::testing
