#include "tests/support/convergence.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "introspect/catalog_reader.h"
#include "introspect/elaborate.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"
#include "tests/support/schema_dump.h"
#include "tests/support/test_database.h"

namespace pgfleet::testing {
namespace {

CaseResult fail(CaseStatus status, std::string detail, std::string plan = "") {
    return {status, std::move(detail), std::move(plan)};
}

std::string diagnostics_text(const ParserState& state) {
    std::string out;
    for (const auto& d : state.diagnostics) out += format_diagnostic(d) + "\n";
    return out;
}

bool has_unsupported(const ParserState& state) {
    return std::any_of(state.diagnostics.begin(), state.diagnostics.end(),
                       [](const Diagnostic& d) { return d.code == "unsupported"; });
}

}  // namespace

const char* status_name(CaseStatus s) {
    switch (s) {
        case CaseStatus::Pass: return "pass";
        case CaseStatus::ColumnOrderOnly: return "column-order-only";
        case CaseStatus::Unsupported: return "unsupported";
        case CaseStatus::LoadFailed: return "load-failed";
        case CaseStatus::PlanFailed: return "plan-failed";
        case CaseStatus::ApplyFailed: return "apply-failed";
        case CaseStatus::Mismatch: return "mismatch";
        case CaseStatus::NotIdempotent: return "not-idempotent";
    }
    return "?";
}

bool counts_as_pass(CaseStatus s) { return s == CaseStatus::Pass; }

std::string superuser_reason(const std::string& case_dir) {
    std::ifstream in(case_dir + "/needs_superuser");
    std::string reason;
    std::getline(in, reason);
    return reason;
}

std::string not_on_test_major(const std::string& case_dir) {
    std::ifstream in(case_dir + "/needs_major");
    std::string line;
    if (!std::getline(in, line)) return "";
    int major = std::atoi(line.c_str());
    if (test_major() >= major) return "";
    return "not on PostgreSQL " + std::to_string(test_major()) + ": needs PostgreSQL " + line;
}

CaseResult check_convergence(const std::string& old_sql_path, const std::string& new_sql_path, const char* role) {
    try {
        ParserState old_parsed = load_desired_state(old_sql_path);
        ParserState desired = load_desired_state(new_sql_path);
        defer_to_elaboration(desired);
        if (has_unsupported(old_parsed) || has_unsupported(desired))
            return fail(CaseStatus::Unsupported, diagnostics_text(old_parsed) + diagnostics_text(desired));
        TestDatabase a(role), b(role);
        try {
            a.load_file(old_sql_path);
            b.load_file(new_sql_path);
        } catch (const std::exception& e) {
            return fail(CaseStatus::LoadFailed, e.what());
        }
        if (has_errors(desired.diagnostics)) return fail(CaseStatus::PlanFailed, diagnostics_text(desired));
        // As the commands that plan do: a desired state with DO blocks is what a local server makes of it.
        std::ostringstream note;
        try {
            elaborate_do_blocks(desired, new_sql_path, {}, note);
        } catch (const std::exception& e) {
            return fail(CaseStatus::PlanFailed, note.str() + e.what());
        }
        std::string sql;
        try {
            Plan plan = plan_from(read_database(a.conninfo()), desired.catalog);
            sql = render_sql(plan);
        } catch (const std::exception& e) {
            return fail(CaseStatus::PlanFailed, e.what());
        }
        try {
            a.load_sql(sql);
        } catch (const std::exception& e) {
            return fail(CaseStatus::ApplyFailed, e.what(), sql);
        }
        auto dump_a = normalize_dump(a.dump_schema());
        auto dump_b = normalize_dump(b.dump_schema());
        CaseStatus matched = CaseStatus::Pass;
        if (dump_a != dump_b) {
            if (ignore_column_order(dump_a) != ignore_column_order(dump_b))
                return fail(CaseStatus::Mismatch, statement_diff(dump_b, dump_a), sql);
            matched = CaseStatus::ColumnOrderOnly;
        }
        Plan again = plan_from(read_database(a.conninfo()), desired.catalog);
        if (!again.empty()) return fail(CaseStatus::NotIdempotent, render_sql(again), sql);
        return {matched, "", sql};
    } catch (const std::exception& e) {
        return fail(CaseStatus::PlanFailed, e.what());
    }
}

}  // namespace pgfleet::testing
