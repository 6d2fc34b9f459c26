#pragma once
// Which kinds of objects a database holds at all, in one cheap round trip, so the catalog
// queries of kinds it has none of are not run (planning each costs the server milliseconds,
// most of a small database's read).
#include <nlohmann/json.hpp>

#include "introspect/session.h"

namespace pgfleet {

class KindCensus {
public:
    // Every kind counts as present: nothing is skipped.
    KindCensus() = default;
    explicit KindCensus(Session& session);

    // Runs the kind's catalog query (see query_json), or gives an empty array when the
    // census found none of the kind. `kind` is a key of kCensus in kind_census.cpp.
    nlohmann::json query(Session& session, const char* kind, const char* sql) const;

private:
    nlohmann::json present_ = nlohmann::json::object();
};

}  // namespace pgfleet
