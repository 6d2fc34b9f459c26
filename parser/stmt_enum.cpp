// CREATE TYPE ... AS ENUM and ALTER TYPE ... ADD/RENAME VALUE.
#include <algorithm>

#include "parser/handlers.h"
#include "parser/statement_error.h"

namespace pgfleet {

void handle_create_enum(StatementContext& ctx, const pgast::Node& body) {
    auto names = pgast::string_list(pgast::get_list(body, "typeName"));
    QualifiedName name = ctx.new_name(names, -1);
    if (ctx.catalog().type_name_taken(name))
        throw StatementError("invalid", "type \"" + name.name + "\" already exists");
    EnumType e;
    e.name = name;
    e.labels = pgast::string_list(pgast::get_list(body, "vals"));
    for (size_t i = 0; i < e.labels.size(); ++i)
        if (std::find(e.labels.begin(), e.labels.begin() + static_cast<long>(i), e.labels[i]) != e.labels.begin() + static_cast<long>(i))
            throw StatementError("invalid", "enum label \"" + e.labels[i] + "\" used more than once");
    e.privileges = ctx.new_object_privileges(name.schema, "types");
    ctx.catalog().enums[name] = e;
    ctx.define(type_key(name));
}

void handle_alter_enum(StatementContext& ctx, const pgast::Node& body) {
    auto names = pgast::string_list(pgast::get_list(body, "typeName"));
    auto found = ctx.scope().resolve(names, [&](const QualifiedName& n) { return ctx.catalog().enums.count(n) > 0; });
    if (!found) throw StatementError("missing-object", "type \"" + names.back() + "\" does not exist");
    EnumType& e = ctx.catalog().enums[*found];
    std::string old_value = pgast::get_string(body, "oldVal");
    std::string new_value = pgast::get_string(body, "newVal");
    auto pos = [&](const std::string& v) { return std::find(e.labels.begin(), e.labels.end(), v); };
    if (!old_value.empty()) {
        auto it = pos(old_value);
        if (it == e.labels.end()) throw StatementError("invalid", "\"" + old_value + "\" is not an existing enum label");
        *it = new_value;
        return;
    }
    if (pos(new_value) != e.labels.end()) {
        if (pgast::get_bool(body, "skipIfNewValExists")) return;
        throw StatementError("invalid", "enum label \"" + new_value + "\" already exists");
    }
    std::string neighbor = pgast::get_string(body, "newValNeighbor");
    if (neighbor.empty()) {
        e.labels.push_back(new_value);
        return;
    }
    auto it = pos(neighbor);
    if (it == e.labels.end()) throw StatementError("invalid", "\"" + neighbor + "\" is not an existing enum label");
    if (pgast::get_bool(body, "newValIsAfter")) ++it;
    e.labels.insert(it, new_value);
}

}  // namespace pgfleet
