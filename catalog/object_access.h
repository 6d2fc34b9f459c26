#pragma once
// Generic access to the parts every kind may have (comment, owner, privileges), by key.
#include <string>

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"

namespace pgfleet {

// nullptr when the object does not exist or its kind has no such part.
std::string* comment_of(Catalog& catalog, const ObjectKey& key);
std::string* owner_of(Catalog& catalog, const ObjectKey& key);
Privileges* privileges_of(Catalog& catalog, const ObjectKey& key);
const Privileges* privileges_of(const Catalog& catalog, const ObjectKey& key);

// The object as JSON (null when absent), for showing what changed.
nlohmann::json object_json(const Catalog& catalog, const ObjectKey& key);

// The key of the type named `name`, whichever kind of type it is (enums, domains, ...).
const char* type_kind_name(const Catalog& catalog, const QualifiedName& name);

}  // namespace pgfleet
