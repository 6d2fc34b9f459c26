#include "report/fleet_plan_report.h"

#include <map>
#include <set>

#include "catalog/fingerprint.h"
#include "fleet/fleet_plan_render.h"
#include "lint/report.h"
#include "planner/hazard.h"
#include "planner/render.h"
#include "report/markdown.h"

namespace pgfleet {
namespace {

using markdown::code;
using markdown::number;


std::set<std::string> group_hazards(const PlanGroup& g) {
    std::set<std::string> names;
    for (const auto& s : g.plan.plan.statements)
        for (const auto& h : s.hazards) names.insert(h.name);
    return names;
}

std::string hazards_table(const FleetPlan& plan) {
    std::string rows;
    for (const auto& kind : hazard_kinds()) {
        size_t groups = 0, tenants = 0, statements = 0;
        for (const auto& g : plan.groups) {
            size_t n = 0;
            for (const auto& s : g.plan.plan.statements)
                for (const auto& h : s.hazards) n += h.name == kind.name;
            if (!n) continue;
            ++groups;
            tenants += g.tenants.size();
            statements += n;
        }
        if (!groups) continue;
        rows += std::string("| `") + kind.name + "` | " + number(tenants) + " | " + number(groups) + " | " +
                number(statements) + " | " + kind.explanation + " | " +
                (kind.refused_by_default ? "**refused unless allowed**" : "shown") + " |\n";
    }
    if (rows.empty()) return "No hazards.\n";
    return "| Hazard | Tenants | Groups | Statements | Meaning | Apply |\n|---|---:|---:|---:|---|---|\n" + rows;
}

std::string tenant_names(const PlanGroup& g, size_t limit) {
    std::string out;
    for (size_t i = 0; i < g.tenants.size() && i < limit; ++i) out += (i ? ", " : "") + code(g.tenants[i].key());
    if (g.tenants.size() > limit) out += ", ... and " + number(g.tenants.size() - limit) + " more";
    return out + "\n";
}

std::string tenants_details(const PlanGroup& g, size_t limit) {
    return "<details><summary>" + markdown::plural(g.tenants.size(), "tenant") + "</summary>\n\n" + tenant_names(g, limit) +
           "\n</details>\n";
}

std::string group_heading(const FleetPlan& plan, size_t index) {
    const PlanGroup& g = plan.groups[index];
    std::string state = g.at_target() ? "already at the target" : markdown::plural(g.plan.plan.statements.size(), "statement");
    std::string out = "\n#### Group " + number(index + 1) + " of " + number(plan.groups.size()) + ": " +
                      code(short_fingerprint(g.plan.header.source_fingerprint)) + " -> " +
                      code(short_fingerprint(g.plan.header.target_fingerprint)) + ", " +
                      markdown::plural(g.tenants.size(), "tenant") + " (" + state + ")\n\n";
    auto hazards = group_hazards(g);
    if (!hazards.empty()) {
        out += "Hazards:";
        for (const auto& h : hazards) out += " " + code(h);
        out += "\n\n";
    }
    return out;
}

enum class Detail { Full, Sql, Brief };

// `same_as`: the earlier group with the same statements, or 0.
std::string render_group(const FleetPlan& plan, size_t index, Detail detail, size_t same_as) {
    const PlanGroup& g = plan.groups[index];
    const size_t kFew = detail == Detail::Brief ? 10 : 50;
    std::string out = group_heading(plan, index) + tenants_details(g, detail == Detail::Full ? SIZE_MAX : kFew);
    if (g.at_target()) return out;
    if (same_as) return out + "\nThe same statements as group " + number(same_as) + ".\n";
    if (detail == Detail::Brief)
        return out + "\nIts statements are in the fleet plan file (`pgfleet show fleet-plan.json` prints them).\n";
    return out + "\n<details><summary>SQL</summary>\n\n" + markdown::fenced("sql", render_sql(g.plan.plan)) +
           "\n</details>\n";
}

std::string unreadable_section(const FleetPlan& plan) {
    if (plan.unreadable.empty()) return "";
    const size_t kShown = 20;
    std::string out = "\n#### Could not be read\n\n";
    for (size_t i = 0; i < plan.unreadable.size() && i < kShown; ++i)
        out += "- " + code(plan.unreadable[i].tenant.key()) + ": " + markdown::cell(plan.unreadable[i].error) + "\n";
    if (plan.unreadable.size() > kShown) out += "- ... and " + number(plan.unreadable.size() - kShown) + " more\n";
    return out;
}

// Per group, the 1-based index of the first earlier group with exactly its statements, or 0.
std::vector<size_t> repeated_statements(const FleetPlan& plan) {
    std::vector<size_t> same(plan.groups.size(), 0);
    std::map<std::string, size_t> first;
    for (size_t i = 0; i < plan.groups.size(); ++i) {
        if (plan.groups[i].at_target()) continue;
        auto [it, inserted] = first.emplace(render_sql(plan.groups[i].plan.plan), i + 1);
        if (!inserted) same[i] = it->second;
    }
    return same;
}

}  // namespace

std::string render_fleet_plan_markdown(const FleetPlan& plan, size_t budget) {
    std::string out = "### pgfleet fleet plan\n\n" + fleet_plan_summary(plan) + "\n" + hazards_table(plan);
    if (plan.isolation) out += "\n" + lint::render_markdown(*plan.isolation, 25);
    out += unreadable_section(plan);
    const size_t kClosingReserve = 400;
    std::vector<size_t> same = repeated_statements(plan);
    size_t shown = 0;
    for (; shown < plan.groups.size(); ++shown) {
        std::string part;
        for (Detail d : {Detail::Full, Detail::Sql, Detail::Brief}) {
            part = render_group(plan, shown, d, same[shown]);
            if (out.size() + part.size() + kClosingReserve <= budget) break;
            part.clear();
        }
        if (part.empty()) break;
        out += part;
    }
    if (shown < plan.groups.size()) {
        size_t tenants = 0;
        for (size_t i = shown; i < plan.groups.size(); ++i) tenants += plan.groups[i].tenants.size();
        out += "\n" + markdown::plural(plan.groups.size() - shown, "more group") + " (" + markdown::plural(tenants, "tenant") +
               ") did not fit in this comment: `pgfleet show fleet-plan.json` lists every group.\n";
    }
    return out;
}

std::string render_fleet_plan(const FleetPlan& plan, const std::string& format) {
    if (format == "json") return fleet_plan_to_json(plan).dump(1) + "\n";
    if (format == "markdown") return render_fleet_plan_markdown(plan);
    if (format != "text")
        throw std::runtime_error("a fleet plan has no " + format + " form (each group has its own plan; see the text)");
    std::string out = render_fleet_plan_text(plan);
    if (plan.isolation) out += lint::render_plan_section(*plan.isolation);
    return out;
}

}  // namespace pgfleet
