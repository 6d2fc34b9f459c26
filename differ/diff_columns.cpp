// Columns of a table present on both sides. Their order is the table's (see column_order.h).
#include "catalog/not_null_name.h"
#include "differ/inherited_column.h"
#include "differ/kind_differs.h"
#include "differ/table_parts.h"

namespace pgfleet {

namespace {

// What each table's column has on its own, even when the table takes the column from a
// parent (and its default, noted apart to keep the order of a change's attributes).
void note_own_settings(std::vector<std::string>& attrs, const Column& a, const Column& b) {
    note_if_different(attrs, "comment", a.comment, b.comment);
    note_if_different(attrs, "privileges", a.privileges, b.privileges);
    note_if_different(attrs, "options", a.options, b.options);
    note_if_different(attrs, "statistics", a.statistics, b.statistics);
    note_if_different(attrs, "storage", a.storage, b.storage);
    note_if_different(attrs, "compression", a.compression, b.compression);
}

}  // namespace

void diff_columns(const Catalog& from_catalog, const Catalog& to_catalog, const Table& from, const Table& to,
                  std::vector<Change>& out) {
    // Columns a table inherits follow its parent: changing the parent changes them. A table
    // that only now becomes a partition or child must have them itself before it is attached.
    bool same_parents = from.partition_of.has_value() == to.partition_of.has_value() &&
                        (!to.partition_of || from.partition_of->parent == to.partition_of->parent) &&
                        from.inherits == to.inherits;
    // The columns of a table typed by the same type on both sides come and go with the type
    // (ALTER TYPE ... CASCADE); only their own settings differ here.
    bool same_type = to.of_type && from.of_type == to.of_type;
    for (const auto& a : from.columns)
        if (!to.find_column(a.name) && a.local && !same_type)
            out.push_back({column_key(from.name, a.name), ChangeAction::Drop, {}, false});
    for (const auto& b : to.columns) {
        // Settings of a column taken from the parent start from what the parent's statements
        // leave there (see inherited_column.h).
        bool follows_parent = same_parents && column_follows_parent(from_catalog, to_catalog, to, b.name);
        std::optional<Column> after_parents;
        if (follows_parent) after_parents = column_after_parents(from_catalog, to_catalog, to, b.name);
        ObjectKey key = column_key(to.name, b.name);
        if (!b.local && same_parents) {
            std::vector<std::string> attrs;
            if (after_parents) note_if_different(attrs, "not_null", after_parents->not_null, b.not_null);
            if (after_parents) note_if_different(attrs, "default", after_parents->default_value, b.default_value);
            if (after_parents) note_own_settings(attrs, *after_parents, b);
            if (!attrs.empty()) out.push_back({key, ChangeAction::Alter, attrs, false});
            continue;
        }
        const Column* a = from.find_column(b.name);
        if (!a) {
            out.push_back({key, ChangeAction::Create, {}, false});  // the planner sees it comes with the type
            continue;
        }
        const Column& start = after_parents ? *after_parents : *a;
        std::vector<std::string> attrs;
        if (!same_type) note_if_different(attrs, "type", a->type, b.type);
        if (!same_type) note_if_different(attrs, "collation", a->collation, b.collation);
        note_if_different(attrs, "not_null", a->not_null, b.not_null);
        // Both NOT NULL: the constraint's name may differ (PostgreSQL 18; before it, both
        // sides have no names and the table is the same, so the default names are equal).
        if (a->not_null && b.not_null)
            note_if_different(attrs, "not_null_name", not_null_name(from.name, *a), not_null_name(to.name, b));
        note_if_different(attrs, "default", start.default_value, b.default_value);
        note_if_different(attrs, "identity", a->identity, b.identity);
        note_if_different(attrs, "generated", a->generated, b.generated);
        note_if_different(attrs, "generated_virtual", a->generated_virtual, b.generated_virtual);
        note_own_settings(attrs, start, b);
        if (attrs.empty()) continue;
        out.push_back({key, ChangeAction::Alter, attrs, column_replaced(*a, b)});
    }
}

bool column_replaced(const Column& a, const Column& b) {
    // A generation expression cannot be changed in place (PostgreSQL 15), nor turned from
    // stored to virtual or back: the column is dropped and added again, unless a stored
    // one merely stops being generated (18 cannot DROP EXPRESSION of a virtual one).
    bool replace = a.generated && b.generated &&
                   (!(a.generated == b.generated) || a.generated_virtual != b.generated_virtual);
    replace |= !a.generated && b.generated;
    replace |= a.generated && a.generated_virtual && !b.generated;
    return replace;
}

}  // namespace pgfleet
