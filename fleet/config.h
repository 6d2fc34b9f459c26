#pragma once
// The fleet configuration (pgfleet.yaml): where the schema is, which clusters and tenants,
// and how frugally to treat the servers.
#include <stdexcept>
#include <string>
#include <vector>

#include "lint/lint_config.h"

namespace pgfleet {

// One PostgreSQL cluster holding tenant databases.
struct ClusterConfig {
    std::string name;
    // libpq URL or keyword string of the cluster's maintenance database (discovery, budget,
    // onboarding). Tenant connections use the same settings with another dbname.
    std::string url;
    std::string password_env;      // take the password from this environment variable
    std::string password_command;  // or from this command's stdout (IAM token, secret read)
};

// How tenants are found: exactly one of list / pattern / query.
struct TenantDiscovery {
    std::vector<std::string> list;  // "database" or "cluster/database"
    std::string pattern;            // LIKE pattern on pg_database.datname, on every cluster
    std::string query;              // SQL on the control database: database[, cluster] rows
    std::string control;            // control database URL (query, registry, journal table)
    std::string password_env, password_command;  // for the control database
};

struct ConnectionPolicy {
    int max_per_cluster = 4;   // never more sessions than this per cluster
    double max_share = 0.25;   // nor more than this share of max_connections minus those in use
};

// Retrying while a paused or starting server does not accept connections.
struct WakePolicy {
    double window_seconds = 60;
    double initial_backoff_seconds = 0.5;
    double max_backoff_seconds = 5;
};

struct Timeouts {
    double connect_seconds = 10;
    double lock_seconds = 10;
    double statement_seconds = 0;  // 0: no limit
    double password_command_seconds = 30;  // a password_command running longer is stopped
};

struct JournalConfig {
    std::string file;   // JSON lines; default <state_dir>/journal.jsonl
    std::string table;  // or this table on the control database
};

// Onboarding (tenant create / drop). {name} stands for the tenant name.
struct OnboardingConfig {
    std::string database = "tenant_{name}";
    std::string owner = "tenant_{name}";
    bool create_role = true;
    std::string encoding = "UTF8";
    std::string template_database = "template0";
    std::vector<std::string> connect_grants;  // roles given CONNECT on the database
    std::string register_sql;    // run on the control database; {database}, {fingerprint} are literals
    std::string unregister_sql;  // run on the control database by tenant drop; {database}
};

// One wave of fleet apply: which tenants it takes (at most one selector; none takes every
// tenant left, and only the last wave may do that) and how many may fail before the run stops.
struct WaveConfig {
    std::string name;
    std::vector<std::string> tenants;  // these tenants ("database" or "cluster/database")
    std::string pattern;               // tenants whose database or cluster/database matches this glob
    double share = 0;                  // this share of the run's tenants, in a stable order of their names
    double smallest = 0;               // this share of the run's tenants, smallest first
    long long max_bytes = -1;          // tenants whose tables and indexes take at most this many bytes
    int max_failures = -1;             // -1: not set
    double max_failure_rate = -1;      // of the wave's tenants; -1: not set
    bool one_at_a_time = false;        // across every worker of the run
    bool selects_rest() const {
        return tenants.empty() && pattern.empty() && share == 0 && smallest == 0 && max_bytes < 0;
    }
};

// Workers of one run waiting for each other (canaries, waves).
struct CoordinationConfig {
    double wait_seconds = 1800;  // how long a worker waits for tenants other workers hold
};

struct FleetConfig {
    std::string path;         // the file it was read from
    std::string schema;       // desired-state directory (resolved against the config's directory)
    std::string state_dir;    // journal and fingerprint cache (resolved likewise)
    std::string application_name = "pgfleet";
    std::vector<ClusterConfig> clusters;
    TenantDiscovery tenants;
    ConnectionPolicy connections;
    WakePolicy wake;
    Timeouts timeouts;
    std::vector<std::string> canaries;       // "database" or "cluster/database"
    std::vector<WaveConfig> waves;           // after the canaries; tenants left over form a last wave
    CoordinationConfig coordination;
    std::vector<std::string> allowed_hazards;  // hazard names apply may run (enforced by apply)
    JournalConfig journal;
    OnboardingConfig onboarding;
    lint::LintConfig lint;  // tenant-isolation rules (check, plan)

    const ClusterConfig* find_cluster(const std::string& name) const;
};

// Reads and validates a config file. Throws ConfigError listing every problem as
// file:line:col: message.
FleetConfig load_fleet_config(const std::string& path);

// The same for YAML text; `path` names it in messages and anchors relative paths.
FleetConfig parse_fleet_config(const std::string& text, const std::string& path);

struct ConfigError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace pgfleet
