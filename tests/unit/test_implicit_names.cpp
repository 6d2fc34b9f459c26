#include <catch2/catch.hpp>

#include "parser/implicit_names.h"
#include "parser/schema_loader.h"

using namespace pgfleet;

TEST_CASE("makeObjectName shortens the longer part first to fit 63 bytes", "[unit]") {
    CHECK(make_object_name("orders", "customer_id", "fkey") == "orders_customer_id_fkey");
    std::string long_table(60, 't');
    std::string name = make_object_name(long_table, "email", "key");
    CHECK(name.size() == 63);
    CHECK(name == std::string(53, 't') + "_email_key");
    CHECK(truncate_identifier(std::string(70, 'x')).size() == 63);
    // Never splits a UTF-8 character.
    std::string accented = std::string(62, 'a') + "é";
    CHECK(truncate_identifier(accented) == std::string(62, 'a'));
}

TEST_CASE("implicit constraint, index and sequence names follow PostgreSQL", "[unit]") {
    ParserState s = load_desired_state_text(
        "CREATE TABLE p (id serial PRIMARY KEY, code text UNIQUE, a int, b int, CHECK (a > 0), CHECK (a < b),\n"
        "  UNIQUE (a, b));\n"
        "CREATE TABLE c (id int, p_id int REFERENCES p, CONSTRAINT named CHECK (id > 0));\n"
        "CREATE INDEX ON c (p_id);\nCREATE INDEX ON c (p_id);\nCREATE INDEX ON c (lower(id::text));\n",
        "f.sql");
    const Table& p = s.catalog.tables.at({"public", "p"});
    std::vector<std::string> names;
    for (const auto& c : p.constraints) names.push_back(c.name);
    CHECK(names == std::vector<std::string>{"p_a_b_key", "p_a_check", "p_check", "p_code_key", "p_pkey"});
    CHECK(s.catalog.sequences.count({"public", "p_id_seq"}));
    const Table& c = s.catalog.tables.at({"public", "c"});
    CHECK(c.find_constraint("c_p_id_fkey"));
    CHECK(c.find_constraint("named"));
    CHECK(s.catalog.indexes.count({"public", "c_p_id_idx"}));
    CHECK(s.catalog.indexes.count({"public", "c_p_id_idx1"}));
    CHECK(s.catalog.indexes.count({"public", "c_lower_idx"}));
}
