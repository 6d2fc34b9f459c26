#include "parser/statement_context.h"

#include <algorithm>

#include "parser/statement_error.h"

namespace pgfleet {

Catalog empty_database_catalog() {
    Catalog c;
    // PostgreSQL 15: owned by pg_database_owner, USAGE for PUBLIC.
    c.schemas["public"] = Schema{"public", "pg_database_owner", "standard public schema", {{"PUBLIC", "USAGE", false}}};
    return c;
}

std::vector<std::string> range_var_names(const pgast::Node& rv) {
    std::vector<std::string> names;
    std::string schema = pgast::get_string(rv, "schemaname");
    if (!schema.empty()) names.push_back(schema);
    names.push_back(pgast::get_string(rv, "relname"));
    return names;
}

int StatementContext::offset_of(const pgast::Node& body) const {
    long long loc = pgast::get_int(body, "location", -1);
    return loc >= 0 ? base_ + static_cast<int>(loc) : statement_offset_;
}

void StatementContext::warn(const std::string& code, const std::string& message, int offset) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = code;
    d.message = message;
    d.location = file_.locate(offset >= 0 ? offset : statement_offset_);
    d.source_line = file_.line_text(d.location.line);
    state_.diagnostics.push_back(std::move(d));
}

void StatementContext::define(const ObjectKey& key, int offset) {
    int at = offset >= 0 ? offset : statement_offset_;
    auto it = std::find_if(defined_.begin(), defined_.end(), [&](const auto& d) { return d.first == key; });
    if (it != defined_.end()) it->second = at;
    else defined_.emplace_back(key, at);
    state_.locations[key] = file_.locate(at);
}

void StatementContext::define_setting(const ObjectKey& key, const std::string& setting, int offset) {
    state_.setting_locations[{key, setting}] = file_.locate(offset >= 0 ? offset : statement_offset_);
}

QualifiedName StatementContext::new_name(const std::vector<std::string>& names, int offset) const {
    if (names.size() >= 2) {
        const std::string& schema = names[names.size() - 2];
        if (!state_.catalog.schemas.count(schema))
            throw StatementError("missing-object", "schema \"" + schema + "\" does not exist", offset);
        return {schema, names.back()};
    }
    auto schema = scope_.creation_schema();
    if (!schema) throw StatementError("invalid", "no schema has been selected to create in", offset);
    return {*schema, names.back()};
}

QualifiedName StatementContext::new_name(const pgast::Node& rv) const {
    return new_name(range_var_names(rv), offset_of(rv));
}

QualifiedName StatementContext::existing_table(const std::vector<std::string>& names, int offset) const {
    auto found = scope_.find_table(names);
    if (!found) throw StatementError("missing-object", "relation \"" + names.back() + "\" does not exist", offset);
    return *found;
}

QualifiedName StatementContext::existing_table(const pgast::Node& rv) const {
    return existing_table(range_var_names(rv), offset_of(rv));
}

}  // namespace pgfleet
