// Aggregates need their schema, argument and state types, and their support functions.
#include "catalog/routine_ref.h"

namespace pgfleet {
namespace {

// "a, b" + "c" -> "a, b, c"
std::string join_arguments(const std::string& first, const std::string& rest) {
    if (rest.empty()) return first;
    return first + ", " + rest;
}

std::vector<std::string> split_types(const std::string& list) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < list.size()) {
        size_t comma = list.find(", ", start);
        out.push_back(list.substr(start, comma - start));
        if (comma == std::string::npos) break;
        start = comma + 2;
    }
    return out;
}

}  // namespace

void add_aggregate_dependencies(const Catalog& c, DependencyGraph& graph) {
    for (const auto& [key, a] : c.aggregates) {
        graph.add(key, schema_key(a.name.schema));
        for (const auto& type : split_types(a.identity_arguments)) graph.add_type(key, type);
        graph.add_type(key, a.state_type);
        graph.add_type(key, a.moving_state_type);
        // Support function signatures follow from the state and argument types for normal
        // aggregates; for ordered-set ones every overload of the name is taken.
        const std::string args = a.kind == "n" ? a.identity_arguments : "?";
        auto routine = [&c, &graph, &key = key](const std::string& text, const std::string& identity) {
            add_routine_dependency(c, graph, key, routine_from_text(text), identity);
        };
        routine(a.state_function, join_arguments(a.state_type, args));
        routine(a.final_function, a.final_extra ? join_arguments(a.state_type, args) : a.state_type);
        routine(a.combine_function, a.state_type + ", " + a.state_type);
        routine(a.serial_function, "internal");
        routine(a.deserial_function, "bytea, internal");
        routine(a.moving_state_function, join_arguments(a.moving_state_type, args));
        routine(a.moving_inverse_function, join_arguments(a.moving_state_type, args));
        routine(a.moving_final_function,
                a.moving_final_extra ? join_arguments(a.moving_state_type, args) : a.moving_state_type);
    }
}

}  // namespace pgfleet
