// Desired-state SQL files: read, checked for isolation, planned from an empty database and
// rendered. Reading never throws (bad input is a located diagnostic); planning may refuse.
#include <cstdint>

#include "fuzz/fuzz_outcome.h"
#include "lint/lint.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"

using namespace pgfleet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const ParserState empty = load_desired_state_text("", "empty.sql");
    ParserState desired;
    try {
        desired = load_desired_state_text(fuzz::as_text(data, size), "fuzz.sql");
    } catch (const std::exception& e) {
        fuzz::defect("reading", e);
    }
    if (has_errors(desired.diagnostics)) return 0;
    fuzz::run_stage("lint", [&] { (void)lint::run(desired, lint::LintConfig{}); });
    fuzz::run_stage("plan", [&] {
        Snapshot current{empty.catalog, 18, "fuzz", "fuzz_owner", {}};
        SavedPlan saved = plan_to_save(current, desired.catalog);
        (void)render_sql(saved.plan);
        (void)saved_plan_to_json(saved).dump();
    });
    return 0;
}
