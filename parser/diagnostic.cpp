#include "parser/diagnostic.h"

#include <algorithm>

#include "parser/text_checks.h"

namespace pgfleet {
namespace {

constexpr int kShownLineWidth = 160;

}  // namespace

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
        // A long line (a minified dump, say) is shown around the column only.
        int column = d.location.column;
        std::string shown = cut_line_around(d.source_line, column, kShownLineWidth);
        out += "\n    " + shown + "\n    ";
        // Keep tabs so the caret lines up under the same column in a terminal.
        int col = 1;
        for (size_t i = 0; i < shown.size() && col < column; ++i) {
            unsigned char c = static_cast<unsigned char>(shown[i]);
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
