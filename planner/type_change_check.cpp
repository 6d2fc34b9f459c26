#include "planner/type_change_check.h"

#include <set>

#include "planner/builtin_casts.h"

namespace pgfleet {
namespace {

struct TypeShape {
    std::string base;  // without its modifier: "character varying", "timestamp with time zone"
    int dimensions = 0;
};

TypeShape shape_of(std::string type) {
    TypeShape s;
    while (type.size() >= 2 && type.compare(type.size() - 2, 2, "[]") == 0) {
        type.resize(type.size() - 2);
        ++s.dimensions;
    }
    // "timestamp(3) with time zone", "numeric(10,2)": the modifier goes, the words stay.
    if (auto open = type.find('('); open != std::string::npos && type.find('"') == std::string::npos) {
        auto close = type.find(')', open);
        if (close != std::string::npos) type.erase(open, close - open + 1);
    }
    s.base = type;
    return s;
}

// Every type converts to and from these through its text form.
bool is_string_type(const std::string& base) {
    return base == "text" || base == "character varying" || base == "character" || base == "name";
}

const std::set<std::string_view>& known_builtins() {
    static const std::set<std::string_view> known = [] {
        std::set<std::string_view> k = {"uuid", "bytea", "tsvector", "tsquery", "pg_lsn", "jsonpath", "txid_snapshot"};
        for (const auto& [from, to] : builtin_casts()) {
            k.insert(from);
            k.insert(to);
        }
        return k;
    }();
    return known;
}

bool has_cast(const std::string& from, const std::string& to) {
    static const std::set<std::pair<std::string_view, std::string_view>> pairs(builtin_casts().begin(),
                                                                               builtin_casts().end());
    return pairs.count({from, to}) > 0;
}

}  // namespace

bool can_cast(const std::string& from_type, const std::string& to_type) {
    TypeShape from = shape_of(from_type), to = shape_of(to_type);
    if (from.dimensions == 0 && is_string_type(from.base)) return true;
    if (to.dimensions == 0 && is_string_type(to.base)) return true;
    if (!known_builtins().count(from.base) || !known_builtins().count(to.base)) return true;
    if (from.dimensions != to.dimensions) return false;
    return from.base == to.base || is_string_type(from.base) || is_string_type(to.base) || has_cast(from.base, to.base);
}

std::vector<UncastableTypeChange> uncastable_type_changes(const Catalog& from, const Catalog& to) {
    std::vector<UncastableTypeChange> out;
    for (const auto& [name, table] : to.tables) {
        auto old_table = from.tables.find(name);
        if (old_table == from.tables.end()) continue;
        for (const auto& col : table.columns) {
            const Column* old_col = old_table->second.find_column(col.name);
            // A generated column is computed again, not cast.
            if (!old_col || old_col->type == col.type || col.generated) continue;
            if (!can_cast(old_col->type, col.type)) out.push_back({column_key(name, col.name), old_col->type, col.type});
        }
    }
    return out;
}

}  // namespace pgfleet
