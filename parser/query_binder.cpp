#include "parser/query_binder.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

#include "catalog/dependencies.h"
#include "parser/column_refs.h"
#include "parser/implicit_names.h"
#include "parser/statement_error.h"
#include "parser/string_node.h"

namespace pgfleet {
namespace {

using pgast::Node;


// A FROM item as seen by column references: its visible name and its columns.
struct Source {
    std::string alias;
    // The name the query gave it, when the binder had to rename it to keep names unique.
    std::string written;
    std::vector<std::string> columns;
    // The table behind the item, so column uses become dependencies on those columns.
    std::optional<QualifiedName> table;
    // Columns merged by JOIN ... USING belong to the left side for qualification.
    std::vector<std::string> hidden;
    // A table or view of the model: `columns` are all it has.
    bool complete = false;
};

class Binder {
public:
    Binder(const NameScope& scope, const RoutineParameters* params, int base, std::vector<ObjectKey>& refs)
        : scope_(scope), params_(params), base_(base), refs_(refs) {}

    // The table of the expression around the query, visible to correlated references.
    void add_outer_table(const QualifiedName& table) {
        Source src;
        src.alias = table.name;
        src.columns = relation_columns(table);
        src.table = table;
        src.complete = true;
        levels_.push_back({src});
        used_names_.back().push_back(src.alias);
    }

    std::vector<std::string> bind_select(Node& select, bool qualify_only);

private:
    using Level = std::vector<Source>;

    std::vector<std::string> bind_simple_select(Node& s, bool qualify_only);
    void assign_names(Node& item);
    void bind_from_item(Node& item, Level& level, bool qualify_only);
    void bind_expr(Node& node, bool qualify_only);
    void bind_column_ref(Node& node);
    void require_unqualified_column(const std::string& col, const Node& ref) const;
    void require_column(const Source& s, const std::string& rel, const std::string& col, const Node& ref) const;
    std::vector<std::string> relation_columns(const QualifiedName& name) const;
    std::vector<std::string> row_fields(const Node& expr, const Level& from) const;
    std::vector<std::string> type_fields(const std::string& type_sql) const;
    void resolve_sort_group(Node& list, const Node& targets, bool is_group, const Level& from);

    const NameScope& scope_;
    const RoutineParameters* params_;
    int base_;
    std::vector<ObjectKey>& refs_;
    bool name_taken(const std::string& name) const {
        for (const auto& level : used_names_)
            if (std::find(level.begin(), level.end(), name) != level.end()) return true;
        return false;
    }

