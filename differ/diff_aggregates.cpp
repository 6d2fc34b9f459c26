// Aggregates. CREATE OR REPLACE AGGREGATE redefines one in place unless its kind, argument
// names or result type would change; then it is dropped and created again.
#include "differ/kind_differs.h"

namespace pgfleet {
namespace {

bool replaceable_in_place(const Aggregate& a, const Aggregate& b) {
    bool same_result = a.final_function.empty() && b.final_function.empty() ? a.state_type == b.state_type
                                                                            : a.final_function == b.final_function;
    return a.kind == b.kind && a.arguments == b.arguments && same_result;
}

}  // namespace

void diff_aggregates(const Catalog& from, const Catalog& to, const DiffOptions& o, std::vector<Change>& out) {
    diff_maps(from.aggregates, to.aggregates, [](const ObjectKey& k) { return k; },
              [&](const Aggregate& a, const Aggregate& b) {
                  std::vector<std::string> attrs;
                  bool definition = note_common_differences(attrs, a, b);
                  if (definition) attrs.insert(attrs.begin(), "definition");
                  if (attrs.empty()) return;
                  out.push_back({function_key(b.name, b.identity_arguments), ChangeAction::Alter, attrs,
                                 definition && !replaceable_in_place(a, b)});
              },
              out);
}

}  // namespace pgfleet
