#include "parser/alter_table_foreign_rules.h"

#include "parser/generic_options.h"
#include "parser/statement_error.h"

namespace pgfleet {
namespace {

ForeignTableInfo& foreign_info(StatementContext& ctx, const QualifiedName& table) {
    Table& t = ctx.catalog().tables.at(table);
    if (!t.foreign) throw StatementError("invalid", "\"" + table.name + "\" is not a foreign table");
    return *t.foreign;
}

}  // namespace

void alter_foreign_table_options(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd) {
    apply_generic_options(ctx, foreign_info(ctx, table).options, cmd.at("def").at("List").value("items", pgast::Node::array()));
}

void alter_foreign_column_options(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd) {
    ForeignTableInfo& info = foreign_info(ctx, table);
    std::string column = pgast::get_string(cmd, "name");
    if (!ctx.catalog().tables.at(table).find_column(column))
        throw StatementError("missing-object", "column \"" + column + "\" of relation \"" + table.name + "\" does not exist");
    std::vector<std::string> options = info.column_options[column];
    apply_generic_options(ctx, options, cmd.at("def").at("List").value("items", pgast::Node::array()));
    if (options.empty()) info.column_options.erase(column);
    else info.column_options[column] = options;
}

void alter_rule_firing(StatementContext& ctx, const QualifiedName& table, const pgast::Node& cmd) {
    std::string name = pgast::get_string(cmd, "name");
    auto it = ctx.catalog().rules.find(rule_key(table, name));
    if (it == ctx.catalog().rules.end())
        throw StatementError("missing-object", "rule \"" + name + "\" for table \"" + table.name + "\" does not exist");
    std::string subtype = pgast::get_string(cmd, "subtype");
    it->second.enabled = subtype == "AT_DisableRule"         ? "D"
                         : subtype == "AT_EnableAlwaysRule"  ? "A"
                         : subtype == "AT_EnableReplicaRule" ? "R"
                                                             : "O";
}

}  // namespace pgfleet
