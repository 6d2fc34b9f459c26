// Domains. A new base type or collation cannot be set in place: the domain is rebuilt.
#include "differ/type_kinds.h"

namespace pgfleet {

void diff_domains(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_type_map(from, to, from.domains, to.domains,
                  [&](const Domain& a, const Domain& b) {
                      std::vector<std::string> attrs;
                      note_if_different(attrs, "base_type", a.base_type, b.base_type);
                      note_if_different(attrs, "collation", a.collation, b.collation);
                      note_if_different(attrs, "default", a.default_value, b.default_value);
                      note_if_different(attrs, "not_null", a.not_null, b.not_null);
                      note_if_different(attrs, "constraints", a.constraints, b.constraints);
                      note_common_differences(attrs, a, b);
                      if (attrs.empty()) return;
                      bool replace = a.base_type != b.base_type || a.collation != b.collation;
                      out.push_back({type_key(b.name), ChangeAction::Alter, attrs, replace});
                  },
                  out);
}

}  // namespace pgfleet
