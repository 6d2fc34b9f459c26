#include "planner/render.h"

#include <map>
#include <set>

#include "planner/transactions.h"

namespace pgfleet {
namespace {

bool creates_routines(const Plan& plan) {
    for (const auto& s : plan.statements)
        if (s.object.kind == ObjectKind::Function && s.sql.rfind("CREATE", 0) == 0) return true;
    return false;
}

std::string hazard_names(const Statement& s) {
    std::string out;
    for (const auto& h : s.hazards) out += (out.empty() ? "" : ", ") + h.name;
    return out;
}

std::string summary_line(const Plan& plan) {
    std::map<ChangeAction, int> counts;
    for (const auto& s : plan.statements) ++counts[s.action];
    return "Plan: " + std::to_string(plan.statements.size()) + " statement" +
           (plan.statements.size() == 1 ? "" : "s") + " (" + std::to_string(counts[ChangeAction::Create]) +
           " create, " + std::to_string(counts[ChangeAction::Alter]) + " alter, " +
           std::to_string(counts[ChangeAction::Drop]) + " drop)";
}

// Hazard name -> statements holding it, in hazard_kinds() order.
std::vector<std::pair<const HazardKind*, int>> hazard_counts(const Plan& plan) {
    std::vector<std::pair<const HazardKind*, int>> out;
    for (const auto& kind : hazard_kinds()) {
        int n = 0;
        for (const auto& s : plan.statements)
            for (const auto& h : s.hazards)
                if (h.name == kind.name) {
                    ++n;
                    break;
                }
        if (n) out.push_back({&kind, n});
    }
    return out;
}

std::string segment_title(const Plan& plan, const TransactionSegment& seg, int number) {
    size_t n = seg.end - seg.begin;
    if (!seg.transactional) return "Step " + std::to_string(number) + ": outside a transaction";
    return "Step " + std::to_string(number) + ": one transaction, " + std::to_string(n) + " statement" +
           (n == 1 ? "" : "s");
}

}  // namespace

std::string render_sql(const Plan& plan) {
    std::string out;
    // Routine bodies may use objects created later in the plan (pg_dump does the same).
    if (creates_routines(plan)) out += "SET check_function_bodies = false;\n\n";
    for (const auto& seg : transaction_segments(plan)) {
        if (seg.transactional) out += "BEGIN;\n\n";
        for (size_t i = seg.begin; i < seg.end; ++i) {
            const Statement& s = plan.statements[i];
            if (!s.note.empty()) out += "-- " + s.note + "\n";
            if (!s.lock.empty()) out += "-- lock: " + s.lock + "\n";
            if (!s.hazards.empty()) out += "-- hazards: " + hazard_names(s) + "\n";
            out += s.sql + ";\n\n";
        }
        if (seg.transactional) out += "COMMIT;\n\n";
    }
    while (out.size() > 1 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
    return out;
}

std::string render_text(const Plan& plan, bool color) {
    if (plan.empty()) return "No changes: the database matches the desired schema.\n";
    const char* red = color ? "\033[1;31m" : "";
    const char* yellow = color ? "\033[33m" : "";
    const char* dim = color ? "\033[2m" : "";
    const char* bold = color ? "\033[1m" : "";
    const char* reset = color ? "\033[0m" : "";
    std::string out = std::string(bold) + summary_line(plan) + reset + "\n";
    auto counts = hazard_counts(plan);
    if (!counts.empty()) {
        out += "Hazards:\n";
        for (const auto& [kind, n] : counts)
            out += std::string("  ") + (kind->refused_by_default ? red : yellow) + kind->name + reset + " (" +
                   std::to_string(n) + "): " + kind->explanation +
                   (kind->refused_by_default ? "; refused unless allowed" : "") + "\n";
    }
    int number = 0;
    for (const auto& seg : transaction_segments(plan)) {
        out += "\n" + std::string(bold) + segment_title(plan, seg, ++number) + reset + "\n";
        for (size_t i = seg.begin; i < seg.end; ++i) {
            const Statement& s = plan.statements[i];
            out += std::string(dim) + "  -- " + action_name(s.action) + " " + describe(s.object) + reset + "\n";
            if (!s.note.empty()) out += std::string(dim) + "  -- " + s.note + reset + "\n";
            if (!s.lock.empty()) out += std::string(dim) + "  -- lock: " + s.lock + reset + "\n";
            for (const auto& h : s.hazards) {
                const HazardKind* kind = find_hazard_kind(h.name);
                bool refused = kind && kind->refused_by_default;
                out += std::string("  ") + (refused ? red : yellow) + "! " + h.name + reset + ": " + h.detail + "\n";
            }
            std::string sql = s.sql;
            for (size_t p = 0; (p = sql.find('\n', p)) != std::string::npos; p += 3) sql.replace(p, 1, "\n  ");
            out += "  " + sql + ";\n";
        }
    }
    return out;
}

std::string render_markdown(const SavedPlan& saved) {
    const Plan& plan = saved.plan;
    std::string out = "### pgfleet plan\n\n";
    if (plan.empty()) return out + "No changes: the database matches the desired schema.\n";
    out += summary_line(plan) + ", planned against fingerprint `" + saved.header.source_fingerprint.substr(0, 12) +
           "`, target `" + saved.header.target_fingerprint.substr(0, 12) + "` (PostgreSQL " +
           std::to_string(saved.header.server_version_major) + ").\n\n";
    auto counts = hazard_counts(plan);
    if (!counts.empty()) {
        out += "| Hazard | Statements | Meaning | Apply |\n|---|---|---|---|\n";
        for (const auto& [kind, n] : counts)
            out += std::string("| `") + kind->name + "` | " + std::to_string(n) + " | " + kind->explanation + " | " +
                   (kind->refused_by_default ? "refused unless allowed" : "shown") + " |\n";
        out += "\n";
    }
    int number = 0;
    for (const auto& seg : transaction_segments(plan)) {
        out += "**" + segment_title(plan, seg, ++number) + "**\n\n";
        for (size_t i = seg.begin; i < seg.end; ++i)
            for (const auto& h : plan.statements[i].hazards)
                out += "- :warning: `" + h.name + "` " + h.detail + "\n";
        out += "\n```sql\n";
        for (size_t i = seg.begin; i < seg.end; ++i) {
            const Statement& s = plan.statements[i];
            if (!s.note.empty()) out += "-- " + s.note + "\n";
            if (!s.lock.empty()) out += "-- lock: " + s.lock + "\n";
            out += s.sql + ";\n";
        }
        out += "```\n\n";
    }
    return out;
}

}  // namespace pgfleet
