// pgfleet-bench-parse [--tables N]: parse-and-model time of generated schemas of N/8, N/4,
// N/2 and N tables (keys, an unnamed index, a CHECK, a foreign key to the table before, row
// security and a policy, a view for every tenth), next to libpg_query's raw parse of the same
// text, with the slope of time against tables on a log-log scale (1.0 is linear).
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <pg_query.h>

#include "parser/schema_loader.h"

using namespace pgfleet;
using Clock = std::chrono::steady_clock;

namespace {

std::string generated_schema(int tables) {
    std::string sql;
    for (int s = 0; s < 4; ++s) sql += "CREATE SCHEMA s" + std::to_string(s) + ";\n";
    for (int i = 0; i < tables; ++i) {
        std::string t = "s" + std::to_string(i % 4) + ".t" + std::to_string(i);
        sql += "CREATE TABLE " + t +
               " (tenant_id text NOT NULL, id bigint NOT NULL, name text, ref bigint, "
               "created timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, name), "
               "CHECK (ref > 0));\n";
        sql += "CREATE INDEX ON " + t + " (tenant_id, ref);\n";
        if (i > 0)
            sql += "ALTER TABLE " + t + " ADD FOREIGN KEY (tenant_id, ref) REFERENCES s" + std::to_string((i - 1) % 4) +
                   ".t" + std::to_string(i - 1) + " (tenant_id, id);\n";
        sql += "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;\n";
        sql += "CREATE POLICY isolation ON " + t + " USING (tenant_id = current_setting('app.tenant_id'));\n";
        if (i % 10 == 0)
            sql += "CREATE VIEW s" + std::to_string(i % 4) + ".v" + std::to_string(i) + " AS SELECT tenant_id, id, name FROM " +
                   t + " WHERE ref IS NOT NULL;\n";
    }
    return sql;
}

template <class F>
double best_seconds(int runs, F&& f) {
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        auto t0 = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
}

// Least-squares slope of log(seconds) over log(tables).
double slope(const std::vector<double>& x, const std::vector<double>& y) {
    double mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i) mx += std::log(x[i]) / x.size(), my += std::log(y[i]) / y.size();
    double num = 0, den = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        num += (std::log(x[i]) - mx) * (std::log(y[i]) - my);
        den += (std::log(x[i]) - mx) * (std::log(x[i]) - mx);
    }
    return num / den;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Parse-and-model scaling on generated schemas, next to libpg_query's raw parse"};
    int tables = 50000, runs = 1;
    app.add_option("--tables", tables, "The largest schema's table count (the series is N/8, N/4, N/2, N)");
    app.add_option("--runs", runs, "Repetitions per size; the best time is reported");
    CLI11_PARSE(app, argc, argv);

    std::vector<double> sizes, model_times, raw_times;
    std::printf("%8s %10s %12s %12s %8s %14s\n", "tables", "MB of SQL", "raw parse s", "parse+model s", "ratio",
                "us per table");
    for (int n : {tables / 8, tables / 4, tables / 2, tables}) {
        std::string sql = generated_schema(n);
        double raw = best_seconds(runs, [&] {
            PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
            pg_query_free_protobuf_parse_result(r);
        });
        size_t objects = 0;
        double model = best_seconds(runs, [&] {
            ParserState state = load_desired_state_text(sql, "generated.sql");
            objects = state.catalog.tables.size();
        });
        if (objects != static_cast<size_t>(n)) {
            std::fprintf(stderr, "generated schema of %d tables modeled %zu tables\n", n, objects);
            return 1;
        }
        std::printf("%8d %10.1f %12.2f %12.2f %8.2f %14.1f\n", n, sql.size() / 1e6, raw, model, model / raw,
                    model * 1e6 / n);
        sizes.push_back(n);
        model_times.push_back(model);
        raw_times.push_back(raw);
    }
    std::printf("slope parse+model %.2f, raw parse %.2f (1.00 is linear; target <= 1.05)\n",
                slope(sizes, model_times), slope(sizes, raw_times));
    return 0;
}
