// Triggers need their table (or view) and their function; policies their table and what
// their expressions use.
#include "catalog/dependencies.h"

namespace pgfleet {

static ObjectKey relation_key(const Catalog& c, const QualifiedName& n) {
    return c.views.count(n) ? view_key(n) : table_key(n);
}

void add_trigger_dependencies(const Catalog& c, DependencyGraph& g) {
    for (const auto& [key, t] : c.triggers) {
        g.add(key, relation_key(c, t.table));
        if (t.function.schema != "pg_catalog") g.add(key, function_key(t.function, ""));
        if (!t.referenced_table.name.empty()) g.add(key, relation_key(c, t.referenced_table));
        if (t.when) g.add_all(key, t.when->refs);
        for (const auto& col : t.update_columns) g.add(key, column_key(t.table, col));
    }
}

void add_policy_dependencies(const Catalog& c, DependencyGraph& g) {
    for (const auto& [key, p] : c.policies) {
        g.add(key, table_key(p.table));
        if (p.using_expr) g.add_all(key, p.using_expr->refs);
        if (p.check_expr) g.add_all(key, p.check_expr->refs);
    }
}

}  // namespace pgfleet
