// Composite types. Attributes are added, dropped and retyped with ALTER TYPE; a rebuild
// (type_swap.h) converts stored values attribute by attribute, by name.
#include <algorithm>

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/type_swap.h"

namespace pgfleet {
namespace {

std::string attribute_sql(const CompositeAttribute& a) {
    return sql_ident(a.name) + " " + a.type + (a.collation.empty() ? "" : " COLLATE " + a.collation);
}

KindSql kind_sql(const CompositeType& t) {
    std::string attributes;
    for (const auto& a : t.attributes) attributes += (attributes.empty() ? "" : ", ") + attribute_sql(a);
    return {"CREATE TYPE " + ddl::name(t.name) + " AS (" + attributes + ")", "DROP TYPE " + ddl::name(t.name),
            "TYPE " + ddl::name(t.name), {}};
}

const CompositeAttribute* find(const CompositeType& t, const std::string& name) {
    auto it = std::find_if(t.attributes.begin(), t.attributes.end(),
                           [&](const CompositeAttribute& a) { return a.name == name; });
    return it == t.attributes.end() ? nullptr : &*it;
}

void comment_attribute(const Change& c, const CompositeType& t, const CompositeAttribute& a, PlanBuilder& plan) {
    plan.add({.sql = "COMMENT ON COLUMN " + ddl::name(t.name) + "." + sql_ident(a.name) + " IS " +
                     (a.comment.empty() ? "NULL" : sql_literal(a.comment)),
              .object = c.key, .action = ChangeAction::Alter, .phase = Phase::Annotate, .needs = {c.key}});
}

void comment_attributes(const Change& c, const CompositeType* from, const CompositeType& to, PlanBuilder& plan) {
    for (const auto& a : to.attributes) {
        const CompositeAttribute* old = from ? find(*from, a.name) : nullptr;
        if (old ? old->comment != a.comment : !a.comment.empty()) comment_attribute(c, to, a, plan);
    }
}

void alter_attributes(const Change& c, const CompositeType& from, const CompositeType& to, PlanBuilder& plan) {
    std::string prefix = "ALTER TYPE " + ddl::name(to.name) + " ";
    // Tables of this type change with it, and PostgreSQL wants that said.
    bool typed_tables = false;
    for (const auto& [n, t] : plan.in.from.tables) typed_tables |= t.of_type == to.name;
    std::vector<ObjectKey> tables;
    for (const auto& [n, t] : plan.in.to.tables)
        if (t.of_type == to.name) tables.push_back(table_key(n));
    // An added or dropped attribute adds or drops that column of each typed table.
    auto add = [&](const std::string& clause, const std::string& column = "", bool adds = false) {
        Statement s{.sql = prefix + clause + (typed_tables ? " CASCADE" : ""), .object = c.key,
                    .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {c.key}};
        for (const auto& t : tables) {
            if (column.empty()) s.modifies.push_back(t);
            else (adds ? s.creates : s.removes).push_back(column_key({t.schema, t.name}, column));
        }
        plan.add(std::move(s));
    };
    for (const auto& a : from.attributes)
        if (!find(to, a.name)) add("DROP ATTRIBUTE " + sql_ident(a.name), a.name, false);
    for (const auto& a : to.attributes) {
        const CompositeAttribute* old = find(from, a.name);
        if (!old) add("ADD ATTRIBUTE " + attribute_sql(a), a.name, true);
        else if (old->type != a.type || old->collation != a.collation)
            add("ALTER ATTRIBUTE " + sql_ident(a.name) + " TYPE " + a.type +
                (a.collation.empty() ? "" : " COLLATE " + a.collation));
    }
}

// ROW((c).a, (c).b, NULL::integer)::new_type, by attribute name; a NULL value stays NULL.
ColumnConversion by_attribute(const CompositeType& from, const CompositeType& to) {
    return [from, to](const std::string& column, const std::string& new_type) {
        if (new_type.find('[') != std::string::npos) return convert_through_text(column, new_type);
        std::string fields;
        for (const auto& a : to.attributes) {
            std::string value = find(from, a.name) ? "(" + column + ")." + sql_ident(a.name) + "::" + a.type
                                                   : "NULL::" + a.type;
            fields += (fields.empty() ? "" : ", ") + value;
        }
        return "CASE WHEN " + column + "::text IS NULL THEN NULL ELSE ROW(" + fields + ")::" + new_type + " END";
    };
}

}  // namespace

void plan_composite_type(const Change& c, PlanBuilder& plan) {
    QualifiedName qn{c.key.schema, c.key.name};
    if (c.action == ChangeAction::Drop) {
        const KindSql old = kind_sql(plan.in.from.composite_types.at(qn));
        return plan_by_definition(c, plan, &old, nullptr);
    }
    const CompositeType& to = plan.in.to.composite_types.at(qn);
    const KindSql sql = kind_sql(to);
    if (c.action == ChangeAction::Create) {
        plan_creation(c.key, sql, plan);
        return comment_attributes(c, nullptr, to, plan);
    }
    auto old = plan.in.from.composite_types.find(qn);
    if (c.replace) {
        TypeSwap swap{sql};
        if (old != plan.in.from.composite_types.end()) swap.convert = by_attribute(old->second, to);
        plan_type_swap(c, swap, plan);
        return comment_attributes(c, nullptr, to, plan);
    }
    const CompositeType& from = old->second;
    if (changes_attribute(c, "attributes")) alter_attributes(c, from, to, plan);
    comment_attributes(c, &from, to, plan);
    plan_by_definition(c, plan, &sql, &sql);
}

}  // namespace pgfleet
