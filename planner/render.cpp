#include "planner/render.h"

#include <map>

namespace pgfleet {

std::string render_sql(const Plan& plan) {
    std::string out;
    // Routine bodies may use objects created later in the plan (pg_dump does the same).
    for (const auto& s : plan.statements)
        if (s.object.kind == ObjectKind::Function && s.sql.rfind("CREATE", 0) == 0) {
            out += "SET check_function_bodies = false;\n\n";
            break;
        }
    bool in_transaction = false;
    for (const auto& s : plan.statements) {
        if (s.transactional && !in_transaction) {
            out += "BEGIN;\n\n";
            in_transaction = true;
        } else if (!s.transactional && in_transaction) {
            out += "COMMIT;\n\n";
            in_transaction = false;
        }
        out += s.sql + ";\n\n";
    }
    if (in_transaction) out += "COMMIT;\n";
    return out;
}

std::string render_text(const Plan& plan) {
    if (plan.empty()) return "No changes: the database matches the desired schema.\n";
    std::map<ChangeAction, int> counts;
    for (const auto& s : plan.statements) ++counts[s.action];
    std::string out = "Plan: " + std::to_string(plan.statements.size()) + " statement" +
                      (plan.statements.size() == 1 ? "" : "s") + " (" + std::to_string(counts[ChangeAction::Create]) +
                      " create, " + std::to_string(counts[ChangeAction::Alter]) + " alter, " +
                      std::to_string(counts[ChangeAction::Drop]) + " drop)\n";
    for (const auto& s : plan.statements) {
        out += "\n-- " + std::string(action_name(s.action)) + " " + describe(s.object) +
               (s.transactional ? "" : " (runs outside a transaction)") + "\n";
        out += s.sql + ";\n";
    }
    return out;
}

}  // namespace pgfleet
