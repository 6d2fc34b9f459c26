#pragma once
// A trigger on a table or view (CREATE [CONSTRAINT] TRIGGER).
#include <optional>
#include <string>
#include <vector>

#include "catalog/expr.h"

namespace pgfleet {

// `timing` BEFORE/AFTER/INSTEAD OF; `events` in INSERT, UPDATE, DELETE, TRUNCATE order;
// `enabled` is pg_trigger.tgenabled: O (origin, the default), D, R (replica), A (always).
struct Trigger {
    QualifiedName table;
    std::string name;
    std::string timing;
    std::vector<std::string> events;
    std::vector<std::string> update_columns;
    bool for_each_row = false;
    std::optional<Expr> when;
    QualifiedName function;
    std::vector<std::string> arguments;
    bool constraint = false;
    bool deferrable = false;
    bool initially_deferred = false;
    QualifiedName referenced_table;
    std::string old_table;
    std::string new_table;
    std::string enabled = "O";
    std::string comment;
    bool operator==(const Trigger&) const = default;
};

}  // namespace pgfleet
