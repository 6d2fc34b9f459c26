#include "parser/diagnostic.h"

#include <algorithm>

namespace pgfleet {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.location.path.empty()) {
        out += d.location.path;
        if (d.location.line > 0)
            out += ":" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
        out += ": ";
    }
    out += d.severity == Severity::Error ? "error: " : "warning: ";
    out += d.message;
    if (!d.source_line.empty() && d.location.column > 0) {
        out += "\n    " + d.source_line + "\n    ";
        // Keep tabs so the caret lines up under the same column in a terminal.
        int col = 1;
        for (size_t i = 0; i < d.source_line.size() && col < d.location.column; ++i) {
            unsigned char c = static_cast<unsigned char>(d.source_line[i]);
            if ((c & 0xC0) == 0x80) continue;
            out += c == '\t' ? '\t' : ' ';
            ++col;
        }
        out += "^";
    }
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace pgfleet
