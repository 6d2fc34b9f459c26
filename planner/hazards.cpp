#include "planner/hazards.h"

#include <algorithm>
#include <set>

#include "catalog/sql_name.h"
#include "pgast/parse.h"
#include "planner/statement_effects.h"

namespace pgfleet {
namespace {

void add_unique(std::vector<Hazard>& hazards, Hazard h) {
    if (std::find(hazards.begin(), hazards.end(), h) == hazards.end()) hazards.push_back(std::move(h));
}

std::string lock_work_detail(const RelationLock& l, const OnlinePolicy& online) {
    long long bytes = online.known_bytes(l.relation);
    return std::string(lock_mode_name(l.mode)) + " on " + sql_qualified(l.relation.schema, l.relation.name) +
           " is held while the statement works through it (" +
           (bytes < 0 ? std::string("size unknown") : format_bytes(bytes)) + ")";
}

void annotate(Statement& s, const StatementEffects& fx, const EffectContext& ctx, const OnlinePolicy& online) {
    std::string lock;
    for (const auto& l : fx.locks) {
        if (l.mode == LockMode::None || !ctx.holds_data(l.relation)) continue;
        lock += (lock.empty() ? "" : "; ") + std::string(lock_mode_name(l.mode)) + " on " +
                sql_qualified(l.relation.schema, l.relation.name);
        if (!l.long_held || online.known_small(l.relation)) continue;
        if (l.mode == LockMode::AccessExclusive)
            add_unique(s.hazards, {hazard::kAccessExclusiveLock, lock_work_detail(l, online)});
        else if (l.mode >= LockMode::Share)
            add_unique(s.hazards, {hazard::kShareLock, lock_work_detail(l, online)});
    }
    s.lock = lock;
    for (const auto& c : fx.hazards)
        if (c.relation.name.empty() || ctx.holds_data(c.relation)) add_unique(s.hazards, c.hazard);
    if (!s.transactional)
        add_unique(s.hazards, {hazard::kNonTransactional,
                               s.cleanup.empty() ? "runs outside a transaction block"
                                                 : "runs outside a transaction block; a failed attempt is "
                                                   "cleaned up before it is tried again"});
}

}  // namespace

std::string without_secret_variables(std::string sql) {
    for (size_t at = sql.find(":'pgfleet_secret_"); at != std::string::npos; at = sql.find(":'pgfleet_secret_", at)) {
        size_t end = sql.find('\'', at + 2);
        if (end == std::string::npos) break;
        sql.replace(at, end + 1 - at, "''");
    }
    return sql;
}

void annotate_statement_hazards(std::vector<Statement>& statements, const Catalog& from, const Catalog& to,
                                const OnlinePolicy& online) {
    EffectContext ctx{from, to};
    for (auto& s : statements) {
        StatementEffects fx;
        for (const auto& raw : pgast::parse_sql(without_secret_variables(s.sql)).statements) {
            StatementEffects one = statement_effects(raw.stmt, ctx);
            for (const auto& l : one.locks) add_lock(fx, l.relation, l.mode, l.long_held);
            fx.hazards.insert(fx.hazards.end(), one.hazards.begin(), one.hazards.end());
        }
        annotate(s, fx, ctx, online);
    }
}

void annotate_hazards(Plan& plan, const PlanInput& in) {
    annotate_statement_hazards(plan.statements, in.from, in.to, in.online);
}

std::vector<std::string> refused_hazards(const Plan& plan, const std::vector<std::string>& allowed) {
    std::set<std::string> allow(allowed.begin(), allowed.end());
    std::set<std::string> refused;
    if (allow.count("all")) return {};
    for (const auto& s : plan.statements)
        for (const auto& h : s.hazards) {
            const HazardKind* kind = find_hazard_kind(h.name);
            if (kind && kind->refused_by_default && !allow.count(h.name)) refused.insert(h.name);
        }
    return {refused.begin(), refused.end()};
}

}  // namespace pgfleet
