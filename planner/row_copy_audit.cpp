#include "planner/row_copy_audit.h"

#include <optional>

#include "catalog/sql_name.h"
#include "planner/statement_effects.h"

namespace pgfleet {
namespace {

using pgast::get_list;
using pgast::get_string;
using pgast::Node;
using pgast::node_body;
using pgast::node_type;

// The one relation a SELECT reads, or nothing when it reads another shape.
std::optional<QualifiedName> only_source(const Node& select) {
    const Node& from = get_list(select, "fromClause");
    if (from.size() != 1 || node_type(from[0]) != "RangeVar") return std::nullopt;
    for (const char* clause : {"whereClause", "groupClause", "havingClause", "withClause", "sortClause", "limitCount"})
        if (select.contains(clause)) return std::nullopt;
    return range_var_name(node_body(from[0]));
}

// The temporary copy a restore reads from, when an earlier step made it.
const QualifiedName* copy_read_by(const Node& select, const std::map<std::string, QualifiedName>& copies) {
    auto source = only_source(select);
    if (!source || source->schema != "pg_temp") return nullptr;
    auto it = copies.find(source->name);
    return it == copies.end() ? nullptr : &it->second;
}

bool is_column(const Node& value, const char* name) {
    if (node_type(value) != "ColumnRef") return false;
    auto names = pgast::string_list(get_list(node_body(value), "fields"));
    return names.size() == 1 && names[0] == name;
}

// SELECT pg_catalog.setval('<sequence>', last_value, is_called) FROM pg_temp.<copy of it>
bool is_counter_restore(const Node& select, const std::map<std::string, QualifiedName>& copies) {
    const QualifiedName* copied_from = copy_read_by(select, copies);
    const Node& targets = get_list(select, "targetList");
    if (!copied_from || targets.size() != 1) return false;
    const Node& call = node_body(targets[0])["val"];
    if (node_type(call) != "FuncCall") return false;
    const Node& body = node_body(call);
    auto name = pgast::string_list(get_list(body, "funcname"));
    const Node& args = get_list(body, "args");
    if (name != std::vector<std::string>{"pg_catalog", "setval"} || args.size() != 3 || node_type(args[0]) != "A_Const")
        return false;
    std::string target = pgast::const_text(node_body(args[0]));
    return target == sql_qualified(copied_from->schema, copied_from->name) && is_column(args[1], "last_value") &&
           is_column(args[2], "is_called");
}

}  // namespace

std::optional<QualifiedName> rows_copy_source(const Node& create_table_as) {
    if (get_string(create_table_as["into"]["rel"], "relpersistence") != "t") return std::nullopt;
    const Node& query = create_table_as["query"];
    if (node_type(query) != "SelectStmt") return std::nullopt;
    return only_source(node_body(query));
}

std::string RowCopyAudit::check(const Node& statement) {
    std::string type = node_type(statement);
    const Node& body = node_body(statement);
    if (type == "CreateTableAsStmt") {
        if (auto source = rows_copy_source(body)) copies_[get_string(body["into"]["rel"], "relname")] = *source;
        return "";
    }
    if (type == "InsertStmt") {
        const Node& select = body["selectStmt"];
        const QualifiedName* copied_from =
            node_type(select) == "SelectStmt" ? copy_read_by(node_body(select), copies_) : nullptr;
        if (!copied_from || body.contains("returningList") || body.contains("onConflictClause") ||
            body.contains("withClause") || !(range_var_name(body["relation"]) == *copied_from))
            return "is an INSERT that does not put a rebuilt table's copied rows back into it";
        return "";
    }
    if (type == "SelectStmt") {
        if (!is_counter_restore(body, copies_))
            return "is a SELECT that does not set a rebuilt table's identity counter back from its copy";
        return "";
    }
    return "";
}

}  // namespace pgfleet
