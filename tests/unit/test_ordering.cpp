#include <catch2/catch.hpp>

#include "parser/schema_loader.h"
#include "planner/ordering.h"
#include "planner/planner.h"
#include "planner/render.h"

using namespace pgfleet;

static Catalog parse(const std::string& sql) {
    ParserState s = load_desired_state_text(sql, "f.sql");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    return s.catalog;
}

static size_t position(const Plan& plan, const std::string& needle) {
    for (size_t i = 0; i < plan.statements.size(); ++i)
        if (plan.statements[i].sql.find(needle) != std::string::npos) return i;
    FAIL("statement not found: " << needle);
    return 0;
}

TEST_CASE("objects are created after what they depend on", "[unit]") {
    Plan plan = make_plan(parse(""), parse("CREATE SCHEMA app;\nCREATE TYPE app.mood AS ENUM ('a');\n"
                                           "CREATE TABLE app.a (id serial PRIMARY KEY, m app.mood);\n"
                                           "CREATE TABLE app.b (id int PRIMARY KEY, a_id int REFERENCES app.a);\n"));
    CHECK(position(plan, "CREATE SCHEMA app") < position(plan, "CREATE TYPE app.mood"));
    CHECK(position(plan, "CREATE TYPE app.mood") < position(plan, "CREATE TABLE app.a"));
    CHECK(position(plan, "CREATE SEQUENCE app.a_id_seq") < position(plan, "CREATE TABLE app.a"));
    CHECK(position(plan, "CREATE TABLE app.a") < position(plan, "OWNED BY app.a.id"));
    CHECK(position(plan, "CREATE TABLE app.a") < position(plan, "ADD CONSTRAINT b_a_id_fkey"));
    CHECK(position(plan, "CREATE TABLE app.b") < position(plan, "ADD CONSTRAINT b_a_id_fkey"));
}

TEST_CASE("drops come before the objects they depend on go", "[unit]") {
    Catalog from = parse("CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);\n"
                         "CREATE SEQUENCE s;\nCREATE TABLE c (id int DEFAULT nextval('s'));\n");
    Catalog to = parse("CREATE TABLE c (id int);\n");
    Plan plan = make_plan(from, to);
    CHECK(position(plan, "DROP TABLE public.b") < position(plan, "DROP TABLE public.a"));
    CHECK(position(plan, "DROP DEFAULT") < position(plan, "DROP SEQUENCE public.s"));
}

TEST_CASE("the same input gives a byte-identical plan", "[unit]") {
    std::string from = "CREATE TABLE a (id int PRIMARY KEY, x text);\nCREATE INDEX ON a (x);\n";
    std::string to = "CREATE TABLE a (id bigint PRIMARY KEY, y text);\nCREATE TABLE z (id int);\nCREATE TABLE m (id int);\n";
    std::string first = render_sql(make_plan(parse(from), parse(to)));
    for (int i = 0; i < 5; ++i) CHECK(render_sql(make_plan(parse(from), parse(to))) == first);
    CHECK_FALSE(first.empty());
}
