#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "fleet/config.h"
#include "fleet/config_lint.h"
#include "fleet/config_waves.h"
#include "fleet/yaml_fields.h"
#include "introspect/conninfo.h"
#include "planner/hazard.h"

namespace pgfleet {
namespace {

namespace fs = std::filesystem;

std::string resolve(const std::string& base_dir, const std::string& p) {
    if (p.empty() || fs::path(p).is_absolute()) return p;
    return (fs::path(base_dir) / p).lexically_normal().string();
}

// A connection string must parse, and must not carry a password: that belongs in the
// environment, ~/.pgpass or password_command, never in a file that gets committed.
void check_url(YamlFields& f, const YAML::Node& node, const std::string& url) {
    try {
        ConnParams params = parse_conninfo(url);
        if (params.count("password"))
            f.error(node, "the connection string holds a password; use password_env, password_command or ~/.pgpass");
    } catch (const std::exception& e) {
        f.error(node, e.what());
    }
}

void read_clusters(YamlFields& f, const YAML::Node& node, FleetConfig& c) {
    if (!node.IsSequence() || node.size() == 0) return f.error(node, "clusters must be a non-empty list");
    static const std::regex name_re("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    for (const auto& item : node) {
        if (!f.check_map(item, "a cluster", {"name", "url", "password_env", "password_command"})) continue;
        ClusterConfig cl;
        f.read(item, "name", cl.name);
        f.read(item, "url", cl.url);
        f.read(item, "password_env", cl.password_env);
        f.read(item, "password_command", cl.password_command);
        if (!item["name"]) f.error(item, "a cluster needs a name");
        else if (!std::regex_match(cl.name, name_re))
            f.error(item["name"], "cluster name '" + cl.name + "' may use letters, digits, '_', '-' and '.'");
        else if (c.find_cluster(cl.name))
            f.error(item["name"], "cluster '" + cl.name + "' is defined twice");
        if (!item["url"]) f.error(item, "a cluster needs a url");
        else check_url(f, item["url"], cl.url);
        if (!cl.password_env.empty() && !cl.password_command.empty())
            f.error(item["password_command"], "use either password_env or password_command, not both");
        c.clusters.push_back(cl);
    }
}

void read_tenants(YamlFields& f, const YAML::Node& node, FleetConfig& c) {
    if (!f.check_map(node, "tenants", {"list", "pattern", "query", "control", "password_env", "password_command"}))
        return;
    TenantDiscovery& t = c.tenants;
    f.read(node, "list", t.list);
    f.read(node, "pattern", t.pattern);
    f.read(node, "query", t.query);
    f.read(node, "control", t.control);
    f.read(node, "password_env", t.password_env);
    f.read(node, "password_command", t.password_command);
    int ways = (node["list"] ? 1 : 0) + (node["pattern"] ? 1 : 0) + (node["query"] ? 1 : 0);
    if (ways != 1) f.error(node, "tenants needs exactly one of list, pattern or query");
    if (node["query"] && t.control.empty()) f.error(node["query"], "a tenant query needs a control database (control)");
    if (node["control"]) check_url(f, node["control"], t.control);
    for (size_t i = 0; node["list"] && node["list"].IsSequence() && i < node["list"].size(); ++i) {
        const std::string& entry = t.list.size() > i ? t.list[i] : "";
        if (entry.empty()) f.error(node["list"][i], "a tenant name must not be empty");
    }
}

void read_policies(YamlFields& f, const YAML::Node& root, FleetConfig& c) {
    if (YAML::Node n = root["connections"]; n && f.check_map(n, "connections", {"max_per_cluster", "max_share"})) {
        f.read(n, "max_per_cluster", c.connections.max_per_cluster, 1);
        f.read(n, "max_share", c.connections.max_share, 0.01, 1.0);
    }
    if (YAML::Node n = root["wake"]; n && f.check_map(n, "wake", {"window", "initial_backoff", "max_backoff"})) {
        f.read_duration(n, "window", c.wake.window_seconds);
        f.read_duration(n, "initial_backoff", c.wake.initial_backoff_seconds);
        f.read_duration(n, "max_backoff", c.wake.max_backoff_seconds);
        if (c.wake.initial_backoff_seconds <= 0) f.error(n, "initial_backoff must be above zero");
    }
    if (YAML::Node n = root["timeouts"]; n && f.check_map(n, "timeouts", {"connect", "lock", "statement", "password_command"})) {
        f.read_duration(n, "connect", c.timeouts.connect_seconds);
        f.read_duration(n, "lock", c.timeouts.lock_seconds);
        f.read_duration(n, "statement", c.timeouts.statement_seconds);
        f.read_duration(n, "password_command", c.timeouts.password_command_seconds);
        if (n["password_command"] && c.timeouts.password_command_seconds <= 0)
            f.error(n["password_command"], "the password_command timeout must be above 0");
    }
    if (YAML::Node n = root["hazards"]; n && f.check_map(n, "hazards", {"allow"})) {
        f.read(n, "allow", c.allowed_hazards);
        for (size_t i = 0; i < c.allowed_hazards.size(); ++i)
            if (c.allowed_hazards[i] != "all" && !find_hazard_kind(c.allowed_hazards[i])) {
                std::string names = "all";
                for (const auto& k : hazard_kinds()) names += std::string(", ") + k.name;
                f.error(n["allow"][i], "unknown hazard '" + c.allowed_hazards[i] + "' (one of: " + names + ")");
            }
    }
    f.read(root, "canaries", c.canaries);
    // A canary names a tenant as cluster/database; a cluster the file does not define is a typo.
    if (YAML::Node n = root["canaries"]; n && n.IsSequence())
        for (size_t i = 0; i < c.canaries.size() && i < n.size(); ++i) {
            auto slash = c.canaries[i].find('/');
            if (slash == std::string::npos) continue;
            std::string cluster = c.canaries[i].substr(0, slash);
            bool known = std::any_of(c.clusters.begin(), c.clusters.end(), [&](const auto& k) { return k.name == cluster; });
            if (!known) f.error(n[i], "canary '" + c.canaries[i] + "' names cluster '" + cluster + "', which is not defined");
        }
}

const std::set<std::string>& top_level_keys() {
    static const std::set<std::string> keys{"schema",   "state_dir", "application_name", "clusters", "tenants",
                                            "connections", "wake",  "timeouts", "canaries", "hazards",
                                            "journal",  "onboarding", "lint",    "waves",    "coordination"};
    return keys;
}

// The document's root mapping; a YAML syntax error or a non-mapping throws at once.
YAML::Node load_root(YamlFields& f, const std::string& text) {
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        f.error(e.mark, e.msg);
        throw ConfigError(f.errors().front());
    }
    if (!f.check_map(root, "the configuration", top_level_keys())) throw ConfigError(f.errors().front());
    return root;
}

void throw_errors(const YamlFields& f) {
    if (f.errors().empty()) return;
    std::string all;
    for (const auto& e : f.errors()) all += (all.empty() ? "" : "\n") + e;
    throw ConfigError(all);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw ConfigError(path + ": cannot read the configuration");
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void read_journal_and_onboarding(YamlFields& f, const YAML::Node& root, FleetConfig& c) {
    if (YAML::Node n = root["journal"]; n && f.check_map(n, "journal", {"file", "table"})) {
        f.read(n, "file", c.journal.file);
        f.read(n, "table", c.journal.table);
        if (n["file"] && n["table"]) f.error(n, "journal takes either file or table");
        if (n["table"] && c.tenants.control.empty())
            f.error(n["table"], "a journal table lives on the control database (tenants.control)");
    }
    YAML::Node n = root["onboarding"];
    if (!n || !f.check_map(n, "onboarding", {"database", "owner", "create_role", "encoding", "template",
                                            "connect_grants", "register", "unregister"}))
        return;
    OnboardingConfig& o = c.onboarding;
    f.read(n, "database", o.database);
    f.read(n, "owner", o.owner);
    f.read(n, "create_role", o.create_role);
    f.read(n, "encoding", o.encoding);
    f.read(n, "template", o.template_database);
    f.read(n, "connect_grants", o.connect_grants);
    f.read(n, "register", o.register_sql);
    f.read(n, "unregister", o.unregister_sql);
    if (o.database.find("{name}") == std::string::npos)
        f.error(n["database"] ? n["database"] : n, "onboarding.database must contain {name}");
    if ((n["register"] || n["unregister"]) && c.tenants.control.empty())
        f.error(n["register"] ? n["register"] : n["unregister"], "register/unregister run on tenants.control, which is not set");
}

}  // namespace

const ClusterConfig* FleetConfig::find_cluster(const std::string& name) const {
    for (const auto& c : clusters)
        if (c.name == name) return &c;
    return nullptr;
}

FleetConfig parse_fleet_config(const std::string& text, const std::string& path) {
    YamlFields f(path);
    YAML::Node root = load_root(f, text);
    FleetConfig c;
    c.path = path;
    std::string base = fs::path(path).parent_path().string();
    f.read(root, "schema", c.schema);
    if (!root["schema"]) f.error(root, "schema: the desired-state directory is required");
    c.state_dir = ".pgfleet";
    f.read(root, "state_dir", c.state_dir);
    f.read(root, "application_name", c.application_name);
    if (root["clusters"]) read_clusters(f, root["clusters"], c);
    else f.error(root, "clusters: at least one cluster is required");
    if (root["tenants"]) read_tenants(f, root["tenants"], c);
    else f.error(root, "tenants: a list, pattern or query is required");
    read_policies(f, root, c);
    if (root["waves"]) read_waves_section(f, root["waves"], c);
    if (root["coordination"]) read_coordination_section(f, root["coordination"], c);
    read_journal_and_onboarding(f, root, c);
    if (root["lint"]) read_lint_section(f, root["lint"], c.lint);
    throw_errors(f);
    c.schema = resolve(base, c.schema);
    c.state_dir = resolve(base, c.state_dir);
    if (!c.journal.table.empty()) c.journal.file.clear();
    else c.journal.file = c.journal.file.empty() ? c.state_dir + "/journal.jsonl" : resolve(base, c.journal.file);
    return c;
}

FleetConfig load_fleet_config(const std::string& path) { return parse_fleet_config(read_file(path), path); }

lint::LintConfig load_lint_config(const std::string& path) {
    YamlFields f(path);
    YAML::Node root = load_root(f, read_file(path));
    lint::LintConfig c;
    if (root["lint"]) read_lint_section(f, root["lint"], c);
    throw_errors(f);
    return c;
}

}  // namespace pgfleet
