#pragma once
// What differs between two catalogs, as typed changes keyed by object (no SQL here).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/object_key.h"

namespace pgfleet {

enum class ChangeAction { Create, Drop, Alter };

// One difference. For Alter, `attributes` names what differs ("type", "default", ...);
// `replace` means the object cannot be altered in place and is dropped and created again.
struct Change {
    ObjectKey key;
    ChangeAction action = ChangeAction::Alter;
    std::vector<std::string> attributes;
    bool replace = false;
};

struct ChangeSet {
    std::vector<Change> changes;
    bool empty() const { return changes.empty(); }
};

struct DiffOptions {
    // Columns may stay in another order than declared: no table is rebuilt to reorder them.
    bool ignore_column_order = false;
};

const char* action_name(ChangeAction action);

void to_json(nlohmann::json& j, const Change& c);

}  // namespace pgfleet
