// Which column type changes have a cast: the planner refuses the others before they fail.
#include <catch2/catch.hpp>

#include "planner/builtin_casts.h"

using namespace pgfleet;

TEST_CASE("built-in casts: what PostgreSQL can and cannot convert", "[unit]") {
    CHECK_FALSE(can_cast("bigint", "timestamp without time zone"));
    CHECK_FALSE(can_cast("boolean", "date"));
    CHECK_FALSE(can_cast("uuid", "integer"));
    CHECK_FALSE(can_cast("integer[]", "integer"));
    CHECK(can_cast("integer", "bigint"));
    CHECK(can_cast("integer", "boolean"));
    CHECK(can_cast("numeric(10,2)", "integer"));
    CHECK(can_cast("timestamp(3) with time zone", "date"));
    CHECK(can_cast("character varying(20)", "uuid"));  // from a string: through its text form
    CHECK(can_cast("uuid", "text"));                   // to a string
    CHECK(can_cast("integer[]", "bigint[]"));
    CHECK(can_cast("text", "integer[]"));
    // User-defined types and domains are for the server to judge.
    CHECK(can_cast("public.mood", "integer"));
    CHECK(can_cast("bigint", "public.epoch"));
}
