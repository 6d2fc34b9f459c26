// Foreign tables: column OPTIONS, SERVER and OPTIONS (see gen_foreign_table.h).
#include "planner/gen_foreign_table.h"

#include "catalog/sql_name.h"
#include "planner/ddl.h"
#include "planner/generic_options_sql.h"

namespace pgfleet {
namespace {

std::string object_name(const Table& t) { return "table_" + t.name.schema + "_" + t.name.name; }

std::vector<std::string> column_options(const Table& t, const std::string& column) {
    if (!t.foreign) return {};
    auto it = t.foreign->column_options.find(column);
    return it == t.foreign->column_options.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace

std::string foreign_column_definition(const Table& t, const Column& col, std::vector<std::string>& secrets) {
    std::string definition = ddl::column_definition(col);
    std::vector<std::string> options = column_options(t, col.name);
    if (options.empty()) return definition;
    std::string head = sql_ident(col.name) + " " + col.type;
    OptionsSql sql = create_options_sql(options, object_name(t) + "_" + col.name);
    secrets.insert(secrets.end(), sql.secrets.begin(), sql.secrets.end());
    return head + sql.clause + definition.substr(head.size());
}

std::string foreign_table_server(const Table& t, std::vector<std::string>& secrets) {
    OptionsSql options = create_options_sql(t.foreign->options, object_name(t));
    secrets.insert(secrets.end(), options.secrets.begin(), options.secrets.end());
    return " SERVER " + sql_ident(t.foreign->server) + options.clause;
}

void plan_foreign_options(const Change& c, const Table& from, const Table& to, PlanBuilder& plan) {
    if (!from.foreign || !to.foreign) return;
    std::string alter = "ALTER FOREIGN TABLE " + ddl::name(to.name);
    auto add = [&](const std::string& clause, const OptionsSql& options, const ObjectKey& key) {
        plan.add({.sql = with_secret_note(alter + clause + options.clause, options.secrets), .object = key,
                  .action = ChangeAction::Alter, .phase = Phase::Alter, .modifies = {key}});
    };
    OptionsSql table_options = alter_options_sql(from.foreign->options, to.foreign->options, object_name(to));
    if (!table_options.clause.empty()) add("", table_options, c.key);
    for (const auto& col : to.columns) {
        if (!from.find_column(col.name)) continue;  // a new column gets its options when added
        OptionsSql options = alter_options_sql(column_options(from, col.name), column_options(to, col.name),
                                               object_name(to) + "_" + col.name);
        if (!options.clause.empty()) add(" ALTER COLUMN " + sql_ident(col.name), options, column_key(to.name, col.name));
    }
}

}  // namespace pgfleet
