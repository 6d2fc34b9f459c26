// Domains, composite types and range types: their server definitions as DDL through the
// shared handlers. The CREATE statements come first, one per type, in the order the types use
// one another; a domain's default and constraints may call routines, so they come later.
#include <algorithm>

#include "catalog/sql_name.h"
#include "introspect/annotate.h"
#include "introspect/catalog_queries.h"
#include "introspect/kind_readers.h"
#include "introspect/server_ddl.h"
#include "introspect/type_order.h"

namespace pgfleet {
namespace {

using nlohmann::json;

QualifiedName name_of(const json& j) { return {text_or_empty(j, "schema"), text_or_empty(j, "name")}; }

std::string qualified(const json& j) { return sql_qualified(text_or_empty(j, "schema"), text_or_empty(j, "name")); }

TypeDefinition domain_definition(const json& j) {
    TypeDefinition d{name_of(j), {text_or_empty(j, "base_type")}, ""};
    d.ddl = "CREATE DOMAIN " + qualified(j) + " AS " + text_or_empty(j, "base_type");
    if (!text_or_empty(j, "collation").empty()) d.ddl += " COLLATE " + text_or_empty(j, "collation");
    if (j.at("not_null").get<bool>()) d.ddl += " NOT NULL";
    d.ddl += ";\n";
    return d;
}

std::string domain_details(const json& j) {
    std::string ddl;
    if (!text_or_empty(j, "default").empty())
        ddl += "ALTER DOMAIN " + qualified(j) + " SET DEFAULT " + text_or_empty(j, "default") + ";\n";
    for (const auto& con : j.at("constraints"))
        ddl += "ALTER DOMAIN " + qualified(j) + " ADD CONSTRAINT " + sql_ident(text_or_empty(con, "name")) + " " +
               text_or_empty(con, "definition") + ";\n";
    return ddl;
}

TypeDefinition composite_definition(const json& j) {
    TypeDefinition d{name_of(j), {}, ""};
    std::string attributes;
    for (const auto& a : j.at("attributes")) {
        attributes += (attributes.empty() ? "" : ", ") + sql_ident(text_or_empty(a, "name")) + " " + text_or_empty(a, "type");
        if (!text_or_empty(a, "collation").empty()) attributes += " COLLATE " + text_or_empty(a, "collation");
        d.type_texts.push_back(text_or_empty(a, "type"));
    }
    d.ddl = "CREATE TYPE " + qualified(j) + " AS (" + attributes + ");\n";
    return d;
}

TypeDefinition range_definition(const json& j) {
    TypeDefinition d{name_of(j), {text_or_empty(j, "subtype")}, ""};
    std::string params = "SUBTYPE = " + text_or_empty(j, "subtype");
    auto add = [&](const char* option, const char* field) {
        if (!text_or_empty(j, field).empty()) params += std::string(", ") + option + " = " + text_or_empty(j, field);
    };
    add("SUBTYPE_OPCLASS", "subtype_opclass");
    add("COLLATION", "collation");
    add("CANONICAL", "canonical");
    add("SUBTYPE_DIFF", "subtype_diff");
    add("MULTIRANGE_TYPE_NAME", "multirange");
    d.ddl = "CREATE TYPE " + qualified(j) + " AS RANGE (" + params + ");\n";
    return d;
}

}  // namespace

UserTypeRows query_user_types(Session& session, const KindCensus& census) {
    return {census.query(session, "domains", catalog_queries::kDomains),
            census.query(session, "composite_types", catalog_queries::kCompositeTypes),
            census.query(session, "range_types", catalog_queries::kRangeTypes)};
}

std::vector<std::string> user_type_definitions(const UserTypeRows& rows) {
    std::vector<TypeDefinition> definitions;
    for (const auto& j : rows.domains) definitions.push_back(domain_definition(j));
    for (const auto& j : rows.composites) definitions.push_back(composite_definition(j));
    for (const auto& j : rows.ranges) definitions.push_back(range_definition(j));
    std::vector<std::string> out;
    for (const auto& d : in_creation_order(std::move(definitions))) out.push_back(d.ddl);
    return out;
}

void finish_user_types(ParserState& state, const UserTypeRows& rows) {
    const json& domains = rows.domains;
    const json& composites = rows.composites;
    const json& ranges = rows.ranges;
    std::string ddl;
    for (const auto& j : domains) ddl += domain_details(j);
    interpret_server_ddl(state, ddl, "domain constraints");
    Catalog& c = state.catalog;
    for (const auto& j : domains) {
        Domain& d = c.domains.at(name_of(j));
        annotate(d, j);
        for (const auto& con : j.at("constraints"))
            for (auto& mine : d.constraints)
                if (mine.name == text_or_empty(con, "name")) mine.comment = text_or_empty(con, "comment");
    }
    for (const auto& j : composites) {
        CompositeType& t = c.composite_types.at(name_of(j));
        annotate(t, j);
        for (const auto& a : j.at("attributes"))
            for (auto& mine : t.attributes)
                if (mine.name == text_or_empty(a, "name")) mine.comment = text_or_empty(a, "comment");
    }
    for (const auto& j : ranges) annotate(c.range_types.at(name_of(j)), j);
}

}  // namespace pgfleet
