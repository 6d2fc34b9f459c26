// Columns of a table present on both sides. Column order is not a difference.
#include "differ/kind_differs.h"
#include "differ/table_parts.h"

namespace pgfleet {

void diff_columns(const Table& from, const Table& to, std::vector<Change>& out) {
    for (const auto& a : from.columns)
        if (!to.find_column(a.name)) out.push_back({column_key(from.name, a.name), ChangeAction::Drop, {}, false});
    for (const auto& b : to.columns) {
        const Column* a = from.find_column(b.name);
        ObjectKey key = column_key(to.name, b.name);
        if (!a) {
            out.push_back({key, ChangeAction::Create, {}, false});
            continue;
        }
        std::vector<std::string> attrs;
        note_if_different(attrs, "type", a->type, b.type);
        note_if_different(attrs, "collation", a->collation, b.collation);
        note_if_different(attrs, "not_null", a->not_null, b.not_null);
        note_if_different(attrs, "default", a->default_value, b.default_value);
        note_if_different(attrs, "identity", a->identity, b.identity);
        note_if_different(attrs, "generated", a->generated, b.generated);
        note_if_different(attrs, "comment", a->comment, b.comment);
        note_if_different(attrs, "privileges", a->privileges, b.privileges);
        if (attrs.empty()) continue;
        // A generation expression cannot be changed in place (PostgreSQL 15): the column is
        // dropped and added again, unless it merely stops being generated.
        bool replace = a->generated && b.generated && !(a->generated == b.generated);
        replace |= !a->generated && b.generated;
        out.push_back({key, ChangeAction::Alter, attrs, replace});
    }
}

}  // namespace pgfleet
