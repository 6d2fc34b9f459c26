#pragma once
// Enums, domains, composite and range types share one name space: a name may move from one
// kind to another, which only a rebuild can do.
#include "catalog/object_access.h"
#include "differ/kind_differs.h"

namespace pgfleet {

// diff_maps for one type kind: a name the other side holds as another kind is not created
// or dropped here; the desired kind's differ reports it as a rebuild ("kind").
template <class Map, class AlterFn>
void diff_type_map(const Catalog& from, const Catalog& to, const Map& from_map, const Map& to_map, AlterFn alter,
                   std::vector<Change>& out) {
    for (const auto& [name, v] : from_map)
        if (!to_map.count(name) && !*type_kind_name(to, name)) out.push_back({type_key(name), ChangeAction::Drop, {}, false});
    for (const auto& [name, v] : to_map) {
        auto it = from_map.find(name);
        if (it != from_map.end()) alter(it->second, v);
        else if (*type_kind_name(from, name)) out.push_back({type_key(name), ChangeAction::Alter, {"kind"}, true});
        else out.push_back({type_key(name), ChangeAction::Create, {}, false});
    }
}

}  // namespace pgfleet
