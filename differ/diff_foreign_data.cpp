// Foreign data wrappers, servers and user mappings. Only a server's wrapper and type cannot
// change in place.
#include "differ/kind_differs.h"

namespace pgfleet {

void diff_foreign_data(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.foreign_data_wrappers, to.foreign_data_wrappers, fdw_key,
              [&](const ForeignDataWrapper& a, const ForeignDataWrapper& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "handler", a.handler, b.handler);
                  note_if_different(attrs, "validator", a.validator, b.validator);
                  note_if_different(attrs, "options", a.options, b.options);
                  note_common_differences(attrs, a, b);
                  if (!attrs.empty()) out.push_back({fdw_key(b.name), ChangeAction::Alter, attrs, false});
              },
              out);
    diff_maps(from.foreign_servers, to.foreign_servers, server_key,
              [&](const ForeignServer& a, const ForeignServer& b) {
                  std::vector<std::string> attrs;
                  note_if_different(attrs, "wrapper", a.wrapper, b.wrapper);
                  note_if_different(attrs, "type", a.type, b.type);
                  note_if_different(attrs, "version", a.version, b.version);
                  note_if_different(attrs, "options", a.options, b.options);
                  note_common_differences(attrs, a, b);
                  bool replace = a.wrapper != b.wrapper || a.type != b.type;
                  if (!attrs.empty()) out.push_back({server_key(b.name), ChangeAction::Alter, attrs, replace});
              },
              out);
    diff_maps(from.user_mappings, to.user_mappings, [](const ObjectKey& k) { return k; },
              [&](const UserMapping& a, const UserMapping& b) {
                  if (a.options != b.options)
                      out.push_back({user_mapping_key(b.user, b.server), ChangeAction::Alter, {"options"}, false});
              },
              out);
}

}  // namespace pgfleet
