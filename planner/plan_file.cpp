#include "planner/plan_file.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace pgfleet {
namespace {

constexpr const char* kFormat = "pgfleet-plan";
constexpr int kFormatVersion = 1;

const char* phase_name(Phase p) {
    switch (p) {
        case Phase::Drop: return "drop";
        case Phase::Alter: return "alter";
        case Phase::Create: return "create";
        case Phase::Annotate: return "annotate";
    }
    return "alter";
}

Phase phase_from(const std::string& s) {
    if (s == "drop") return Phase::Drop;
    if (s == "create") return Phase::Create;
    if (s == "annotate") return Phase::Annotate;
    return Phase::Alter;
}

ChangeAction action_from(const std::string& s) {
    if (s == "create") return ChangeAction::Create;
    if (s == "drop") return ChangeAction::Drop;
    return ChangeAction::Alter;
}

}  // namespace

nlohmann::json statement_to_json(const Statement& s) {
    return {{"sql", s.sql},
            {"object", s.object},
            {"action", action_name(s.action)},
            {"phase", phase_name(s.phase)},
            {"transactional", s.transactional}};
}

Statement statement_from_json(const nlohmann::json& j) {
    Statement s;
    s.sql = j.at("sql").get<std::string>();
    s.object = j.at("object").get<ObjectKey>();
    s.action = action_from(j.value("action", "alter"));
    s.phase = phase_from(j.value("phase", "alter"));
    s.transactional = j.value("transactional", true);
    return s;
}

nlohmann::json saved_plan_to_json(const SavedPlan& p) {
    nlohmann::json statements = nlohmann::json::array();
    for (const auto& s : p.plan.statements) statements.push_back(statement_to_json(s));
    return {{"format", kFormat},
            {"format_version", kFormatVersion},
            {"pgfleet_version", p.header.pgfleet_version},
            {"server_version_major", p.header.server_version_major},
            {"source_fingerprint", p.header.source_fingerprint},
            {"target_fingerprint", p.header.target_fingerprint},
            {"statements", statements}};
}

SavedPlan saved_plan_from_json(const nlohmann::json& j) {
    if (!j.is_object() || j.value("format", "") != kFormat)
        throw std::runtime_error("not a pgfleet plan (missing \"format\": \"pgfleet-plan\")");
    if (j.value("format_version", 0) != kFormatVersion)
        throw std::runtime_error("unsupported plan format_version " + std::to_string(j.value("format_version", 0)));
    SavedPlan p;
    p.header.pgfleet_version = j.value("pgfleet_version", "");
    p.header.server_version_major = j.value("server_version_major", 0);
    p.header.source_fingerprint = j.at("source_fingerprint").get<std::string>();
    p.header.target_fingerprint = j.at("target_fingerprint").get<std::string>();
    for (const auto& s : j.at("statements")) p.plan.statements.push_back(statement_from_json(s));
    return p;
}

void write_plan_file(const SavedPlan& plan, const std::string& path) {
    std::ofstream out(path);
    out << saved_plan_to_json(plan).dump(1) << "\n";
    if (!out) throw std::runtime_error(path + ": cannot write plan");
}

SavedPlan read_plan_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read plan");
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
        return saved_plan_from_json(nlohmann::json::parse(buffer.str()));
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

}  // namespace pgfleet
