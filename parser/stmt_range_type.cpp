// CREATE TYPE ... AS RANGE.
#include "catalog/routine_ref.h"
#include "catalog/sql_name.h"
#include "parser/default_opclasses.h"
#include "parser/domain_constraints.h"
#include "parser/handlers.h"
#include "parser/implicit_names.h"
#include "parser/index_elements.h"
#include "parser/routine_names.h"
#include "parser/statement_error.h"
#include "parser/type_names.h"

namespace pgfleet {
namespace {

// makeMultirangeTypeName: "range" in the name becomes "multirange", else "_multirange" is added.
std::string default_multirange_name(const std::string& range) {
    auto pos = range.find("range");
    if (pos != std::string::npos) return truncate_identifier(range.substr(0, pos) + "multirange" + range.substr(pos + 5));
    return truncate_identifier(range.substr(0, std::min<size_t>(range.size(), kMaxIdentifierBytes + 1 - 12)) +
                               "_multirange");
}

std::vector<std::string> def_names(const pgast::Node& arg) {
    if (pgast::is_node(arg, "TypeName")) return pgast::string_list(pgast::get_list(arg["TypeName"], "names"));
    if (pgast::is_node(arg, "List")) return pgast::string_list(pgast::get_list(arg["List"], "items"));
    if (pgast::is_node(arg, "String")) return {pgast::string_value(arg)};
    return {};
}

// An operator class as the model keeps it: bare when built in, else qualified.
std::string opclass_text(const std::vector<std::string>& names) {
    if (names.size() >= 2 && names[names.size() - 2] != "pg_catalog")
        return sql_qualified(names[names.size() - 2], names.back());
    return names.empty() ? "" : names.back();
}

}  // namespace

void handle_create_range_type(StatementContext& ctx, const pgast::Node& body) {
    auto names = pgast::string_list(pgast::get_list(body, "typeName"));
    QualifiedName name = ctx.new_name(names, -1);
    const Catalog& c = ctx.catalog();
    if (c.has_type(name) || c.has_relation(name)) throw StatementError("invalid", "type \"" + name.name + "\" already exists");
    RangeType r;
    r.name = name;
    std::vector<std::string> opclass, collation, multirange;
    for (const auto& item : pgast::get_list(body, "params")) {
        const auto& d = pgast::node_body(item);
        std::string option = pgast::get_string(d, "defname");
        const auto& arg = d.value("arg", pgast::Node());
        if (option == "subtype") r.subtype = resolve_type(arg.at("TypeName"), ctx.scope(), ctx.location_base()).sql;
        else if (option == "subtype_opclass") opclass = def_names(arg);
        else if (option == "collation") collation = def_names(arg);
        else if (option == "canonical")
            r.canonical = routine_text(resolve_routine(ctx.scope(), def_names(arg), UnknownRoutine::Builtin));
        else if (option == "subtype_diff")
            r.subtype_diff = routine_text(resolve_routine(ctx.scope(), def_names(arg), UnknownRoutine::Builtin));
        else if (option == "multirange_type_name") multirange = def_names(arg);
        else throw StatementError("invalid", "type attribute \"" + option + "\" not recognized", ctx.offset_of(d));
    }
    if (r.subtype.empty()) throw StatementError("invalid", "type attribute \"subtype\" is required");
    // The server keeps the default btree class and the subtype's own collation implicitly.
    if (!opclass.empty() && !is_default_opclass("btree", opclass.back())) r.subtype_opclass = opclass_text(opclass);
    if (!collation.empty()) {
        pgast::Node list = pgast::Node::array();
        for (const auto& n : collation) list.push_back({{"String", {{"sval", n}}}});
        r.collation = collation_name(ctx, list);
        if (r.collation == inherited_collation(c, r.subtype)) r.collation.clear();
    }
    r.multirange = multirange.empty() ? QualifiedName{name.schema, default_multirange_name(name.name)}
                                      : ctx.new_name(multirange, -1);
    if (c.has_type(r.multirange) || c.has_relation(r.multirange) || r.multirange == name)
        throw StatementError("invalid", "type \"" + r.multirange.name + "\" already exists");
    r.privileges = default_public_privileges("type");
    ctx.catalog().range_types[name] = r;
    ctx.define(type_key(name));
}

}  // namespace pgfleet
