// pgfleet-bench SCHEMA.sql --db URL: how long parsing, introspection and planning take for a
// schema, next to pg_dump --schema-only on the same database.
#include <chrono>
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "introspect/catalog_reader.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"

using namespace pgfleet;
using Clock = std::chrono::steady_clock;

template <class F>
static double best_ms(int runs, F&& f) {
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return best;
}

int main(int argc, char** argv) {
    CLI::App app{"Parse, introspection and plan times for a schema file and a database loaded from it"};
    std::string schema, db, pg_dump = "pg_dump";
    int runs = 5;
    app.add_option("schema", schema, "Desired-state file or directory")->required();
    app.add_option("--db", db, "Database loaded from the schema (libpq URL or keywords)")->required();
    app.add_option("--runs", runs, "Repetitions; the best time is reported");
    app.add_option("--pg-dump", pg_dump, "pg_dump binary");
    CLI11_PARSE(app, argc, argv);

    ParserState desired;
    double parse = best_ms(runs, [&] { desired = load_desired_state(schema); });
    Snapshot live;
    double introspect = best_ms(runs, [&] { live = read_database(db); });
    Plan plan;
    double diff_plan = best_ms(runs, [&] { plan = plan_from(live, desired.catalog); });
    double whole = best_ms(runs, [&] { plan_from(read_database(db), load_desired_state(schema).catalog); });
    std::string cmd = pg_dump + " --schema-only -d '" + db + "' >/dev/null";
    double dump = best_ms(runs, [&] {
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("pg_dump failed");
    });
    std::printf("schema            %s\n", schema.c_str());
    std::printf("objects           %zu tables, %zu indexes, %zu sequences\n", desired.catalog.tables.size(),
                desired.catalog.indexes.size(), desired.catalog.sequences.size());
    std::printf("parse             %8.1f ms\n", parse);
    std::printf("introspection     %8.1f ms\n", introspect);
    std::printf("diff + plan       %8.1f ms  (%zu statements)\n", diff_plan, plan.statements.size());
    std::printf("whole plan        %8.1f ms  (parse + introspect + plan)\n", whole);
    std::printf("pg_dump -s        %8.1f ms\n", dump);
    std::printf("ratio plan/dump   %8.2f  (target <= 1.00)\n", whole / dump);
    return 0;
}
