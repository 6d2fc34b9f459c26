#include "lint/finding_json.h"

#include <stdexcept>

#include "lint/lint.h"

namespace pgfleet::lint {
namespace {

using Json = nlohmann::ordered_json;

Json to_json(const Finding& f) {
    Json j = {{"rule", f.rule}, {"severity", severity_name(f.severity)}};
    j["object"] = f.object ? Json(object_name(f)) : Json(nullptr);
    j["key"] = f.object ? Json(nlohmann::json(*f.object)) : Json(nullptr);
    j["message"] = f.message;
    if (f.location.path.empty()) j["location"] = nullptr;
    else j["location"] = {{"file", f.location.path}, {"line", f.location.line}, {"column", f.location.column}};
    if (!f.reported()) j["reason"] = f.suppressed;
    return j;
}

Finding from_json(const nlohmann::json& j, bool reported) {
    Finding f;
    f.rule = j.at("rule").get<std::string>();
    auto severity = parse_severity(j.at("severity").get<std::string>());
    if (!severity || *severity == RuleSeverity::Off)
        throw std::runtime_error("finding of rule " + f.rule + ": bad severity");
    f.severity = *severity;
    if (j.contains("key") && !j["key"].is_null()) f.object = j["key"].get<ObjectKey>();
    f.message = j.at("message").get<std::string>();
    if (j.contains("location") && !j["location"].is_null()) {
        const auto& l = j["location"];
        f.location.path = l.at("file").get<std::string>();
        f.location.line = l.at("line").get<int>();
        f.location.column = l.at("column").get<int>();
    }
    // A suppressed finding without a reason would read back as reported.
    if (!reported) f.suppressed = j.value("reason", "");
    if (!reported && f.suppressed.empty()) f.suppressed = "(no reason recorded)";
    return f;
}

}  // namespace

nlohmann::ordered_json findings_to_json(const std::vector<Finding>& findings) {
    Json reported = Json::array(), suppressed = Json::array();
    for (const auto& f : findings) (f.reported() ? reported : suppressed).push_back(to_json(f));
    Summary s = summarize(findings);
    return {{"findings", reported},
            {"suppressed", suppressed},
            {"summary", {{"errors", s.errors}, {"warnings", s.warnings}, {"suppressed", s.suppressed}}}};
}

std::vector<Finding> findings_from_json(const nlohmann::json& document) {
    std::vector<Finding> out;
    for (const auto& j : document.at("findings")) out.push_back(from_json(j, true));
    for (const auto& j : document.value("suppressed", nlohmann::json::array())) out.push_back(from_json(j, false));
    return out;
}

}  // namespace pgfleet::lint
