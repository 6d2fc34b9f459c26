// The `lint:` section of pgfleet.yaml (tenant-isolation rules), read with the fleet
// configuration's located errors.
#include "fleet/config_lint.h"

#include <fstream>
#include <sstream>

#include "lint/rule.h"

namespace pgfleet {
namespace {

// "schema.table" or "table" (public); double quotes keep dots and case.
bool parse_table_name(const std::string& text, QualifiedName& out) {
    std::vector<std::string> parts{""};
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"') {
            if (quoted && i + 1 < text.size() && text[i + 1] == '"') parts.back() += c, ++i;
            else quoted = !quoted;
        } else if (c == '.' && !quoted) {
            parts.emplace_back();
        } else {
            parts.back() += quoted ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (quoted || parts.size() > 2) return false;
    for (const auto& p : parts)
        if (p.empty()) return false;
    out = parts.size() == 2 ? QualifiedName{parts[0], parts[1]} : QualifiedName{"public", parts[0]};
    return true;
}

void read_rule_id(YamlFields& f, const YAML::Node& node, std::string& id) {
    id = node.IsScalar() ? node.Scalar() : "";
    if (!lint::find_rule(id)) {
        std::string ids;
        for (const auto* r : lint::all_rules()) ids += (ids.empty() ? "" : ", ") + std::string(r->id);
        f.error(node, "unknown rule '" + id + "' (rules: " + ids + ")");
        id.clear();
    }
}

void read_exemptions(YamlFields& f, const YAML::Node& node, lint::LintConfig& c) {
    if (!node.IsSequence()) return f.error(node, "exempt must be a list");
    for (const auto& item : node) {
        if (!f.check_map(item, "an exemption", {"table", "rules", "reason"})) continue;
        lint::Exemption e;
        std::string table;
        f.read(item, "table", table);
        if (!item["table"]) f.error(item, "an exemption needs a table");
        else if (!parse_table_name(table, e.table)) f.error(item["table"], "'" + table + "' is not a table name");
        f.read(item, "reason", e.reason);
        // Like an in-file suppression, an exemption must say why.
        if (e.reason.empty()) f.error(item["reason"] ? item["reason"] : item, "an exemption needs a reason");
        if (YAML::Node rules = item["rules"]) {
            if (!rules.IsSequence()) f.error(rules, "rules must be a list of rule ids");
            for (size_t i = 0; rules.IsSequence() && i < rules.size(); ++i) {
                std::string id;
                read_rule_id(f, rules[i], id);
                if (!id.empty()) e.rules.insert(id);
            }
        }
        c.exemptions.push_back(e);
    }
}

}  // namespace

void read_lint_section(YamlFields& f, const YAML::Node& node, lint::LintConfig& c) {
    if (!f.check_map(node, "lint",
                     {"tenant_column", "tenant_setting", "tenant_column_type", "tenant_tables", "rules", "exempt"}))
        return;
    f.read(node, "tenant_column", c.tenant_column);
    f.read(node, "tenant_setting", c.tenant_setting);
    f.read(node, "tenant_column_type", c.tenant_column_type);
    if (c.tenant_column.empty()) f.error(node["tenant_column"], "tenant_column must not be empty");
    if (c.tenant_setting.empty()) f.error(node["tenant_setting"], "tenant_setting must not be empty");
    if (YAML::Node n = node["tenant_tables"]) {
        std::string mode = n.IsScalar() ? n.Scalar() : "";
        if (mode == "all") c.tenant_tables = lint::TenantTables::All;
        else if (mode == "with_tenant_column") c.tenant_tables = lint::TenantTables::WithTenantColumn;
        else f.error(n, "tenant_tables must be all or with_tenant_column");
    }
    if (YAML::Node rules = node["rules"]; rules && !rules.IsMap()) f.error(rules, "lint.rules must be a mapping");
    else if (rules) {
        for (const auto& kv : rules) {
            std::string id;
            read_rule_id(f, kv.first, id);
            auto severity = kv.second.IsScalar() ? lint::parse_severity(kv.second.Scalar()) : std::nullopt;
            if (!severity) f.error(kv.second, "a rule's severity is error, warning or off");
            else if (!id.empty()) c.severities[id] = *severity;
        }
    }
    if (YAML::Node exempt = node["exempt"]) read_exemptions(f, exempt, c);
}

}  // namespace pgfleet
