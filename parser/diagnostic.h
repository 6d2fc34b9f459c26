#pragma once
// Located messages about desired-state files: errors stop a plan, warnings are shown.
#include <string>
#include <vector>

#include "parser/source_file.h"

namespace pgfleet {

enum class Severity { Error, Warning };

// `code` is stable and machine-readable: "syntax", "missing-object", "not-schema",
// "unsupported", "invalid".
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    SourceLocation location;
    std::string source_line;
};

// "file:line:col: error: message", then the line and a caret under the column.
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace pgfleet
