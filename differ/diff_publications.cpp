// Publications: tables, schemas and options change in place (ALTER PUBLICATION); switching
// to or from FOR ALL TABLES needs a new publication.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_publications(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.publications, to.publications, publication_key,
              [&](const Publication& a, const Publication& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "all_tables", a.all_tables, b.all_tables);
                  note_if_different(attrs, "tables", a.tables, b.tables);
                  note_if_different(attrs, "schemas", a.schemas, b.schemas);
                  note_if_different(attrs, "publish", a.publish, b.publish);
                  note_if_different(attrs, "via_partition_root", a.via_partition_root, b.via_partition_root);
                  note_common_differences(attrs, a, b);
                  if (!attrs.empty())
                      out.push_back({publication_key(b.name), ChangeAction::Alter, attrs, a.all_tables != b.all_tables});
              },
              out);
}

}  // namespace pgfleet
