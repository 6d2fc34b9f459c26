#include "lint/tenant_model.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "catalog/sql_name.h"
#include "parser/expressions.h"
#include "parser/name_scope.h"

namespace pgfleet::lint {
namespace {

using nlohmann::json;

// True when the clause tree implies one of the accepted comparisons: it is one, or an AND
// with one among its terms, or an OR whose every branch implies one.
bool implies(const json& node, const std::set<std::string>& accepted) {
    if (accepted.count(node.dump())) return true;
    if (!node.is_object() || !node.contains("BoolExpr")) return false;
    const json& b = node["BoolExpr"];
    const std::string op = b.value("boolop", "");
    const json& args = b.contains("args") ? b["args"] : json::array();
    if (op == "AND_EXPR") return std::any_of(args.begin(), args.end(), [&](const json& a) { return implies(a, accepted); });
    if (op == "OR_EXPR")
        return !args.empty() && std::all_of(args.begin(), args.end(), [&](const json& a) { return implies(a, accepted); });
    return false;
}

bool is_text_type(const std::string& type) { return type == "text" || type.rfind("character varying", 0) == 0; }

// A name followed by one parenthesized argument list (`current_setting('x')`) takes a cast
// as it is; anything else is parenthesized first.
std::string castable(const std::string& expr) {
    size_t open = expr.find('(');
    if (open == std::string::npos || open == 0 || expr.back() != ')') return "(" + expr + ")";
    for (size_t i = 0; i < open; ++i)
        if (!(isalnum(static_cast<unsigned char>(expr[i])) || expr[i] == '_' || expr[i] == '.')) return "(" + expr + ")";
    int depth = 0;
    bool quoted = false;
    for (size_t i = open; i < expr.size(); ++i) {
        if (expr[i] == '\'') quoted = !quoted;
        if (quoted) continue;
        depth += expr[i] == '(' ? 1 : expr[i] == ')' ? -1 : 0;
        if (depth == 0 && i + 1 < expr.size()) return "(" + expr + ")";
    }
    return expr;
}

}  // namespace

TenantModel::TenantModel(const Catalog& catalog, const LintConfig& config) : catalog_(catalog), config_(config) {
    for (const auto& [name, index] : catalog.indexes) indexes_by_table_[index.table].push_back(&index);
    std::map<std::string, int> type_counts;
    for (const auto& [name, table] : catalog.tables) {
        // Foreign tables take no row-level security; their rows live elsewhere.
        if (table.foreign || config.fully_exempt(name)) continue;
        const Column* column = tenant_column(table);
        if (!column && config.tenant_tables == TenantTables::WithTenantColumn) continue;
        candidates_.push_back(&table);
        if (!column) continue;
        tables_.push_back(&table);
        tenant_names_.insert(name);
        ++type_counts[column->type];
    }
    expected_type_ = config.tenant_column_type;
    // The most common type wins; ties go to the first name, so the choice is stable.
    for (const auto& [type, count] : type_counts)
        if (config.tenant_column_type.empty() && (expected_type_.empty() || count > type_counts[expected_type_]))
            expected_type_ = type;
}

const Column* TenantModel::tenant_column(const Table& table) const { return table.find_column(config_.tenant_column); }

std::string TenantModel::expected_predicate(const Table& table) const {
    const Column* column = tenant_column(table);
    std::string setting = config_.tenant_setting;
    if (column && !is_text_type(column->type)) setting = castable(setting) + "::" + column->type;
    return sql_ident(config_.tenant_column) + " = " + setting;
}

const std::set<std::string>& TenantModel::accepted_predicates(const Table& table) const {
    auto it = accepted_.find(table.name);
    if (it != accepted_.end()) return it->second;
    std::set<std::string>& forms = accepted_[table.name];
    const Column* column = tenant_column(table);
    if (!column) return forms;
    std::vector<std::string> search_path{table.name.schema, "public"};
    NameScope scope(catalog_, search_path);
    ExprContext context{scope, table.name};
    std::string col = sql_ident(column->name);
    std::vector<std::string> settings{"(" + config_.tenant_setting + ")::" + column->type};
    // A text column compares with the setting as it is (current_setting returns text).
    if (is_text_type(column->type)) settings.push_back("(" + config_.tenant_setting + ")");
    for (const auto& s : settings)
        for (const auto& text : {col + " = " + s, s + " = " + col}) {
            try {
                forms.insert(make_expr_from_text(text, context).canonical);
            } catch (const std::exception&) {
                // A setting that does not parse accepts nothing; every policy is then reported.
            }
        }
    return forms;
}

Scope TenantModel::scope_of(const Table& table, const Expr& clause) const {
    json tree = json::parse(clause.canonical, nullptr, false);
    if (!tree.is_discarded() && implies(tree, accepted_predicates(table))) return Scope::Scoped;
    for (const auto& ref : clause.refs)
        if (ref.kind == ObjectKind::Column && ref.schema == table.name.schema && ref.name == table.name.name &&
            ref.sub == config_.tenant_column)
            return Scope::WrongForm;
    return Scope::Unscoped;
}

bool TenantModel::restricted_to_tenant(const Table& table, const std::string& command, bool check) const {
    for (const auto& [key, p] : catalog_.policies) {
        if (p.permissive || p.table != table.name || (p.command != "ALL" && p.command != command)) continue;
        if (p.roles != std::vector<std::string>{"public"}) continue;
        // WITH CHECK of ALL and UPDATE defaults to USING; SELECT and DELETE check no new rows.
        const std::optional<Expr>& clause =
            !check ? p.using_expr : p.check_expr ? p.check_expr : (p.command == "ALL" || p.command == "UPDATE") ? p.using_expr : p.check_expr;
        if (clause && scope_of(table, *clause) == Scope::Scoped) return true;
    }
    return false;
}

bool TenantModel::reads_tenant_rows(const View& view) const {
    std::set<QualifiedName> seen;
    std::vector<const View*> pending{&view};
    while (!pending.empty()) {
        const View* v = pending.back();
        pending.pop_back();
        if (!seen.insert(v->name).second) continue;
        for (const auto& ref : v->query.refs) {
            QualifiedName name{ref.schema, ref.name};
            if (ref.kind == ObjectKind::Table && is_tenant_table(name)) return true;
            if (ref.kind == ObjectKind::View)
                if (auto it = catalog_.views.find(name); it != catalog_.views.end()) pending.push_back(&it->second);
        }
    }
    return false;
}

const std::vector<const Index*>& TenantModel::indexes_of(const QualifiedName& table) const {
    static const std::vector<const Index*> none;
    auto it = indexes_by_table_.find(table);
    return it == indexes_by_table_.end() ? none : it->second;
}

}  // namespace pgfleet::lint
