// Composite types. Attributes are added, dropped and retyped in place while the order stays
// what ADD ATTRIBUTE (which appends) can give, and no column stores the type when an
// attribute's type changes; otherwise the type is rebuilt.
#include <algorithm>

#include "catalog/dependencies.h"
#include "differ/type_kinds.h"

namespace pgfleet {
namespace {

// Kept attributes in their old relative order, then the new ones.
bool order_reachable(const CompositeType& a, const CompositeType& b) {
    std::vector<std::string> kept, added;
    for (const auto& attr : b.attributes) {
        bool existed = std::any_of(a.attributes.begin(), a.attributes.end(),
                                   [&](const CompositeAttribute& x) { return x.name == attr.name; });
        if (existed && !added.empty()) return false;
        (existed ? kept : added).push_back(attr.name);
    }
    std::vector<std::string> old_order;
    for (const auto& attr : a.attributes)
        if (std::find(kept.begin(), kept.end(), attr.name) != kept.end()) old_order.push_back(attr.name);
    return old_order == kept;
}

bool attribute_retyped(const CompositeType& a, const CompositeType& b) {
    for (const auto& attr : b.attributes)
        for (const auto& old : a.attributes)
            if (old.name == attr.name && (old.type != attr.type || old.collation != attr.collation)) return true;
    return false;
}

// A table column or another composite's attribute stores values of the type.
bool stored_somewhere(const Catalog& c, const QualifiedName& type) {
    for (const auto& [n, t] : c.tables)
        for (const auto& col : t.columns)
            if (referenced_type(col.type) == type) return true;
    for (const auto& [n, t] : c.composite_types)
        for (const auto& attr : t.attributes)
            if (referenced_type(attr.type) == type) return true;
    return false;
}

std::vector<CompositeAttribute> without_comments(std::vector<CompositeAttribute> attributes) {
    for (auto& a : attributes) a.comment.clear();
    return attributes;
}

}  // namespace

void diff_composite_types(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_type_map(from, to, from.composite_types, to.composite_types,
                  [&](const CompositeType& a, const CompositeType& b) {
                      std::vector<std::string> attrs;
                      auto plain_a = without_comments(a.attributes), plain_b = without_comments(b.attributes);
                      note_if_different(attrs, "attributes", plain_a, plain_b);
                      if (plain_a == plain_b && a.attributes != b.attributes) attrs.push_back("attribute_comments");
                      CompositeType ca = a, cb = b;
                      ca.attributes = cb.attributes = {};
                      note_common_differences(attrs, ca, cb);
                      if (attrs.empty()) return;
                      bool replace = plain_a != plain_b &&
                                     (!order_reachable(a, b) || (attribute_retyped(a, b) && stored_somewhere(from, a.name)));
                      out.push_back({type_key(b.name), ChangeAction::Alter, attrs, replace});
                  },
                  out);
}

}  // namespace pgfleet
