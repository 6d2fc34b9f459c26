#include "fleet/plan_proof.h"

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

#include "catalog/fingerprint.h"
#include "catalog/foreign_data.h"
#include "catalog/sql_name.h"
#include "fleet/apply.h"
#include "introspect/catalog_reader.h"
#include "introspect/conninfo.h"
#include "introspect/scratch_load.h"
#include "introspect/scratch_server.h"
#include "introspect/session.h"
#include "planner/planner.h"
#include "planner/secret_values.h"

namespace pgfleet {
namespace {

constexpr const char* kDatabase = "pgfleet_proof";
constexpr size_t kMaxRolesCreated = 200;

int major_of_bin(const std::string& bin) {
    std::string out;
    if (run_shell(shell_word(bin + "/postgres") + " --version", out) != 0) return 0;
    std::smatch m;
    static const std::regex version(R"(\(PostgreSQL\) (\d+))");
    return std::regex_search(out, m, version) ? std::stoi(m[1]) : 0;
}

// Secret option values are stored as hashes: the rebuilt state holds stand-ins for the
// current ones, so options that are secrets compare by name only.
void mask_secret_options(std::vector<std::string>& options) {
    for (auto& o : options) {
        auto eq = o.find('=');
        if (eq != std::string::npos && is_secret_option(o.substr(0, eq))) o = o.substr(0, eq) + "=(secret)";
    }
}

Catalog comparable(Catalog c) {
    for (auto& [name, w] : c.foreign_data_wrappers) mask_secret_options(w.options);
    for (auto& [name, s] : c.foreign_servers) mask_secret_options(s.options);
    for (auto& [key, m] : c.user_mappings) mask_secret_options(m.options);
    for (auto& [name, t] : c.tables)
        if (t.foreign) {
            mask_secret_options(t.foreign->options);
            for (auto& [column, options] : t.foreign->column_options) mask_secret_options(options);
        }
    return c;
}

std::vector<std::string> differences(const Catalog& made, const Catalog& wanted, const PlanOptions& options) {
    std::vector<std::string> out;
    for (const auto& s : make_plan(comparable(made), comparable(wanted), options).statements) out.push_back(s.sql);
    return out;
}

// The role the plan runs as exists on the local server as a superuser of the same name, so
// CURRENT_USER, default privileges "for the current role" and owners come out as on the target.
std::string runner_conninfo(const ScratchServer& server, const std::string& role, const std::string& database) {
    std::string conninfo = server.conninfo(database);
    if (role.empty() || role == "postgres") return conninfo;
    return conninfo_with(conninfo, {{"user", role}});
}

void create_role(const ScratchServer& server, const std::string& role, bool superuser) {
    Session admin(server.conninfo("postgres"));
    if (!admin.query_value("SELECT 1 FROM pg_roles WHERE rolname = " + sql_literal(role)).empty()) return;
    admin.execute("CREATE ROLE " + sql_ident(role) + (superuser ? " SUPERUSER LOGIN" : ""));
}

// The statements that build `current` from an empty database, secret values stood in for.
void rebuild(Session& session, const Snapshot& current) {
    Plan dump = plan_from_empty_database(current);
    std::map<std::string, std::string> stand_ins;
    for (const auto& v : secret_variables(dump)) stand_ins[v] = "pgfleet-proof-stand-in";
    session.execute("SET check_function_bodies = false");
    for (const auto& s : dump.statements) session.execute(with_secret_values(s.sql, stand_ins));
    session.execute("RESET check_function_bodies");
}

// Apply creates routines with check_function_bodies off (a body may use what comes later in
// the plan); once everything is there, every routine's body is checked by its language's
// validator, so a body the plan broke (a SQL function on a dropped column) is found here.
// Aggregates and C or internal routines have no body of their own to check.
constexpr const char* kRoutinesToValidate = R"(
SELECT p.oid::regprocedure::text, vn.nspname, v.proname, p.oid::text
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
JOIN pg_proc v ON v.oid = l.lanvalidator
JOIN pg_namespace vn ON vn.oid = v.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
  AND p.prokind <> 'a' AND l.lanname NOT IN ('internal', 'c')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1)";

// CREATE FUNCTION validates under the routine's own SET clauses (search_path above all);
// calling the validator directly does not, so they are set first, for the transaction only.
std::vector<std::string> invalid_routine_bodies(Session& session) {
    std::vector<std::string> out;
    session.execute("SET check_function_bodies = on");
    for (const auto& row : session.query(kRoutinesToValidate)) {
        std::string oid = sql_literal(row[3].value_or("0")) + "::oid";
        session.execute("BEGIN");
        try {
            session.execute("SELECT set_config(split_part(c, '=', 1), substr(c, strpos(c, '=') + 1), true) "
                            "FROM pg_proc, unnest(proconfig) AS c WHERE oid = " + oid);
            session.execute("SELECT " + sql_qualified(row[1].value_or(""), row[2].value_or("")) + "(" + oid + ")");
        } catch (const std::exception& e) {
            out.push_back("routine " + row[0].value_or("?") + ": " + first_line(e.what(), 300));
        }
        session.execute("ROLLBACK");
    }
    return out;
}

struct Attempt {
    PlanProof proof;
    std::optional<std::string> missing;  // a role to create before trying again
};

PlanOptions options_for(const Snapshot& current, const SavedPlan& plan) {
    PlanOptions options;
    options.current_role = current.current_user;
    options.server_major = current.server_version_major;
    options.manage_owners = plan.header.manage_owners;
    options.diff.ignore_column_order = plan.header.ignore_column_order;
    return options;
}

// What PostgreSQL made of the plan, against the desired state or the plan's target.
void compare_result(PlanProof& p, const Snapshot& after, const Snapshot& current, const SavedPlan& plan,
                    const Catalog* desired) {
    if (desired) {
        p.differences = differences(after.catalog, *desired, options_for(current, plan));
        if (!p.differences.empty())
            p.failure = "after the plan ran, PostgreSQL's result differs from the desired state in " +
                        std::to_string(p.differences.size()) + " place(s)";
        return;
    }
    FingerprintOptions fp = fingerprint_options(plan.header);
    std::string made = fingerprint(after.catalog, after.server_version_major, fp);
    if (made != plan.header.target_fingerprint)
        p.failure = "after the plan ran, PostgreSQL's result has fingerprint " + short_fingerprint(made) +
                    ", not the plan's target " + short_fingerprint(plan.header.target_fingerprint);
}

Attempt attempt(const ScratchServer& server, const Snapshot& current, const SavedPlan& plan, const Catalog* desired) {
    Attempt a;
    PlanProof& p = a.proof;
    {
        Session admin(server.conninfo("postgres"));
        admin.execute("DROP DATABASE IF EXISTS " + sql_ident(kDatabase));
        admin.execute("CREATE DATABASE " + sql_ident(kDatabase) + " OWNER " +
                      sql_ident(current.current_user.empty() ? "postgres" : current.current_user));
    }
    Session session(runner_conninfo(server, current.current_user, kDatabase));
    p.server_major = session.server_version_major();
    p.stage = "rebuild";
    try {
        rebuild(session, current);
    } catch (const std::exception& e) {
        if ((a.missing = missing_role_in(e.what()))) return a;
        p.failure = std::string("the current state could not be rebuilt on the local server: ") + e.what();
        return a;
    }
    Snapshot rebuilt = read_catalog(session);
    PlanOptions as_read = options_for(current, plan);
    if (auto diff = differences(rebuilt.catalog, current.catalog, as_read); !diff.empty()) {
        p.failure = "the local server's copy of the current state differs from it in " + std::to_string(diff.size()) +
                    " place(s); nothing was proven";
        p.differences = diff;
        return a;
    }
    p.stage = "apply";
    ApplyResult ran = apply_plan(session, plan.plan);
    if (!ran.ok) {
        if ((a.missing = missing_role_in(ran.error))) return a;
        p.failure = describe_failure(ran, 200);
        return a;
    }
    p.stage = "routine bodies";
    p.differences = invalid_routine_bodies(session);
    if (!p.differences.empty()) {
        p.failure = std::to_string(p.differences.size()) + " routine bod" + (p.differences.size() == 1 ? "y" : "ies") +
                    " PostgreSQL rejects once the plan has run";
        return a;
    }
    p.stage = "compare";
    compare_result(p, read_catalog(session), current, plan, desired);
    if (!p.failure.empty()) return a;
    p.stage.clear();
    p.proven = true;
    return a;
}

}  // namespace