    std::vector<Level> levels_;
    std::vector<std::map<std::string, std::vector<std::string>>> ctes_;
    std::vector<std::vector<std::string>> used_names_{{}};
    // Unique name -> the name as written, for FROM items the pre-pass renamed.
    std::map<std::string, std::string> written_names_;
};

std::vector<std::string> Binder::relation_columns(const QualifiedName& name) const {
    const Catalog& c = scope_.catalog();
    std::vector<std::string> out;
    if (auto t = c.tables.find(name); t != c.tables.end()) {
        for (const auto& col : t->second.columns) out.push_back(col.name);
    } else if (auto v = c.views.find(name); v != c.views.end()) {
        out = v->second.columns;
    }
    return out;
}

// The fields of a composite type or a table's row type, by name; empty when the model does
// not know the type.
std::vector<std::string> Binder::type_fields(const std::string& type_sql) const {
    std::string type = type_sql.rfind("SETOF ", 0) == 0 ? type_sql.substr(6) : type_sql;
    auto name = referenced_type(type);
    if (!name || type.find('[') != std::string::npos) return {};
    std::vector<std::string> out;
    if (auto ct = scope_.catalog().composite_types.find(*name); ct != scope_.catalog().composite_types.end()) {
        for (const auto& a : ct->second.attributes) out.push_back(a.name);
        return out;
    }
    return relation_columns(*name);
}

// The fields `(expr).*` expands to, as the server expands them: of the composite a routine of
// the model returns, or of a column of a composite type. Empty when unknown.
std::vector<std::string> Binder::row_fields(const Node& expr, const Level& from) const {
    const Catalog& c = scope_.catalog();
    if (pgast::is_node(expr, "FuncCall")) {
        auto names = pgast::string_list(pgast::get_list(pgast::node_body(expr), "funcname"));
        if (names.empty()) return {};
        std::vector<std::string> path = names.size() == 2 ? std::vector<std::string>{names[0]} : scope_.search_path();
        for (const auto& schema : path)
            for (auto it = c.functions.lower_bound(ObjectKey{ObjectKind::Function, schema, names.back(), ""});
                 it != c.functions.end() && it->first.schema == schema && it->first.name == names.back(); ++it)
                if (auto fields = type_fields(it->second.returns); !fields.empty()) return fields;
        return {};
    }
    if (!pgast::is_node(expr, "ColumnRef")) return {};
    auto fields = pgast::string_list(pgast::get_list(pgast::node_body(expr), "fields"));
    if (fields.size() != 2) return {};
    for (const auto& src : from)
        if (src.alias == fields[0] && src.table)
            if (const Column* col = c.tables.at(*src.table).find_column(fields[1])) return type_fields(col->type);
    return {};
}

// Output columns of a function in FROM: its TABLE(...) columns when the model knows it.
std::vector<std::string> function_columns(const Catalog& c, const Node& call) {
    auto names = pgast::string_list(pgast::get_list(pgast::node_body(call), "funcname"));
    if (names.empty()) return {};
    for (const auto& [key, f] : c.functions) {
        if (key.name != names.back() || f.returns.rfind("TABLE(", 0) != 0) continue;
        std::vector<std::string> cols;
        for (const auto& a : f.arguments)
            if (a.mode == "table") cols.push_back(a.name);
        return cols;
    }
    return {names.back()};
}

void Binder::bind_from_item(Node& item, Level& level, bool qualify_only) {
    std::string type = pgast::node_type(item);
    Node& body = pgast::node_body(item);
    Source src;
    if (type == "RangeVar") {
        std::string schema = pgast::get_string(body, "schemaname");
        std::string rel = pgast::get_string(body, "relname");
        src.alias = rel;
        bool cte = false;
        if (schema.empty())
            for (auto it = ctes_.rbegin(); it != ctes_.rend() && !cte; ++it)
                if (auto c = it->find(rel); c != it->end()) {
                    src.columns = c->second;
                    cte = true;
                }
        if (!cte) {
            std::vector<std::string> names;
            if (!schema.empty()) names.push_back(schema);
            names.push_back(rel);
            const Catalog& c = scope_.catalog();
            auto found = scope_.resolve(names, [&](const QualifiedName& q) { return c.tables.count(q) || c.views.count(q); });
            if (!found)
                throw StatementError("missing-object", "relation \"" + rel + "\" does not exist",
                                     base_ + static_cast<int>(pgast::get_int(body, "location", 0)));
            body["schemaname"] = found->schema;
            src.columns = relation_columns(*found);
            refs_.push_back(c.tables.count(*found) ? table_key(*found) : view_key(*found));
            if (c.tables.count(*found)) src.table = *found;
            src.complete = true;
        }
    } else if (type == "RangeSubselect") {
        bool lateral = pgast::get_bool(body, "lateral");
        std::vector<Level> saved;
        if (!lateral) std::swap(saved, levels_);
        if (lateral) levels_.push_back(level);
        src.columns = bind_select(body.at("subquery"), qualify_only);
        if (lateral) levels_.pop_back();
        if (!lateral) std::swap(saved, levels_);
    } else if (type == "RangeFunction") {
        for (auto& f : body["functions"]) {
            auto& pair = f["List"]["items"];
            if (!pair.empty()) bind_expr(pair[0], qualify_only);
            if (!pair.empty()) src.columns = function_columns(scope_.catalog(), pair[0]);
        }
        // A function of one column named by the alias alone gives the column that name too.
        if (body.contains("alias") && pgast::get_list(body["alias"], "colnames").empty() && src.columns.size() == 1)
            src.columns[0] = pgast::get_string(body["alias"], "aliasname");
    } else if (type == "RangeTableSample") {
        // TABLESAMPLE reads its relation like a plain FROM item; the alias sits on the relation.
        Level inner;
        bind_from_item(body.at("relation"), inner, qualify_only);
        if (body.contains("args")) bind_expr(body["args"], qualify_only);
        if (body.contains("repeatable")) bind_expr(body["repeatable"], qualify_only);
        level.insert(level.end(), inner.begin(), inner.end());
        return;
    } else if (type == "RangeTableFunc") {
        // XMLTABLE: its columns are the ones it declares.
        for (const char* key : {"docexpr", "rowexpr"})
            if (body.contains(key)) bind_expr(body[key], qualify_only);
        for (auto& col : body.value("columns", Node::array())) {
            Node& c = pgast::node_body(col);
            src.columns.push_back(pgast::get_string(c, "colname"));
            for (const char* key : {"colexpr", "coldefexpr"})
                if (c.contains(key)) bind_expr(c[key], qualify_only);
        }
        for (auto& ns : body.value("namespaces", Node::array())) bind_expr(ns, qualify_only);
    } else if (type == "JsonTable") {
        // JSON_TABLE (17) sees the FROM items before it, as LATERAL does; its columns are the
        // ones it declares, those of NESTED PATH included.
        levels_.push_back(level);
        for (const char* key : {"context_item", "passing", "on_error"})
            if (body.contains(key)) bind_expr(body[key], qualify_only);
        std::function<void(Node&)> declare = [&](Node& columns) {
            for (auto& col : columns) {
                Node& c = pgast::node_body(col);
                if (c.contains("columns")) declare(c["columns"]);
                else src.columns.push_back(pgast::get_string(c, "name"));
                for (const char* key : {"on_empty", "on_error"})
                    if (c.contains(key)) bind_expr(c[key], qualify_only);
            }
        };
        if (body.contains("columns")) declare(body["columns"]);
        levels_.pop_back();
    } else if (type == "JoinExpr") {
        Level inner;
        bind_from_item(body.at("larg"), inner, qualify_only);
        bind_from_item(body.at("rarg"), inner, qualify_only);
        auto using_cols = pgast::string_list(pgast::get_list(body, "usingClause"));
        if (pgast::get_bool(body, "isNatural") && inner.size() >= 2) {
            for (const auto& col : inner.front().columns)
                if (std::count(inner.back().columns.begin(), inner.back().columns.end(), col)) using_cols.push_back(col);
        }
        for (size_t i = 1; i < inner.size(); ++i)
            for (const auto& u : using_cols) inner[i].hidden.push_back(u);
        levels_.push_back(inner);
        if (body.contains("quals")) bind_expr(body["quals"], qualify_only);
        levels_.pop_back();
        if (body.contains("alias")) {
            Source joined;
            joined.alias = pgast::get_string(body["alias"], "aliasname");
            for (const auto& s : inner) joined.columns.insert(joined.columns.end(), s.columns.begin(), s.columns.end());
            level.push_back(joined);
        } else {
            level.insert(level.end(), inner.begin(), inner.end());
        }
        return;
    } else {
        throw StatementError("invalid", type + " is not a FROM item");
    }
    if (body.contains("alias")) {
        src.alias = pgast::get_string(body["alias"], "aliasname");
        auto colnames = pgast::string_list(pgast::get_list(body["alias"], "colnames"));
        for (size_t i = 0; i < colnames.size() && i < src.columns.size(); ++i) src.columns[i] = colnames[i];
        if (src.columns.size() < colnames.size()) src.columns = colnames;
    }
    if (!qualify_only) {
        // The server prints a function's derived column names; say them on both sides.
        if (type == "RangeFunction" && body.contains("alias") && !src.columns.empty()) {
            Node names = Node::array();
            for (const auto& c : src.columns) names.push_back(string_node(c));
            body["alias"]["colnames"] = names;
        }
    }
    auto renamed = written_names_.find(src.alias);
    src.written = renamed != written_names_.end() ? renamed->second : src.alias;
    level.push_back(src);
}

// Names of FROM items are unique across a query and the queries around it: the server names
// a query's own items first, in order (points, points_1), then those of the queries inside
// it (subqueries, CTE bodies), which avoid every name around them. So does this pre-pass.
void Binder::assign_names(Node& item) {
    std::string type = pgast::node_type(item);
    Node& body = pgast::node_body(item);
    if (type == "JoinExpr") {
        assign_names(body.at("larg"));
        assign_names(body.at("rarg"));
        if (body.contains("alias")) used_names_.back().push_back(pgast::get_string(body["alias"], "aliasname"));
        return;
    }
    if (type == "RangeTableSample") return assign_names(body.at("relation"));
    std::string name;
    if (body.contains("alias")) name = pgast::get_string(body["alias"], "aliasname");
    else if (type == "RangeVar") name = pgast::get_string(body, "relname");
    else if (type == "RangeFunction") {
        const auto& fns = body.value("functions", Node::array());
        if (!fns.empty() && !fns[0]["List"]["items"].empty()) {
            auto fname = pgast::string_list(pgast::get_list(pgast::node_body(fns[0]["List"]["items"][0]), "funcname"));
            if (!fname.empty()) name = fname.back();
        }
    } else if (type == "RangeTableFunc") name = "xmltable";
    if (name.empty()) return;
    std::string unique = name;
    for (int n = 1; name_taken(unique); ++n) unique = name + "_" + std::to_string(n);
    if (unique != name) {
        if (!body.contains("alias")) body["alias"] = Node::object();
        body["alias"]["aliasname"] = unique;
        written_names_[unique] = name;
    }
    used_names_.back().push_back(unique);
}

void Binder::bind_column_ref(Node& node) {
    auto& fields = node["ColumnRef"]["fields"];
    if (fields.empty() || !pgast::is_node(fields.back(), "String")) return;
    std::string col = pgast::string_value(fields.back());
    if (fields.size() == 1) {
        for (auto level = levels_.rbegin(); level != levels_.rend(); ++level) {
            const Source* hit = nullptr;
            int hits = 0;
            for (const auto& s : *level) {
                bool has = std::count(s.columns.begin(), s.columns.end(), col) &&
                           !std::count(s.hidden.begin(), s.hidden.end(), col);
                if (has) {
                    if (!hit) hit = &s;
                    ++hits;
                }
            }
            if (hits >= 1) {
                fields = Node::array({string_node(hit->alias), string_node(col)});
                if (hit->table) refs_.push_back(column_key(*hit->table, col));
                return;
            }
        }
        if (params_) {
            auto it = std::find(params_->names.begin(), params_->names.end(), col);
            if (it != params_->names.end())
                node = {{"ParamRef", {{"number", static_cast<int>(it - params_->names.begin()) + 1}}}};
            return;
        }
        require_unqualified_column(col, node);
        return;
    }
    std::string rel = pgast::string_value(fields[fields.size() - 2]);
    if (params_ && fields.size() == 2 && rel == params_->function_name) {
        auto it = std::find(params_->names.begin(), params_->names.end(), col);
        if (it != params_->names.end()) {
            node = {{"ParamRef", {{"number", static_cast<int>(it - params_->names.begin()) + 1}}}};
            return;
        }
    }
    // schema.table.column reads as table.column.
    if (fields.size() == 3) fields = Node::array({string_node(rel), string_node(col)});
    for (auto level = levels_.rbegin(); level != levels_.rend(); ++level)
        for (const auto& s : *level)
            if (s.alias == rel || s.written == rel) {
                require_column(s, rel, col, node);
                fields[fields.size() - 2] = string_node(s.alias);
                if (s.table) refs_.push_back(column_key(*s.table, col));
                return;
            }
}

// A bare `c` found in no FROM item: an error when every item in sight is a table or view of
// the model (an item of unknown columns, a function's result say, might have it).
void Binder::require_unqualified_column(const std::string& col, const Node& ref) const {
    if (is_system_column(col)) return;
    size_t sources = 0;
    for (const auto& level : levels_)
        for (const auto& s : level) {
            if (!s.complete || s.alias == col || s.written == col) return;
            ++sources;
        }
    if (sources == 0) return;
    int location = static_cast<int>(pgast::get_int(ref["ColumnRef"], "location", 0));
    throw StatementError("missing-object", "column \"" + col + "\" does not exist", base_ + location);
}

// `t.c` where t is a table or view of the model: PostgreSQL refuses the query when t has no c.
void Binder::require_column(const Source& s, const std::string& rel, const std::string& col, const Node& ref) const {
    if (!s.complete || is_system_column(col)) return;
    if (std::count(s.columns.begin(), s.columns.end(), col)) return;
    int location = static_cast<int>(pgast::get_int(ref["ColumnRef"], "location", 0));
    throw StatementError("missing-object", "column " + rel + "." + col + " does not exist", base_ + location);
}

void Binder::bind_expr(Node& node, bool qualify_only) {
    if (node.is_array()) {
        for (auto& n : node) bind_expr(n, qualify_only);
        return;
    }
    if (!node.is_object()) return;
    if (pgast::is_node(node, "ColumnRef")) {
        if (!qualify_only) bind_column_ref(node);
        return;
    }
    if (pgast::is_node(node, "SelectStmt")) {
        // A subquery sees the enclosing query's FROM items.
        bind_select(node, qualify_only);
        return;
    }
    for (auto& [k, v] : node.items()) bind_expr(v, qualify_only);
}

// GROUP BY 1 / ORDER BY alias name the target they point at; the server stores that expression.
void Binder::resolve_sort_group(Node& list, const Node& targets, bool is_group, const Level& from) {
    for (auto& item : list) {
        Node& expr = pgast::is_node(item, "SortBy") ? item["SortBy"]["node"] : item;
        if (pgast::is_node(expr, "A_Const") && expr["A_Const"].contains("ival")) {
            long long pos = expr["A_Const"]["ival"].value("ival", 0LL);
            if (pos >= 1 && pos <= static_cast<long long>(targets.size()))
                expr = targets[pos - 1]["ResTarget"]["val"];
            continue;
        }
        if (!pgast::is_node(expr, "ColumnRef") || expr["ColumnRef"]["fields"].size() != 1) continue;
        std::string name = pgast::string_value(expr["ColumnRef"]["fields"][0]);
        // GROUP BY prefers input columns, ORDER BY output names.
        bool input_column = false;
        for (const auto& s : from) input_column |= std::count(s.columns.begin(), s.columns.end(), name) > 0;
        if (is_group && input_column) continue;
        for (const auto& t : targets)
            if (t["ResTarget"].value("name", "") == name) {
                expr = t["ResTarget"]["val"];
                break;
            }
    }
}

std::vector<std::string> Binder::bind_simple_select(Node& s, bool qualify_only) {
    if (s.contains("valuesLists")) {
        bind_expr(s["valuesLists"], qualify_only);
        std::vector<std::string> cols;
        if (!s["valuesLists"].empty())
            for (size_t i = 0; i < pgast::get_list(s["valuesLists"][0]["List"], "items").size(); ++i)
                cols.push_back("column" + std::to_string(i + 1));
        return cols;
    }
    Level from;
    if (s.contains("fromClause"))
        for (auto& item : s["fromClause"]) bind_from_item(item, from, qualify_only);
    levels_.push_back(from);
    Node targets = Node::array();
    std::vector<std::string> columns;
    for (auto& t : s.value("targetList", Node::array())) {
        Node& rt = t["ResTarget"];
        Node& val = rt["val"];
        bool star = pgast::is_node(val, "ColumnRef") && !val["ColumnRef"]["fields"].empty() &&
                    pgast::is_node(val["ColumnRef"]["fields"].back(), "A_Star");
        if (star && !qualify_only) {
            const auto& fields = val["ColumnRef"]["fields"];
            std::string only = fields.size() >= 2 ? pgast::string_value(fields[fields.size() - 2]) : "";
            for (const auto& src : from) {
                if (!only.empty() && src.alias != only && src.written != only) continue;
                for (const auto& col : src.columns) {
                    if (only.empty() && std::count(src.hidden.begin(), src.hidden.end(), col)) continue;
                    Node ref = {{"ColumnRef", {{"fields", Node::array({string_node(src.alias), string_node(col)})}}}};
                    if (src.table) refs_.push_back(column_key(*src.table, col));
                    targets.push_back({{"ResTarget", {{"name", col}, {"val", ref}}}});
                    columns.push_back(col);
                }
            }
            continue;
        }
        bool row_star = pgast::is_node(val, "A_Indirection") && pgast::get_list(val["A_Indirection"], "indirection").size() == 1 &&
                        pgast::is_node(pgast::get_list(val["A_Indirection"], "indirection")[0], "A_Star");
        if (row_star && !qualify_only) {
            Node arg = val["A_Indirection"]["arg"];
            bind_expr(arg, qualify_only);
            auto fields = row_fields(arg, from);
            for (const auto& field : fields) {
                Node item = {{"A_Indirection", {{"arg", arg}, {"indirection", Node::array({string_node(field)})}}}};
                targets.push_back({{"ResTarget", {{"name", field}, {"val", item}}}});
                columns.push_back(field);
            }
            if (!fields.empty()) continue;
        }
        std::string name = pgast::get_string(rt, "name");
        if (name.empty()) name = figure_column_name(val);
        if (name.empty()) name = "?column?";
        bind_expr(val, qualify_only);
        if (!qualify_only) rt["name"] = name;
        targets.push_back(t);
        columns.push_back(name);
    }
    s["targetList"] = targets;
    for (const char* key : {"whereClause", "havingClause", "windowClause", "distinctClause", "limitCount",
                            "limitOffset", "lockingClause"})
        if (s.contains(key)) bind_expr(s[key], qualify_only);
    if (s.contains("groupClause")) {
        if (!qualify_only) resolve_sort_group(s["groupClause"], targets, true, from);
        bind_expr(s["groupClause"], qualify_only);
    }
    if (s.contains("sortClause")) {
        if (!qualify_only) resolve_sort_group(s["sortClause"], targets, false, from);
        bind_expr(s["sortClause"], qualify_only);
    }
    levels_.pop_back();
    return columns;
}

// The server prints every branch of a UNION / INTERSECT / EXCEPT with the result's column
// names (`SELECT NULL::text AS name`), whatever the branch called its own.
void name_branch_targets(Node& select, const std::vector<std::string>& columns) {
    if (pgast::get_string(select, "op", "SETOP_NONE") != "SETOP_NONE") {
        name_branch_targets(select["larg"], columns);
        name_branch_targets(select["rarg"], columns);
        return;
    }
    if (!select.contains("targetList")) return;
    auto& targets = select["targetList"];
    for (size_t i = 0; i < targets.size() && i < columns.size(); ++i) targets[i]["ResTarget"]["name"] = columns[i];
}

std::vector<std::string> Binder::bind_select(Node& select, bool qualify_only) {
    Node& s = pgast::node_body(select);
    bool simple = pgast::get_string(s, "op", "SETOP_NONE") == "SETOP_NONE";
    // This query's own FROM items are named before anything inside it, CTE bodies included.
    used_names_.emplace_back();
    if (simple && !qualify_only && !s.contains("valuesLists") && s.contains("fromClause"))
        for (auto& item : s["fromClause"]) assign_names(item);
    bool has_ctes = s.contains("withClause");
    if (has_ctes) {
        ctes_.emplace_back();
        for (auto& cte : s["withClause"]["ctes"]) {
            Node& c = cte["CommonTableExpr"];
            std::string name = pgast::get_string(c, "ctename");
            auto alias = pgast::string_list(pgast::get_list(c, "aliascolnames"));
            Node& q = c["ctequery"];
            std::vector<std::string> cols;
            // A recursive CTE refers to itself: its non-recursive half gives the columns.
            if (pgast::get_bool(s["withClause"], "recursive") && pgast::get_string(q["SelectStmt"], "op") != "SETOP_NONE") {
                Node first = {{"SelectStmt", q["SelectStmt"]["larg"]}};
                cols = bind_select(first, qualify_only);
                if (!alias.empty()) cols = alias;
                ctes_.back()[name] = cols;
                bind_select(q, qualify_only);
            } else {
                cols = bind_select(q, qualify_only);
            }
            if (!alias.empty()) cols = alias;
            ctes_.back()[name] = cols;
        }
    }
    std::vector<std::string> columns;
    if (pgast::get_string(s, "op", "SETOP_NONE") != "SETOP_NONE") {
        Node larg = {{"SelectStmt", s["larg"]}};
        Node rarg = {{"SelectStmt", s["rarg"]}};
        columns = bind_select(larg, qualify_only);
        bind_select(rarg, qualify_only);
        s["larg"] = larg["SelectStmt"];
        s["rarg"] = rarg["SelectStmt"];
        if (!qualify_only) name_branch_targets(s["rarg"], columns);
        if (s.contains("sortClause")) bind_expr(s["sortClause"], true);
    } else {
        columns = bind_simple_select(s, qualify_only);
    }
    if (has_ctes) ctes_.pop_back();
    used_names_.pop_back();
    return columns;
}

}  // namespace

BoundQuery bind_query(const pgast::Node& select_stmt, const NameScope& scope, const RoutineParameters* params,
                      int location_base, const std::optional<QualifiedName>& outer_table) {
    BoundQuery out;
    std::vector<ObjectKey> ignored;
    out.as_written = select_stmt;
    Binder(scope, params, location_base, ignored).bind_select(out.as_written, true);
    out.bound = select_stmt;
    Binder binder(scope, params, location_base, out.refs);
    if (outer_table) binder.add_outer_table(*outer_table);
    out.columns = binder.bind_select(out.bound, false);
    std::sort(out.refs.begin(), out.refs.end());
    out.refs.erase(std::unique(out.refs.begin(), out.refs.end()), out.refs.end());
    return out;
}

}  // namespace pgfleet
