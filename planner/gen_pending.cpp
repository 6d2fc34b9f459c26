// Kinds whose generator is not written yet; their differ produces no changes (see
// differ/diff_pending.cpp), so these are never reached.
#include <stdexcept>

#include "planner/plan_builder.h"

namespace pgfleet {
namespace {
[[noreturn]] void pending(const Change& c) {
    throw std::logic_error("no generator for " + describe(c.key));
}
}  // namespace

void plan_domain(const Change& c, PlanBuilder&) { pending(c); }
void plan_composite_type(const Change& c, PlanBuilder&) { pending(c); }
void plan_range_type(const Change& c, PlanBuilder&) { pending(c); }
void plan_aggregate(const Change& c, PlanBuilder&) { pending(c); }
void plan_rule(const Change& c, PlanBuilder&) { pending(c); }
void plan_collation(const Change& c, PlanBuilder&) { pending(c); }
void plan_event_trigger(const Change& c, PlanBuilder&) { pending(c); }
void plan_publication(const Change& c, PlanBuilder&) { pending(c); }
void plan_foreign_data_wrapper(const Change& c, PlanBuilder&) { pending(c); }
void plan_foreign_server(const Change& c, PlanBuilder&) { pending(c); }
void plan_user_mapping(const Change& c, PlanBuilder&) { pending(c); }

}  // namespace pgfleet
