#include "cli/inputs.h"

#include <algorithm>
#include <iostream>

#include "catalog/named_roles.h"
#include "catalog/sql_name.h"
#include "introspect/elaborate.h"
#include "introspect/catalog_reader.h"
#include "introspect/extension_paths.h"
#include "parser/schema_loader.h"
#include "planner/type_change_check.h"

namespace pgfleet {

ParserState load_desired_or_report(const std::string& path, const std::vector<std::string>& settings) {
    ParserState state = load_desired_state(path);
    defer_to_elaboration(state);
    for (const auto& d : state.diagnostics) std::cerr << format_diagnostic(d) << "\n";
    if (has_errors(state.diagnostics)) {
        size_t errors = 0;
        for (const auto& d : state.diagnostics) errors += d.severity == Severity::Error;
        std::cerr << errors << (errors == 1 ? " error" : " errors") << " in the desired state; nothing was planned\n";
        throw ReportedError();
    }
    elaborate_do_blocks(state, path, settings, std::cerr);
    return state;
}

Snapshot load_current(const std::string& db, const std::string& snapshot_path) {
    if (!snapshot_path.empty()) return read_snapshot_file(snapshot_path);
    return read_database(db);
}

void warn_missing_roles(const Snapshot& current, const ParserState& desired) {
    if (current.cluster_roles.empty()) return;
    for (const auto& [role, by] : named_roles(desired.catalog)) {
        // pg_ roles are the server's own (pg_database_owner owns public from 15, and the model
        // says so before it is fitted to an older major), never the files'.
        if (role.rfind("pg_", 0) == 0) continue;
        if (std::binary_search(current.cluster_roles.begin(), current.cluster_roles.end(), role)) continue;
        Diagnostic d{.severity = Severity::Warning,
                     .message = "role " + sql_ident(role) + " (named by " + describe(by) +
                                ") does not exist on the cluster of " +
                                (current.database.empty() ? "the database" : current.database) +
                                "; the plan fails there until it does (roles are the cluster's: pgfleet does not "
                                "create them)"};
        // The GRANT when it was one, else the object's definition.
        if (auto g = desired.setting_locations.find({by, "grant:" + role}); g != desired.setting_locations.end())
            d.location = g->second;
        else if (auto at = desired.locations.find(by); at != desired.locations.end())
            d.location = at->second;
        std::cerr << format_diagnostic(d) << "\n";
    }
}

void refuse_unreachable_extension_versions(Session& session, const Snapshot& current, const ParserState& desired) {
    auto unreachable = unreachable_extension_versions(session, current.catalog, desired.catalog);
    for (const auto& u : unreachable) {
        Diagnostic d{.message = "extension " + sql_ident(u.extension) + " cannot go from version " + sql_literal(u.installed) +
                                " to " + sql_literal(u.wanted) + ": the server has no update path between them (" +
                                "PostgreSQL ships no downgrade scripts); name the installed version, or drop the "
                                "extension and create it again"};
        if (auto at = desired.locations.find(extension_key(u.extension)); at != desired.locations.end()) d.location = at->second;
        std::cerr << format_diagnostic(d) << "\n";
    }
    if (unreachable.empty()) return;
    std::cerr << unreachable.size() << (unreachable.size() == 1 ? " extension version" : " extension versions")
              << " out of reach; nothing was planned\n";
    throw ReportedError();
}

void refuse_unreachable_extension_versions(const std::string& db, const Snapshot& current, const ParserState& desired) {
    if (db.empty() || extensions_changing_version(current.catalog, desired.catalog).empty()) return;
    Session session(db);
    refuse_unreachable_extension_versions(session, current, desired);
}

void refuse_uncastable_type_changes(const Snapshot& current, const ParserState& desired) {
    auto changes = uncastable_type_changes(current.catalog, desired.catalog);
    for (const auto& c : changes) {
        Diagnostic d{.message = describe(c.column) + " cannot change from " + c.from_type + " to " + c.to_type +
                                ": PostgreSQL has no cast between them; change it in steps (add the new column, fill "
                                "it, drop the old one) or through a type both convert to"};
        if (auto at = desired.locations.find(c.column); at != desired.locations.end()) d.location = at->second;
        std::cerr << format_diagnostic(d) << "\n";
    }
    if (changes.empty()) return;
    std::cerr << changes.size() << (changes.size() == 1 ? " type change" : " type changes")
              << " without a cast; nothing was planned\n";
    throw ReportedError();
}

}  // namespace pgfleet
