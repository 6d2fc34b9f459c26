// Secret option values (user mapping passwords and the like) never reach plans or snapshots.
#include <catch2/catch.hpp>

#include "catalog/hash.h"
#include "catalog/snapshot.h"
#include "parser/schema_loader.h"
#include "planner/planner.h"
#include "planner/render.h"

using namespace pgfleet;

namespace {

Catalog parse(const std::string& sql) {
    ParserState s = load_desired_state_text(sql, "f.sql");
    REQUIRE_FALSE(has_errors(s.diagnostics));
    return s.catalog;
}

const std::string kServer =
    "CREATE FOREIGN DATA WRAPPER w;\nCREATE SERVER remote FOREIGN DATA WRAPPER w OPTIONS (host 'db1');\n";

}  // namespace

TEST_CASE("secret options are kept only as a hash", "[unit]") {
    Catalog c = parse(kServer + "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password 'hunter2');\n");
    const UserMapping& m = c.user_mappings.at(user_mapping_key("app", "remote"));
    REQUIRE(m.options.size() == 2);
    CHECK(m.options[0] == "user=app");
    CHECK(catalog_to_json(c).dump().find("hunter2") == std::string::npos);
    // A slow salted hash, its parameters beside it: PBKDF2-HMAC-SHA256, 100,000 rounds.
    const std::string& hashed = m.options[1];
    REQUIRE(hashed.rfind("password=pbkdf2-sha256:100000:", 0) == 0);
    std::string rest = hashed.substr(std::string("password=pbkdf2-sha256:100000:").size());
    auto colon = rest.find(':');
    REQUIRE(colon == 32);
    std::string salt = rest.substr(0, colon);
    CHECK(rest.substr(colon + 1) == pbkdf2_sha256_hex("hunter2", salt, 100000));
    CHECK(rest.substr(colon + 1) != sha256_hex("hunter2"));
    // Deterministic, so equal catalogs keep equal fingerprints; another value, another hash.
    CHECK(parse(kServer + "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password 'hunter2');\n")
              .user_mappings.at(user_mapping_key("app", "remote"))
              .options[1] == hashed);
    CHECK(parse(kServer + "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password 'hunter3');\n")
              .user_mappings.at(user_mapping_key("app", "remote"))
              .options[1] != hashed);
}

TEST_CASE("PBKDF2-HMAC-SHA256 matches its published test vector", "[unit]") {
    // RFC 7914, section 11: P = "passwd", S = "salt", c = 1, dkLen = 64 (first 32 bytes here).
    CHECK(pbkdf2_sha256_hex("passwd", "salt", 1) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
}

TEST_CASE("a plan that must set a secret asks for it as a psql variable", "[unit]") {
    Catalog from = parse(kServer);
    Catalog to = parse(kServer + "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password 'hunter2');\n");
    std::string sql = render_sql(make_plan(from, to));
    CHECK(sql.find("hunter2") == std::string::npos);
    CHECK(sql.find("sha256") == std::string::npos);
    CHECK(sql.find("-- needs secret values: run with psql -v pgfleet_secret_mapping_remote_app_password=...") !=
          std::string::npos);
    CHECK(sql.find("CREATE USER MAPPING FOR app SERVER remote OPTIONS (\"user\" 'app', password "
                   ":'pgfleet_secret_mapping_remote_app_password')") != std::string::npos);
}

TEST_CASE("an unchanged secret is left alone when other options change", "[unit]") {
    Catalog from = parse(kServer + "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'a', password 'x');\n");
    Catalog to = parse(kServer + "CREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'b', password 'x');\n");
    std::string sql = render_sql(make_plan(from, to));
    CHECK(sql.find("ALTER USER MAPPING FOR app SERVER remote OPTIONS (SET \"user\" 'b');") != std::string::npos);
    CHECK(sql.find("password") == std::string::npos);
}
