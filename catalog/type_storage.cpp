#include "catalog/type_storage.h"

#include <set>

#include "catalog/dependencies.h"

namespace pgfleet {
namespace {

std::string without_modifiers(const std::string& type) {
    auto paren = type.find('(');
    return paren == std::string::npos ? type : type.substr(0, paren);
}

// Built-in types whose typstorage is not plain (PostgreSQL 15).
const std::set<std::string>& main_types() {
    static const std::set<std::string> s{"numeric", "inet", "cidr"};
    return s;
}

const std::set<std::string>& extended_types() {
    static const std::set<std::string> s{
        "bit", "character", "bytea", "json", "jsonb", "jsonpath", "path", "polygon", "refcursor", "text",
        "tsvector", "txid_snapshot", "pg_snapshot", "bit varying", "character varying", "xml", "pg_node_tree",
        "pg_ndistinct", "pg_dependencies", "pg_mcv_list"};
    return s;
}

}  // namespace

std::string default_storage(const Catalog& catalog, const std::string& type) {
    if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) return "extended";
    std::optional<QualifiedName> user = referenced_type(type);
    if (!user) {
        std::string base = without_modifiers(type);
        if (main_types().count(base)) return "main";
        if (extended_types().count(base)) return "extended";
        return "plain";
    }
    if (catalog.enums.count(*user)) return "plain";
    if (auto d = catalog.domains.find(*user); d != catalog.domains.end())
        return default_storage(catalog, d->second.base_type);
    return "extended";
}

}  // namespace pgfleet
