#include "parser/implicit_names.h"

#include <algorithm>

namespace pgfleet {
namespace {

// FigureColnameInternal: the name PostgreSQL gives an expression column.
std::string figure_colname(const pgast::Node& node) {
    std::string type = pgast::node_type(node);
    const auto& body = pgast::node_body(node);
    if (type == "ColumnRef") {
        const auto& fields = pgast::get_list(body, "fields");
        if (!fields.empty() && pgast::is_node(fields.back(), "String")) return pgast::string_value(fields.back());
        return "";
    }
    if (type == "A_Indirection") {
        const auto& indirection = pgast::get_list(body, "indirection");
        for (auto it = indirection.rbegin(); it != indirection.rend(); ++it) {
            if (pgast::is_node(*it, "A_Star")) return "";
            if (pgast::is_node(*it, "String")) return pgast::string_value(*it);
        }
        return figure_colname(body.value("arg", pgast::Node::object()));
    }
    if (type == "SubLink") {
        std::string kind = pgast::get_string(body, "subLinkType");
        if (kind == "EXISTS_SUBLINK") return "exists";
        if (kind == "ARRAY_SUBLINK") return "array";
        if (kind != "EXPR_SUBLINK") return "";
        // A scalar subquery is named after its one column, unless that has no name of its own.
        if (!body.contains("subselect")) return "";
        const auto& targets = pgast::get_list(pgast::node_body(body.at("subselect")), "targetList");
        if (targets.empty()) return "";
        const auto& rt = pgast::node_body(targets[0]);
        std::string inner = pgast::get_string(rt, "name");
        if (inner.empty()) inner = figure_colname(rt.value("val", pgast::Node::object()));
        return inner;
    }
    if (type == "GroupingFunc") return "grouping";
    if (type == "XmlSerialize") return "xmlserialize";
    if (type == "XmlExpr") {
        static const std::vector<std::pair<std::string, std::string>> xml = {
            {"IS_XMLCONCAT", "xmlconcat"}, {"IS_XMLELEMENT", "xmlelement"}, {"IS_XMLFOREST", "xmlforest"},
            {"IS_XMLPARSE", "xmlparse"},   {"IS_XMLPI", "xmlpi"},           {"IS_XMLROOT", "xmlroot"},
            {"IS_XMLSERIALIZE", "xmlserialize"}};
        for (const auto& [op, name] : xml)
            if (pgast::get_string(body, "op") == op) return name;
        return "";
    }
    if (type == "FuncCall") {
        auto name = pgast::string_list(pgast::get_list(body, "funcname"));
        return name.empty() ? "" : name.back();
    }
    if (type == "TypeCast") {
        std::string inner = figure_colname(body.value("arg", pgast::Node::object()));
        if (!inner.empty()) return inner;
        auto names = pgast::string_list(pgast::get_list(body.value("typeName", pgast::Node::object()), "names"));
        return names.empty() ? "" : names.back();
    }
    if (type == "A_Expr" && pgast::get_string(body, "kind") == "AEXPR_NULLIF") return "nullif";
    if (type == "CaseExpr") return "case";
    if (type == "A_ArrayExpr") return "array";
    if (type == "CoalesceExpr") return "coalesce";
    if (type == "MinMaxExpr") return pgast::get_string(body, "op") == "IS_GREATEST" ? "greatest" : "least";
    if (type == "RowExpr") return "row";
    if (type == "CollateClause") return figure_colname(body.value("arg", pgast::Node::object()));
    if (type == "SQLValueFunction") {
        std::string op = pgast::get_string(body, "op");
        static const std::vector<std::pair<std::string, std::string>> names = {
            {"SVFOP_CURRENT_DATE", "current_date"},       {"SVFOP_CURRENT_TIME", "current_time"},
            {"SVFOP_CURRENT_TIME_N", "current_time"},     {"SVFOP_CURRENT_TIMESTAMP", "current_timestamp"},
            {"SVFOP_CURRENT_TIMESTAMP_N", "current_timestamp"}, {"SVFOP_LOCALTIME", "localtime"},
            {"SVFOP_LOCALTIME_N", "localtime"},           {"SVFOP_LOCALTIMESTAMP", "localtimestamp"},
            {"SVFOP_LOCALTIMESTAMP_N", "localtimestamp"}, {"SVFOP_CURRENT_ROLE", "current_role"},
            {"SVFOP_CURRENT_USER", "current_user"},       {"SVFOP_USER", "user"},
            {"SVFOP_SESSION_USER", "session_user"},       {"SVFOP_CURRENT_CATALOG", "current_catalog"},
            {"SVFOP_CURRENT_SCHEMA", "current_schema"}};
        for (const auto& [k, v] : names)
            if (k == op) return v;
    }
    return "";
}

}  // namespace

std::string figure_column_name(const pgast::Node& expr) { return figure_colname(expr); }

std::string name_addition(const std::vector<std::string>& names) {
    std::string buf;
    for (const auto& n : names) {
        if (!buf.empty()) buf += '_';
        buf += n.substr(0, identifier_prefix(n, kMaxIdentifierBytes));
        if (buf.size() >= kMaxIdentifierBytes + 1) break;
    }
    return buf;
}

bool constraint_name_exists(const Catalog& catalog, const std::string& schema, const std::string& name) {
    if (catalog.has_table_constraint(schema, name)) return true;
    // Domain constraints share the namespace's constraint names (ChooseConstraintName).
    for (auto it = catalog.domains.lower_bound(QualifiedName{schema, ""});
         it != catalog.domains.end() && it->first.schema == schema; ++it)
        for (const auto& c : it->second.constraints)
            if (c.name == name) return true;
    return false;
}

std::string choose_relation_name(const Catalog& catalog, const std::string& schema, const std::string& name1,
                                 const std::string& name2, const std::string& label, bool is_constraint,
                                 const std::vector<std::string>& pending) {
    std::string mod = label;
    for (int pass = 1;; ++pass) {
        std::string name = make_object_name(name1, name2, mod);
        bool used = catalog.has_relation({schema, name}) ||
                    std::find(pending.begin(), pending.end(), name) != pending.end() ||
                    (is_constraint && constraint_name_exists(catalog, schema, name));
        if (!used) return name;
        mod = label + std::to_string(pass);
    }
}

std::string choose_constraint_name(const Catalog& catalog, const std::string& schema, const std::string& name1,
                                   const std::string& name2, const std::string& label,
                                   const std::vector<std::string>& others) {
    std::string mod = label;
    for (int pass = 1;; ++pass) {
        std::string name = make_object_name(name1, name2, mod);
        bool used = std::find(others.begin(), others.end(), name) != others.end() ||
                    constraint_name_exists(catalog, schema, name);
        if (!used) return name;
        mod = label + std::to_string(pass);
    }
}

std::vector<std::string> index_column_names(const pgast::Node& index_params) {
    std::vector<std::string> result;
    for (const auto& p : index_params) {
        const auto& elem = pgast::node_body(p);
        std::string orig = pgast::get_string(elem, "indexcolname");
        if (orig.empty()) orig = pgast::get_string(elem, "name");
        if (orig.empty() && elem.contains("expr")) orig = figure_colname(elem["expr"]);
        if (orig.empty()) orig = "expr";
        std::string cur = orig;
        for (int i = 1; std::find(result.begin(), result.end(), cur) != result.end(); ++i) {
            std::string suffix = std::to_string(i);
            cur = orig.substr(0, identifier_prefix(orig, kMaxIdentifierBytes - suffix.size())) + suffix;
        }
        result.push_back(cur);
    }
    return result;
}

}  // namespace pgfleet
