#pragma once
// The catalog model: every object of one database, as plain values in sorted maps.
#include <map>
#include <string>
#include <vector>

#include "catalog/aggregate.h"
#include "catalog/collation.h"
#include "catalog/composite_type.h"
#include "catalog/default_privilege.h"
#include "catalog/domain.h"
#include "catalog/enum_type.h"
#include "catalog/event_trigger.h"
#include "catalog/extension.h"
#include "catalog/foreign_data.h"
#include "catalog/function.h"
#include "catalog/index.h"
#include "catalog/policy.h"
#include "catalog/publication.h"
#include "catalog/range_type.h"
#include "catalog/relation_name_index.h"
#include "catalog/rename_hint.h"
#include "catalog/rule.h"
#include "catalog/schema.h"
#include "catalog/sequence.h"
#include "catalog/table.h"
#include "catalog/trigger.h"
#include "catalog/unmodeled.h"
#include "catalog/view.h"

namespace pgfleet {

// Sorted maps keep every walk over the model deterministic, so output never depends on
// insertion or hash order. Routines, triggers, policies, rules, user mappings and default
// privileges are keyed by their ObjectKey.
struct Catalog {
    std::map<std::string, Schema> schemas;
    std::map<std::string, Extension> extensions;
    std::map<QualifiedName, Collation> collations;
    std::map<QualifiedName, EnumType> enums;
    std::map<QualifiedName, Domain> domains;
    std::map<QualifiedName, CompositeType> composite_types;
    std::map<QualifiedName, RangeType> range_types;
    std::map<QualifiedName, Sequence> sequences;
    std::map<QualifiedName, Table> tables;
    std::map<QualifiedName, View> views;
    std::map<QualifiedName, Index> indexes;
    std::map<ObjectKey, Function> functions;
    std::map<ObjectKey, Aggregate> aggregates;
    std::map<ObjectKey, Trigger> triggers;
    std::map<ObjectKey, Policy> policies;
    std::map<ObjectKey, Rule> rules;
    std::map<std::string, EventTrigger> event_triggers;
    std::map<std::string, Publication> publications;
    std::map<std::string, ForeignDataWrapper> foreign_data_wrappers;
    std::map<std::string, ForeignServer> foreign_servers;
    std::map<ObjectKey, UserMapping> user_mappings;
    std::map<ObjectKey, DefaultPrivilege> default_privileges;
    std::vector<UnmodeledObject> unmodeled;
    // Names objects of the desired state had before; the planner's alone (never compared,
    // fingerprinted or saved).
    std::vector<RenameHint> renamed_from;
    // Roles that are superusers or have BYPASSRLS, as the database reported them: lint's alone
    // (never compared, fingerprinted or saved); a routine they own sees every tenant's rows.
    std::vector<std::string> roles_bypassing_rls;
    // Kept by the parser while it interprets files (catalog/relation_name_index.h); empty in a
    // copy, and then the lookups below walk the tables.
    RelationNameCache name_index;

    // True when a relation (table, view, sequence, index, constraint index) of that name
    // exists: they share a namespace.
    bool has_relation(const QualifiedName& name) const;
    // True when a table of the schema has a constraint of that name.
    bool has_table_constraint(const std::string& schema, const std::string& name) const;
    // True when a type of that name exists (enums, domains, composites, ranges and their
    // multiranges, row types).
    bool has_type(const QualifiedName& name) const;
    // True when CREATE TYPE / DOMAIN could not take the name: a type of that name, or a
    // relation with a row type (indexes have none).
    bool type_name_taken(const QualifiedName& name) const;
    // The range type whose multirange type has this name, or nullptr.
    const RangeType* range_of_multirange(const QualifiedName& name) const;
    // True when the key names an object of this catalog.
    bool contains(const ObjectKey& key) const;
    // Indexes of a table or materialized view, in name order.
    std::vector<const Index*> indexes_of(const QualifiedName& relation) const;
    // Sequences owned by a table's columns (by `column` alone when given), in name order.
    std::vector<const Sequence*> sequences_owned_by(const QualifiedName& table, const std::string& column = "") const;
    // The routine (function, procedure or aggregate) names of a schema-qualified name.
    bool has_routine_named(const QualifiedName& name) const;
};

}  // namespace pgfleet
