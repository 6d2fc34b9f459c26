#include "introspect/extension_paths.h"

#include "catalog/sql_name.h"

namespace pgfleet {

std::vector<const Extension*> extensions_changing_version(const Catalog& current, const Catalog& desired) {
    std::vector<const Extension*> out;
    for (const auto& [name, wanted] : desired.extensions) {
        auto installed = current.extensions.find(name);
        if (installed == current.extensions.end() || wanted.version.empty()) continue;
        if (installed->second.version != wanted.version) out.push_back(&wanted);
    }
    return out;
}

std::vector<UnreachableVersion> unreachable_extension_versions(Session& session, const Catalog& current,
                                                               const Catalog& desired) {
    std::vector<UnreachableVersion> out;
    for (const Extension* wanted : extensions_changing_version(current, desired)) {
        const std::string& installed = current.extensions.at(wanted->name).version;
        // A version the server does not ship has no path either.
        std::string sql = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension_update_paths(" + sql_literal(wanted->name) +
                          ") p WHERE p.source = " + sql_literal(installed) + " AND p.target = " +
                          sql_literal(wanted->version) + " AND p.path IS NOT NULL)";
        try {
            if (session.query_value(sql) != "t") out.push_back({wanted->name, installed, wanted->version});
        } catch (const SqlError&) {
            // The extension's files are gone from the server: ALTER EXTENSION says so itself.
        }
    }
    return out;
}

}  // namespace pgfleet
