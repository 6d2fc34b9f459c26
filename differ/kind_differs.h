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
void diff_domains(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_composite_types(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_range_types(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_views(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_functions(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_aggregates(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_triggers(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_policies(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_rules(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_collations(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_event_triggers(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_publications(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_foreign_data(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);
void diff_default_privileges(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out);

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

// Comment, owner (where the desired state declares one) and privileges of two versions of an
// object; returns true when the rest of the definition differs too.
template <class T>
bool note_common_differences(std::vector<std::string>& attrs, const T& a, const T& b) {
    if constexpr (requires { a.comment; }) note_if_different(attrs, "comment", a.comment, b.comment);
    if constexpr (requires { a.owner; })
        if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
    if constexpr (requires { a.privileges; }) note_if_different(attrs, "privileges", a.privileges, b.privileges);
    T da = a, db = b;
    if constexpr (requires { a.comment; }) da.comment = db.comment = "";
    if constexpr (requires { a.owner; }) da.owner = db.owner = "";
    if constexpr (requires { a.privileges; }) da.privileges = db.privileges = {};
    return !(da == db);
}

// For kinds that cannot be altered in place: anything but comment/owner/privileges
// differing means drop and create again ("definition", replace).
template <class Map, class KeyFn>
void diff_replaceable(const Map& from, const Map& to, KeyFn key, std::vector<Change>& out) {
    for (const auto& [k, v] : from)
        if (!to.count(k)) out.push_back({key(k), ChangeAction::Drop, {}, false});
    for (const auto& [k, b] : to) {
        auto it = from.find(k);
        if (it == from.end()) {
            out.push_back({key(k), ChangeAction::Create, {}, false});
            continue;
        }
        std::vector<std::string> attrs;
        bool definition = note_common_differences(attrs, it->second, b);
        if (definition) attrs.insert(attrs.begin(), "definition");
        if (!attrs.empty()) out.push_back({key(k), ChangeAction::Alter, attrs, definition});
    }
}

}  // namespace pgfleet
