#pragma once
// A collation (CREATE COLLATION).
#include <string>

#include "catalog/object_key.h"

namespace pgfleet {

// `provider` is "c" (libc), "i" (icu) or "d" (default).
struct Collation {
    QualifiedName name;
    std::string provider = "c";
    std::string lc_collate;
    std::string lc_ctype;
    std::string icu_locale;
    bool deterministic = true;
    std::string owner;
    std::string comment;
    bool operator==(const Collation&) const = default;
};

}  // namespace pgfleet
