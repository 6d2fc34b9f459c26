// Dependencies and DROP semantics of domains, aggregates, event triggers and foreign data.
#include <catch2/catch.hpp>

#include <algorithm>

#include "catalog/dependencies.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"

using namespace pgfleet;

namespace {

ParserState load_kinds(const std::string& sql) { return load_desired_state_text(sql, "f.sql"); }

bool needs(const DependencyGraph& g, const ObjectKey& from, const ObjectKey& to) {
    const auto& deps = g.dependencies_of(from);
    return std::find(deps.begin(), deps.end(), to) != deps.end();
}

const char* kForeign =
    "CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER s FOREIGN DATA WRAPPER w;\n"
    "CREATE USER MAPPING FOR PUBLIC SERVER s;\nCREATE FOREIGN TABLE ft (id int) SERVER s;\n";

}  // namespace

TEST_CASE("columns need their domain; domains their base type and collation", "[unit]") {
    ParserState s = load_kinds("CREATE COLLATION german (provider = icu, locale = 'de');\n"
                         "CREATE DOMAIN d AS text COLLATE german;\nCREATE DOMAIN e AS d;\n"
                         "CREATE TABLE t (a e[]);\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    DependencyGraph g(s.catalog);
    CHECK(needs(g, column_key({"public", "t"}, "a"), type_key({"public", "e"})));
    CHECK(needs(g, type_key({"public", "e"}), type_key({"public", "d"})));
    CHECK(needs(g, type_key({"public", "d"}), collation_key({"public", "german"})));
}

TEST_CASE("aggregates need the overloads of their support functions", "[unit]") {
    ParserState s = load_kinds("CREATE AGGREGATE agg(integer) (SFUNC = public.step, STYPE = bigint, FINALFUNC = public.done);\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    // Routines are modeled elsewhere; with one in the catalog, the exact overload is taken.
    Function step;
    step.name = {"public", "step"};
    step.identity_arguments = "bigint, integer";
    s.catalog.functions[function_key(step.name, step.identity_arguments)] = step;
    DependencyGraph g(s.catalog);
    ObjectKey agg = function_key({"public", "agg"}, "integer");
    CHECK(needs(g, agg, function_key({"public", "step"}, "bigint, integer")));
    CHECK(needs(g, agg, function_key({"public", "done"}, "bigint")));
    // Built-in support functions are no dependency.
    ParserState b = load_kinds("CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);\n");
    CHECK(DependencyGraph(b.catalog).dependencies_of(function_key({"public", "total"}, "integer")) ==
          std::vector<ObjectKey>{schema_key("public")});
}

TEST_CASE("event triggers need their function; foreign objects their server and wrapper", "[unit]") {
    ParserState s = load_kinds(std::string(kForeign) + "CREATE EVENT TRIGGER et ON sql_drop EXECUTE FUNCTION audit();\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    DependencyGraph g(s.catalog);
    CHECK(needs(g, event_trigger_key("et"), function_key({"public", "audit"}, "")));
    CHECK(needs(g, server_key("s"), fdw_key("w")));
    CHECK(needs(g, user_mapping_key("PUBLIC", "s"), server_key("s")));
    CHECK(needs(g, table_key({"public", "ft"}), server_key("s")));
}

TEST_CASE("DROP SERVER refuses dependents unless CASCADE", "[unit]") {
    ParserState restrict = load_kinds(std::string(kForeign) + "DROP SERVER s;\n");
    CHECK(has_errors(restrict.diagnostics));
    CHECK(restrict.catalog.foreign_servers.count("s"));
    ParserState cascade = load_kinds(std::string(kForeign) + "DROP SERVER s CASCADE;\n");
    REQUIRE_FALSE(has_errors(cascade.diagnostics));
    CHECK(cascade.catalog.foreign_servers.empty());
    CHECK(cascade.catalog.user_mappings.empty());
    CHECK_FALSE(cascade.catalog.tables.count({"public", "ft"}));
}

TEST_CASE("DROP DOMAIN CASCADE drops the columns and domains built on it", "[unit]") {
    ParserState s = load_kinds("CREATE DOMAIN d AS int;\nCREATE DOMAIN e AS d;\nCREATE TABLE t (id int, a e);\n"
                         "DROP DOMAIN d CASCADE;\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    CHECK(s.catalog.domains.empty());
    CHECK_FALSE(s.catalog.tables.at({"public", "t"}).find_column("a"));
}

TEST_CASE("a dropped table leaves its publications without CASCADE", "[unit]") {
    ParserState s = load_kinds("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nCREATE PUBLICATION p FOR TABLE a, b;\n"
                         "DROP TABLE a;\n");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    const auto& tables = s.catalog.publications.at("p").tables;
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].table.name == "b");
}

TEST_CASE("a new server type rebuilds the foreign tables and user mappings on it", "[unit]") {
    ParserState from = load_kinds(kForeign);
    ParserState to = load_kinds(std::string(kForeign).replace(std::string(kForeign).find("SERVER s FOREIGN"), 16,
                                                        "SERVER s TYPE 'x' FOREIGN"));
    REQUIRE_FALSE(has_errors(to.diagnostics));
    Plan plan = make_plan(from.catalog, to.catalog);
    std::vector<std::string> sql;
    for (const auto& st : plan.statements) sql.push_back(st.sql);
    auto at = [&](const std::string& s) { return std::find(sql.begin(), sql.end(), s) - sql.begin(); };
    CHECK(at("DROP FOREIGN TABLE public.ft") < at("DROP SERVER s"));
    CHECK(at("DROP USER MAPPING FOR PUBLIC SERVER s") < at("DROP SERVER s"));
    CHECK(at("DROP SERVER s") < at("CREATE SERVER s TYPE 'x' FOREIGN DATA WRAPPER w"));
    CHECK(at("CREATE SERVER s TYPE 'x' FOREIGN DATA WRAPPER w") < at("CREATE USER MAPPING FOR PUBLIC SERVER s"));
    CHECK(static_cast<size_t>(at("CREATE USER MAPPING FOR PUBLIC SERVER s")) < sql.size());
}
