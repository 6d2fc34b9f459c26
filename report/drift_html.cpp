// The drift report as one self-contained HTML page: the fleet's fingerprint groups, a tenant
// table that filters (by name, status, severity, fingerprint), each drifted tenant's
// differences by severity, and the last apply's outcome per tenant. No external assets.
#include <map>
#include <vector>

#include "catalog/fingerprint.h"
#include "report/drift_html_assets.h"
#include "report/drift_report.h"
#include "report/markdown.h"

namespace pgfleet {
namespace {

using markdown::html;
using markdown::number;

std::string status_of(const TenantDrift& t) {
    return t.status == DriftStatus::Drifted ? drift_kind_name(t.kind) : drift_status_name(t.status);
}

std::string status_of(const DriftGroup& g) {
    return g.status == DriftStatus::Drifted ? drift_kind_name(g.kind) : "matches";
}

std::string chip(DriftSeverity s) {
    return std::string("<span class=\"chip ") + drift_severity_name(s) + "\">" + severity_words(s) + "</span>";
}

// The short form beside each difference; the full words are its tooltip.
std::string short_chip(DriftSeverity s) {
    const char* word = s == DriftSeverity::IsolationWeakened          ? "isolation"
                       : s == DriftSeverity::MissingConstraintOrIndex ? "missing"
                                                                      : "other";
    return std::string("<span class=\"chip ") + drift_severity_name(s) + "\" title=\"" + severity_words(s) + "\">" +
           word + "</span>";
}

std::string tile(const std::string& cls, size_t n, const std::string& label) {
    return "<div class=\"tile " + cls + "\"><b>" + number(n) + "</b><span>" + label + "</span></div>\n";
}

// One sentence for the reader in a hurry: what needs attention first.
std::string verdict(const DriftReport& r) {
    size_t weakened = 0;
    for (const auto& g : r.groups)
        if (g.status == DriftStatus::Drifted && g.severity() == DriftSeverity::IsolationWeakened) weakened += g.tenants.size();
    std::vector<std::string> parts;
    if (weakened) parts.push_back("<strong>" + markdown::plural(weakened, "tenant") + " with weakened tenant isolation</strong>");
    if (size_t n = r.count(DriftKind::Diverged)) parts.push_back(markdown::plural(n, "tenant") + " changed outside pgfleet");
    if (size_t n = r.count(DriftKind::Behind)) parts.push_back(markdown::plural(n, "tenant") + " waiting for the rollout");
    if (size_t n = r.count(DriftStatus::Error)) parts.push_back(markdown::plural(n, "tenant") + " not checked");
    if (parts.empty()) return "Every tenant matches the desired schema.";
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return out + ".";
}

std::string header(const DriftReport& r) {
    std::string desired;
    for (const auto& [major, fp] : r.desired_fingerprints)
        desired += (desired.empty() ? "" : ", ") + std::string("<code>") + short_fingerprint(fp) + "</code> (PostgreSQL " +
                   std::to_string(major) + ")";
    std::string out = "<header><h1>Fleet drift</h1><p class=\"sub\">" + markdown::plural(r.tenants.size(), "tenant") + " on " +
                      markdown::plural(r.clusters.size(), "cluster") + (r.checked_at.empty() ? "" : ", checked " + html(r.checked_at)) +
                      (desired.empty() ? "" : "; desired fingerprint " + desired) + "</p></header>\n";
    out += "<section class=\"tiles\">\n" + tile("", r.tenants.size(), "tenants") +
           tile("matches", r.count(DriftStatus::Matches), "match the schema") +
           tile("behind", r.count(DriftKind::Behind), "behind: not yet rolled out") +
           tile("diverged", r.count(DriftKind::Diverged), "diverged: changed by hand") +
           tile("error", r.count(DriftStatus::Error), "could not be checked") + "</section>\n";
    return out + "<p class=\"verdict\">" + verdict(r) + "</p>\n";
}

std::string difference_items(const std::vector<Difference>& differences) {
    std::string out = "<ul class=\"diffs\">";
    for (const auto& d : differences) out += "<li>" + short_chip(d.severity) + "<code>" + html(d.change) + "</code></li>";
    return out + "</ul>";
}

std::string group_card(const DriftGroup& g) {
    std::string status = status_of(g);
    std::string out = "<article class=\"group " + status + "\" id=\"fp-" + g.fingerprint + "\"><h3><span class=\"badge " +
                      status + "\">" + (g.status == DriftStatus::Matches ? "desired" : status) + "</span><code>" +
                      short_fingerprint(g.fingerprint) + "</code>" +
                      (g.status == DriftStatus::Drifted ? chip(g.severity()) : "") + "<span class=\"count\">" +
                      markdown::plural(g.tenants.size(), "tenant") + "</span></h3>";
    if (g.status == DriftStatus::Matches) out += "<p>At the desired schema.</p>";
    else if (g.kind == DriftKind::Behind) out += "<p>At a fingerprint pgfleet planned earlier: not yet rolled out.</p>";
    else out += "<p>At a fingerprint no plan led to: changed outside pgfleet.</p>";
    if (g.status == DriftStatus::Drifted) out += difference_items(g.differences);
    return out + "<p><a href=\"#fp=" + g.fingerprint + "\">Show these tenants in the table</a></p></article>\n";
}

std::string last_apply_cell(const TenantDrift& t) {
    if (!t.last_apply) return "<td class=\"last\">&mdash;</td>";
    const JournalEntry& e = *t.last_apply;
    return "<td class=\"last\" title=\"" + html(e.detail) + "\">" + state_name(e.state) + " <small>" + html(e.at) +
           " &rarr; <code>" + short_fingerprint(e.target) + "</code></small></td>";
}

// A drifted tenant's differences, one heading per severity, most severe first.
std::string differences_by_severity(const std::vector<Difference>& differences) {
    std::string out;
    for (DriftSeverity s : {DriftSeverity::IsolationWeakened, DriftSeverity::MissingConstraintOrIndex, DriftSeverity::Other}) {
        std::vector<Difference> these;
        for (const auto& d : differences)
            if (d.severity == s) these.push_back(d);
        if (!these.empty()) out += "<h4>" + severity_words(s) + " (" + number(these.size()) + ")</h4>" + difference_items(these);
    }
    return out;
}

std::string tenant_rows(const DriftReport& r) {
    std::map<std::string, const DriftGroup*> by_fingerprint;
    for (const auto& g : r.groups) by_fingerprint[g.fingerprint] = &g;
    std::string out;
    for (const auto& t : r.tenants) {
        auto it = by_fingerprint.find(t.fingerprint);
        const DriftGroup* g = t.status == DriftStatus::Error || it == by_fingerprint.end() ? nullptr : it->second;
        bool drifted = g && t.status == DriftStatus::Drifted;
        std::string severity = drifted ? drift_severity_name(g->severity()) : "";
        std::string status = status_of(t);
        out += "<tbody class=\"tenant\" data-name=\"" + html(t.tenant.key()) + "\" data-status=\"" + status +
               "\" data-severity=\"" + severity + "\" data-fingerprint=\"" + t.fingerprint + "\"><tr><td>" +
               html(t.tenant.key()) + "</td><td><span class=\"badge " + status + "\">" + status + "</span></td><td>" +
               (t.fingerprint.empty() ? "" : "<code>" + short_fingerprint(t.fingerprint) + "</code>") + "</td><td class=\"diff\">" +
               (drifted ? "<details><summary>" + chip(g->severity()) + " " + markdown::plural(g->differences.size(), "difference") +
                              "</summary>" + differences_by_severity(g->differences) + "</details>"
                        : "") +
               (t.status == DriftStatus::Error ? "<span class=\"error-text\">" + html(t.error) + "</span>" : "") +
               (t.status == DriftStatus::Matches ? "<span class=\"none\">none</span>" : "") + "</td>" +
               last_apply_cell(t) + "</tr></tbody>\n";
    }
    return out;
}

std::string tenant_table(const DriftReport& r) {
    return "<section id=\"tenants\"><h2>Tenants</h2><div class=\"filters\">"
           "<input id=\"q\" type=\"search\" placeholder=\"Filter tenants by name\" aria-label=\"Filter tenants by name\">"
           "<div class=\"seg\" role=\"group\" aria-label=\"Status\"><button data-status=\"\">all</button>"
           "<button data-status=\"matches\">matches</button><button data-status=\"behind\">behind</button>"
           "<button data-status=\"diverged\">diverged</button><button data-status=\"error\">error</button></div>"
           "<select id=\"severity\" aria-label=\"Severity\"><option value=\"\">any severity</option>"
           "<option value=\"isolation_weakened\">isolation weakened</option>"
           "<option value=\"missing_constraint_or_index\">missing constraint or index</option>"
           "<option value=\"other\">other</option></select><span id=\"shown\"></span></div>\n"
           "<table><thead><tr><th>Tenant</th><th>Status</th><th>Fingerprint</th><th>Differences</th>"
           "<th>Last apply</th></tr></thead>\n" +
           tenant_rows(r) + "</table><p id=\"none\" hidden>No tenant matches the filter.</p></section>\n";
}

}  // namespace

std::string render_drift_html(const DriftReport& r) {
    std::string title = "pgfleet drift: " + markdown::plural(r.tenants.size(), "tenant") + ", " +
                        number(r.count(DriftStatus::Drifted)) + " drifted";
    std::string groups;
    for (const auto& g : r.groups) groups += group_card(g);
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" +
           html(title) + "</title><style>" + drift_html::kStyle + "</style></head>\n<body><main>\n" + header(r) +
           "<section id=\"groups\"><h2>Fingerprint groups</h2><div class=\"groups\">\n" + groups + "</div></section>\n" +
           tenant_table(r) + "<footer>pgfleet " + PGFLEET_VERSION +
           ". Behind: the tenant is at a fingerprint an earlier plan or apply led to. Diverged: at one no plan led to. "
           "Severity: isolation weakened &gt; missing constraint or index &gt; other.</footer>\n</main><script>" +
           drift_html::kScript + "</script></body></html>\n";
}

}  // namespace pgfleet
