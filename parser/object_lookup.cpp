#include "parser/object_lookup.h"

#include "parser/statement_error.h"

namespace pgfleet {
namespace {

[[noreturn]] void missing(const std::string& what, const std::string& name) {
    throw StatementError("missing-object", what + " \"" + name + "\" does not exist");
}

}  // namespace

std::vector<std::string> statement_object_names(const pgast::Node& obj) {
    std::string t = pgast::node_type(obj);
    if (t == "List") return pgast::string_list(pgast::get_list(obj["List"], "items"));
    if (t == "String") return {pgast::string_value(obj)};
    if (t == "TypeName") return pgast::string_list(pgast::get_list(obj["TypeName"], "names"));
    return {};
}

ObjectKey lookup_object(StatementContext& ctx, const std::string& objtype, const std::vector<std::string>& names) {
    const NameScope& scope = ctx.scope();
    const Catalog& c = ctx.catalog();
    if (names.empty()) throw StatementError("invalid", "object name missing");
    if (objtype == "OBJECT_SCHEMA") {
        if (!c.schemas.count(names.back())) missing("schema", names.back());
        return schema_key(names.back());
    }
    if (objtype == "OBJECT_EXTENSION") {
        if (!c.extensions.count(names.back())) missing("extension", names.back());
        return extension_key(names.back());
    }
    if (objtype == "OBJECT_TABLE") {
        auto t = scope.find_table(names);
        if (!t) missing("relation", names.back());
        return table_key(*t);
    }
    if (objtype == "OBJECT_SEQUENCE") {
        auto s = scope.find_sequence(names);
        if (!s) missing("relation", names.back());
        return sequence_key(*s);
    }
    if (objtype == "OBJECT_INDEX") {
        auto i = scope.find_index(names);
        if (!i) missing("relation", names.back());
        return index_key(*i);
    }
    if (objtype == "OBJECT_TYPE" || objtype == "OBJECT_DOMAIN") {
        auto e = scope.resolve(names, [&](const QualifiedName& q) { return c.enums.count(q) > 0; });
        if (!e) missing("type", names.back());
        return type_key(*e);
    }
    if (objtype == "OBJECT_COLUMN" || objtype == "OBJECT_TABCONSTRAINT") {
        if (names.size() < 2) throw StatementError("invalid", "column name must be qualified");
        std::vector<std::string> table_names(names.begin(), names.end() - 1);
        auto t = scope.find_table(table_names);
        if (!t) missing("relation", table_names.back());
        const Table& table = c.tables.at(*t);
        if (objtype == "OBJECT_COLUMN") {
            if (!table.find_column(names.back())) missing("column", names.back());
            return column_key(*t, names.back());
        }
        if (!table.find_constraint(names.back())) missing("constraint", names.back());
        return constraint_key(*t, names.back());
    }
    throw StatementError("unsupported", objtype.substr(7) + " objects are not supported yet");
}

}  // namespace pgfleet
