#include "differ/change.h"

namespace pgfleet {

const char* action_name(ChangeAction action) {
    switch (action) {
        case ChangeAction::Create: return "create";
        case ChangeAction::Drop: return "drop";
        case ChangeAction::Alter: return "alter";
    }
    return "alter";
}

void to_json(nlohmann::json& j, const Change& c) {
    j = {{"object", c.key}, {"action", action_name(c.action)}};
    if (!c.attributes.empty()) j["attributes"] = c.attributes;
    if (c.replace) j["replace"] = true;
}

}  // namespace pgfleet
