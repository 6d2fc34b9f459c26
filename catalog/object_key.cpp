#include "catalog/object_key.h"

#include <stdexcept>

#include "catalog/sql_name.h"

namespace pgfleet {

ObjectKey schema_key(const std::string& name) { return {ObjectKind::Schema, "", name, ""}; }
ObjectKey extension_key(const std::string& name) { return {ObjectKind::Extension, "", name, ""}; }
ObjectKey type_key(const QualifiedName& n) { return {ObjectKind::Type, n.schema, n.name, ""}; }
ObjectKey sequence_key(const QualifiedName& n) { return {ObjectKind::Sequence, n.schema, n.name, ""}; }
ObjectKey table_key(const QualifiedName& n) { return {ObjectKind::Table, n.schema, n.name, ""}; }
ObjectKey column_key(const QualifiedName& t, const std::string& c) {
    return {ObjectKind::Column, t.schema, t.name, c};
}
ObjectKey constraint_key(const QualifiedName& t, const std::string& c) {
    return {ObjectKind::Constraint, t.schema, t.name, c};
}
ObjectKey index_key(const QualifiedName& n) { return {ObjectKind::Index, n.schema, n.name, ""}; }
ObjectKey default_key(const QualifiedName& t, const std::string& c) { return {ObjectKind::Default, t.schema, t.name, c}; }
ObjectKey view_key(const QualifiedName& n) { return {ObjectKind::View, n.schema, n.name, ""}; }
ObjectKey function_key(const QualifiedName& n, const std::string& args) {
    return {ObjectKind::Function, n.schema, n.name, args};
}
ObjectKey trigger_key(const QualifiedName& t, const std::string& n) { return {ObjectKind::Trigger, t.schema, t.name, n}; }
ObjectKey policy_key(const QualifiedName& t, const std::string& n) { return {ObjectKind::Policy, t.schema, t.name, n}; }
ObjectKey rule_key(const QualifiedName& t, const std::string& n) { return {ObjectKind::Rule, t.schema, t.name, n}; }
ObjectKey collation_key(const QualifiedName& n) { return {ObjectKind::Collation, n.schema, n.name, ""}; }
ObjectKey event_trigger_key(const std::string& n) { return {ObjectKind::EventTrigger, "", n, ""}; }
ObjectKey publication_key(const std::string& n) { return {ObjectKind::Publication, "", n, ""}; }
ObjectKey fdw_key(const std::string& n) { return {ObjectKind::ForeignDataWrapper, "", n, ""}; }
ObjectKey server_key(const std::string& n) { return {ObjectKind::ForeignServer, "", n, ""}; }
ObjectKey user_mapping_key(const std::string& user, const std::string& server) {
    return {ObjectKind::UserMapping, "", server, user};
}
ObjectKey default_privilege_key(const std::string& role, const std::string& schema, const std::string& type) {
    return {ObjectKind::DefaultPrivilege, schema, role, type};
}

const char* kind_name(ObjectKind kind) {
    switch (kind) {
        case ObjectKind::Schema: return "schema";
        case ObjectKind::Extension: return "extension";
        case ObjectKind::Type: return "type";
        case ObjectKind::Sequence: return "sequence";
        case ObjectKind::Table: return "table";
        case ObjectKind::Column: return "column";
        case ObjectKind::Constraint: return "constraint";
        case ObjectKind::Index: return "index";
        case ObjectKind::Default: return "default";
        case ObjectKind::View: return "view";
        case ObjectKind::Function: return "function";
        case ObjectKind::Trigger: return "trigger";
        case ObjectKind::Policy: return "policy";
        case ObjectKind::Rule: return "rule";
        case ObjectKind::Collation: return "collation";
        case ObjectKind::EventTrigger: return "event trigger";
        case ObjectKind::Publication: return "publication";
        case ObjectKind::ForeignDataWrapper: return "foreign data wrapper";
        case ObjectKind::ForeignServer: return "server";
        case ObjectKind::UserMapping: return "user mapping";
        case ObjectKind::DefaultPrivilege: return "default privileges";
    }
    return "object";
}

static ObjectKind kind_from_name(const std::string& s) {
    for (int k = 0; k <= static_cast<int>(ObjectKind::DefaultPrivilege); ++k) {
        auto kind = static_cast<ObjectKind>(k);
        if (s == kind_name(kind)) return kind;
    }
    throw std::runtime_error("unknown object kind '" + s + "'");
}

std::string display_name(const ObjectKey& key) {
    std::string out = sql_qualified(key.schema, key.name);
    switch (key.kind) {
        case ObjectKind::Constraint:
        case ObjectKind::Trigger:
        case ObjectKind::Policy:
        case ObjectKind::Rule: return sql_ident(key.sub) + " on " + out;
        case ObjectKind::Function: return out + "(" + key.sub + ")";
        case ObjectKind::UserMapping: return "for " + key.sub + " server " + sql_ident(key.name);
        case ObjectKind::DefaultPrivilege:
            return "for role " + sql_ident(key.name) + (key.schema.empty() ? "" : " in schema " + sql_ident(key.schema)) +
                   " on " + key.sub;
        default: break;
    }
    if (!key.sub.empty()) out += "." + sql_ident(key.sub);
    return out;
}

std::string describe(const ObjectKey& key) { return std::string(kind_name(key.kind)) + " " + display_name(key); }

void to_json(nlohmann::json& j, const QualifiedName& n) { j = {{"schema", n.schema}, {"name", n.name}}; }
void from_json(const nlohmann::json& j, QualifiedName& n) {
    n.schema = j.value("schema", "");
    n.name = j.value("name", "");
}
void to_json(nlohmann::json& j, const ObjectKey& k) {
    j = {{"kind", kind_name(k.kind)}, {"schema", k.schema}, {"name", k.name}};
    if (!k.sub.empty()) j["sub"] = k.sub;
}
void from_json(const nlohmann::json& j, ObjectKey& k) {
    k.kind = kind_from_name(j.at("kind").get<std::string>());
    k.schema = j.value("schema", "");
    k.name = j.value("name", "");
    k.sub = j.value("sub", "");
}

}  // namespace pgfleet
