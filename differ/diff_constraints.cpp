// Constraints of a table present on both sides.
#include "differ/kind_differs.h"
#include "differ/table_parts.h"

namespace pgfleet {
namespace {

// The parts of a constraint that need a drop and re-create to change.
Constraint definition_only(Constraint c) {
    c.comment.clear();
    c.index_options.clear();
    c.validated = true;
    c.deferrable = c.initially_deferred = false;
    return c;
}

}  // namespace

void diff_constraints(const Table& from, const Table& to, std::vector<Change>& out) {
    for (const auto& a : from.constraints)
        if (!to.find_constraint(a.name)) out.push_back({constraint_key(from.name, a.name), ChangeAction::Drop, {}, false});
    for (const auto& b : to.constraints) {
        const Constraint* a = from.find_constraint(b.name);
        ObjectKey key = constraint_key(to.name, b.name);
        if (!a) {
            out.push_back({key, ChangeAction::Create, {}, false});
            continue;
        }
        std::vector<std::string> attrs;
        bool replace = !(definition_only(*a) == definition_only(b));
        if (replace) attrs.push_back("definition");
        bool timing = a->deferrable != b.deferrable || a->initially_deferred != b.initially_deferred;
        if (timing) {
            attrs.push_back("deferrable");
            // Only foreign keys can change their timing in place (ALTER CONSTRAINT).
            replace |= b.type != ConstraintType::ForeignKey;
        }
        // NOT VALID becomes valid with VALIDATE; PostgreSQL has no way back but to add the
        // constraint again NOT VALID (no scan, a brief lock).
        if (a->validated != b.validated) {
            attrs.push_back("validated");
            replace |= a->validated;
        }
        note_if_different(attrs, "comment", a->comment, b.comment);
        if (!replace) note_if_different(attrs, "index_options", a->index_options, b.index_options);
        if (!attrs.empty()) out.push_back({key, ChangeAction::Alter, attrs, replace});
    }
}

}  // namespace pgfleet
