#include "parser/partitions.h"

#include <regex>

#include "parser/default_opclasses.h"
#include "parser/expressions.h"
#include "parser/index_elements.h"
#include "parser/statement_error.h"
#include "pgast/deparse.h"

namespace pgfleet {
namespace {

// '2024-01-01' for a timestamp key is stored as '2024-01-01 00:00:00'.
void normalize_datum(pgast::Node& datum, const std::string& type) {
    if (!pgast::is_node(datum, "A_Const") || !datum["A_Const"].contains("sval")) return;
    std::string& v = datum["A_Const"]["sval"]["sval"].get_ref<std::string&>();
    static const std::regex date_only(R"(^\d{4}-\d{2}-\d{2}$)");
    if (type.rfind("timestamp", 0) == 0 && type.find("with time zone") == std::string::npos &&
        std::regex_match(v, date_only))
        v += " 00:00:00";
}

}  // namespace

PartitionKey build_partition_key(StatementContext& ctx, const QualifiedName& table, const pgast::Node& spec) {
    PartitionKey key;
    key.strategy = pgast::get_string(spec, "strategy");
    for (const auto& p : pgast::get_list(spec, "partParams")) {
        const auto& e = pgast::node_body(p);
        // PartitionElem carries the same fields as IndexElem for our purposes.
        pgast::Node elem = {{"name", pgast::get_string(e, "name")}};
        if (e.contains("expr")) elem["expr"] = e["expr"];
        if (e.contains("collation")) elem["collation"] = e["collation"];
        if (e.contains("opclass")) elem["opclass"] = e["opclass"];
        std::string method = key.strategy == "hash" ? "hash" : "btree";
        key.elements.push_back(build_index_element(ctx, table, method, elem));
    }
    return key;
}

Expr build_partition_bound(StatementContext& ctx, const Table& parent, const pgast::Node& bound_in) {
    if (!parent.partition_by)
        throw StatementError("invalid", "\"" + parent.name.name + "\" is not partitioned");
    pgast::Node bound = bound_in;
    std::vector<std::string> key_types;
    for (const auto& el : parent.partition_by->elements) {
        const Column* col = el.column.empty() ? nullptr : parent.find_column(el.column);
        key_types.push_back(col ? col->type : "");
    }
    for (const char* list : {"listdatums", "lowerdatums", "upperdatums"}) {
        if (!bound.contains(list)) continue;
        auto& datums = bound[list];
        for (size_t i = 0; i < datums.size(); ++i) {
            std::string type = std::string(list) == "listdatums" ? (key_types.empty() ? "" : key_types[0])
                                                                  : (i < key_types.size() ? key_types[i] : "");
            normalize_datum(datums[i], type);
        }
    }
    Expr e;
    e.canonical = canonical_text(bound, ExprContext{ctx.scope(), std::nullopt, ctx.location_base()});
    // The bound's text, cut out of a synthetic CREATE TABLE ... PARTITION OF.
    pgast::Node stmt = {{"CreateStmt",
                         {{"relation", {{"relname", "x"}, {"inh", true}, {"relpersistence", "p"}}},
                          {"inhRelations", pgast::Node::array({{{"RangeVar", {{"relname", "y"}, {"inh", true},
                                                                                {"relpersistence", "p"}}}}})},
                          {"partbound", bound},
                          {"oncommit", "ONCOMMIT_NOOP"}}}};
    std::string text = pgast::deparse_statement(stmt);
    auto at = text.find("PARTITION OF y ");
    e.sql = at == std::string::npos ? text : text.substr(at + 15);
    return e;
}

void inherit_columns(const Table& parent, Table& child) {
    for (const auto& col : parent.columns) {
        if (child.find_column(col.name)) continue;
        Column c = col;
        c.local = false;
        c.identity.reset();
        c.comment.clear();
        c.privileges.clear();
        child.columns.push_back(c);
    }
}

}  // namespace pgfleet
