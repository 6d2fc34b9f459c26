#pragma once
// Binding "the role that runs the migration" into a desired catalog.
#include <string>

#include "catalog/catalog.h"

namespace pgfleet {

// What the desired state says for CURRENT_USER, CURRENT_ROLE and SESSION_USER in grants,
// policies and user mappings until it is bound to the role that runs the plan.
inline constexpr const char* kCurrentRole = "CURRENT_USER";

// Default privileges declared without FOR ROLE belong to `role`; CURRENT_USER in grants,
// policies and user mappings is `role`; grants to `role` on objects it will own (no owner
// declared) are its owner rights, which the model leaves out.
void bind_current_role(Catalog& desired, const std::string& role);

// The reverse, for a catalog PostgreSQL made from the desired state as `role` (a local
// elaboration): what `role` owns has its owner left open, and `role` in grants, default
// privileges, policies and user mappings is CURRENT_USER again.
void release_current_role(Catalog& made, const std::string& role);

// With ownership managed, objects whose owner the desired state leaves open are owned by
// the role that runs the migration.
void assign_default_owners(Catalog& desired, const std::string& role);

}  // namespace pgfleet
