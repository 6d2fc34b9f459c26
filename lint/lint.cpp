#include "lint/lint.h"

#include <fstream>
#include <map>

#include "lint/rule.h"
#include "lint/suppressions.h"
#include "lint/tenant_model.h"

namespace pgfleet::lint {
namespace {

RuleSeverity severity_of(const Rule& rule, const LintConfig& config) {
    auto it = config.severities.find(rule.id);
    return it == config.severities.end() ? rule.default_severity : it->second;
}

// What an exemption names: the finding's tenant table, else the object itself (a view).
QualifiedName subject(const Finding& f) {
    if (f.table) return *f.table;
    return f.object ? QualifiedName{f.object->schema, f.object->name} : QualifiedName{};
}

void exempt(Finding& f, const LintConfig& config) {
    if (!f.object) return;
    if (const Exemption* e = config.exemption_for(subject(f), f.rule)) f.suppressed = "pgfleet.yaml: " + e->reason;
}

std::vector<Finding> run_rules(const Catalog& catalog, const LintConfig& config,
                               const std::vector<IgnoredObject>& ignored) {
    TenantModel tenants(catalog, config);
    RuleContext context{catalog, config, tenants, ignored};
    std::vector<Finding> out;
    for (const Rule* rule : all_rules()) {
        RuleSeverity severity = severity_of(*rule, config);
        if (severity == RuleSeverity::Off || !rule->check) continue;
        std::vector<Finding> found;
        rule->check(context, found);
        for (auto& f : found) {
            f.rule = rule->id;
            f.severity = severity;
            exempt(f, config);
            out.push_back(std::move(f));
        }
    }
    return out;
}

// Lines of the files findings point into, read once (the parser does not keep the text).
class SourceLines {
public:
    std::string line(const std::string& path, int line) {
        auto [it, fresh] = files_.try_emplace(path);
        if (fresh) {
            std::ifstream in(path, std::ios::binary);
            for (std::string l; std::getline(in, l);) {
                if (!l.empty() && l.back() == '\r') l.pop_back();
                it->second.push_back(l);
            }
        }
        return line >= 1 && line <= static_cast<int>(it->second.size()) ? it->second[line - 1] : "";
    }

private:
    std::map<std::string, std::vector<std::string>> files_;
};

// Where the finding is: the first of its settings the files changed, else its object, else
// its table's definition.
void locate(Finding& f, const ParserState& desired, SourceLines& lines) {
    // A finding about an object the model does not keep comes located by its rule.
    if (!f.object) {
        if (!f.location.path.empty()) f.source_line = lines.line(f.location.path, f.location.line);
        return;
    }
    const SourceLocation* at = nullptr;
    for (const auto& s : f.settings)
        if (auto it = desired.setting_locations.find({*f.object, s}); !at && it != desired.setting_locations.end())
            at = &it->second;
    if (auto it = desired.locations.find(*f.object); !at && it != desired.locations.end()) at = &it->second;
    if (f.table)
        if (auto it = desired.locations.find(table_key(*f.table)); !at && it != desired.locations.end())
            at = &it->second;
    if (!at) return;
    f.location = *at;
    f.source_line = lines.line(at->path, at->line);
}

}  // namespace

std::vector<Finding> run(const Catalog& catalog, const LintConfig& config) {
    std::vector<IgnoredObject> ignored;
    for (const auto& u : catalog.unmodeled) ignored.push_back({u, {}});
    std::vector<Finding> out = run_rules(catalog, config, ignored);
    sort_findings(out);
    return out;
}

std::vector<Finding> run(const ParserState& desired, const LintConfig& config) {
    std::vector<Finding> out = run_rules(desired.catalog, config, desired.ignored_objects);
    SourceLines lines;
    std::vector<Finding> problems;
    std::vector<Suppression> suppressions = read_suppressions(desired.directives, problems);
    for (auto& f : out) {
        locate(f, desired, lines);
        if (!f.reported()) continue;
        // A suppression covers findings located in its statement, and findings about the
        // objects that statement defines (FORCE belongs beside ENABLE, the suppression beside
        // CREATE TABLE).
        std::vector<SourceLocation> defined;
        if (f.object)
            if (auto it = desired.locations.find(*f.object); it != desired.locations.end()) defined.push_back(it->second);
        if (f.table)
            if (auto it = desired.locations.find(table_key(*f.table)); it != desired.locations.end())
                defined.push_back(it->second);
        auto applies = [&](const Suppression& s) {
            if (covers(s, f.location)) return true;
            for (const auto& d : defined)
                if (covers(s, d)) return true;
            return false;
        };
        for (const auto& s : suppressions)
            if (s.rules.count(f.rule) && applies(s)) {
                f.suppressed = s.reason.empty() ? "(no reason given)" : s.reason;
                break;
            }
    }
    RuleSeverity severity = severity_of(*find_rule("suppression"), config);
    if (severity != RuleSeverity::Off)
        for (auto& p : problems) {
            p.severity = severity;
            out.push_back(std::move(p));
        }
    sort_findings(out);
    return out;
}

Summary summarize(const std::vector<Finding>& findings) {
    Summary s;
    for (const auto& f : findings) {
        if (!f.reported()) ++s.suppressed;
        else if (f.severity == RuleSeverity::Error) ++s.errors;
        else ++s.warnings;
    }
    return s;
}

}  // namespace pgfleet::lint
