#include "parser/column_refs.h"

#include <set>

#include "parser/statement_error.h"

namespace pgfleet {
bool is_system_column(const std::string& name) {
    static const std::set<std::string> names{"tableoid", "ctid", "xmin", "xmax", "cmin", "cmax", "oid"};
    return names.count(name) > 0;
}

void require_referenced_columns(const Table& table, const Expr& expr, int offset) {
    for (const auto& ref : expr.refs) {
        if (ref.kind != ObjectKind::Column || ref.schema != table.name.schema || ref.name != table.name.name) continue;
        if (ref.sub == table.name.name || is_system_column(ref.sub) || table.find_column(ref.sub)) continue;
        throw StatementError("missing-object", "column \"" + ref.sub + "\" does not exist", offset);
    }
}

}  // namespace pgfleet
