#pragma once
// The JSON form of every model type (snapshots, fingerprints, plan files). Kept out of the
// model headers: the conversions are heavy templates, so only the code that needs them pays.
#include <nlohmann/json.hpp>

#include "catalog/catalog.h"
#include "catalog/json_optional.h"

namespace pgfleet {

// privilege.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Grant, grantee, privilege, grant_option)

// aggregate.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Aggregate, name, identity_arguments, arguments, kind, state_function,
                                                state_type, state_space, final_function, final_extra,
                                                final_modify, combine_function, serial_function,
                                                deserial_function, initial_condition, has_initial_condition,
                                                moving_state_function, moving_inverse_function,
                                                moving_state_type, moving_final_function, moving_final_extra,
                                                moving_final_modify, moving_state_space,
                                                moving_initial_condition, has_moving_initial_condition,
                                                sort_operator, parallel, owner, comment, privileges)

// collation.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Collation, name, provider, lc_collate, lc_ctype, icu_locale,
                                                deterministic, owner, comment)

// composite_type.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompositeAttribute, name, type, collation, comment)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(CompositeType, name, attributes, owner, comment, privileges)

// default_privilege.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DefaultPrivilege, role, schema, object_type, grants)

// expr.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Expr, sql, canonical, refs)

// domain.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DomainConstraint, name, check, validated, comment)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Domain, name, base_type, collation, default_value, not_null,
                                                constraints, owner, comment, privileges)

// enum_type.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EnumType, name, labels, owner, comment, privileges)

// event_trigger.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EventTrigger, name, event, tags, function, enabled, owner, comment)

// extension.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Extension, name, schema, version, comment)

// foreign_data.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ForeignDataWrapper, name, handler, validator, options, owner,
                                                comment, privileges)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ForeignServer, name, wrapper, type, version, options, owner,
                                                comment, privileges)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(UserMapping, user, server, options)

// function.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(FunctionArgument, mode, name, type, default_value)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Function, name, procedure, identity_arguments, arguments, returns,
                                                language, body, sql_body, volatility, strict, security_definer,
                                                leakproof, window, parallel, cost, rows, config, support, owner,
                                                comment, privileges)

// index.h
NLOHMANN_JSON_SERIALIZE_ENUM(NullsOrder, {{NullsOrder::Default, "default"},
                                          {NullsOrder::First, "first"},
                                          {NullsOrder::Last, "last"}})
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(IndexElement, column, expression, collation, opclass,
                                                opclass_options, descending, nulls, statistics)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Index, name, table, unique, nulls_not_distinct,
                                                method, elements, include, predicate, options,
                                                tablespace, comment, valid)

// policy.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Policy, table, name, permissive, command, roles, using_expr,
                                                check_expr, comment)

// publication.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PublicationTable, table, columns, where)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Publication, name, all_tables, tables, schemas, publish,
                                                via_partition_root, owner, comment)

// range_type.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RangeType, name, subtype, subtype_opclass, collation, canonical,
                                                subtype_diff, multirange, owner, comment, privileges)

// rule.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Rule, table, name, definition, enabled, comment)

// schema.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Schema, name, owner, comment, privileges)

// sequence.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SequenceOptions, type, start, increment, min_value,
                                                max_value, cache, cycle)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SequenceOwner, table, column)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Sequence, name, options, owned_by, unlogged, owner,
                                                comment, privileges)

// column.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Identity, always, sequence, options)
// Column by hand: not_null_name and generated_virtual are written only when a column has them
// (PostgreSQL 18), so snapshots and fingerprints of other majors keep their form.
inline void to_json(nlohmann::json& j, const Column& c) {
    j = nlohmann::json{{"name", c.name},         {"type", c.type},         {"collation", c.collation},
                       {"not_null", c.not_null}, {"default_value", c.default_value},
                       {"identity", c.identity}, {"generated", c.generated}, {"comment", c.comment},
                       {"privileges", c.privileges}, {"local", c.local},   {"options", c.options},
                       {"statistics", c.statistics}, {"storage", c.storage}, {"compression", c.compression}};
    if (!c.not_null_name.empty()) j["not_null_name"] = c.not_null_name;
    if (c.generated_virtual) j["generated_virtual"] = true;
}
inline void from_json(const nlohmann::json& j, Column& c) {
    const Column d;
    c.name = j.value("name", d.name);
    c.type = j.value("type", d.type);
    c.collation = j.value("collation", d.collation);
    c.not_null = j.value("not_null", d.not_null);
    c.not_null_name = j.value("not_null_name", d.not_null_name);
    c.default_value = j.value("default_value", d.default_value);
    c.identity = j.value("identity", d.identity);
    c.generated = j.value("generated", d.generated);
    c.generated_virtual = j.value("generated_virtual", d.generated_virtual);
    c.comment = j.value("comment", d.comment);
    c.privileges = j.value("privileges", d.privileges);
    c.local = j.value("local", d.local);
    c.options = j.value("options", d.options);
    c.statistics = j.value("statistics", d.statistics);
    c.storage = j.value("storage", d.storage);
    c.compression = j.value("compression", d.compression);
}

// constraint.h
NLOHMANN_JSON_SERIALIZE_ENUM(ConstraintType, {{ConstraintType::PrimaryKey, "primary_key"},
                                              {ConstraintType::Unique, "unique"},
                                              {ConstraintType::Check, "check"},
                                              {ConstraintType::ForeignKey, "foreign_key"},
                                              {ConstraintType::Exclusion, "exclusion"}})
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ForeignKeyReference, table, columns, match,
                                                on_update, on_delete, on_delete_columns)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ExclusionElement, element, op)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Constraint, name, type, columns, include,
                                                nulls_not_distinct, check, no_inherit, references,
                                                index_method, exclusion, where, index_options,
                                                index_tablespace, deferrable, initially_deferred,
                                                validated, local, comment)

// table.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PartitionKey, strategy, elements)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PartitionOf, parent, bound)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ForeignTableInfo, server, options, column_options)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Table, name, columns, constraints, persistence, options,
                                                partition_by, partition_of, inherits, foreign, of_type, rls_enabled,
                                                rls_forced, replica_identity, replica_identity_index, clustered_index, owner,
                                                comment, privileges)

// trigger.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Trigger, table, name, timing, events, update_columns, for_each_row,
                                                when, function, arguments, constraint, deferrable,
                                                initially_deferred, referenced_table, old_table, new_table, enabled,
                                                comment)

// unmodeled.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(UnmodeledObject, kind, name)

// view.h
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(View, name, materialized, query, columns, options,
                                                column_comments, column_defaults, column_privileges, owner, comment,
                                                privileges)

}  // namespace pgfleet
