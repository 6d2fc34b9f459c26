// pgfleet check SCHEMA: parse and validate the desired state without a database.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"

namespace pgfleet {

void register_check(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("check", "Parse and validate the desired state (no database needed)");
    auto schema = std::make_shared<std::string>();
    cmd->add_option("schema", *schema, "Desired-state .sql file or directory")->required();
    cmd->callback([schema, &exit_code] {
        ParserState state = load_desired_or_report(*schema);
        const Catalog& c = state.catalog;
        std::cout << "ok: " << c.schemas.size() << " schemas, " << c.tables.size() << " tables, " << c.indexes.size()
                  << " indexes, " << c.sequences.size() << " sequences, " << c.enums.size() << " enum types\n";
        exit_code = exit_code::kOk;
    });
}

}  // namespace pgfleet
