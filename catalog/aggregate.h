#pragma once
// An aggregate function (CREATE AGGREGATE).
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "catalog/privilege.h"

namespace pgfleet {

// `identity_arguments` are the argument types alone ("integer, text"; "" for `*`), the key
// among routines; `arguments` is the signature as pg_get_function_arguments prints it (names,
// VARIADIC, "ORDER BY" of ordered-set aggregates; "*"). Support functions are routine texts
// (see routine_ref.h). Empty strings mean "not set"; types are canonical type text.
struct Aggregate {
    QualifiedName name;
    std::string identity_arguments;
    std::string arguments;
    std::string kind = "n";  // n normal, o ordered-set, h hypothetical-set
    // *_modify are pg_aggregate's letters (r read only, s shareable, w read write), always set;
    // *_space are byte estimates, "" for none.
    std::string state_function;
    std::string state_type;
    std::string state_space;
    std::string final_function;
    bool final_extra = false;
    std::string final_modify;
    std::string combine_function;
    std::string serial_function;
    std::string deserial_function;
    std::string initial_condition;
    bool has_initial_condition = false;
    std::string moving_state_function;
    std::string moving_inverse_function;
    std::string moving_state_type;
    std::string moving_final_function;
    bool moving_final_extra = false;
    std::string moving_final_modify;
    std::string moving_state_space;
    std::string moving_initial_condition;
    bool has_moving_initial_condition = false;
    std::string sort_operator;
    std::string parallel = "u";
    std::string owner;
    std::string comment;
    Privileges privileges;
    bool operator==(const Aggregate&) const = default;
};

}  // namespace pgfleet
