#include "cli/elaborate.h"

#include "catalog/current_role.h"
#include "introspect/scratch_load.h"

namespace pgfleet {

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
    state.catalog = std::move(made.catalog);
}

}  // namespace pgfleet
