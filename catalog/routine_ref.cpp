#include "catalog/routine_ref.h"

#include "catalog/sql_name.h"

namespace pgfleet {

std::string routine_text(const QualifiedName& routine) {
    if (routine.name.empty()) return "";
    if (routine.schema.empty() || routine.schema == "pg_catalog") return sql_ident(routine.name);
    return sql_qualified(routine.schema, routine.name);
}

QualifiedName routine_from_text(const std::string& text) {
    if (text.empty()) return {};
    auto parts = split_qualified_name(text);
    if (parts.size() == 1) return {"pg_catalog", parts[0]};
    return {parts[parts.size() - 2], parts.back()};
}

void add_routine_dependency(const Catalog& c, DependencyGraph& graph, const ObjectKey& from,
                            const QualifiedName& routine, const std::string& identity_arguments) {
    if (routine.name.empty() || routine.schema.empty() || routine.schema == "pg_catalog") return;
    ObjectKey exact = function_key(routine, identity_arguments);
    if (c.contains(exact)) return graph.add(from, exact);
    bool any = false;
    ObjectKey first{ObjectKind::Function, routine.schema, routine.name, ""};
    for (auto it = c.functions.lower_bound(first);
         it != c.functions.end() && it->first.schema == routine.schema && it->first.name == routine.name; ++it) {
        graph.add(from, it->first);
        any = true;
    }
    if (!any) graph.add(from, exact);
}

}  // namespace pgfleet
