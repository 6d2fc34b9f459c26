#pragma once
// One differ per object kind; diff_catalogs runs them all.
#include <vector>

#include "catalog/catalog.h"
#include "differ/change.h"

namespace pgfleet {

void diff_schemas(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_extensions(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_enums(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_sequences(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_tables(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_indexes(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);

// Adds Create/Drop for keys on one side only and calls `alter` for keys on both.
template <class Map, class KeyFn, class AlterFn>
void diff_maps(const Map& from, const Map& to, KeyFn key, AlterFn alter, std::vector<Change>& out) {
    for (const auto& [k, v] : from)
        if (!to.count(k)) out.push_back({key(k), ChangeAction::Drop, {}, false});
    for (const auto& [k, v] : to) {
        auto it = from.find(k);
        if (it == from.end()) out.push_back({key(k), ChangeAction::Create, {}, false});
        else alter(it->second, v);
    }
}

// Appends `name` to `attrs` when the two values differ.
template <class T>
void note_if_different(std::vector<std::string>& attrs, const char* name, const T& a, const T& b) {
    if (!(a == b)) attrs.push_back(name);
}

}  // namespace pgfleet
