#include "parser/name_scope.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace pgfleet {
namespace {

// PostgreSQL 15: pg_catalog types that are not arrays and not row types, by typname.
constexpr std::array<std::string_view, 107> kBuiltinTypes = {
    "aclitem", "any", "anyarray", "anycompatible", "anycompatiblearray", "anycompatiblemultirange",
    "anycompatiblenonarray", "anycompatiblerange", "anyelement", "anyenum", "anymultirange",
    "anynonarray", "anyrange", "bit", "bool", "box", "bpchar", "bytea", "char", "cid", "cidr",
    "circle", "cstring", "date", "datemultirange", "daterange", "event_trigger", "fdw_handler",
    "float4", "float8", "gtsvector", "index_am_handler", "inet", "int2", "int2vector", "int4",
    "int4multirange", "int4range", "int8", "int8multirange", "int8range", "internal", "interval",
    "json", "jsonb", "jsonpath", "language_handler", "line", "lseg", "macaddr", "macaddr8", "money",
    "name", "numeric", "nummultirange", "numrange", "oid", "oidvector", "path",
    "pg_brin_bloom_summary", "pg_brin_minmax_multi_summary", "pg_ddl_command", "pg_dependencies",
    "pg_lsn", "pg_mcv_list", "pg_ndistinct", "pg_node_tree", "pg_snapshot", "point", "polygon",
    "record", "refcursor", "regclass", "regcollation", "regconfig", "regdictionary", "regnamespace",
    "regoper", "regoperator", "regproc", "regprocedure", "regrole", "regtype", "table_am_handler",
    "text", "tid", "time", "timestamp", "timestamptz", "timetz", "trigger", "tsm_handler",
    "tsmultirange", "tsquery", "tsrange", "tstzmultirange", "tstzrange", "tsvector", "txid_snapshot",
    "unknown", "uuid", "varbit", "varchar", "void", "xid", "xid8", "xml"};

}  // namespace

bool is_builtin_type(const std::string& name) {
    return std::binary_search(kBuiltinTypes.begin(), kBuiltinTypes.end(), std::string_view(name));
}

std::optional<std::string> NameScope::creation_schema() const {
    for (const auto& s : search_path_)
        if (s != "pg_catalog" && catalog_.schemas.count(s)) return s;
    return std::nullopt;
}

std::optional<QualifiedName> NameScope::resolve(const std::vector<std::string>& names,
                                                const std::function<bool(const QualifiedName&)>& exists) const {
    if (names.empty()) return std::nullopt;
    if (names.size() >= 2) {
        QualifiedName qn{names[names.size() - 2], names.back()};
        if (exists(qn)) return qn;
        return std::nullopt;
    }
    for (const auto& s : search_path_) {
        QualifiedName qn{s, names[0]};
        if (exists(qn)) return qn;
    }
    return std::nullopt;
}

std::optional<QualifiedName> NameScope::find_table(const std::vector<std::string>& names) const {
    return resolve(names, [&](const QualifiedName& n) { return catalog_.tables.count(n) > 0; });
}

std::optional<QualifiedName> NameScope::find_relation(const std::vector<std::string>& names) const {
    return resolve(names, [&](const QualifiedName& n) { return catalog_.has_relation(n); });
}

std::optional<QualifiedName> NameScope::find_sequence(const std::vector<std::string>& names) const {
    return resolve(names, [&](const QualifiedName& n) { return catalog_.sequences.count(n) > 0; });
}

std::optional<QualifiedName> NameScope::find_index(const std::vector<std::string>& names) const {
    return resolve(names, [&](const QualifiedName& n) { return catalog_.indexes.count(n) > 0; });
}

std::optional<QualifiedName> NameScope::find_type(const std::vector<std::string>& names) const {
    return resolve(names, [&](const QualifiedName& n) { return catalog_.has_type(n); });
}

std::optional<std::string> NameScope::extension_schema_guess() const {
    for (const auto& s : search_path_)
        for (const auto& [name, ext] : catalog_.extensions)
            if (ext.schema == s) return s;
    return creation_schema();
}

}  // namespace pgfleet
