#pragma once
// The rules, one file each (lint/rules/*.cpp); all_rules() lists them.
#include "lint/rule.h"

namespace pgfleet::lint::rules {

extern const Rule tenant_column;
extern const Rule tenant_column_not_null;
extern const Rule tenant_column_type;
extern const Rule rls_enabled;
extern const Rule rls_forced;
extern const Rule policy_coverage;
extern const Rule policy_tenant_predicate;
extern const Rule policy_unscoped;
extern const Rule key_includes_tenant;
extern const Rule fk_includes_tenant;
extern const Rule tenant_index;
extern const Rule security_definer_search_path;
extern const Rule security_definer_owner;
extern const Rule shadowed_builtin;
extern const Rule rewrite_rule;
extern const Rule view_security_invoker;
extern const Rule no_public_grant;
extern const Rule suppression;

}  // namespace pgfleet::lint::rules
