#include "planner/gen_table_rebuild.h"

#include <algorithm>

#include "catalog/hash.h"
#include "catalog/sql_name.h"
#include "planner/ddl.h"

namespace pgfleet {
namespace {

// Temporary tables take one name per copied relation, the same on every run.
std::string copy_name(const char* prefix, const QualifiedName& of) {
    return prefix + sha256_hex(of.schema + "." + of.name).substr(0, 16);
}

std::string rows_copy(const Table& t) { return copy_name("pgfleet_rows_", t.name); }
std::string counter_copy(const QualifiedName& sequence) { return copy_name("pgfleet_seq_", sequence); }

// Columns whose values go over: those of both sides, except the ones the server computes.
std::vector<std::pair<const Column*, const Column*>> copied_columns(const Table& from, const Table& to) {
    std::vector<std::pair<const Column*, const Column*>> out;
    for (const auto& a : from.columns) {
        const Column* b = to.find_column(a.name);
        if (b && !b->generated) out.emplace_back(&a, b);
    }
    return out;
}

// Identity columns on both sides: their counters are carried over.
std::vector<std::pair<const Column*, const Column*>> identity_columns(const Table& from, const Table& to) {
    std::vector<std::pair<const Column*, const Column*>> out;
    for (const auto& [a, b] : copied_columns(from, to))
        if (a->identity && b->identity) out.emplace_back(a, b);
    return out;
}

// Values of user-defined types (enums, domains, composites) are kept as text: a type the plan
// swaps for a new one (an enum losing a label) must not be held by the copy.
bool kept_as_text(const Column& c) { return ddl::user_defined_type(c.type); }

Statement step(const ObjectKey& key, std::string sql, Phase phase) {
    return {.sql = std::move(sql), .object = key, .action = ChangeAction::Alter, .phase = phase};
}

}  // namespace

bool keeps_rows(const Change& change, const PlanInput& in) {
    if (change.key.kind != ObjectKind::Table || !change.replace || !changes_attribute(change, "column_order"))
        return false;
    auto t = in.from.tables.find({change.key.schema, change.key.name});
    return t != in.from.tables.end() && !t->second.foreign;
}

std::vector<ObjectKey> without_kept_sequences(const PlanInput& in, const QualifiedName& table,
                                              std::vector<ObjectKey> objects) {
    for (const Sequence* seq : in.from.sequences_owned_by(table))
        objects.erase(std::remove(objects.begin(), objects.end(), sequence_key(seq->name)), objects.end());
    return objects;
}

void plan_rows_saved(const ObjectKey& key, const Table& from, const Table& to, PlanBuilder& plan) {
    // Row-level security would hide rows from the copy; the table is dropped right after.
    if (from.rls_enabled) plan.add(step(key, "ALTER TABLE " + ddl::name(from.name) + " DISABLE ROW LEVEL SECURITY", Phase::Drop));
    std::string columns;
    for (const auto& [a, b] : copied_columns(from, to))
        columns += (columns.empty() ? "" : ", ") +
                   (kept_as_text(*a) ? sql_ident(a->name) + "::text AS " + sql_ident(a->name) : sql_ident(a->name));
    if (!columns.empty())
        plan.add(step(key, "CREATE TEMPORARY TABLE " + sql_ident(rows_copy(from)) + " AS SELECT " + columns + " FROM ONLY " +
                               ddl::name(from.name),
                      Phase::Drop));
    for (const auto& [a, b] : identity_columns(from, to))
        plan.add(step(key, "CREATE TEMPORARY TABLE " + sql_ident(counter_copy(a->identity->sequence)) +
                               " AS SELECT last_value, is_called FROM " + ddl::name(a->identity->sequence),
                      Phase::Drop));
    for (const Sequence* seq : plan.in.from.sequences_owned_by(from.name)) {
        Statement s = step(key, "ALTER SEQUENCE " + ddl::name(seq->name) + " OWNED BY NONE", Phase::Drop);
        s.modifies = {sequence_key(seq->name)};
        plan.add(std::move(s));
    }
}

void plan_rows_restored(const ObjectKey& key, const Table& from, const Table& to, const std::vector<ObjectKey>& creates,
                        PlanBuilder& plan) {
    auto copied = copied_columns(from, to);
    if (!copied.empty()) {
        std::string names, values;
        bool overriding = false;
        for (const auto& [a, b] : copied) {
            names += (names.empty() ? "" : ", ") + sql_ident(b->name);
            bool same = a->type == b->type && !kept_as_text(*a);
            values += (values.empty() ? "" : ", ") +
                      (same ? sql_ident(a->name) : ddl::converted_value(a->name, a->type, b->type));
            overriding |= b->identity && b->identity->always;
        }
        Statement insert = step(key,
                                "INSERT INTO " + ddl::name(to.name) + " (" + names + ")" +
                                    (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + values +
                                    " FROM pg_temp." + sql_ident(rows_copy(from)),
                                Phase::Create);
        insert.creates = creates;
        plan.add(std::move(insert));
    }
    for (const auto& [a, b] : identity_columns(from, to))
        plan.add(step(key,
                      "SELECT pg_catalog.setval(" + sql_literal(ddl::name(b->identity->sequence)) +
                          ", last_value, is_called) FROM pg_temp." + sql_ident(counter_copy(a->identity->sequence)),
                      Phase::Create));
    for (const Sequence* seq : plan.in.from.sequences_owned_by(from.name)) {
        auto wanted = plan.in.to.sequences.find(seq->name);
        if (wanted == plan.in.to.sequences.end() || !wanted->second.owned_by || !(wanted->second.owned_by->table == to.name))
            continue;
        Statement s = step(key,
                           "ALTER SEQUENCE " + ddl::name(seq->name) + " OWNED BY " + ddl::name(to.name) + "." +
                               sql_ident(wanted->second.owned_by->column),
                           Phase::Create);
        s.modifies = {sequence_key(seq->name)};
        plan.add(std::move(s));
    }
    if (!copied.empty()) plan.add(step(key, "DROP TABLE pg_temp." + sql_ident(rows_copy(from)), Phase::Create));
    for (const auto& [a, b] : identity_columns(from, to))
        plan.add(step(key, "DROP TABLE pg_temp." + sql_ident(counter_copy(a->identity->sequence)), Phase::Create));
}

}  // namespace pgfleet
