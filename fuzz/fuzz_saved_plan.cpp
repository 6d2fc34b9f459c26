// Saved plans as an editor who recomputes the digest would hand them to apply: read, audited
// statement by statement against an empty database, and shown.
#include <cstdint>

#include <nlohmann/json.hpp>

#include "fuzz/fuzz_outcome.h"
#include "parser/schema_loader.h"
#include "planner/plan_audit.h"
#include "report/plan_document.h"

using namespace pgfleet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const ParserState empty = load_desired_state_text("", "empty.sql");
    auto doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded()) return 0;
    // Half the inputs keep the digest they carry (the check itself is read), half get a fresh
    // one, so the fuzzer reaches what comes after the digest check.
    if (doc.is_object() && size % 2 == 0) doc["digest"] = content_digest(doc);
    PlanDocument document;
    try {
        document = plan_document_from_json(doc);
    } catch (const nlohmann::json::exception&) {
        return 0;
    } catch (const std::runtime_error&) {
        return 0;
    } catch (const std::exception& e) {
        fuzz::defect("reading", e);
    }
    fuzz::run_stage("audit", [&] { (void)audit_saved_plan(document.saved.plan, empty.catalog); });
    for (const char* format : {"text", "sql", "json", "markdown"})
        fuzz::run_stage("show", [&] { (void)render_plan_document(document, format); });
    return 0;
}
