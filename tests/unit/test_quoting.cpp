#include <catch2/catch.hpp>

#include "catalog/sql_name.h"

using namespace pgfleet;

TEST_CASE("identifiers are quoted only when PostgreSQL needs it", "[unit]") {
    CHECK(sql_ident("users") == "users");
    CHECK(sql_ident("_tmp1") == "_tmp1");
    CHECK(sql_ident("Users") == "\"Users\"");
    CHECK(sql_ident("user") == "\"user\"");        // reserved
    CHECK(sql_ident("select") == "\"select\"");
    CHECK(sql_ident("name") == "name");            // unreserved keyword
    CHECK(sql_ident("a b") == "\"a b\"");
    CHECK(sql_ident("1abc") == "\"1abc\"");
    CHECK(sql_ident("we\"ird") == "\"we\"\"ird\"");
    CHECK(sql_ident("") == "\"\"");
}

TEST_CASE("qualified names and literals", "[unit]") {
    CHECK(sql_qualified("public", "t") == "public.t");
    CHECK(sql_qualified("", "t") == "t");
    CHECK(sql_qualified("My Schema", "order") == "\"My Schema\".\"order\"");
    CHECK(sql_literal("it's") == "'it''s'");
    CHECK(sql_literal("") == "''");
}

TEST_CASE("dollar quoting picks a tag that does not occur in the body", "[unit]") {
    CHECK(sql_dollar_quoted("select 1") == "$$select 1$$");
    CHECK(sql_dollar_quoted("a $$ b") == "$_1$a $$ b$_1$");
    CHECK(sql_dollar_quoted("ends with $") == "$_1$ends with $$_1$");
}
