#pragma once
// Identity of every catalog object: its kind and its (schema, name, sub-name) key.
#include <compare>
#include <string>

#include <nlohmann/json.hpp>

namespace pgfleet {

// A schema-qualified name. Schema-less objects (schemas, extensions) leave `schema` empty.
struct QualifiedName {
    std::string schema;
    std::string name;
    auto operator<=>(const QualifiedName&) const = default;
};

// Every object kind the model knows. Adding a kind starts here; switches over it are exhaustive.
enum class ObjectKind {
    Schema,
    Extension,
    Type,
    Sequence,
    Table,
    Column,
    Constraint,
    Index,
    // A column's default expression: its own dependency node, so that a sequence the default
    // uses can be dropped right after the default changes, not after every change to the column.
    Default,
    View,
    Function,  // functions, procedures and aggregates share pg_proc's namespace
    Trigger,
    Policy,
    Rule,
    Collation,
    EventTrigger,
    Publication,
    ForeignDataWrapper,
    ForeignServer,
    UserMapping,
    DefaultPrivilege,
};

// One object: columns and constraints carry their table in (schema, name) and themselves in sub.
struct ObjectKey {
    ObjectKind kind = ObjectKind::Schema;
    std::string schema;
    std::string name;
    std::string sub;
    auto operator<=>(const ObjectKey&) const = default;
};

ObjectKey schema_key(const std::string& name);
ObjectKey extension_key(const std::string& name);
ObjectKey type_key(const QualifiedName& name);
ObjectKey sequence_key(const QualifiedName& name);
ObjectKey table_key(const QualifiedName& name);
ObjectKey column_key(const QualifiedName& table, const std::string& column);
ObjectKey constraint_key(const QualifiedName& table, const std::string& constraint);
ObjectKey index_key(const QualifiedName& name);
ObjectKey default_key(const QualifiedName& table, const std::string& column);
ObjectKey view_key(const QualifiedName& name);
// Routines are told apart by their identity arguments ("integer, text").
ObjectKey function_key(const QualifiedName& name, const std::string& identity_arguments);
ObjectKey trigger_key(const QualifiedName& table, const std::string& trigger);
ObjectKey policy_key(const QualifiedName& table, const std::string& policy);
ObjectKey rule_key(const QualifiedName& table, const std::string& rule);
ObjectKey collation_key(const QualifiedName& name);
ObjectKey event_trigger_key(const std::string& name);
ObjectKey publication_key(const std::string& name);
ObjectKey fdw_key(const std::string& name);
ObjectKey server_key(const std::string& name);
ObjectKey user_mapping_key(const std::string& user, const std::string& server);
ObjectKey default_privilege_key(const std::string& role, const std::string& schema, const std::string& object_type);

// "table", "column", ... as used in messages and JSON.
const char* kind_name(ObjectKind kind);

// Human-readable, quoted where needed: `table public."Users"`, `column public.t.c`.
std::string describe(const ObjectKey& key);

// The object's name as written in SQL (qualified, quoted), without the kind.
std::string display_name(const ObjectKey& key);

void to_json(nlohmann::json& j, const QualifiedName& n);
void from_json(const nlohmann::json& j, QualifiedName& n);
void to_json(nlohmann::json& j, const ObjectKey& k);
void from_json(const nlohmann::json& j, ObjectKey& k);

}  // namespace pgfleet
