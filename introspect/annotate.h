#pragma once
// Owner, comment and privileges of an object read back from the server: they are not part
// of the DDL the readers build, so they are set beside it.
#include "introspect/server_ddl.h"

namespace pgfleet {

template <class T>
void annotate(T& object, const nlohmann::json& j) {
    object.owner = text_or_empty(j, "owner");
    object.comment = text_or_empty(j, "comment");
    object.privileges = privileges_from(j);
}

}  // namespace pgfleet
