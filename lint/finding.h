#pragma once
// One tenant-isolation finding: which rule, how severe, about what, and where.
#include <optional>
#include <string>
#include <vector>

#include "catalog/object_key.h"
#include "parser/source_file.h"

namespace pgfleet::lint {

// Off silences a rule; a reported finding is never Off.
enum class RuleSeverity { Off, Warning, Error };

// "error", "warning", "off".
const char* severity_name(RuleSeverity severity);
// The severity a name stands for; nullopt for anything else.
std::optional<RuleSeverity> parse_severity(const std::string& text);

// `object` is what the finding is about (none for findings about suppression comments);
// `table` the tenant table it concerns, for per-table exemptions. `settings` name settings of
// the object (see ParserState::setting_locations) to locate the finding at, before the object
// itself. `location.path` stays empty when there is no source (a live database).
struct Finding {
    std::string rule;
    RuleSeverity severity = RuleSeverity::Error;
    std::optional<ObjectKey> object;
    std::optional<QualifiedName> table;
    std::string message;
    std::vector<std::string> settings;
    SourceLocation location;
    std::string source_line;
    // Why the finding is not reported (the suppression's or exemption's reason); empty when it is.
    std::string suppressed;

    bool reported() const { return suppressed.empty(); }
};

// "table public.users" or "" for findings about no object.
std::string object_name(const Finding& finding);

// Located findings first, in file order; then the rest by object; rule and message break ties.
void sort_findings(std::vector<Finding>& findings);

}  // namespace pgfleet::lint
