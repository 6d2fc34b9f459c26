// pgfleet snapshot --db URL -o FILE.json: save a database's catalog for offline planning.
#include <iostream>

#include "catalog/fingerprint.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "introspect/catalog_reader.h"

namespace pgfleet {

void register_snapshot(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("snapshot", "Save a database's catalog to a JSON snapshot");
    auto db = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("--db", *db, "Connection string (libpq URL or keywords)")->required();
    cmd->add_option("-o,--output", *output, "Snapshot file to write")->required();
    cmd->callback([db, output, &exit_code] {
        Snapshot snap = read_database(*db);
        write_snapshot_file(snap, *output);
        std::cout << "wrote " << *output << " (fingerprint "
                  << short_fingerprint(fingerprint(snap.catalog, snap.server_version_major)) << ")\n";
        exit_code = exit_code::kOk;
    });
}

}  // namespace pgfleet
