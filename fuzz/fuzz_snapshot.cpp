// Catalog snapshots: read, fingerprinted, written back, and planned both ways against an
// empty database (creating everything in it, dropping everything of it).
#include <cstdint>

#include <nlohmann/json.hpp>

#include "catalog/fingerprint.h"
#include "catalog/snapshot.h"
#include "fuzz/fuzz_outcome.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"

using namespace pgfleet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const ParserState empty = load_desired_state_text("", "empty.sql");
    auto doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded()) return 0;
    Snapshot snapshot;
    // A document of the wrong shape is refused with the JSON library's message, which
    // read_snapshot_file prefixes with the file: an error, not a defect.
    try {
        snapshot = snapshot_from_json(doc);
    } catch (const nlohmann::json::exception&) {
        return 0;
    } catch (const std::runtime_error&) {
        return 0;
    } catch (const std::exception& e) {
        fuzz::defect("reading", e);
    }
    fuzz::run_stage("fingerprint", [&] {
        (void)fingerprint(snapshot.catalog, snapshot.server_version_major);
        (void)snapshot_to_json(snapshot).dump();
    });
    fuzz::run_stage("plan to empty", [&] { (void)render_sql(plan_from(snapshot, empty.catalog)); });
    fuzz::run_stage("plan from empty", [&] {
        Snapshot none{empty.catalog, snapshot.server_version_major, "fuzz", snapshot.current_user, {}};
        (void)render_sql(plan_from(none, snapshot.catalog));
    });
    return 0;
}
