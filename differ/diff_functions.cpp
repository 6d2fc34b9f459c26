// Functions and procedures. Options (volatility, strictness, security, SET ...) change with
// ALTER; a new body with CREATE OR REPLACE; a new result type or argument list only by
// dropping and creating the routine again.
#include "differ/kind_differs.h"

namespace pgfleet {
namespace {

bool options_differ(const Function& a, const Function& b) {
    return a.volatility != b.volatility || a.strict != b.strict || a.security_definer != b.security_definer ||
           a.leakproof != b.leakproof || a.parallel != b.parallel || a.cost != b.cost || a.rows != b.rows ||
           a.config != b.config || a.support != b.support;
}

// CREATE OR REPLACE cannot rename or re-type arguments, drop defaults or change the result.
bool needs_recreate(const Function& a, const Function& b) {
    if (a.returns != b.returns || a.arguments.size() != b.arguments.size() || a.window != b.window) return true;
    if (!a.support.name.empty() && b.support.name.empty()) return true;  // ALTER cannot take SUPPORT away
    for (size_t i = 0; i < a.arguments.size(); ++i) {
        const auto& x = a.arguments[i];
        const auto& y = b.arguments[i];
        if (x.mode != y.mode || x.type != y.type || x.name != y.name) return true;
        if (x.default_value && !y.default_value) return true;
    }
    return false;
}

bool body_differs(const Function& a, const Function& b) {
    if (a.language != b.language || a.body != b.body || a.sql_body != b.sql_body) return true;
    for (size_t i = 0; i < a.arguments.size() && i < b.arguments.size(); ++i)
        if (a.arguments[i].default_value != b.arguments[i].default_value) return true;
    return false;
}

}  // namespace

void diff_functions(const Catalog& from, const Catalog& to, const DiffOptions&, std::vector<Change>& out) {
    diff_maps(from.functions, to.functions, [](const ObjectKey& k) { return k; },
              [&](const Function& a, const Function& b) {
                  std::vector<std::string> attrs;
                  bool recreate = needs_recreate(a, b);
                  if (recreate) attrs.push_back("signature");
                  else if (body_differs(a, b)) attrs.push_back("body");
                  if (!recreate && options_differ(a, b)) attrs.push_back("options");
                  note_if_different(attrs, "comment", a.comment, b.comment);
                  if (!b.owner.empty()) note_if_different(attrs, "owner", a.owner, b.owner);
                  note_if_different(attrs, "privileges", a.privileges, b.privileges);
                  if (!attrs.empty())
                      out.push_back({function_key(b.name, b.identity_arguments), ChangeAction::Alter, attrs, recreate});
              },
              out);
}

}  // namespace pgfleet
