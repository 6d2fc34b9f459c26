#include "introspect/elaborate.h"

#include "catalog/current_role.h"
#include "introspect/scratch_load.h"

namespace pgfleet {
namespace {

// The local server picks an extension's default version and comment, which the target's
// server may not share: only what the files state counts, as for a parsed extension.
void keep_stated_extension_details(Catalog& made, const Catalog& parsed) {
    for (auto& [key, ext] : made.extensions) {
        auto stated = parsed.extensions.find(key);
        ext.version = stated == parsed.extensions.end() ? "" : stated->second.version;
        ext.comment = stated == parsed.extensions.end() ? "" : stated->second.comment;
    }
}

}  // namespace

void defer_to_elaboration(ParserState& state) {
    if (state.do_blocks.empty()) return;
    for (auto& d : state.diagnostics) {
        if (d.severity != Severity::Error || d.code != "missing-object") continue;
        d.severity = Severity::Warning;
        d.message += " (a DO block may create it: PostgreSQL judges when the files run on the local server)";
    }
}

void elaborate_do_blocks(ParserState& state, const std::string& schema, const std::vector<std::string>& settings,
                         std::ostream& note) {
    if (state.do_blocks.empty()) return;
    const SourceLocation& first = state.do_blocks.front();
    note << "note: " << first.path << ":" << first.line << ":" << first.column << ": the desired state runs "
         << state.do_blocks.size() << (state.do_blocks.size() == 1 ? " DO block" : " DO blocks")
         << "; it is elaborated on a local throwaway PostgreSQL (never the target), and planned as PostgreSQL made it\n";
    ScratchServer server;
    Snapshot made = load_into_scratch(server, schema, settings);
    // The scratch server's user stands for whoever will run the plan.
    release_current_role(made.catalog, made.current_user);
    keep_stated_extension_details(made.catalog, state.catalog);
    state.catalog = std::move(made.catalog);
}

}  // namespace pgfleet
