#pragma once
// A collation (CREATE COLLATION).
#include <string>

#include <nlohmann/json.hpp>

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

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Collation, name, provider, lc_collate, lc_ctype, icu_locale,
                                                deterministic, owner, comment)

}  // namespace pgfleet
