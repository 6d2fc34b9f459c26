// In-file suppressions: `-- pgfleet:allow RULE[, RULE...]: reason` before or inside the
// statement whose findings it silences.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "lint/finding.h"
#include "parser/parser_state.h"

namespace pgfleet::lint {

struct Suppression {
    std::set<std::string> rules;
    std::string reason;
    SourceLocation begin, end;  // the annotated statement
};

// True when `location` lies within the suppression's statement.
bool covers(const Suppression& s, const SourceLocation& location);

// The suppressions of the directives; each malformed one (no reason, unknown rule or
// directive, annotating no statement) also becomes a `suppression` finding at the comment.
std::vector<Suppression> read_suppressions(const std::vector<SourceDirective>& directives,
                                           std::vector<Finding>& problems);

}  // namespace pgfleet::lint
