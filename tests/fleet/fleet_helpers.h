#pragma once
// Shared bits of the fleet tests: a pgfleet.yaml for the shared test server, and running
// the pgfleet binary.
#include <string>

#include <nlohmann/json.hpp>

#include "tests/support/cli_run.h"
#include "tests/support/pg_server.h"

namespace pgfleet::testing {

struct FleetYaml {
    std::string schema;            // desired-state directory
    std::string state_dir;         // journal and fingerprint cache
    std::string pattern;           // tenants: pattern
    std::string application_name;  // unique per test, for pg_stat_activity sampling
    std::string url;               // default: the shared test server's postgres database
    int max_per_cluster = 4;
    std::string extra;             // more YAML appended as is
    std::string control;           // tenants.control URL, when set
};

inline std::string fleet_yaml(const FleetYaml& y) {
    std::string url = y.url.empty() ? PgServer::instance().url("postgres") : y.url;
    return "schema: " + y.schema + "\nstate_dir: " + y.state_dir + "\napplication_name: " + y.application_name +
           "\nclusters:\n  - name: main\n    url: \"" + url + "\"\ntenants:\n  pattern: '" + y.pattern + "'\n" +
           (y.control.empty() ? "" : "  control: \"" + y.control + "\"\n") +
           "connections:\n  max_per_cluster: " + std::to_string(y.max_per_cluster) + "\n" + y.extra;
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace pgfleet::testing
