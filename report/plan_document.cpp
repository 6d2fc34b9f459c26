#include "report/plan_document.h"

#include "lint/finding_json.h"
#include "lint/report.h"
#include "planner/render.h"

namespace pgfleet {

nlohmann::json plan_document_to_json(const PlanDocument& d) {
    nlohmann::json j = saved_plan_to_json(d.saved);
    if (!d.isolation) return j;
    j["isolation"] = lint::findings_to_json(*d.isolation);
    // The digest covers the whole document, findings included, as saved_plan_from_json checks it.
    j["digest"] = content_digest(j);
    return j;
}

PlanDocument plan_document_from_json(const nlohmann::json& j) {
    PlanDocument d;
    d.saved = saved_plan_from_json(j);
    if (j.contains("isolation")) {
        try {
            d.isolation = lint::findings_from_json(j["isolation"]);
        } catch (const std::exception& e) {
            throw std::runtime_error(std::string("isolation: ") + e.what());
        }
    }
    return d;
}

std::string render_plan_document(const PlanDocument& d, const std::string& format, bool color) {
    if (format == "json") return plan_document_to_json(d).dump(1) + "\n";
    if (format == "sql") return render_sql(d.saved.plan);
    if (format == "markdown") {
        std::string out = render_markdown(d.saved);
        if (d.isolation) out += "\n" + lint::render_markdown(*d.isolation);
        return out;
    }
    if (format != "text") throw std::runtime_error("a plan has no " + format + " form");
    std::string out = render_text(d.saved.plan, color);
    if (d.isolation) out += lint::render_plan_section(*d.isolation);
    return out;
}

}  // namespace pgfleet
