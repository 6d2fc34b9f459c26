// pgfleet dump --db URL [-o FILE|DIR]: a live database as desired-state SQL.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "introspect/catalog_reader.h"
#include "parser/statement_context.h"
#include "planner/planner.h"

namespace pgfleet {
namespace {

// Routine bodies are checked when they are created, and one may name a table or routine the
// dump creates later; psql loads the dump as pg_dump's own output loads, without that check.
const char* const kPreamble = "SET check_function_bodies = false;\n\n";

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path);
    out << text;
    if (!out) throw std::runtime_error(path + ": cannot write");
}

// Consecutive statements of one kind share a numbered file, so reading the files in path
// order replays them in dependency order.
void write_directory(const std::string& dir, const Plan& plan) {
    std::filesystem::create_directories(dir);
    int file_no = 0;
    std::string current_kind, text = kPreamble;
    auto flush = [&] {
        if (text.empty()) return;
        char name[32];
        snprintf(name, sizeof name, "%03d_", ++file_no);
        write_file(dir + "/" + name + current_kind + ".sql", text);
        text.clear();
    };
    for (const auto& s : plan.statements) {
        std::string kind = kind_name(s.object.kind);
        if (kind != current_kind) flush();
        current_kind = kind;
        text += s.sql + ";\n\n";
    }
    flush();
}

}  // namespace

void register_dump(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("dump", "Write a database's schema as desired-state SQL");
    auto db = std::make_shared<std::string>();
    auto output = std::make_shared<std::string>();
    cmd->add_option("--db", *db, "Connection string (libpq URL or keywords)")->required();
    cmd->add_option("-o,--output", *output, "Output .sql file, or a directory for one file per run of a kind");
    cmd->callback([db, output, &exit_code] {
        Snapshot snap = read_database(*db);
        for (const auto& u : snap.catalog.unmodeled)
            std::cerr << "warning: " << u.kind << " " << u.name << " is not managed by pgfleet yet; not dumped\n";
        Plan plan = plan_from_empty_database(snap);
        std::string text = kPreamble;
        for (const auto& s : plan.statements) text += s.sql + ";\n\n";
        if (output->empty()) std::cout << text;
        else if (std::filesystem::is_directory(*output) || output->back() == '/') write_directory(*output, plan);
        else write_file(*output, text);
        exit_code = exit_code::kOk;
    });
}

}  // namespace pgfleet
