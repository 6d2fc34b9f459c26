#pragma once
// An event trigger (CREATE EVENT TRIGGER).
#include <string>
#include <vector>

#include "catalog/object_key.h"

namespace pgfleet {

// `tags` are upper-cased, in the order declared; `enabled` is pg_event_trigger.evtenabled.
struct EventTrigger {
    std::string name;
    std::string event;
    std::vector<std::string> tags;
    QualifiedName function;
    std::string enabled = "O";
    std::string owner;
    std::string comment;
    bool operator==(const EventTrigger&) const = default;
};

}  // namespace pgfleet
