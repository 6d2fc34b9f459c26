#include "fleet/database_apply.h"

#include <chrono>

#include "catalog/fingerprint.h"
#include "fleet/tenant_apply.h"
#include "introspect/catalog_reader.h"
#include "planner/secret_values.h"
#include "planner/hazards.h"
#include "planner/plan_audit.h"

namespace pgfleet {
namespace {

// The database's fingerprint as the plan's fingerprints were made: on its own major, or, when
// a plan from another major is let through, as if on the plan's.
std::string fingerprint_now(Session& session, const SavedPlan& plan, bool as_plan_major, int* major = nullptr,
                            Catalog* catalog = nullptr) {
    Snapshot s = read_catalog(session);
    if (major) *major = s.server_version_major;
    if (catalog) *catalog = s.catalog;
    int on = as_plan_major ? plan.header.server_version_major : s.server_version_major;
    return fingerprint(s.catalog, on, fingerprint_options(plan.header));
}

std::string state_after_failure(const std::string& conninfo, const SavedPlan& plan, bool as_plan_major) {
    try {
        Session fresh(conninfo);
        std::string fp = fingerprint_now(fresh, plan, as_plan_major);
        if (fp == plan.header.source_fingerprint) return "The database is untouched (as it was before the apply).";
        if (fp == plan.header.target_fingerprint) return "The database is nevertheless at the target.";
        return "The database is partially migrated: the steps before the failed one were committed. Plan and apply "
               "again to finish.";
    } catch (const std::exception& e) {
        return std::string("Could not re-read the database to tell its state: ") + e.what();
    }
}

DatabaseApplyReport checked_apply(const std::string& conninfo, const SavedPlan& plan, const ApplyOptions& options,
                                  const std::vector<std::string>& allowed_hazards);

}  // namespace

const char* database_apply_status_name(DatabaseApplyStatus s) {
    switch (s) {
        case DatabaseApplyStatus::Applied: return "applied";
        case DatabaseApplyStatus::AtTarget: return "at_target";
        case DatabaseApplyStatus::Refused: return "refused";
        case DatabaseApplyStatus::Failed: return "failed";
        case DatabaseApplyStatus::Unverified: return "unverified";
    }
    return "failed";
}

std::string saved_plan_problems(const SavedPlan& plan, const Catalog& current) {
    if (!plan.from_file) return "";
    std::vector<std::string> problems = audit_saved_plan(plan.plan, current);
    if (problems.empty()) return "";
    std::string out = "the plan file is not what pgfleet plans for these statements (it was edited); plan again and "
                      "review that plan:";
    for (const auto& p : problems) out += "\n  " + p;
    return out;
}

std::string other_major_message(int planned_major, int server_major) {
    return "the plan was made on PostgreSQL " + std::to_string(planned_major) + ", this server runs PostgreSQL " +
           std::to_string(server_major) + "; plan again against it, or pass --allow-other-major to run the plan as " +
           "if the server still ran PostgreSQL " + std::to_string(planned_major);
}

DatabaseApplyReport apply_saved_plan(const std::string& conninfo, const SavedPlan& plan, const ApplyOptions& options,
                                     const std::vector<std::string>& allowed_hazards) {
    auto start = std::chrono::steady_clock::now();
    DatabaseApplyReport report = checked_apply(conninfo, plan, options, allowed_hazards);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

namespace {

DatabaseApplyReport checked_apply(const std::string& conninfo, const SavedPlan& plan, const ApplyOptions& options,
                                     const std::vector<std::string>& allowed_hazards) {
    DatabaseApplyReport report;
    report.refused_hazards = refused_hazards(plan.plan, allowed_hazards);
    report.result.steps = plan_steps(plan.plan);
    Session session(conninfo);
    report.database = session.database();
    // Two applies on one database would each see the other's half-done work.
    if (session.query_value("SELECT pg_try_advisory_lock(" + std::to_string(kApplyLockKey) + ")") != "t") {
        report.status = DatabaseApplyStatus::Refused;
        report.message = "another pgfleet apply is running on this database";
        return report;
    }
    int major = 0;
    const bool as_plan_major = options.allow_other_major;
    Catalog current;
    std::string now = fingerprint_now(session, plan, as_plan_major, &major, &current);
    report.fingerprint_before = now;
    if (major != plan.header.server_version_major && !options.allow_other_major) {
        report.status = DatabaseApplyStatus::Refused;
        report.message = other_major_message(plan.header.server_version_major, major);
        return report;
    }
    // A plan whose changes no fingerprint shows (an extension's version, an owner left
    // unmanaged) starts and ends at one fingerprint: it runs (its statements may run twice).
    bool invisible = plan.header.source_fingerprint == plan.header.target_fingerprint && !plan.plan.empty();
    if (now == plan.header.target_fingerprint && !invisible) {
        report.status = DatabaseApplyStatus::AtTarget;
        report.fingerprint_after = now;
        return report;
    }
    if (now != plan.header.source_fingerprint) {
        report.status = DatabaseApplyStatus::Refused;
        report.message = "the database changed since the plan was made: planned against fingerprint " +
                         short_fingerprint(plan.header.source_fingerprint) + ", the database is now at " +
                         short_fingerprint(now) + "; make a new plan";
        return report;
    }
    if (std::string problems = saved_plan_problems(plan, current); !problems.empty()) {
        report.status = DatabaseApplyStatus::Refused;
        report.message = problems;
        return report;
    }
    if (!report.refused_hazards.empty()) {
        report.status = DatabaseApplyStatus::Refused;
        std::string list;
        for (const auto& h : report.refused_hazards) list += (list.empty() ? "" : ",") + h;
        report.message = "the plan holds hazards that are not allowed: " + list + " (allow them with --allow-hazards " +
                         list + " or hazards.allow in pgfleet.yaml)";
        return report;
    }
    try {
        (void)secret_values_from_environment(plan.plan);
    } catch (const std::runtime_error& e) {
        report.status = DatabaseApplyStatus::Refused;
        report.message = e.what();
        return report;
    }
    report.result = apply_plan(session, plan.plan, options);
    session.close();
    if (!report.result.ok) {
        report.status = DatabaseApplyStatus::Failed;
        report.message = "failed at " + describe_failure(report.result) + "." +
                         (report.result.failed_outside_transaction
                              ? " That step runs outside a transaction; what it left was cleaned up where possible. "
                              : " Its transaction was rolled back. ") +
                         state_after_failure(conninfo, plan, as_plan_major);
        return report;
    }
    Session check(conninfo);
    report.fingerprint_after = fingerprint_now(check, plan, as_plan_major);
    if (report.fingerprint_after != plan.header.target_fingerprint) {
        report.status = DatabaseApplyStatus::Unverified;
        report.message = "the plan ran, but the database is at fingerprint " +
                         short_fingerprint(report.fingerprint_after) + ", not the plan's target " +
                         short_fingerprint(plan.header.target_fingerprint) + "; plan again to see what differs";
    }
    return report;
}

}  // namespace

}  // namespace pgfleet
