// Routines need their schema and the user-defined types of their signature; a standard-SQL
// body or an argument default needs what it references.
#include "catalog/dependencies.h"

namespace pgfleet {
namespace {

// "SETOF public.t" -> "public.t"; the element types of "TABLE(a public.t, b integer)".
std::vector<std::string> result_types(const std::string& returns) {
    if (returns.rfind("SETOF ", 0) == 0) return {returns.substr(6)};
    if (returns.rfind("TABLE(", 0) != 0) return {returns};
    return {};  // TABLE columns are arguments of mode "table", already listed
}

}  // namespace

void add_function_dependencies(const Catalog& c, DependencyGraph& g) {
    for (const auto& [key, f] : c.functions) {
        g.add(key, schema_key(key.schema));
        for (const auto& a : f.arguments) {
            g.add_type(key, a.type);
            if (a.default_value) g.add_all(key, a.default_value->refs);
        }
        for (const auto& t : result_types(f.returns)) g.add_type(key, t);
        if (f.sql_body) g.add_all(key, f.sql_body->refs);
        if (ObjectKey support = function_key(f.support, "internal"); c.functions.count(support)) g.add(key, support);
    }
}

}  // namespace pgfleet
