#pragma once
// The storage PostgreSQL gives a column of a type (pg_type.typstorage), as SET STORAGE's word.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

// "plain", "main" or "extended". Types the model does not know (an extension's) are taken
// as "extended", which nearly all of them are.
std::string default_storage(const Catalog& catalog, const std::string& type);

}  // namespace pgfleet