std::string server_bin_for_major(int major) {
    std::string name = "PGFLEET_PG_BIN_" + std::to_string(major);
    if (const char* env = std::getenv(name.c_str())) return env;
    if (const char* env = std::getenv("PGFLEET_PG_BIN"); env && major_of_bin(env) == major) return env;
    std::string debian = "/usr/lib/postgresql/" + std::to_string(major) + "/bin";
    if (std::filesystem::exists(debian + "/initdb")) return debian;
    throw std::runtime_error("--prove needs PostgreSQL " + std::to_string(major) +
                             " server binaries (initdb, pg_ctl, postgres) to match the target: set " + name +
                             " to their directory");
}

PlanProof prove_plan(const Snapshot& current, const SavedPlan& plan, const Catalog* desired) {
    // Every secret the plan sets must be at hand, as for apply, before a server starts.
    (void)secret_values_from_environment(plan.plan);
    ScratchServer server(server_bin_for_major(current.server_version_major));
    if (!current.current_user.empty()) create_role(server, current.current_user, true);
    std::vector<std::string> created;
    for (;;) {
        Attempt a = attempt(server, current, plan, desired);
        if (!a.missing || created.size() >= kMaxRolesCreated ||
            std::find(created.begin(), created.end(), *a.missing) != created.end()) {
            a.proof.roles_created = created;
            return a.proof;
        }
        // Roles live in the cluster, not in the database: the target's cluster has them.
        create_role(server, *a.missing, false);
        created.push_back(*a.missing);
    }
}

std::string describe_proof(const PlanProof& p, size_t statements) {
    std::string where = "PostgreSQL " + std::to_string(p.server_major) + " (a local throwaway server, not the target)";
    std::string out;
    if (p.proven) {
        out = "proven on " + where + ": the current state rebuilt, the plan's " + std::to_string(statements) +
              " statement(s) ran, and the result is the desired state\n";
    } else {
        out = "NOT proven on " + where + ", at " + p.stage + ": " + p.failure + "\n";
        for (const auto& d : p.differences) out += "    " + first_line(d, 160) + "\n";
    }
    if (!p.roles_created.empty()) {
        out += "  roles the target's cluster is expected to have were created there:";
        for (const auto& r : p.roles_created) out += " " + r;
        out += "\n";
    }
    return out;
}

}  // namespace pgfleet
