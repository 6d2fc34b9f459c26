#include "planner/plan_file.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "catalog/hash.h"
#include "catalog/json_numbers.h"

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

// Distinct hazard names of the plan, in hazard_kinds() order: what a reviewer allows.
nlohmann::json hazard_summary(const Plan& plan) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& kind : hazard_kinds()) {
        bool present = false;
        for (const auto& s : plan.statements)
            for (const auto& h : s.hazards) present = present || h.name == kind.name;
        if (present) out.push_back(kind.name);
    }
    return out;
}

}  // namespace

std::string content_digest(nlohmann::json plan) {
    plan.erase("digest");
    return "sha256:" + sha256_hex(plan.dump());
}

nlohmann::json statement_to_json(const Statement& s) {
    nlohmann::json hazards = nlohmann::json::array();
    for (const auto& h : s.hazards) hazards.push_back({{"name", h.name}, {"detail", h.detail}});
    nlohmann::json j = {{"sql", s.sql},
                        {"object", s.object},
                        {"action", action_name(s.action)},
                        {"phase", phase_name(s.phase)},
                        {"transactional", s.transactional},
                        {"own_transaction", s.own_transaction},
                        {"lock", s.lock},
                        {"hazards", hazards}};
    if (!s.note.empty()) j["note"] = s.note;
    if (!s.cleanup.empty()) j["cleanup"] = s.cleanup;
    return j;
}

Statement statement_from_json(const nlohmann::json& j) {
    Statement s;
    s.sql = j.at("sql").get<std::string>();
    s.object = j.at("object").get<ObjectKey>();
    s.action = action_from(j.value("action", "alter"));
    s.phase = phase_from(j.value("phase", "alter"));
    s.transactional = j.value("transactional", true);
    s.own_transaction = j.value("own_transaction", false);
    s.lock = j.value("lock", "");
    s.note = j.value("note", "");
    s.cleanup = j.value("cleanup", "");
    if (j.contains("hazards"))
        for (const auto& h : j.at("hazards"))
            s.hazards.push_back({h.at("name").get<std::string>(), h.value("detail", "")});
    return s;
}

FingerprintOptions fingerprint_options(const PlanHeader& header) {
    return {.include_owners = header.manage_owners, .include_column_order = !header.ignore_column_order};
}

nlohmann::json saved_plan_to_json(const SavedPlan& p) {
    nlohmann::json statements = nlohmann::json::array();
    for (const auto& s : p.plan.statements) statements.push_back(statement_to_json(s));
    nlohmann::json j = {{"format", kFormat},
                        {"format_version", kFormatVersion},
                        {"pgfleet_version", p.header.pgfleet_version},
                        {"server_version_major", p.header.server_version_major},
                        {"source_fingerprint", p.header.source_fingerprint},
                        {"target_fingerprint", p.header.target_fingerprint},
                        {"manage_owners", p.header.manage_owners},
                        {"hazards", hazard_summary(p.plan)},
                        {"statements", statements}};
    // Written only when set, so plans made before the option keep their digest.
    if (p.header.ignore_column_order) j["ignore_column_order"] = true;
    j["digest"] = content_digest(j);
    return j;
}

SavedPlan saved_plan_from_json(const nlohmann::json& j) {
    if (!j.is_object() || j.value("format", "") != kFormat)
        throw std::runtime_error("not a pgfleet plan (missing \"format\": \"pgfleet-plan\")");
    check_json_numbers(j);
    if (j.value("format_version", 0) != kFormatVersion)
        throw std::runtime_error("unsupported plan format_version " + std::to_string(j.value("format_version", 0)));
    if (!j.contains("digest"))
        throw AlteredPlan("the plan has no digest (it was not written by this pgfleet, or was edited); plan again");
    if (!j.at("digest").is_string() || j.at("digest").get<std::string>() != content_digest(j))
        throw AlteredPlan("the plan was changed after pgfleet wrote it (its digest does not match its statements, "
                          "hazards and fingerprints); plan again and review that plan");
    SavedPlan p;
    p.header.pgfleet_version = j.value("pgfleet_version", "");
    p.header.server_version_major = j.value("server_version_major", 0);
    p.header.source_fingerprint = j.at("source_fingerprint").get<std::string>();
    p.header.target_fingerprint = j.at("target_fingerprint").get<std::string>();
    p.header.manage_owners = j.value("manage_owners", false);
    p.header.ignore_column_order = j.value("ignore_column_order", false);
    for (const auto& s : j.at("statements")) p.plan.statements.push_back(statement_from_json(s));
    p.from_file = true;
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
    } catch (const AlteredPlan& e) {
        throw AlteredPlan(path + ": " + e.what());
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

}  // namespace pgfleet
