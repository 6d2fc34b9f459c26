// Tables: the table itself, then its columns and constraints.
#include <set>

#include "differ/column_order.h"
#include "differ/kind_differs.h"
#include "differ/table_parts.h"

namespace pgfleet {

void diff_tables(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    std::set<QualifiedName> parents = parent_tables(from);
    for (const auto& p : parent_tables(to)) parents.insert(p);
    diff_maps(from.tables, to.tables, table_key,
              [&](const Table& a, const Table& b) {
                  std::vector<std::string> attrs;
                  // The partitioning scheme of a table is fixed at creation.
                  bool replace = !(a.partition_by == b.partition_by);
                  if (replace) attrs.push_back("partition_by");
                  note_if_different(attrs, "partition_of", a.partition_of, b.partition_of);
                  note_if_different(attrs, "inherits", a.inherits, b.inherits);
                  note_if_different(attrs, "of_type", a.of_type, b.of_type);
                  note_if_different(attrs, "persistence", a.persistence, b.persistence);
                  note_if_different(attrs, "options", a.options, b.options);
                  note_if_different(attrs, "rls_enabled", a.rls_enabled, b.rls_enabled);
                  note_if_different(attrs, "rls_forced", a.rls_forced, b.rls_forced);
                  note_if_different(attrs, "clustered_index", a.clustered_index, b.clustered_index);
                  note_if_different(attrs, "replica_identity", a.replica_identity + a.replica_identity_index,
                                    b.replica_identity + b.replica_identity_index);
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  note_if_different(attrs, "privileges", a.privileges, b.privileges);
                  // Owners differ between environments: compared only where the desired state declares one.
                  if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
                  note_if_different(attrs, "foreign", a.foreign, b.foreign);
                  // A foreign table cannot move to another server or become an ordinary table.
                  if (a.foreign.has_value() != b.foreign.has_value() ||
                      (a.foreign && b.foreign && a.foreign->server != b.foreign->server))
                      replace = true;
                  // Foreign tables hold no rows, so for them the rebuild is only DROP and CREATE.
                  if (!replace && !o.ignore_column_order && rebuildable_for_order(a, b, parents) &&
                      column_order_differs(a, b)) {
                      attrs.push_back("column_order");
                      replace = true;
                  }
                  if (!attrs.empty()) out.push_back({table_key(b.name), ChangeAction::Alter, attrs, replace});
                  if (replace) return;
                  diff_columns(from, to, a, b, out);
                  diff_constraints(a, b, out);
              },
              out);
}

}  // namespace pgfleet
