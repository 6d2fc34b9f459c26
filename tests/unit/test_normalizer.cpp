#include <catch2/catch.hpp>

#include "parser/expressions.h"
#include "parser/schema_loader.h"

using namespace pgfleet;

// The canonical form of an expression written by a user and of the server's rewrite of it.
static std::string canonical(const Catalog& catalog, const std::string& text, bool server_side) {
    std::vector<std::string> user_path{"public"}, server_path{"pg_catalog"};
    NameScope scope(catalog, server_side ? server_path : user_path, server_side);
    return make_expr_from_text(text, ExprContext{scope, QualifiedName{"public", "t"}, 0}).canonical;
}

TEST_CASE("user text and the server's rewritten text normalize to the same tree", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE SEQUENCE t_id_seq;\nCREATE TABLE t (id int, status varchar(20), price numeric, flag boolean,\n"
        "  at timestamptz, day date, local_at timestamp, cost money);\n", "f.sql");
    const Catalog& c = s.catalog;
    auto same = [&](const std::string& user, const std::string& server) {
        INFO(user << "  vs  " << server);
        CHECK(canonical(c, user, false) == canonical(c, server, true));
    };
    same("'active'", "'active'::text");
    same("-1", "'-1'::integer");
    same("status IN ('a', 'b')", "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))");
    same("status NOT IN ('a', 'b')", "((status)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))");
    same("status IN ('a')", "((status)::text = 'a'::text)");
    same("price BETWEEN 1 AND 10", "((price >= (1)::numeric) AND (price <= (10)::numeric))");
    same("status LIKE 'x%'", "((status)::text ~~ 'x%'::text)");
    same("nextval('t_id_seq')", "nextval('public.t_id_seq'::regclass)");
    same("flag = 't'", "(flag = true)");
    same("x'1F'", "'00011111'::\"bit\"");
    same("a AND b AND c", "((a AND b) AND c)");
    same("lower(status)", "lower((status)::text)");
    same("price IS NOT DISTINCT FROM 1", "(NOT (price IS DISTINCT FROM (1)::numeric))");
    same("money '1.999'", "'$2.00'::money");
    same("'1234.5'::money", "'$1,234.50'::money");
    same("cost > '-3'", "(cost > '-$3.00'::money)");
    same("at > '2024-01-01'", "(at > '2024-01-01 00:00:00+00'::timestamp with time zone)");
    same("at > '2024-01-01 10:00+02'", "(at > '2024-01-01 08:00:00+00'::timestamp with time zone)");
    same("local_at < '2024-01-01T10:00'", "(local_at < '2024-01-01 10:00:00'::timestamp without time zone)");
    same("day = '2024-1-5'", "(day = '2024-01-05'::date)");
    same("x.at > '2024-01-01'", "(x.at > '2024-01-01 00:00:00+00'::timestamp with time zone)");
}

TEST_CASE("literal values differ where the server's values differ", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE t (at timestamptz, cost money, note text);\n", "f.sql");
    const Catalog& c = s.catalog;
    CHECK(canonical(c, "money '1.994'", false) != canonical(c, "money '1.995'", false));
    CHECK(canonical(c, "at > '2024-01-01 10:00'", false) != canonical(c, "at > '2024-01-01 10:00+01'", false));
    CHECK(canonical(c, "note = '2024-01-01 00:00'", false) != canonical(c, "note = '2024-01-01'", false));
    CHECK(canonical(c, "at > 'today'", false) != canonical(c, "at > 'tomorrow'", false));
}

TEST_CASE("different expressions stay different", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE t (a int, b int);\n", "f.sql");
    const Catalog& c = s.catalog;
    CHECK(canonical(c, "a > 1", false) != canonical(c, "a > 2", false));
    CHECK(canonical(c, "a > b", false) != canonical(c, "b > a", false));
    CHECK(canonical(c, "now() AT TIME ZONE 'utc'", false) != canonical(c, "timezone('utc', now())", false));
}

TEST_CASE("a cast of a whole array and casts of its elements are told apart as the server stores them", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE t (status varchar(20), tags varchar(20)[]);\n", "f.sql");
    const Catalog& c = s.catalog;
    const std::string whole = "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))";
    const std::string each =
        "((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))";
    // The server stores an IN list as one cast of the array, and pushes a written cast of an
    // ARRAY[...] into its elements.
    CHECK(canonical(c, "status IN ('a', 'b')", false) == canonical(c, whole, true));
    CHECK(canonical(c, whole, false) == canonical(c, each, true));
    CHECK(canonical(c, whole, true) != canonical(c, each, true));
    CHECK(canonical(c, "status::text = ANY (ARRAY['a', 'b']::text[])", false) ==
          canonical(c, "((status)::text = ANY (ARRAY['a'::text, 'b'::text]))", true));
    CHECK(canonical(c, "ARRAY[current_date::text]::text[]", false) == canonical(c, "ARRAY[(CURRENT_DATE)::text]", true));
    CHECK(canonical(c, "tags = ARRAY[status, status]::varchar[]", false) ==
          canonical(c, "(tags = ARRAY[status, status])", true));
}

TEST_CASE("server-printed casts of whole arrays keep their meaning when read back as written text", "[unit]") {
    ParserState s = load_desired_state_text("CREATE TABLE t (status varchar(20));\n", "f.sql");
    std::vector<std::string> server_path{"pg_catalog"};
    NameScope server(s.catalog, server_path, true);
    Expr printed = make_expr_from_text(
        "((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
        ExprContext{server, QualifiedName{"public", "t"}, 0});
    INFO(printed.sql);
    CHECK(printed.sql.find("::varchar[]::text[]") != std::string::npos);
    CHECK(canonical(s.catalog, printed.sql, false) == printed.canonical);
    CHECK(canonical(s.catalog, printed.sql, true) == printed.canonical);
}

TEST_CASE("expressions keep valid SQL with qualified names", "[unit]") {
    ParserState s = load_desired_state_text("CREATE SEQUENCE s;\nCREATE TABLE t (id int DEFAULT nextval('s'));\n",
                                            "f.sql");
    const Column& col = s.catalog.tables.at({"public", "t"}).columns[0];
    REQUIRE(col.default_value);
    CHECK(col.default_value->sql == "nextval('public.s'::regclass)");
    REQUIRE(col.default_value->refs.size() == 1);
    CHECK(col.default_value->refs[0] == sequence_key({"public", "s"}));
}
