#include "cli/inputs.h"

#include <iostream>

#include "introspect/elaborate.h"
#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"

namespace pgfleet {

ParserState load_desired_or_report(const std::string& path, const std::vector<std::string>& settings) {
    ParserState state = load_desired_state(path);
    defer_to_elaboration(state);
    for (const auto& d : state.diagnostics) std::cerr << format_diagnostic(d) << "\n";
    if (has_errors(state.diagnostics)) {
        size_t errors = 0;
        for (const auto& d : state.diagnostics) errors += d.severity == Severity::Error;
        std::cerr << errors << (errors == 1 ? " error" : " errors") << " in the desired state; nothing was planned\n";
        throw ReportedError();
    }
    elaborate_do_blocks(state, path, settings, std::cerr);
    return state;
}

Snapshot load_current(const std::string& db, const std::string& snapshot_path) {
    if (!snapshot_path.empty()) return read_snapshot_file(snapshot_path);
    return read_database(db);
}

}  // namespace pgfleet
