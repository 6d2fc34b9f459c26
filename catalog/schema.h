#pragma once
// A namespace (CREATE SCHEMA).
#include <string>

#include "catalog/privilege.h"

namespace pgfleet {

struct Schema {
    std::string name;
    std::string owner;
    std::string comment;
    Privileges privileges;
    // A desired state that revokes CREATE from PUBLIC here. PostgreSQL 15 and later never give
    // it on public, 13 and 14 do: this tells the file's intent apart on those (server_fit.h).
    // It is where the state came from, not part of it: neither compared nor saved.
    bool create_revoked_from_public = false;
    bool operator==(const Schema& o) const {
        return name == o.name && owner == o.owner && comment == o.comment && privileges == o.privileges;
    }
};

}  // namespace pgfleet
